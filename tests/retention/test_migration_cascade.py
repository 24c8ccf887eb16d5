"""The step that rebuilds letters, calendar and transfer tables keeps their rows and
makes them follow their case (SQLite's 12-step table rebuild)."""

from __future__ import annotations

import os
from pathlib import Path

from kdm_desktop.storage import connection as sqlc
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.migrations import migrate

_CASE = {
    "id": "c1",
    "centre_code": "NRL",
    "case_year": 2020,
    "case_seq": 1,
    "case_number": "NRL-2020-0001",
    "status": "kapali",
    "anonymous": 0,
    "first_name": "Gülbahar",
    "last_name": "Örnekoğlu",
    "last_name_folded": "ornekoglu",
    "sort_name": b"x",
    "search_terms": "gulbahar ornekoglu",
    "nationality": "TC",
    "language": "tr",
    "other_phones": "[]",
    "address": "",
    "neighbourhood": "",
    "district": "Buca",
    "address_confidential": 0,
    "health_notes": "",
    "children": "[]",
    "application_date": "2020-01-02",
    "reason": "",
    "violence_types": "[]",
    "field_versions": "{}",
    "created_at": "2020-01-02T10:00:00+03:00",
    "created_by": "a",
    "updated_at": "2020-01-02T10:00:00+03:00",
    "updated_by": "a",
}


def _insert(conn: sqlc.Connection, table: str, row: dict[str, object]) -> None:
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))


def test_rows_survive_and_then_cascade(tmp_path: Path) -> None:
    path = tmp_path / "c.kdm"
    key = os.urandom(32)
    conn = sqlc.open_encrypted(path, key, create=True)
    migrate(conn, target=7)
    _insert(conn, "cases", _CASE)
    _insert(
        conn,
        "letters",
        {
            "id": "l1",
            "case_id": "c1",
            "number": "NRL-Y-2020-1",
            "letter_year": 2020,
            "letter_seq": 1,
            "recipient_kind": "sonim",
            "recipient_name": "ŞÖNİM",
            "letter_date": "2020-01-03",
            "template_name": "t",
            "template_version": 1,
            "pdf": b"%PDF",
            "status": "gonderildi",
            "status_at": "x",
            "status_by": "a",
            "created_at": "x",
            "created_by": "a",
        },
    )
    appt = {
        "start": "2020-01-05T10:00:00+03:00",
        "start_utc": "2020-01-05T07:00:00Z",
        "duration_min": 50,
        "staff": "a",
        "case_id": "c1",
        "type": "takip",
        "interpreter": 0,
        "status": "planli",
        "created_at": "x",
        "created_by": "a",
        "updated_at": "x",
        "updated_by": "a",
    }
    _insert(conn, "appointments", {"id": "a1", **appt})
    _insert(conn, "appointments", {"id": "a2", **{**appt, "case_id": None}})
    _insert(conn, "transfer_sync_base", {"case_id": "c1", "versions": "{}"})
    conn.close()

    db = Database.open(path, key)
    c = db.conn
    assert c.execute("SELECT count(*) FROM letters").fetchone()[0] == 1
    assert c.execute("SELECT count(*) FROM appointments").fetchone()[0] == 2
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.integrity_problems() == []
    c.execute("DELETE FROM cases WHERE id = 'c1'")
    for table in ("letters", "transfer_sync_base"):
        assert c.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert [r[0] for r in c.execute("SELECT id FROM appointments")] == ["a2"]
    indexes = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"letters_by_case", "appointments_by_case", "calendar_series_by_case"} <= indexes
    db.close()
