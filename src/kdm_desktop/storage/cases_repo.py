"""The `cases` table, its yearly number sequence, status history and search index.

SQL for cases lives only here. Values are always bound parameters; the only
text put into SQL is chosen from fixed fragments in this module.
"""

from __future__ import annotations

import datetime
import json
import math
from dataclasses import dataclass
from typing import Any, Final

from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.cases.draft import DRAFT_FIELDS
from kdm_desktop.domain.cases.duplicates import DuplicateCandidate
from kdm_desktop.domain.cases.query import UNASSIGNED, CaseOrder, CaseQuery
from kdm_desktop.domain.cases.records import CaseRecord, CaseRow, CaseScreen, StatusChange
from kdm_desktop.domain.cases.search import (
    case_number_prefix,
    exact_case_number,
    fts_prefix_query,
    name_sort_key,
    phone_tokens,
    query_tokens,
    search_document,
)
from kdm_desktop.domain.turkish import fold_for_search
from kdm_desktop.storage.case_codec import decode_draft, encode_draft
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.database import register_countable

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

_ROW_COLUMNS: Final = (
    "c.id, c.case_number, c.anonymous, c.first_name, c.last_name, "
    "c.status, c.assigned_to, c.application_date, c.closure_reason, "
    # Where a handed-over file went: the centre on its last history row.
    "CASE WHEN c.closure_reason = 'devredildi' THEN (SELECT h.handed_to_code "
    "FROM case_status_history h WHERE h.case_id = c.id ORDER BY h.pk DESC LIMIT 1) END"
)
# Each order ends in the primary key, so pages never repeat or skip tied rows.
_ORDER_SQL: Final[dict[tuple[CaseOrder, bool], str]] = {
    (CaseOrder.NAME, False): "c.sort_name, c.pk",
    (CaseOrder.NAME, True): "c.sort_name DESC, c.pk DESC",
    (CaseOrder.CASE_NUMBER, False): "c.case_year, c.case_seq, c.pk",
    (CaseOrder.CASE_NUMBER, True): "c.case_year DESC, c.case_seq DESC, c.pk DESC",
    (CaseOrder.APPLICATION_DATE, False): "c.application_date, c.pk",
    (CaseOrder.APPLICATION_DATE, True): "c.application_date DESC, c.pk DESC",
    (CaseOrder.UPDATED, False): "c.updated_at, c.pk",
    (CaseOrder.UPDATED, True): "c.updated_at DESC, c.pk DESC",
}


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


def _row(r: tuple[Any, ...]) -> CaseRow:
    return CaseRow(
        id=r[0],
        case_number=r[1],
        anonymous=bool(r[2]),
        first_name=r[3],
        last_name=r[4],
        status=CaseStatus(r[5]),
        assigned_to=r[6],
        application_date=datetime.date.fromisoformat(r[7]),
        closure_reason=None if r[8] is None else ClosureReason(r[8]),
        handed_to=r[9],
    )


# The index that yields each order (each holds the primary key as its last column).
_ORDER_INDEX: Final[dict[CaseOrder, str]] = {
    CaseOrder.NAME: "cases_by_name",
    CaseOrder.CASE_NUMBER: "cases_by_number",
    CaseOrder.APPLICATION_DATE: "cases_by_application",
    CaseOrder.UPDATED: "cases_by_updated",
}


# Costs in units of reading one case row (a page decryption, mostly): reading an
# index entry, and gathering one full-text match into the set a query probes.
_ENTRY_COST: Final = 0.02
_MATCH_COST: Final = 0.03


@dataclass(frozen=True)
class _Access:
    """One way to drive a list query: by a filter's index, or by the order's index."""

    hint: str
    cost: float
    # Match the text against the name index's search terms instead of the FTS index.
    by_terms: bool = False
    # Chosen on capped counts where exact ones might choose otherwise.
    capped: bool = False


