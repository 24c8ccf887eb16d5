"""The case file is SQLCipher-encrypted, keyed raw, and refuses to be shared."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.storage import connection as sqlc
from kdm_desktop.storage.database import Database


def _make(path: Path, key: bytes) -> None:
    db = Database.open(path, key, create=True)
    with db.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('probe', 'Şükran Işıklı')")
    db.close()


def test_plain_sqlite_cannot_read_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.kdm"
    _make(path, os.urandom(32))
    raw = path.read_bytes()
    assert "Şükran".encode() not in raw
    assert not raw.startswith(b"SQLite format 3")
    plain = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_wrong_key_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "c.kdm"
    _make(path, os.urandom(32))
    with pytest.raises(RefusedInput) as err:
        Database.open(path, os.urandom(32))
    assert "açılamadı" in err.value.message


def test_right_key_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "c.kdm"
    key = os.urandom(32)
    _make(path, key)
    db = Database.open(path, key)
    row = db.conn.execute("SELECT value FROM meta WHERE key = 'probe'").fetchone()
    assert row[0] == "Şükran Işıklı"
    db.close()


def test_pragmas_are_set(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "c.kdm", os.urandom(32), create=True)
    conn = db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert db.cipher_version.startswith("4.")
    db.close()


def test_refuses_to_run_without_sqlcipher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlc, "cipher_version", lambda conn: "")
    with pytest.raises(KdmError) as err:
        sqlc.open_encrypted(tmp_path / "c.kdm", os.urandom(32), create=True)
    assert err.value.key == "casefile.not_encrypted"


def test_key_must_be_32_bytes(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        sqlc.open_encrypted(tmp_path / "c.kdm", b"short", create=True)


def test_second_process_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "c.kdm"
    key = os.urandom(32)
    _make(path, key)
    db = Database.open(path, key)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kdm_desktop.storage.database import Database\n"
        "from kdm_desktop.errors import KdmError\n"
        "try:\n"
        f"    Database.open(Path({str(path)!r}), bytes.fromhex({key.hex()!r}))\n"
        "except KdmError as e:\n"
        "    print(e.key); sys.exit(0)\n"
        "print('opened'); sys.exit(1)\n"
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
        )
    finally:
        db.close()
    assert result.stdout.strip() == "casefile.in_use", result.stderr
    # and the file is intact for its owner afterwards
    again = Database.open(path, key)
    assert again.integrity_problems() == []
    again.close()
