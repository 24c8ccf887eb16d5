"""Everything the project writes is owner-only: 0600 files, 0700 folders (issue 13, item 9)."""

from __future__ import annotations

import io
import json
import logging
import os
import stat
from pathlib import Path

import pytest

from kdm_desktop.cli.main import main
from kdm_desktop.logsetup import configure_file_logging
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.services.backup import BackupService, Credentials, restore_backup
from kdm_testing import ADMIN, ADMIN_PASSWORD, CaseFileFixture

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

INTAKE = {
    "first_name": "Sevgül",
    "last_name": "Ağaoğlu",
    "phone": "0532 111 22 33",
    "district": "Karşıyaka",
    "consent": {"processing": True, "share_with_centres": False, "date": "2026-01-10"},
}


def _loose(root: Path) -> list[str]:
    """Every path under `root` that someone other than the owner could read or enter."""
    bad = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if (path.is_dir() and mode != 0o700) or (path.is_file() and mode != 0o600):
            bad.append(f"{path.relative_to(root.parent)} {oct(mode)}")
    return bad


@pytest.fixture
def fresh_log_handlers():
    """The kdm logger's file handler is per process; give each test its own."""
    logger = logging.getLogger("kdm")
    saved = list(logger.handlers)
    for h in saved:
        logger.removeHandler(h)
    yield logger
    for h in list(logger.handlers):
        logger.removeHandler(h)
        h.close()
    for h in saved:
        logger.addHandler(h)


@pytest.fixture
def loose_umask():
    # A typical desktop umask: without care, new files would be 0644 and folders 0755.
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_scripted_cli_session_leaves_only_owner_only_files(
    tmp_path: Path, monkeypatch, capsys, loose_umask, fresh_log_handlers
) -> None:
    data = tmp_path / "data"
    usb = tmp_path / "usb"
    restored = tmp_path / "restored"
    out_dir = tmp_path / "out"

    def kdm(*argv: str, stdin: str = ADMIN_PASSWORD + "\n", data_dir: Path = data) -> str:
        os.umask(0o022)  # each command starts from the loose umask
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), "--password-stdin", "--json", *argv])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    kdm("init", "--centre", "Deneme KDM", "--centre-code", "DNM", "--admin", ADMIN)
    intake = tmp_path / "intake.json"
    intake.write_text(json.dumps(INTAKE), encoding="utf-8")
    case = json.loads(kdm("--user", ADMIN, "case", "add", str(intake)))
    kdm(
        "--user",
        ADMIN,
        "consent",
        "grant",
        case["id"],
        "--purpose",
        "share",
        "--recipient",
        "sonim",
    )
    made = json.loads(kdm("--user", ADMIN, "backup", "create", "-o", str(usb)))
    kdm("--user", ADMIN, "backup", "restore", made["path"], "--to", str(restored))
    out_dir.mkdir(mode=0o700)
    kdm(
        "--user",
        ADMIN,
        "letter",
        "make",
        case["id"],
        "--template",
        "sonim-sevk",
        "--field",
        "reason=Barınma desteği",
        "-o",
        str(out_dir / "yazi.pdf"),
    )
    # The log the CLI writes a crash report to.
    configure_file_logging(CaseFilePaths(data).logs)
    fresh_log_handlers.error("test entry")
    for root in (data, usb, restored, out_dir):
        assert _loose(root) == [], root
    assert (out_dir / "yazi.pdf").is_file()
    assert (data / "logs" / "kdm.log").is_file()


def test_restore_writes_owner_only_files_even_with_a_loose_umask(
    casefile: CaseFileFixture, tmp_path: Path, loose_umask
) -> None:
    with casefile.login() as s:
        made = BackupService(s).create(tmp_path / "usb")
    target = tmp_path / "restored"
    restore_backup(made.path, target, Credentials(ADMIN, ADMIN_PASSWORD))
    for name in ("casefile.kdm", "casefile.keys"):
        assert stat.S_IMODE((target / name).stat().st_mode) == 0o600, name
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700


def test_log_folder_and_rotated_logs_are_owner_only(
    tmp_path: Path, loose_umask, fresh_log_handlers
) -> None:
    path = configure_file_logging(tmp_path / "logs")
    logger = fresh_log_handlers
    handler = next(h for h in logger.handlers if hasattr(h, "doRollover"))
    logger.error("first")
    handler.doRollover()  # type: ignore[attr-defined]
    logger.error("second")
    assert stat.S_IMODE((tmp_path / "logs").stat().st_mode) == 0o700
    for f in (tmp_path / "logs").iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    assert path.exists()
