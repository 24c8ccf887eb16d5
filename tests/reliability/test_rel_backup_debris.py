"""Issue 12, item 7: a killed backup leaves no debris for long; a pulled stick is named.

The kill test runs `kdm backup create` in a real subprocess, slowed down so the
kill lands while the snapshot and the hidden partial file exist, and SIGKILLs it.
"""

from __future__ import annotations

import errno
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kdm_desktop.cli.main import main
from kdm_desktop.errors import KdmError
from kdm_desktop.scratch import remove_stale_debris
from kdm_desktop.services.backup import BackupService
from kdm_testing import ADMIN, ADMIN_PASSWORD

_SLOW_BACKUP = textwrap.dedent(
    """
    import sys, time
    import kdm_desktop.backup.container as container
    original = container._copy
    def slow_copy(src, dst, total, progress, cancelled):
        dst.write(b"x" * 4096)
        dst.flush()
        time.sleep(60)  # the test kills us here
        return original(src, dst, total, progress, cancelled)
    container._copy = slow_copy
    from kdm_desktop.cli.main import main
    sys.exit(main(sys.argv[1:]))
    """
)


def _debris(*folders: Path) -> list[str]:
    return sorted(
        p.name
        for folder in folders
        for p in folder.iterdir()
        if p.name.startswith(".kdm-work-") or p.name.endswith(".partial")
    )


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_during_backup_leaves_debris_that_the_next_run_removes(
    casefile, tmp_path: Path, monkeypatch, capsys
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    env = {**os.environ, "KDM_INSECURE_FAST_KDF": "1", "KDM_LANG": "tr"}
    argv = [
        "--data-dir",
        str(casefile.data_dir),
        "--user",
        ADMIN,
        "--password-stdin",
        "backup",
        "create",
        "-o",
        str(usb),
    ]
    for _ in range(3):  # repeated kills: debris never piles up
        proc = subprocess.Popen(
            [sys.executable, "-c", _SLOW_BACKUP, *argv],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        assert proc.stdin is not None
        proc.stdin.write((ADMIN_PASSWORD + "\n").encode())
        proc.stdin.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(
            p.name.endswith(".partial") and f".{proc.pid}-" in p.name for p in usb.iterdir()
        ):
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        # Only the latest kill's debris is there: each run removed the one before.
        left = _debris(casefile.data_dir, usb)
        assert sum(n.startswith(f".kdm-work-{proc.pid}-") for n in left) == 1, left
        assert sum(f".{proc.pid}-" in n and n.endswith(".partial") for n in left) == 1, left
        assert len(left) == 2, left

    # A user's own hidden file with a similar name is never touched.
    mine = usb / ".notlarim.partial"
    mine.write_text("benim", "utf-8")
    (casefile.data_dir / ".kdm-work-benim-klasorum").mkdir()

    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    assert main([*argv, "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert Path(made["path"]).exists()
    assert _debris(casefile.data_dir, usb) == [".kdm-work-benim-klasorum", ".notlarim.partial"]


def test_next_start_removes_scratch_of_a_dead_process(casefile) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    pid = int(dead.stdout)
    stale = casefile.data_dir / f".kdm-work-{pid}-abcd1234"
    stale.mkdir()
    (stale / "snapshot.kdm").write_bytes(b"\0" * 1024)
    live = casefile.data_dir / f".kdm-work-{os.getpid()}-efgh5678"
    live.mkdir()
    with casefile.login():
        pass
    assert not stale.exists()
    assert live.exists()  # this process is alive: its scratch may be in use


def test_debris_of_unknown_age_is_kept_until_it_is_old(tmp_path: Path) -> None:
    legacy = tmp_path / ".kdm-work-ab12cd34"  # an older version: no pid in the name
    legacy.mkdir()
    assert remove_stale_debris(tmp_path) == []
    assert remove_stale_debris(tmp_path, now=time.time() + 2 * 24 * 3600) == [legacy]


@pytest.mark.parametrize(
    ("err_no", "key"),
    [(errno.EIO, "backup.io"), (errno.ENOENT, "backup.io"), (errno.ENOSPC, "io.disk_full")],
)
@pytest.mark.parametrize("where", ["write", "verify"])
def test_pulled_or_full_stick_mid_backup_is_named(
    casefile, tmp_path: Path, monkeypatch, err_no: int, key: str, where: str
) -> None:
    usb = tmp_path / "usb"

    def fail(*args, **kwargs):
        raise OSError(err_no, "simulated")

    target = (
        "kdm_desktop.services.backup.write_container"
        if where == "write"
        else "kdm_desktop.services.backup.BackupReader.extract_database"
    )
    monkeypatch.setattr(target, fail)
    with casefile.login() as s, pytest.raises(KdmError) as caught:
        BackupService(s).create(usb)
    expected = key if where == "write" or key != "backup.io" else "backup.verify_failed"
    assert caught.value.key == expected
    message = caught.value.message
    assert "simulated" not in message and "Errno" not in message
    assert [p for p in usb.iterdir()] == []
    assert _debris(casefile.data_dir) == []


def test_pulled_stick_in_the_cli_is_not_an_unexpected_error(
    casefile, tmp_path: Path, monkeypatch, capsys
) -> None:
    def fail(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr("kdm_desktop.services.backup.write_container", fail)
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(
        [
            "--data-dir",
            str(casefile.data_dir),
            "--user",
            ADMIN,
            "--password-stdin",
            "backup",
            "create",
            "-o",
            str(tmp_path / "usb"),
            "--json",
        ]
    )
    doc = json.loads(capsys.readouterr().out)
    assert code == 1
    assert doc["error_code"] == "backup.io"
    assert "Beklenmeyen" not in doc["error"] and "Input/output" not in doc["error"]


def test_a_full_stick_is_named_even_when_the_error_has_no_file_name(
    casefile, tmp_path: Path, monkeypatch
) -> None:
    usb = tmp_path / "usb"

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")  # zipfile gives no name

    monkeypatch.setattr("kdm_desktop.services.backup.write_container", full)
    monkeypatch.setattr(
        "kdm_desktop.services.backup.disk_nearly_full", lambda path: Path(path) == usb
    )
    with casefile.login() as s, pytest.raises(KdmError) as caught:
        BackupService(s).create(usb)
    assert caught.value.key == "io.disk_full"
    assert str(usb) in caught.value.message
