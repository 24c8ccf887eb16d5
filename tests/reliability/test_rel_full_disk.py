"""Issue 12, item 8: a full data disk is named as such, never as a wrong key.

Faults are injected in-process (monkeypatch) and, for the wrong-password case,
once in a real subprocess so the whole stderr a user would see is checked.
"""

from __future__ import annotations

import errno
import io
import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from kdm_desktop.cli.main import main
from kdm_desktop.errors import KdmError
from kdm_desktop.logsetup import QuietFileHandler
from kdm_desktop.oserrors import environment_error, sqlite_error_refusal
from kdm_desktop.services.casefile import open_session
from kdm_testing import ADMIN, ADMIN_PASSWORD


def _run(casefile, monkeypatch, capsys, *argv: str, password: str = ADMIN_PASSWORD):
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    code = main(["--data-dir", str(casefile.data_dir), "--user", ADMIN, "--password-stdin", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_sqlite_full_is_the_full_disk_message() -> None:
    fault = sqlite_error_refusal(dbapi2.OperationalError("database or disk is full"), "/veri")
    assert fault is not None and fault.key == "io.disk_full" and fault.exit_code == 1
    assert fault.message.startswith("Diskte yer kalmadı")
    assert sqlite_error_refusal(dbapi2.OperationalError("no such table: x")) is None
    assert sqlite_error_refusal(ValueError("database or disk is full")) is None


def test_io_error_on_a_nearly_full_disk_is_the_full_disk(monkeypatch) -> None:
    io_error = dbapi2.OperationalError("disk I/O error")
    monkeypatch.setattr("kdm_desktop.oserrors.disk_nearly_full", lambda path: True)
    assert sqlite_error_refusal(io_error, "/veri").key == "io.disk_full"
    monkeypatch.setattr("kdm_desktop.oserrors.disk_nearly_full", lambda path: False)
    assert sqlite_error_refusal(io_error, "/veri").key == "io.device"


def test_full_disk_at_unlock_is_not_a_wrong_key(casefile, monkeypatch) -> None:
    """SQLite's first read fails on the full disk: before, this said "wrong key"."""
    import kdm_desktop.storage.connection as connection

    real_connect = connection.sqlcipher3.connect

    class FullDiskConnection:
        def __init__(self, conn) -> None:
            self._conn = conn

        def execute(self, sql: str, *args):
            if sql.startswith("SELECT count(*) FROM sqlite_master"):
                raise dbapi2.OperationalError("database or disk is full")
            return self._conn.execute(sql, *args)

        def close(self) -> None:
            self._conn.close()

    monkeypatch.setattr(
        connection.sqlcipher3, "connect", lambda *a, **k: FullDiskConnection(real_connect(*a, **k))
    )
    with pytest.raises(KdmError) as caught:
        open_session(casefile.data_dir, ADMIN, ADMIN_PASSWORD)
    assert caught.value.key == "io.disk_full"
    assert "anahtar" not in caught.value.message


def test_full_disk_while_saving_a_case_in_the_cli(casefile, monkeypatch, capsys, tmp_path):
    record = tmp_path / "k.json"
    record.write_text(json.dumps({"first_name": "Ayşe", "last_name": "Yıldız"}), "utf-8")

    def full(*args, **kwargs):
        raise dbapi2.OperationalError("database or disk is full")

    monkeypatch.setattr("kdm_desktop.services.cases.CaseService.create", full)
    code, out, _err = _run(casefile, monkeypatch, capsys, "case", "add", str(record), "--json")
    doc = json.loads(out)
    assert code == 1
    assert doc["error_code"] == "io.disk_full"
    assert doc["error"].startswith("Diskte yer kalmadı")


def test_wrong_password_on_a_full_disk_prints_no_traceback(casefile, monkeypatch, capsys):
    # The failed-login counter cannot be saved; the log cannot be written either.
    monkeypatch.setattr("kdm_desktop.security.throttle.write_atomically", _enospc)
    monkeypatch.setattr("kdm_desktop.logsetup.QuietFileHandler._open", _enospc)
    code, _out, err = _run(casefile, monkeypatch, capsys, "info", password="yanlis-parola-99")
    assert code == 1
    assert err.startswith("Diskte yer kalmadı")
    assert "Traceback" not in err and "Logging error" not in err


def test_a_log_file_that_cannot_be_written_stays_silent(tmp_path: Path, capsys) -> None:
    handler = QuietFileHandler(tmp_path / "yok" / "kdm.log", delay=True)
    logger = logging.getLogger("kdm.test.quiet")
    logger.addHandler(handler)
    try:
        logger.error("unexpected error")
    finally:
        logger.removeHandler(handler)
    assert capsys.readouterr().err == ""


def test_an_escaped_os_error_is_named_in_turkish() -> None:
    fault = environment_error(OSError(errno.EIO, "Input/output error", "/media/usb/x"))
    assert fault is not None and fault.key == "io.device" and "/media/usb/x" in fault.message
    fault = environment_error(FileNotFoundError(errno.ENOENT, "No such file", "/yok"))
    assert fault is not None and fault.exit_code == 4
    assert "No such file" not in fault.message and "böyle bir dosya" in fault.message


_WRONG_PASSWORD_ON_FULL_DISK = textwrap.dedent(
    """
    import errno, sys
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    import kdm_desktop.security.throttle as throttle
    import kdm_desktop.logsetup as logsetup
    throttle.write_atomically = full
    logsetup.QuietFileHandler._open = full
    from kdm_desktop.cli.main import main
    sys.exit(main(sys.argv[1:]))
    """
)


def test_wrong_password_on_a_full_disk_in_a_real_process(casefile) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            _WRONG_PASSWORD_ON_FULL_DISK,
            "--data-dir",
            str(casefile.data_dir),
            "--user",
            ADMIN,
            "--password-stdin",
            "info",
        ],
        input="yanlis-parola-99\n",
        capture_output=True,
        text=True,
        env={**os.environ, "KDM_INSECURE_FAST_KDF": "1", "KDM_LANG": "tr"},
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("Diskte yer kalmadı"), proc.stderr
    assert "Traceback" not in proc.stderr and "Logging error" not in proc.stderr


def test_the_window_names_a_full_disk_too() -> None:
    from kdm_desktop.ui import crash

    text = crash.report(dbapi2.OperationalError("database or disk is full"))
    assert text.startswith("Diskte yer kalmadı")
    text = crash.report(OSError(errno.EIO, "Input/output error", "/media/usb/yedek"))
    assert "bellek çıkarılmış" in text and "Input/output" not in text
