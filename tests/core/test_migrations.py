"""Every earlier schema version upgrades to the latest, one transaction per step."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kdm_desktop.errors import KdmError
from kdm_desktop.storage import connection as sqlc
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.migrations import LATEST_VERSION, MIGRATIONS, current_version, migrate


def test_versions_are_consecutive() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


@pytest.mark.parametrize("start", range(LATEST_VERSION))
def test_upgrade_from_every_earlier_version(tmp_path: Path, start: int) -> None:
    path = tmp_path / "c.kdm"
    key = os.urandom(32)
    conn = sqlc.open_encrypted(path, key, create=True)
    migrate(conn, target=start)
    assert current_version(conn) == start
    if start >= 1:
        conn.execute("INSERT INTO meta (key, value) VALUES ('kept', 'Gülizar')")
    conn.close()

    db = Database.open(path, key)
    assert db.schema_version == LATEST_VERSION
    assert db.integrity_problems() == []
    if start >= 1:
        kept = db.conn.execute("SELECT value FROM meta WHERE key = 'kept'").fetchone()
        assert kept[0] == "Gülizar"
    db.close()


def test_a_failing_step_leaves_the_previous_version(tmp_path: Path, monkeypatch) -> None:
    from kdm_desktop.storage import migrations

    broken = (*MIGRATIONS, migrations.Migration(LATEST_VERSION + 1, "broken", ("CREATE TABL x",)))
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    conn = sqlc.open_encrypted(tmp_path / "c.kdm", os.urandom(32), create=True)
    with pytest.raises(sqlc.DatabaseError):
        migrations.migrate(conn)
    assert current_version(conn) == LATEST_VERSION
    conn.close()


def test_a_newer_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.kdm"
    key = os.urandom(32)
    conn = sqlc.open_encrypted(path, key, create=True)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    with pytest.raises(KdmError) as err:
        Database.open(path, key)
    assert err.value.key == "casefile.too_new"
