"""A bulk transaction writes its new pages once, and is all-or-nothing like any other.

`Database.bulk_transaction` (an import of attachments) writes through SQLite's
rollback journal instead of the WAL, so gigabytes of new content are not written
to the WAL and then copied again by the checkpoint. These tests pin what must not
change for that: nothing of a failed or killed bulk transaction remains, the file
is in WAL mode again afterwards, and no journal is left beside it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kdm_desktop.storage.database import Database

KEY = bytes(range(32))
BLOB = 256 * 1024


class Boom(Exception):
    pass


def _make(path: Path) -> None:
    db = Database.open(path, KEY, create=True)
    with db.transaction() as conn:
        conn.execute("CREATE TABLE blobs (pk INTEGER PRIMARY KEY, data BLOB NOT NULL)")
        conn.execute("INSERT INTO blobs (data) VALUES (?)", (b"eski" * 1000,))
    db.close()


def _state(path: Path) -> tuple[list[tuple[int, int]], str, list[str]]:
    db = Database.open(path, KEY)
    try:
        rows = db.conn.execute("SELECT pk, length(data) FROM blobs ORDER BY pk").fetchall()
        mode = str(db.conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        return [tuple(r) for r in rows], mode, db.integrity_problems()
    finally:
        db.close()


def _leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


def test_new_content_goes_to_the_file_not_to_the_wal(tmp_path: Path) -> None:
    path = tmp_path / "c.kdm"
    _make(path)
    wal = path.with_name(path.name + "-wal")
    db = Database.open(path, KEY)
    try:
        with db.bulk_transaction() as conn:
            for _ in range(32):  # 8 MiB: more than SQLite's 1,000-page checkpoint mark
                conn.execute("INSERT INTO blobs (data) VALUES (?)", (os.urandom(BLOB),))
        # A WAL transaction leaves its 8 MiB in the WAL (kept, to be copied again).
        assert not wal.exists() or wal.stat().st_size < BLOB
        assert str(db.conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
        with db.transaction() as conn:  # and ordinary writes use the WAL again
            conn.execute("INSERT INTO blobs (data) VALUES (x'00')")
        assert wal.exists()
    finally:
        db.close()
    rows, mode, problems = _state(path)
    assert len(rows) == 34 and mode == "wal" and problems == []
    assert _leftovers(path) == []


def test_a_failed_bulk_transaction_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "c.kdm"
    _make(path)
    before = _state(path)
    size = path.stat().st_size
    db = Database.open(path, KEY)
    try:
        with pytest.raises(Boom), db.bulk_transaction() as conn:
            conn.execute("DELETE FROM blobs")
            for _ in range(16):
                conn.execute("INSERT INTO blobs (data) VALUES (?)", (os.urandom(BLOB),))
            raise Boom
        assert str(db.conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
    finally:
        db.close()
    assert _state(path) == before
    assert path.stat().st_size == size
    assert _leftovers(path) == []


def test_a_bulk_transaction_inside_another_joins_it(tmp_path: Path) -> None:
    path = tmp_path / "c.kdm"
    _make(path)
    db = Database.open(path, KEY)
    try:
        with pytest.raises(Boom), db.transaction() as outer:
            outer.execute("INSERT INTO blobs (data) VALUES (x'01')")
            with db.bulk_transaction() as inner:
                inner.execute("INSERT INTO blobs (data) VALUES (x'02')")
            raise Boom
    finally:
        db.close()
    assert len(_state(path)[0]) == 1


_KILLED = """
import os, signal, sys
sys.path.insert(0, {src!r})
from kdm_desktop.storage.database import Database
db = Database.open(__import__("pathlib").Path({path!r}), bytes(range(32)))
db.conn.execute("PRAGMA cache_size = -2048")  # small, so pages reach the file early
with db.bulk_transaction() as conn:
    conn.execute("DELETE FROM blobs")
    for i in range(64):
        conn.execute("INSERT INTO blobs (data) VALUES (?)", (os.urandom({blob}),))
    os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_bulk_transaction_killed_midway_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "c.kdm"
    _make(path)
    before = _state(path)
    size = path.stat().st_size
    src = str(Path(__file__).resolve().parents[2] / "src")
    script = textwrap.dedent(_KILLED.format(src=src, path=str(path), blob=BLOB))
    done = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-500:]
    assert path.stat().st_size > size  # it did write into the file before it died
    assert _state(path) == before
    assert path.stat().st_size == size
    assert _leftovers(path) == []


def test_if_wal_mode_cannot_be_set_again_writes_stay_durable_until_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.kdm"
    _make(path)
    db = Database.open(path, KEY)
    real = Database._set_journal_mode
    refuse = [True]

    def flaky(self: Database, mode: str) -> bool:
        if mode == "wal" and refuse[0]:
            return False  # as when the disk is full
        return real(self, mode)

    monkeypatch.setattr(Database, "_set_journal_mode", flaky)

    def mode() -> str:
        return str(db.conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()

    try:
        with db.bulk_transaction() as conn:
            conn.execute("INSERT INTO blobs (data) VALUES (x'01')")
        assert mode() == "delete"  # the import itself committed, and said so
        with db.transaction(durable=False) as conn:  # a search's audit entry
            assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            conn.execute("INSERT INTO blobs (data) VALUES (x'02')")
        refuse[0] = False
        with db.transaction() as conn:
            conn.execute("INSERT INTO blobs (data) VALUES (x'03')")
        assert mode() == "wal"
    finally:
        db.close()
    assert len(_state(path)[0]) == 4
