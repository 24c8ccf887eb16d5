"""Letter templates, the logo, letter numbers and sent letters (SQL only, bound parameters)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kdm_desktop.domain.letters.sent import SentLetter
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.database import register_countable

register_countable("letter_templates", "letters")


@dataclass(frozen=True)
class TemplateRow:
    pk: int
    name: str
    version: int
    recipient_kind: str
    definition: dict[str, Any]
    created_at: str
    created_by: str


_TEMPLATE_COLUMNS = "pk, name, version, recipient_kind, definition, created_at, created_by"
_LETTER_COLUMNS = (
    "id, case_id, number, recipient_kind, recipient_name, letter_date, template_name, "
    "template_version, status, status_note, status_at, status_by, created_at, created_by"
)


def _template(r: tuple[Any, ...]) -> TemplateRow:
    return TemplateRow(int(r[0]), r[1], int(r[2]), r[3], json.loads(r[4]), r[5], r[6])


def _letter(r: tuple[Any, ...]) -> SentLetter:
    return SentLetter(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], int(r[7]), r[8], r[9], r[10], r[11], r[12], r[13]
    )


class LetterRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # ----- templates -----

    def template_count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM letter_templates").fetchone()[0])

    def add_template(
        self, name: str, version: int, kind: str, definition: dict[str, Any], at: str, by: str
    ) -> int:
        row = self._conn.execute(
            "INSERT INTO letter_templates "
            "(name, version, recipient_kind, definition, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING pk",
            (
                name,
                version,
                kind,
                json.dumps(definition, ensure_ascii=False, sort_keys=True),
                at,
                by,
            ),
        ).fetchone()
        return int(row[0])

    def current_templates(self) -> list[TemplateRow]:
        rows = self._conn.execute(
            f"SELECT {_TEMPLATE_COLUMNS} FROM letter_templates t "  # noqa: S608
            "WHERE version = (SELECT max(version) FROM letter_templates u WHERE u.name = t.name) "
            "ORDER BY recipient_kind, name"
        ).fetchall()
        return [_template(r) for r in rows]

    def template_versions(self, name: str) -> list[TemplateRow]:
        rows = self._conn.execute(
            f"SELECT {_TEMPLATE_COLUMNS} FROM letter_templates "  # noqa: S608
            "WHERE name = ? ORDER BY version",
            (name,),
        ).fetchall()
        return [_template(r) for r in rows]

    # ----- logo -----

    def logo(self) -> bytes | None:
        row = self._conn.execute("SELECT image FROM letter_logo WHERE id = 1").fetchone()
        return None if row is None else bytes(row[0])

    def set_logo(self, image: bytes | None, at: str, by: str) -> None:
        if image is None:
            self._conn.execute("DELETE FROM letter_logo WHERE id = 1")
            return
        self._conn.execute(
            "INSERT INTO letter_logo (id, image, updated_at, updated_by) VALUES (1, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET image = excluded.image, "
            "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            (image, at, by),
        )

    # ----- letters -----

    def allocate_seq(self, series: str, year: int) -> int:
        """The next letter number of the year; call inside the transaction that stores it.

        `series` goes into the column still named ``centre_code``: release 0.1 kept
        one series per centre code there, later releases one per number pattern
        (`domain.letters.settings.series_key`), so old counters stay untouched."""
        row = self._conn.execute(
            "INSERT INTO letter_sequences (centre_code, year, last_seq) VALUES (?, ?, 1) "
            "ON CONFLICT (centre_code, year) DO UPDATE SET last_seq = last_seq + 1 "
            "RETURNING last_seq",
            (series, year),
        ).fetchone()
        return int(row[0])

    def peek_seq(self, series: str, year: int) -> int:
        """The number `allocate_seq` would give now (another letter may take it first)."""
        row = self._conn.execute(
            "SELECT last_seq FROM letter_sequences WHERE centre_code = ? AND year = ?",
            (series, year),
        ).fetchone()
        return 1 if row is None else int(row[0]) + 1

    def insert(self, row: SentLetter, year: int, seq: int, pdf: bytes) -> None:
        self._conn.execute(
            f"INSERT INTO letters ({_LETTER_COLUMNS}, letter_year, letter_seq, pdf) "  # noqa: S608
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.id,
                row.case_id,
                row.number,
                row.recipient_kind,
                row.recipient_name,
                row.letter_date,
                row.template_name,
                row.template_version,
                row.status,
                row.status_note,
                row.status_at,
                row.status_by,
                row.created_at,
                row.created_by,
                year,
                seq,
                pdf,
            ),
        )

    def for_case(self, case_id: str) -> list[SentLetter]:
        rows = self._conn.execute(
            f"SELECT {_LETTER_COLUMNS} FROM letters WHERE case_id = ? "  # noqa: S608
            "ORDER BY letter_date DESC, pk DESC",
            (case_id,),
        ).fetchall()
        return [_letter(r) for r in rows]

    def by_ref(self, ref: str) -> SentLetter | None:
        """A letter by id or by its number."""
        row = self._conn.execute(
            f"SELECT {_LETTER_COLUMNS} FROM letters WHERE id = ? OR number = ?",  # noqa: S608
            (ref, ref),
        ).fetchone()
        return None if row is None else _letter(row)

    def pdf(self, letter_id: str) -> bytes | None:
        row = self._conn.execute("SELECT pdf FROM letters WHERE id = ?", (letter_id,)).fetchone()
        return None if row is None else bytes(row[0])

    def set_status(self, letter_id: str, status: str, note: str, at: str, by: str) -> None:
        self._conn.execute(
            "UPDATE letters SET status = ?, status_note = ?, status_at = ?, status_by = ? "
            "WHERE id = ?",
            (status, note, at, by, letter_id),
        )
