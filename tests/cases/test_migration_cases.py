"""A case file made before cases existed (schema 2) upgrades with its data intact."""

from __future__ import annotations

import pytest
from case_support import draft

from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.security.roles import Role
from kdm_desktop.services.casefile import create_case_file, open_session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.users import UserService
from kdm_desktop.storage import migrations

PW = "Gizli-Parola-2026"


def test_version_2_file_upgrades_to_cases(tmp_path, monkeypatch) -> None:
    data_dir = tmp_path / "data"
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
        m.setattr(migrations, "LATEST_VERSION", 2)
        created = create_case_file(
            data_dir,
            centre=CentreInfo(name="Eski Merkez", code="ESK"),
            admin_username="yonetici",
            admin_password=PW,
        )
        with created.session as s:
            assert s.db.schema_version == 2
            UserService(s).add("sosyal", PW, Role.SOCIAL_WORKER, "Gülizar Öztürk")
            tables = {r[0] for r in s.db.conn.execute("SELECT name FROM sqlite_master")}
            assert "cases" not in tables
            audit_before = s.verify_audit().count

    with open_session(data_dir, "sosyal", PW) as s:
        assert s.db.schema_version == migrations.LATEST_VERSION >= 3
        assert [u.username for u in UserService(s).list()] == ["sosyal", "yonetici"]
        assert s.centre().code == "ESK"
        ref = CaseService(s).create(draft())
        assert ref.case_number.startswith("ESK-")
        assert CaseService(s).search("ayşe")[0].id == ref.id
        assert s.db.integrity_problems() == []
        assert s.counts()["cases"] == 1
    with open_session(data_dir, "yonetici", PW) as s:
        report = s.verify_audit()
        assert report.sound and report.count > audit_before


def test_migration_3_tables_are_strict(tmp_path) -> None:
    import os

    from kdm_desktop.storage.database import Database

    db = Database.open(tmp_path / "c.kdm", os.urandom(32), create=True)
    try:
        sql = dict(
            db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
        )
        for name, text in sql.items():
            if name.startswith("case") and not name.startswith("case_search"):
                assert text.rstrip().endswith("STRICT"), name
        with pytest.raises(Exception):
            db.conn.execute("INSERT INTO case_sequences VALUES ('X', 'not a year', 1)")
    finally:
        db.close()
