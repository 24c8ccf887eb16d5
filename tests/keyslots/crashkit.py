"""Helpers for the key-slot crash tests: run `kdm` in a child process that dies
(SIGKILL) or hits a full disk at a chosen step, then check what must hold."""

from __future__ import annotations

import functools
import logging
import multiprocessing
import multiprocessing.context
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from kdm_desktop.errors import KdmError
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security.keyslots import KeySlotFile, SlotUnlockFailed
from kdm_desktop.security.roles import Role
from kdm_desktop.services.casefile import create_case_file, open_session
from kdm_desktop.services.users import UserService
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.meta_repo import MetaRepository
from kdm_testing import ADMIN, ADMIN_PASSWORD, CENTRE

_CLI = "import sys; from kdm_desktop.cli.main import main; sys.exit(main(sys.argv[1:]))"


# What a child's command imports (`user ...`, `rekey`, `check`), imported once.
_PRELOAD = [
    "crashkit",
    "kdm_desktop.cli.main",
    "kdm_desktop.cli.context",
    "kdm_desktop.cli.cmd_users",
    "kdm_desktop.cli.cmd_casefile",
    "cryptography.hazmat.backends.openssl.backend",
    "cryptography.hazmat.primitives.asymmetric.rsa",
]


@functools.cache
def _forkserver() -> multiprocessing.context.ForkServerContext:
    """Where the `kdm` children come from (issue #19).

    Each child is still a process of its own, killed with SIGKILL or limited in file
    size as before, and runs `main` of the command line exactly as `_CLI` would; it is
    forked from a server that has imported the program once, instead of starting
    Python and importing it again (about 0.1 s of CPU a child, 100+ children)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


def _run_kdm(
    args: list[str], env: dict[str, str], streams: list[str], file_size_limit: int | None
) -> None:
    """The child: the environment, stdin/stdout/stderr and the limit of a fresh
    `python -c _CLI ...`, then the command line's `main`."""
    os.environ.clear()
    os.environ.update(env)
    if file_size_limit is not None:
        # A full disk, as the kernel reports it to SQLite: writes past the limit
        # fail (EFBIG) instead of killing the process.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))
    for fd, name, flags in zip(
        (0, 1, 2), streams, (os.O_RDONLY, os.O_WRONLY | os.O_CREAT, os.O_WRONLY | os.O_CREAT)
    ):
        opened = os.open(name, flags)
        os.dup2(opened, fd)
        os.close(opened)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 (the process's own streams)
    sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", closefd=False, errors="backslashreplace")  # noqa: SIM115
    from kdm_desktop.cli.main import main

    try:
        code = main(args)
    finally:
        logging.shutdown()  # as at the end of an interpreter
    sys.exit(code)


# Every step a rekey passes through, in order ("#2": the second slot-file write).
REKEY_STEPS = [
    "rekey.started",
    "slots.pending#1",
    "slots.written#1",
    "slots.confirmed#1",
    "rekey.staged",
    "rekey.rekeyed",
    "slots.pending#2",
    "slots.written#2",
    "slots.confirmed#2",
    "rekey.done",
]
SLOT_WRITE_STEPS = ["slots.pending", "slots.written", "slots.confirmed"]


@dataclass
class Centre:
    """A case file with an administrator and three colleagues (synthetic names)."""

    data_dir: Path
    recovery_key: str
    passwords: dict[str, str] = field(default_factory=dict)

    @property
    def paths(self) -> CaseFilePaths:
        return CaseFilePaths(self.data_dir)

    def master_key(self) -> bytes:
        with open_session(self.data_dir, ADMIN, ADMIN_PASSWORD) as s:
            return s.master_key

    def kdm(
        self,
        *args: str,
        stdin: str,
        crash_at: str | None = None,
        fail_at: str | None = None,
        file_size_limit: int | None = None,
        kill_after: float | None = None,
    ) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, KDM_TEST_MODE="1", KDM_INSECURE_FAST_KDF="1", KDM_LANG="tr")
        env.pop("KDM_TEST_CRASH_AT", None)
        env.pop("KDM_TEST_FAIL_AT", None)
        if crash_at:
            env["KDM_TEST_CRASH_AT"] = crash_at
        if fail_at:
            env["KDM_TEST_FAIL_AT"] = fail_at

        argv = [sys.executable, "-c", _CLI, "--data-dir", str(self.data_dir), *args]
        with tempfile.TemporaryDirectory(prefix="kdm-crashkit-io-") as io_dir:
            streams = [str(Path(io_dir) / name) for name in ("stdin", "stdout", "stderr")]
            Path(streams[0]).write_text(stdin)
            child = _forkserver().Process(
                target=_run_kdm, args=(argv[3:], env, streams, file_size_limit)
            )
            child.start()
            child.join(120 if kill_after is None else kill_after)
            if child.exitcode is None:
                child.kill()  # SIGKILL, as before: killed by the clock
                child.join()
                if kill_after is None:
                    raise subprocess.TimeoutExpired(argv, 120)
            out, err = (Path(name).read_text() for name in streams[1:])
        return subprocess.CompletedProcess(argv, child.exitcode, out, err)

    def as_admin(
        self, *args: str, stdin_extra: str = "", **kw: object
    ) -> subprocess.CompletedProcess[str]:
        return self.kdm(
            "--user",
            ADMIN,
            "--password-stdin",
            *args,
            stdin=f"{ADMIN_PASSWORD}\n{stdin_extra}",
            **kw,  # type: ignore[arg-type]
        )