def _where(query: CaseQuery, *, by_terms: bool = False) -> tuple[str, list[object]]:
    """WHERE clause and parameters. With `by_terms` the text is matched against the
    `search_terms` column (token prefixes, same result as the FTS index)."""
    clauses: list[str] = []
    params: list[object] = []
    number = exact_case_number(query.text)
    if number is not None:
        # A whole case number: its unique index finds the one row at once.
        clauses.append("c.case_number = ?")
        params.append(number)
    elif query.text.strip():
        tokens = query_tokens(query.text)
        if not tokens:
            # Only punctuation was typed: nothing can match it.
            clauses.append("0")
        elif by_terms:
            for token in tokens:
                # A token starts right after a space: ' ' || terms has one before each.
                clauses.append("instr(' ' || c.search_terms, ?) > 0")
                params.append(" " + token)
        else:
            clauses.append("c.pk IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
            params.append(fts_prefix_query(query.text))
    more, more_params = _filters(query, "c")
    clauses += more
    params += more_params
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _has_filters(query: CaseQuery) -> bool:
    return bool(
        query.statuses
        or query.assigned_to is not None
        or query.applied_from is not None
        or query.applied_to is not None
    )


def _filters(query: CaseQuery, alias: str) -> tuple[list[str], list[object]]:
    """The list's filters (not the text) as clauses on the columns of `alias`; every
    one of them is also in the `cases_list_keys` index."""
    clauses: list[str] = []
    params: list[object] = []
    if query.statuses:
        statuses = sorted(s.value for s in query.statuses)
        clauses.append(f"{alias}.status IN ({', '.join('?' * len(statuses))})")
        params.extend(statuses)
    if query.assigned_to == UNASSIGNED:
        clauses.append(f"{alias}.assigned_to IS NULL")
    elif query.assigned_to is not None:
        clauses.append(f"{alias}.assigned_to = ?")
        params.append(query.assigned_to)
    if query.applied_from is not None:
        clauses.append(f"{alias}.application_date >= ?")
        params.append(query.applied_from.isoformat())
    if query.applied_to is not None:
        clauses.append(f"{alias}.application_date <= ?")
        params.append(query.applied_to.isoformat())
    return clauses, params


# A text search in name order first reads this many name-index entries (see
# CaseRepository._text_by_name), and gathers at most this many full-text matches.
PILOT_ENTRIES: Final = 2_000
GATHER_MAX: Final = 8_000
# `screen` sorts and filters up to this many full-text matches in the list-keys
# index (about 0.5 µs each, no case row read); more than that is a first
# keystroke matching a tenth of the file, answered by walking the name index.
SCREEN_GATHER_MAX: Final = 50_000
# A screen from the list-keys index (`_screen_by_keys`), filled in with str.format
# from fixed fragments: the matches' source, the filters' clauses, the direction.
_SCREEN_FILTERED: Final = (
    "WITH m(pk) AS MATERIALIZED ({source} LIMIT ?), "
    "n(c) AS MATERIALIZED (SELECT count(*) FROM m), "
    "f(pk, s) AS MATERIALIZED (SELECT k.pk, k.sort_name "
    "FROM m CROSS JOIN cases k INDEXED BY cases_list_keys ON k.pk = m.pk "
    "WHERE (SELECT c FROM n) < ?{where}) "
    "SELECT NULL, NULL, (SELECT c FROM n), (SELECT count(*) FROM f) "
    "UNION ALL SELECT * FROM (SELECT pk, s, NULL, NULL FROM f "
    "ORDER BY s{desc}, pk{desc} LIMIT ? OFFSET ?)"
)
_SCREEN_TEXT: Final = (
    "WITH m(pk) AS MATERIALIZED ({source} LIMIT ?), "
    "n(c) AS MATERIALIZED (SELECT count(*) FROM m) "
    "SELECT NULL, NULL, (SELECT c FROM n), (SELECT c FROM n) "
    "UNION ALL SELECT * FROM (SELECT k.pk, k.sort_name, NULL, NULL "
    "FROM m CROSS JOIN cases k INDEXED BY cases_list_keys ON k.pk = m.pk "
    "WHERE (SELECT c FROM n) < ? "
    "ORDER BY k.sort_name{desc}, k.pk{desc} LIMIT ? OFFSET ?)"
)
# `_plan` counts a filter's rows up to at least this many (see there).
PLAN_COUNT_FLOOR: Final = 500
_PILOT_SQL: Final = {
    False: "SELECT pk, sort_name, search_terms FROM cases INDEXED BY cases_by_name_terms "
    "ORDER BY sort_name LIMIT ?",
    True: "SELECT pk, sort_name, search_terms FROM cases INDEXED BY cases_by_name_terms "
    "ORDER BY sort_name DESC LIMIT ?",
}


def _text_only_by_name(query: CaseQuery) -> bool:
    return query.order == CaseOrder.NAME and not _has_filters(query)


_FTS_SOURCE: Final = "SELECT rowid FROM case_search WHERE case_search MATCH ?"
_NUMBER_SOURCE: Final = "SELECT pk FROM cases WHERE case_number >= ? AND case_number < ?"
_NUMBER_COUNT: Final = "SELECT count(*) FROM cases WHERE case_number >= ? AND case_number < ?"
_NUMBER_COUNT_CAPPED: Final = (
    "SELECT count(*) FROM (SELECT 1 FROM cases WHERE case_number >= ? AND case_number < ? LIMIT ?)"
)
_NUMBERS_BELOW_CAPPED: Final = (
    "SELECT count(*) FROM (SELECT 1 FROM cases WHERE case_number < ? LIMIT ?)"
)
_NUMBERS_FROM_CAPPED: Final = (
    "SELECT count(*) FROM (SELECT 1 FROM cases WHERE case_number >= ? LIMIT ?)"
)
# `_number_count` counts a range of case numbers, or the numbers outside it, only
# this far before it counts the long way.
NUMBER_COUNT_STEP: Final = 5_000


def _successor(prefix: str) -> str:
    """The first string after every string that starts with `prefix` (ASCII)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _text_match(query: CaseQuery) -> str | None:
    """The full-text expression for the query's text (None: no text, or an exact number)."""
    if not query.text.strip() or exact_case_number(query.text) is not None:
        return None
    return fts_prefix_query(query.text)


class CaseRepository:
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
        self._index(pk, rec)
        return pk

    def update(self, record: CaseRecord) -> None:
        """Write the draft fields, their versions and the change stamp; re-index."""
        params = (
            *encode_draft(record.draft).values(),
            *_derived(record),
            json.dumps(record.field_versions, sort_keys=True),
            record.updated_at,
            record.updated_by,
            record.id,
        )
        row = self._conn.execute(_UPDATE, params).fetchone()
        if row is None:
            raise LookupError(record.id)
        self._conn.execute("DELETE FROM case_search WHERE rowid = ?", (int(row[0]),))
        self._index(int(row[0]), record)

    def _index(self, pk: int, record: CaseRecord) -> None:
        self._conn.execute(
            "INSERT INTO case_search (rowid, terms) VALUES (?, ?)", (pk, _search_text(record))
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

    def page(self, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
        match = _text_match(query)
        exact = exact_case_number(query.text) is not None
        if match is not None and _text_only_by_name(query):
            pks = self._text_by_name(query, match, offset + limit)
            if pks is not None:
                return self._rows_in_order(pks[offset:])
        elif match is not None and query.order == CaseOrder.NAME:
            # Text and filters: the matches are filtered and sorted in the list-keys
            # index, and only the page's rows are read (as for a keystroke's screen).
            found = self._screen_by_keys(query, _FTS_SOURCE, (match,), offset, limit)
            if found is not None:
                return list(found.rows)
        # An exact number leaves the choice to SQLite: its unique index always wins.
        plan = _Access("", 0.0) if exact else self._plan(query, match, offset + limit)
        where, params = _where(query, by_terms=plan.by_terms)
        order = _ORDER_SQL[(query.order, query.descending)]
        sql = (
            f"SELECT {_ROW_COLUMNS} FROM cases c {plan.hint}{where} "  # noqa: S608
            f"ORDER BY {order} LIMIT ? OFFSET ?"
        )
        rows = self._conn.execute(sql, (*params, limit, offset)).fetchall()
        return [_row(r) for r in rows]

    def screen(self, query: CaseQuery, offset: int, limit: int) -> CaseScreen:
        """A page of the list and the number of matches, for one keystroke.

        A text search in name order is answered by one statement that evaluates the
        full-text query once: its matches are looked up in the small list-keys
        index, filtered, counted and sorted there, and only the page's rows are
        read. The number of matches found is the statistic that picks the way:
        past SCREEN_GATHER_MAX the matches are dense enough to be met early on a
        walk of the name index (the general plan).
        """
        match = _text_match(query)
        if match is not None and query.order == CaseOrder.NAME:
            prefix = case_number_prefix(query.text)
            if prefix is not None:
                # A case number being typed: a range of its unique index, counted
                # first (index only) to choose the way.
                bounds: tuple[object, ...] = (prefix, _successor(prefix))
                in_range = self._number_count(prefix, _successor(prefix))
                if in_range <= SCREEN_GATHER_MAX and not self._dense(
                    query, in_range, offset + limit
                ):
                    found = self._screen_by_keys(query, _NUMBER_SOURCE, bounds, offset, limit)
                    if found is not None:
                        return found
                total = (
                    self._keys_count(query, None, (_NUMBER_SOURCE, bounds))
                    if _has_filters(query)
                    else in_range
                )
                return CaseScreen(total, tuple(self.page(query, offset, limit)))
            if not _has_filters(query) and offset + limit <= PILOT_ENTRIES // 4:
                # Many matches spread over the names are met at the index's start:
                # then the count is the one evaluation of the full-text query.
                pks = self._pilot(query, offset + limit)
                if pks is not None:
                    rows = self._rows_in_order(pks[offset:])
                    return CaseScreen(self._match_count(match), tuple(rows))
            found = self._screen_by_keys(query, _FTS_SOURCE, (match,), offset, limit)
            if found is not None:
                return found
        return CaseScreen(self.count(query), tuple(self.page(query, offset, limit)))

    def _number_count(self, lo: str, hi: str) -> int:
        """How many case numbers lie in [lo, hi), reading at most about
        3 * NUMBER_COUNT_STEP index entries unless both the range and the rest of
        the file are large. A prefix such as "KSK-20" holds nearly every file:
        counted entry by entry that is 200,000 reads at 200,000 cases, while the
        table's own count is one b-tree walk and the few numbers outside the
        range are counted at once."""
        step = NUMBER_COUNT_STEP
        inside = self._scalar(_NUMBER_COUNT_CAPPED, (lo, hi, step))
        if inside < step:
            return inside
        below = self._scalar(_NUMBERS_BELOW_CAPPED, (lo, step))
        above = self._scalar(_NUMBERS_FROM_CAPPED, (hi, step))
        if below < step and above < step:
            return self._scalar("SELECT count(*) FROM cases", ()) - below - above
        return self._scalar(_NUMBER_COUNT, (lo, hi))

    def _dense(self, query: CaseQuery, matches: int, wanted: int) -> bool:
        """Whether a text-only search's `matches` are so many that the first entries
        of the name index hold a screenful (numbers are spread over the names): then
        the walk reads a few thousand index entries instead of sorting every match
        ("KSK-2" is every file of a 50,000-file centre)."""
        if _has_filters(query):
            return False
        total = max(1, self._scalar("SELECT coalesce(max(pk), 0) FROM cases", ()))
        return PILOT_ENTRIES * matches >= 4 * wanted * total

    def _screen_by_keys(
        self,
        query: CaseQuery,
        source: str,
        source_params: tuple[object, ...],
        offset: int,
        limit: int,
    ) -> CaseScreen | None:
        clauses, filter_params = _filters(query, "k")
        where = "".join(" AND " + c for c in clauses)
        desc = " DESC" if query.descending else ""
        cap = SCREEN_GATHER_MAX + 1
        # The first row carries the number of matches (capped) and the total; the
        # page rows follow. Past the cap the page part is skipped at once. The page
        # is a top-N sort: a window count would keep and fully sort every row it
        # counts ("s" matches 41,000 files at 200,000: twice the statement's work).
        # With filters the filtered matches' keys are kept once (often far fewer than
        # the matches), then counted and sorted; without, the total is the matches.
        template = _SCREEN_FILTERED if clauses else _SCREEN_TEXT
        sql = template.format(source=source, where=where, desc=desc)
        params = (*source_params, cap, cap, *filter_params, limit, offset)
        result = self._conn.execute(sql, params).fetchall()
        if int(result[0][2]) >= cap:
            return None
        total = int(result[0][3])
        page = sorted(((bytes(r[1]), int(r[0])) for r in result[1:]), reverse=query.descending)
        return CaseScreen(total, tuple(self._rows_in_order([pk for _, pk in page])))

    def _keys_count(
        self,
        query: CaseQuery,
        match: str | None,
        source: tuple[str, tuple[object, ...]] | None = None,
    ) -> int:
        """How many files the query matches, from the list-keys index (no row read);
        the text is `match` for the full-text index, or the row ids of `source`."""
        clauses, params = _filters(query, "k")
        if match is not None:
            source = (_FTS_SOURCE, (match,))
        if source is not None:
            clauses.insert(0, f"k.pk IN ({source[0]})")
            params[0:0] = list(source[1])
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"SELECT count(*) FROM cases k INDEXED BY cases_list_keys{where}"  # noqa: S608
        return int(self._conn.execute(sql, params).fetchone()[0])

    def _text_by_name(self, query: CaseQuery, match: str, wanted: int) -> list[int] | None:
        """The first `wanted` matches of a text-only search in name order, or None to
        leave it to the general plan.

        Names cluster in name order ("Yılmaz" lies near the end), so no estimate from
        counts says how far a walk of the name index must go. The walk's own start is
        the statistic: the first PILOT_ENTRIES entries are read (index only, about
        2 ms at 200,000 files); if they hold the page, that is the answer. Otherwise
        the matches are sparse there, and when there are at most GATHER_MAX of them
        they are gathered from the full-text index in one evaluation and sorted here.
        """
        found = self._pilot(query, wanted)
        if found is not None:
            return found
        if self._match_count(match) > GATHER_MAX:
            return None  # many matches: the planned walk reads them in order
        gathered = self._conn.execute(
            "SELECT c.pk, c.sort_name FROM cases c NOT INDEXED WHERE c.pk IN "
            "(SELECT rowid FROM case_search WHERE case_search MATCH ?)",
            (match,),
        ).fetchall()
        # Blob sort keys compare byte-wise in Python exactly as in SQLite.
        gathered.sort(key=lambda r: (bytes(r[1]), int(r[0])), reverse=query.descending)
        return [int(r[0]) for r in gathered[:wanted]]

    def _pilot(self, query: CaseQuery, wanted: int) -> list[int] | None:
        """The first `wanted` matches of a text-only search in name order if the
        first PILOT_ENTRIES entries of the name index hold them (index only), else
        None. Matches spread over the names (a first name, a phone prefix) are met
        here however many there are; clustered ones ("Yılmaz") are not."""
        terms = [" " + t for t in query_tokens(query.text)]
        desc = query.descending
        window = self._conn.execute(_PILOT_SQL[desc], (PILOT_ENTRIES,)).fetchall()
        # The same test as the SQL walk: every token starts a word of the terms.
        hits = sorted(
            (
                (bytes(r[1]), int(r[0]))
                for r in window
                if all((" " + r[2]).find(t) >= 0 for t in terms)
            ),
            reverse=desc,
        )
        if len(window) < PILOT_ENTRIES:
            return [pk for _, pk in hits[:wanted]]  # the whole index was read
        if len(hits) >= wanted:
            edge = bytes(window[-1][1])
            last = hits[wanted - 1][0]
            # Names equal to the window's last one may continue past it (ties are
            # ordered by pk): only a page that ends before them is certain.
            if (last > edge) if desc else (last < edge):
                return [pk for _, pk in hits[:wanted]]
        return None

    def _rows_in_order(self, pks: list[int]) -> list[CaseRow]:
        if not pks:
            return []
        found = {
            int(r[0]): _row(r[1:])
            for r in self._conn.execute(
                f"SELECT c.pk, {_ROW_COLUMNS} FROM cases c "  # noqa: S608
                "WHERE c.pk IN (SELECT value FROM json_each(?))",
                (json.dumps(pks),),
            ).fetchall()
        }
        return [found[pk] for pk in pks if pk in found]

    def _plan(self, query: CaseQuery, match: str | None, wanted: int) -> _Access:
        """Pick how to drive the query, from cheap counts of each filter.

        Without statistics SQLite takes any equality filter for a selective one, and
        would read and sort a worker's 12,000 files to show 100 of them; and a first
        keystroke ("k", "05") matches most files, whose ids it would gather before
        showing any. Reading a case row costs a page decryption, so the choice is made
        here by a small cost model in units of one row read.
        """
        total = max(1, self._scalar("SELECT coalesce(max(pk), 0) FROM cases", ()))
        text_rows = total if match is None else self._match_count(match)
        # A filter's rows are counted only so far: past the cap the filter is common
        # enough that walking the order's index wins over reading all its rows (a
        # walk of about wanted * total / cap entries, against more than `cap` rows
        # read). Counting 140,000 open files exactly took as long as the page.
        cap = max(PLAN_COUNT_FLOOR, 2 * math.isqrt(wanted * total))
        plan = self._plan_counted(query, match, wanted, total, text_rows, cap)
        if plan.capped:
            # A filter's own index would be chosen on a capped count: count it all.
            plan = self._plan_counted(query, match, wanted, total, text_rows, total + 1)
        return plan

    def _plan_counted(
        self,
        query: CaseQuery,
        match: str | None,
        wanted: int,
        total: int,
        text_rows: int,
        cap: int,
    ) -> _Access:
        capped = False

        def rows_where(rows_sql: str, params: tuple[object, ...]) -> int:
            nonlocal capped
            n = self._scalar(
                "SELECT count(*) FROM (" + rows_sql + " LIMIT ?)",  # noqa: S608
                (*params, cap),
            )
            capped = capped or n >= cap
            return n

        text_share = text_rows / total
        gather = text_rows * _MATCH_COST if match is not None else 0.0
        # (rows matching, hint, the filter's index also yields the wanted order)
        filters: list[tuple[int, str, bool]] = []
        by_name = query.order == CaseOrder.NAME
        if query.assigned_to is not None:
            staff = None if query.assigned_to == UNASSIGNED else query.assigned_to
            rows = rows_where("SELECT 1 FROM cases WHERE assigned_to IS ?", (staff,))
            filters.append((rows, "INDEXED BY cases_by_staff", by_name))
        if query.statuses:
            values = sorted(s.value for s in query.statuses)
            marks = ", ".join("?" * len(values))
            rows = rows_where(
                f"SELECT 1 FROM cases WHERE status IN ({marks})",  # noqa: S608
                tuple(values),
            )
            filters.append((rows, "INDEXED BY cases_by_status", by_name and len(values) == 1))
        if query.applied_from is not None or query.applied_to is not None:
            rows = rows_where(
                "SELECT 1 FROM cases WHERE application_date BETWEEN ? AND ?",
                (
                    (query.applied_from or datetime.date.min).isoformat(),
                    (query.applied_to or datetime.date.max).isoformat(),
                ),
            )
            by_date = query.order == CaseOrder.APPLICATION_DATE
            filters.append((rows, "INDEXED BY cases_by_application", by_date))
        if match is None and not filters:
            return _Access("", 0.0)  # SQLite walks the order's index by itself

        share_all = text_share
        for rows, _, _ in filters:
            share_all *= rows / total
        share_all = max(share_all, 1 / total)
        walked = wanted / share_all  # order-index entries read to fill the page
        # Rows that pass the text test must be read when another filter needs the row.
        checked = text_share if filters else 0.0

        order_index = _ORDER_INDEX[query.order]
        options = [
            _Access(f"INDEXED BY {order_index}", gather + walked * (_ENTRY_COST + checked) + wanted)
        ]
        if match is not None:
            # Every match is read: other filters and the sort key live in the row.
            options.append(_Access("NOT INDEXED", gather + text_rows))
            if by_name:
                # The name index carries the search terms: no ids to gather at all.
                cost = walked * (2 * _ENTRY_COST + checked) + wanted
                options.append(_Access("INDEXED BY cases_by_name_terms", cost, by_terms=True))
        for rows, hint, ordered in filters:
            entries = min(rows, wanted * rows / (share_all * total)) if ordered else rows
            options.append(
                _Access(hint, gather + entries * (_ENTRY_COST + text_share), capped=capped)
            )
        return min(options, key=lambda a: a.cost)

    def _scalar(self, sql: str, params: tuple[object, ...]) -> int:
        return int(self._conn.execute(sql, params).fetchone()[0])

    def _match_count(self, match: str) -> int:
        # FTS5 counts a doclist without touching the rows: well under a millisecond.
        row = self._conn.execute(
            "SELECT count(*) FROM case_search WHERE case_search MATCH ?", (match,)
        ).fetchone()
        return int(row[0])

    def count(self, query: CaseQuery) -> int:
        match = _text_match(query)
        filters = _has_filters(query)
        if match is not None and not filters:
            # One index row per case, so the index alone answers "how many match".
            return self._match_count(match)
        kinds = sum(
            (
                bool(query.statuses),
                query.assigned_to is not None,
                query.applied_from is not None or query.applied_to is not None,
            )
        )
        if match is not None or kinds > 1:
            # Text and filters, or two filters: one index holds them all, so
            # counting reads no case row.
            return self._keys_count(query, match)
        where, params = _where(query)
        sql = f"SELECT count(*) FROM cases c{where}"  # noqa: S608
        return int(self._conn.execute(sql, params).fetchone()[0])

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
            pks |= self._pks("SELECT rowid FROM case_search WHERE case_search MATCH ?", (match,))
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
            "SELECT s.terms FROM case_search s JOIN cases c ON c.pk = s.rowid WHERE c.id = ?",
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
