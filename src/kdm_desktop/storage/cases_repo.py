"""The `cases` table: its yearly number sequence, records, status history and the
search index entries; the list's reads are in `case_list_repo`.

SQL for cases lives only in storage/. Values are always bound parameters; the only
text put into SQL is chosen from fixed fragments.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Final

from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.cases.draft import DRAFT_FIELDS
from kdm_desktop.domain.cases.duplicates import DuplicateCandidate
from kdm_desktop.domain.cases.records import CaseRecord, StatusChange
from kdm_desktop.domain.cases.search import name_sort_key, phone_tokens, search_document
from kdm_desktop.domain.turkish import fold_for_search
from kdm_desktop.storage.case_codec import decode_draft, encode_draft
from kdm_desktop.storage.case_list_repo import CaseListQueries
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.database import register_countable
from kdm_desktop.storage.name_labels import place

register_countable("cases")

_META_COLUMNS: Final = (
    "id",
    "case_number",
    "status",
    "closure_reason",
    "closure_note",
    "assigned_to",
    "field_versions",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
)
_RECORD_COLUMNS: Final = (*_META_COLUMNS, *DRAFT_FIELDS)
_SELECT_RECORD: Final = f"SELECT {', '.join(_RECORD_COLUMNS)} FROM cases"  # noqa: S608
_DERIVED: Final = ("last_name_folded", "sort_name", "search_terms", "id_kind", "birth_year")
_INSERT_COLUMNS: Final = (
    *_RECORD_COLUMNS,
    *_DERIVED,
    "centre_code",
    "case_year",
    "case_seq",
)
_INSERT: Final = (
    f"INSERT INTO cases ({', '.join(_INSERT_COLUMNS)}) "  # noqa: S608
    f"VALUES ({', '.join('?' * len(_INSERT_COLUMNS))}) RETURNING pk"
)
_UPDATE_COLUMNS: Final = (*DRAFT_FIELDS, *_DERIVED, "field_versions", "updated_at", "updated_by")
_UPDATE: Final = (
    f"UPDATE cases SET {', '.join(c + ' = ?' for c in _UPDATE_COLUMNS)} "  # noqa: S608
    "WHERE id = ? RETURNING pk"
)


@dataclass(frozen=True)
class NewCase:
    """A validated record plus where its number came from."""

    record: CaseRecord
    centre_code: str
    case_year: int
    case_seq: int


def _derived(record: CaseRecord) -> tuple[object, ...]:
    d = record.draft
    kind = d.id_kind
    return (
        fold_for_search(d.last_name),
        name_sort_key(d.anonymous, d.first_name, d.last_name),
        _search_text(record),
        None if kind is None else kind.value,
        d.birth_year,
    )


def _search_text(record: CaseRecord) -> str:
    d = record.draft
    return search_document(
        first_name=d.first_name,
        last_name=d.last_name,
        tc_kimlik_no=d.tc_kimlik_no,
        phones=d.phones(),
        case_number=record.case_number,
    )


def _record(r: tuple[Any, ...]) -> CaseRecord:
    values = dict(zip(_RECORD_COLUMNS, r, strict=True))
    return CaseRecord(
        id=values["id"],
        case_number=values["case_number"],
        status=CaseStatus(values["status"]),
        closure_reason=(
            None if values["closure_reason"] is None else ClosureReason(values["closure_reason"])
        ),
        closure_note=values["closure_note"],
        assigned_to=values["assigned_to"],
        draft=decode_draft(values),
        field_versions=dict(json.loads(values["field_versions"])),
        created_at=values["created_at"],
        created_by=values["created_by"],
        updated_at=values["updated_at"],
        updated_by=values["updated_by"],
    )


class CaseRepository(CaseListQueries):
    """The `cases` table: numbers, writes, the record, duplicates; the list's
    reads come from `CaseListQueries`."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # ----- numbers -----

    def allocate_seq(self, centre_code: str, year: int) -> int:
        """The next number of the year; call inside the transaction that inserts the case."""
        row = self._conn.execute(
            "INSERT INTO case_sequences (centre_code, year, last_seq) VALUES (?, ?, 1) "
            "ON CONFLICT (centre_code, year) DO UPDATE SET last_seq = last_seq + 1 "
            "RETURNING last_seq",
            (centre_code, year),
        ).fetchone()
        return int(row[0])

    # ----- writing -----

    def insert(self, new: NewCase) -> int:
        rec = new.record
        meta = (
            rec.id,
            rec.case_number,
            rec.status.value,
            None if rec.closure_reason is None else rec.closure_reason.value,
            rec.closure_note,
            rec.assigned_to,
            json.dumps(rec.field_versions, sort_keys=True),
            rec.created_at,
            rec.created_by,
            rec.updated_at,
            rec.updated_by,
        )
        draft = tuple(encode_draft(rec.draft).values())
        params = (*meta, *draft, *_derived(rec), new.centre_code, new.case_year, new.case_seq)
        pk = int(self._conn.execute(_INSERT, params).fetchone()[0])
        self._index(place(self._conn, pk), rec)
        return pk

    def update(self, record: CaseRecord) -> None:
        """Write the draft fields, their versions and the change stamp; re-index
        (under a new name label when the name's place in the list changed)."""
        before = self._conn.execute(
            "SELECT sort_name, name_label FROM cases WHERE id = ?", (record.id,)
        ).fetchone()
        if before is None:
            raise LookupError(record.id)
        params = (
            *encode_draft(record.draft).values(),
            *_derived(record),
            json.dumps(record.field_versions, sort_keys=True),
            record.updated_at,
            record.updated_by,
            record.id,
        )
        pk = int(self._conn.execute(_UPDATE, params).fetchone()[0])
        label = int(before[1])
        self._conn.execute("DELETE FROM case_search WHERE rowid = ?", (label,))
        if bytes(before[0]) != name_sort_key(
            record.draft.anonymous, record.draft.first_name, record.draft.last_name
        ):
            self._conn.execute("UPDATE cases SET name_label = NULL WHERE pk = ?", (pk,))
            label = place(self._conn, pk)
        self._index(label, record)

    def _index(self, label: int, record: CaseRecord) -> None:
        """The case's full-text row; its rowid is the case's name label."""
        self._conn.execute(
            "INSERT INTO case_search (rowid, terms) VALUES (?, ?)", (label, _search_text(record))
        )

    def set_status(
        self,
        case_id: str,
        status: CaseStatus,
        reason: ClosureReason | None,
        note: str,
        field_versions: dict[str, str],
        at: str,
        by: str,
        handed_to: tuple[str, str] | None = None,
    ) -> None:
        """Change the status and add its history row; `handed_to` is the receiving
        centre's (code, name) when the file is closed because it was handed over."""
        self._conn.execute(
            "UPDATE cases SET status = ?, closure_reason = ?, closure_note = ?, "
            "field_versions = ?, updated_at = ?, updated_by = ? WHERE id = ?",
            (
                status.value,
                None if reason is None else reason.value,
                note if status == CaseStatus.CLOSED else "",
                json.dumps(field_versions, sort_keys=True),
                at,
                by,
                case_id,
            ),
        )
        self.add_status_history(case_id, status, reason, note, at, by, handed_to)

    def add_status_history(
        self,
        case_id: str,
        status: CaseStatus,
        reason: ClosureReason | None,
        note: str,
        at: str,
        by: str,
        handed_to: tuple[str, str] | None = None,
    ) -> None:
        code, name = handed_to if handed_to is not None else (None, None)
        self._conn.execute(
            "INSERT INTO case_status_history (case_id, status, closure_reason, note, "
            "changed_at, changed_by, handed_to_code, handed_to_name) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case_id,
                status.value,
                None if reason is None else reason.value,
                note,
                at,
                by,
                code,
                name,
            ),
        )

    def set_assigned(
        self, case_id: str, username: str | None, field_versions: dict[str, str], at: str, by: str
    ) -> None:
        self._conn.execute(
            "UPDATE cases SET assigned_to = ?, field_versions = ?, updated_at = ?, "
            "updated_by = ? WHERE id = ?",
            (username, json.dumps(field_versions, sort_keys=True), at, by, case_id),
        )

    # ----- reading -----

    def by_id(self, case_id: str) -> CaseRecord | None:
        r = self._conn.execute(_SELECT_RECORD + " WHERE id = ?", (case_id,)).fetchone()
        return None if r is None else _record(r)

    def id_for_number(self, case_number: str) -> str | None:
        r = self._conn.execute(
            "SELECT id FROM cases WHERE case_number = ?", (case_number,)
        ).fetchone()
        return None if r is None else str(r[0])

    def case_number_of(self, case_id: str) -> str | None:
        r = self._conn.execute("SELECT case_number FROM cases WHERE id = ?", (case_id,)).fetchone()
        return None if r is None else str(r[0])

    def status_history(self, case_id: str) -> list[StatusChange]:
        rows = self._conn.execute(
            "SELECT status, closure_reason, note, changed_at, changed_by, "
            "handed_to_code, handed_to_name "
            "FROM case_status_history WHERE case_id = ? ORDER BY pk",
            (case_id,),
        ).fetchall()
        return [
            StatusChange(
                CaseStatus(r[0]),
                None if r[1] is None else ClosureReason(r[1]),
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
            )
            for r in rows
        ]

    def duplicate_candidates(
        self,
        *,
        tc_kimlik_no: str,
        last_name_folded: str,
        birth_year: int | None,
        phones: tuple[str, ...],
        exclude_id: str | None,
    ) -> list[DuplicateCandidate]:
        """Every case that could match (same ID; same surname with a birth year within
        one; or sharing a phone), read through indexes only. The domain decides."""
        pks: set[int] = set()
        if tc_kimlik_no:
            pks |= self._pks("SELECT pk FROM cases WHERE tc_kimlik_no = ?", (tc_kimlik_no,))
        if last_name_folded and birth_year is not None:
            pks |= self._pks(
                "SELECT pk FROM cases WHERE last_name_folded = ? AND birth_year BETWEEN ? AND ?",
                (last_name_folded, birth_year - 1, birth_year + 1),
            )
        tokens = [t for phone in phones for t in phone_tokens(phone)[:1]]
        if tokens:
            # Every phone is indexed as its 12 digits; a quoted token without `*` is exact.
            match = " OR ".join('"' + t + '"' for t in tokens if t.isdigit())
            pks |= self._pks(
                "SELECT pk FROM cases WHERE name_label IN "
                "(SELECT rowid FROM case_search WHERE case_search MATCH ?)",
                (match,),
            )
        if not pks:
            return []
        ordered = sorted(pks)
        rows = self._conn.execute(
            "SELECT id, case_number, anonymous, first_name, last_name, tc_kimlik_no, "  # noqa: S608
            "birth_year, birth_date IS NOT NULL, phone, other_phones FROM cases "
            f"WHERE pk IN ({', '.join('?' * len(ordered))}) AND id IS NOT ?",
            (*ordered, exclude_id),
        ).fetchall()
        return [
            DuplicateCandidate(
                id=r[0],
                case_number=r[1],
                anonymous=bool(r[2]),
                first_name=r[3],
                last_name=r[4],
                tc_kimlik_no=r[5] or "",
                birth_year=r[6],
                birth_year_exact=bool(r[7]),
                phones=((r[8],) if r[8] else ()) + tuple(json.loads(r[9])),
            )
            for r in rows
        ]

    def _pks(self, sql: str, params: tuple[object, ...]) -> set[int]:
        return {int(r[0]) for r in self._conn.execute(sql, params).fetchall()}

    def search_terms_of(self, case_id: str) -> str | None:
        """The index entry of a case (for checks and tests)."""
        r = self._conn.execute(
            "SELECT s.terms FROM case_search s JOIN cases c ON c.name_label = s.rowid "
            "WHERE c.id = ?",
            (case_id,),
        ).fetchone()
        return None if r is None else str(r[0])

    def birth_years(self, case_ids: list[str]) -> dict[str, int]:
        """Birth year by case id, for the cases that have one (booking by name)."""
        out: dict[str, int] = {}
        for i in range(0, len(case_ids), 500):
            chunk = case_ids[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT id, birth_year FROM cases WHERE id IN ({marks})",  # noqa: S608
                chunk,
            ).fetchall()
            out.update({str(r[0]): int(r[1]) for r in rows if r[1] is not None})
        return out
