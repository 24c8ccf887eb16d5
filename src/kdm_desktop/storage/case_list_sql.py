"""The case list's SQL fragments, its access paths and their tuning constants.

Shared by the list queries (`case_list_repo`, `case_label_screens`,
`case_key_screens`) and their planner (`case_plan`). The only text put into SQL is
chosen from the fixed fragments here; values are bound.
The tuning constants are read at call time (`case_list_sql.NAME`), so tests can
move them.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, Final

from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.cases.query import UNASSIGNED, CaseOrder, CaseQuery
from kdm_desktop.domain.cases.records import CaseRow
from kdm_desktop.domain.cases.search import exact_case_number, fts_prefix_query, query_tokens

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
            # The search index's rowids are the cases' name labels (name_labels).
            clauses.append(
                "c.name_label IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"
            )
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


# A case number being typed is first looked for in this many name-index entries
# (see `KeyScreens._pilot` and `_dense`).
PILOT_ENTRIES: Final = 2_000
# `screen` sorts and filters up to this many full-text matches in the list-keys
# index (about 0.5 µs each, no case row read); more than that is a first
# keystroke matching a tenth of the file, answered by walking the name index.
SCREEN_GATHER_MAX: Final = 50_000
# A screen from the list-keys index (`_screen_by_keys`), filled in with str.format
# from fixed fragments: the matches' source, the filters' clauses, the direction.
_SCREEN_FILTERED: Final = (
    "WITH m(pk) AS MATERIALIZED ({source} LIMIT ?), "
    "n(c) AS MATERIALIZED (SELECT count(*) FROM m), "
    "f(pk, s) AS MATERIALIZED (SELECT k.{key}, k.{sort} "
    "FROM m CROSS JOIN cases k INDEXED BY {index} ON k.{key} = m.pk "
    "WHERE (SELECT c FROM n) < ?{where}) "
    "SELECT NULL, NULL, (SELECT c FROM n), (SELECT count(*) FROM f) "
    "UNION ALL SELECT * FROM (SELECT pk, s, NULL, NULL FROM f "
    "ORDER BY s{desc}, pk{desc} LIMIT ? OFFSET ?)"
)
_SCREEN_TEXT: Final = (
    "WITH m(pk) AS MATERIALIZED ({source} LIMIT ?), "
    "n(c) AS MATERIALIZED (SELECT count(*) FROM m) "
    "SELECT NULL, NULL, (SELECT c FROM n), (SELECT c FROM n) "
    "UNION ALL SELECT * FROM (SELECT k.{key}, k.{sort}, NULL, NULL "
    "FROM m CROSS JOIN cases k INDEXED BY {index} ON k.{key} = m.pk "
    "WHERE (SELECT c FROM n) < ? "
    "ORDER BY k.{sort}{desc}, k.{key}{desc} LIMIT ? OFFSET ?)"
)
# How a source's ids are looked up in a list-keys index: (key, sort column, index).
# Case pks in `cases_list_keys`, ordered by name; name labels (the full-text
# rowids) in `cases_label_keys`, where the label is the name order itself.
_BY_PK: Final = {"key": "pk", "sort": "sort_name", "index": "cases_list_keys"}
_BY_LABEL_KEYS: Final = {"key": "name_label", "sort": "name_label", "index": "cases_label_keys"}
# A screen counts the matches only up to this many; past it the window says
# "more than 1000" (the service's `count`, the CLI's total, stays exact).
COUNT_BOUND: Final = 1_000
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


# The name labels of the cases matching a full-text query (its rowids).
_FTS_SOURCE: Final = "SELECT rowid FROM case_search WHERE case_search MATCH ?"
# A text search in name order: the first labels of one MATCH, in rowid order (FTS5
# streams its doclist in that order and stops at the LIMIT).
_BY_LABEL: Final = {
    False: "SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rowid LIMIT ?",
    True: "SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rowid DESC LIMIT ?",
}
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
