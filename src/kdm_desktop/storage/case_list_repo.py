"""The case list: pages, a keystroke's screen and counts, each driven the cheapest way.

`CaseListQueries` chooses the way for each query; the ways themselves are the
name-label screens (`case_label_screens`: a text search's first full-text rowids
are its page) and the index-key screens (`case_key_screens`: matches filtered and
ordered in the list-keys index, case numbers counted from their unique index). SQL
for the list lives in these modules and in `case_list_sql`; see `CaseListQueries.screen`.
"""

from __future__ import annotations

from kdm_desktop.domain.cases.query import CaseOrder, CaseQuery
from kdm_desktop.domain.cases.records import CaseRow, CaseScreen
from kdm_desktop.domain.cases.search import case_number_prefix, exact_case_number
from kdm_desktop.storage import case_list_sql as tuning
from kdm_desktop.storage.case_key_screens import KeyScreens
from kdm_desktop.storage.case_list_sql import (
    _BY_LABEL_KEYS,
    _BY_PK,
    _FTS_SOURCE,
    _NUMBER_SOURCE,
    _ORDER_SQL,
    _ROW_COLUMNS,
    _Access,
    _has_filters,
    _row,
    _successor,
    _text_match,
    _text_only_by_name,
    _where,
)
from kdm_desktop.storage.case_tally import tally_count


def _filter_kinds(query: CaseQuery) -> int:
    """How many kinds of filter (status, assignee, dates) the query has."""
    return sum(
        (
            bool(query.statuses),
            query.assigned_to is not None,
            query.applied_from is not None or query.applied_to is not None,
        )
    )


class CaseListQueries(KeyScreens):
    """The list's reads: for each query, the way to its page, screen or count.

    `CaseRepository` carries them with the table's writes.
    """

    def page(self, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
        match = _text_match(query)
        exact = exact_case_number(query.text) is not None
        if match is not None and _text_only_by_name(query):
            if case_number_prefix(query.text) is not None:
                # Every number of the year shares the prefix (see `screen`): met
                # at the name index's start when dense, else by the labels.
                pks = self._pilot(query, offset + limit)
                if pks is not None:
                    return self._rows_in_order(pks[offset:])
            labels = self._labels(match, query.descending, offset + limit)
            return self._rows_by_labels(labels[offset : offset + limit])
        if match is not None and query.order == CaseOrder.NAME:
            # Text and filters: the matches are filtered and sorted in the list-keys
            # index, and only the page's rows are read (as for a keystroke's screen).
            found = self._screen_by_keys(
                query, _FTS_SOURCE, (match,), offset, limit, _BY_LABEL_KEYS
            )
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

        A text search in name order evaluates the full-text query once. Without
        filters its first rowids are the page, since they are name labels
        (`_screen_by_labels`). With filters its matches are looked up in the small
        label-keyed list index, filtered, counted and ordered there, and only the
        page's rows are read; past SCREEN_GATHER_MAX matches the general plan walks
        the name index instead.
        """
        match = _text_match(query)
        if match is not None and query.order == CaseOrder.NAME:
            prefix = case_number_prefix(query.text)
            if prefix is not None:
                # A case number being typed: a range of its unique index, counted
                # first (index only) to choose the way.
                bounds: tuple[object, ...] = (prefix, _successor(prefix))
                in_range = self._number_count(prefix, _successor(prefix))
                if in_range <= tuning.SCREEN_GATHER_MAX and not self._dense(
                    query, in_range, offset + limit
                ):
                    found = self._screen_by_keys(
                        query, _NUMBER_SOURCE, bounds, offset, limit, _BY_PK
                    )
                    if found is not None:
                        return found
                total = (
                    self._keys_count(query, None, (_NUMBER_SOURCE, bounds))
                    if _has_filters(query)
                    else in_range
                )
                return CaseScreen(total, tuple(self.page(query, offset, limit)))
            if not _has_filters(query):
                return self._screen_by_labels(match, query.descending, offset, limit)
            found = self._screen_by_keys(
                query, _FTS_SOURCE, (match,), offset, limit, _BY_LABEL_KEYS
            )
            if found is not None:
                return found
        rows = self.page(query, offset, limit)
        # Filters alone (140,000 open files) are counted exactly from the tally.
        return CaseScreen(self.count(query), tuple(rows))

    def count(self, query: CaseQuery) -> int:
        if not query.text.strip():
            # Filters alone: whole tally rows, and the part months of a date range.
            return tally_count(self._conn, query)
        match = _text_match(query)
        filters = _has_filters(query)
        if match is not None and not filters:
            # One index row per case, so the index alone answers "how many match".
            return self._match_count(match)
        if match is not None or _filter_kinds(query) > 1:
            # Text and filters, or two filters: one index holds them all, so
            # counting reads no case row.
            return self._keys_count(query, match)
        where, params = _where(query)
        sql = f"SELECT count(*) FROM cases c{where}"  # noqa: S608
        return int(self._conn.execute(sql, params).fetchone()[0])