STAFF = {
    "zehra": ("zehra-parola-2026", Role.PSYCHOLOGIST),
    "gul": ("gul-parolasi-2026", Role.LAWYER),
    "elif": ("elif-parolasi-2026", Role.SECRETARY),
}


def make_centre(tmp: Path, *, filler_kib: int = 0, fresh: bool = False) -> Centre:
    """The centre in `tmp / "data"`, a folder of its own for each test.

    It is a copy of one built once per test process (issue #19): creating the file
    and adding three colleagues costs about 0.1 s of CPU, a copy about 2 ms. Copies
    share their synthetic keys and case-file id; `fresh=True` builds a case file of
    its own, for a test that needs a second, different one."""
    if fresh:
        return _build_centre(tmp, filler_kib)
    template = _template(filler_kib)
    shutil.copytree(template.data_dir, tmp / "data")
    centre = Centre(tmp / "data", template.recovery_key)
    centre.passwords = dict(template.passwords)
    return centre


_TEMPLATE_ROOT: list[tempfile.TemporaryDirectory[str]] = []  # removed when the process exits


@functools.cache
def _template(filler_kib: int) -> Centre:
    if not _TEMPLATE_ROOT:
        _TEMPLATE_ROOT.append(tempfile.TemporaryDirectory(prefix="kdm-crashkit-"))
    return _build_centre(Path(_TEMPLATE_ROOT[0].name) / f"filler-{filler_kib}", filler_kib)


def _build_centre(tmp: Path, filler_kib: int) -> Centre:
    created = create_case_file(
        tmp / "data", centre=CENTRE, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    with created.session as s:
        service = UserService(s)
        for name, (password, role) in STAFF.items():
            service.add(name, password, role)
        if filler_kib:
            # Synthetic padding so a rekey takes long enough to be killed half-way.
            with s.db.transaction() as conn:
                meta = MetaRepository(conn)
                for i in range(filler_kib):
                    meta.set(f"test.filler.{i:06d}", os.urandom(512).hex())
    centre = Centre(tmp / "data", created.recovery_key)
    centre.passwords = {ADMIN: ADMIN_PASSWORD} | {n: p for n, (p, _r) in STAFF.items()}
    return centre


def can_log_in(centre: Centre, user: str, password: str) -> bool:
    try:
        open_session(centre.data_dir, user, password).close()
    except KdmError:
        return False
    return True


def files_opening_with(data_dir: Path, key: bytes) -> list[str]:
    """Every file in the folder (any name) that SQLCipher opens with `key`."""
    opened = []
    for path in sorted(data_dir.rglob("*")):
        if not path.is_file() or path.name.endswith(("-wal", "-shm", ".json")):
            continue
        try:
            Database.open(path, key).close()
        except Exception:
            continue
        opened.append(path.name)
    return opened


def slot_files_opening_for(data_dir: Path, user: str, password: str) -> list[str]:
    """Slot files (current, .prev, any copy) in which `user`'s password opens a slot."""
    found = []
    for path in sorted(data_dir.glob("casefile.keys*")):
        try:
            slots = KeySlotFile.load(path)
        except KdmError:
            continue
        slot = slots.password_slot(user)
        if slot is None:
            continue
        try:
            slots.unlock(slot, password.encode())
        except SlotUnlockFailed:
            continue
        found.append(path.name)
    return found


def assert_sound(
    centre: Centre, *, removed: str | None = None, old_key: bytes | None = None
) -> None:
    """What must hold after any interruption, checked after the next open."""
    for user, password in centre.passwords.items():
        if user == removed:
            continue
        assert can_log_in(centre, user, password), f"{user} cannot log in"
    with open_session(centre.data_dir, ADMIN, centre.passwords[ADMIN]) as s:
        report = s.check()
        assert report.sound, (
            report.integrity_problems,
            report.audit.problems,
            report.slot_problems,
        )
        users = {u.username for u in UserService(s).list()}
    if removed is not None:
        assert removed not in users
        assert not can_log_in(centre, removed, centre.passwords[removed])
        assert slot_files_opening_for(centre.data_dir, removed, centre.passwords[removed]) == []
    if old_key is not None:
        assert files_opening_with(centre.data_dir, old_key) == []
