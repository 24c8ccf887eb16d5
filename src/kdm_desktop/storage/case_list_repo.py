"""The case list: pages, a keystroke's screen and counts, read from indexes first.

SQL for the list lives here and in `case_list_sql`; see `CaseListQueries.screen`.
"""

from __future__ import annotations

import json

from kdm_desktop.domain.cases.query import CaseOrder, CaseQuery
from kdm_desktop.domain.cases.records import CaseRow, CaseScreen
from kdm_desktop.domain.cases.search import case_number_prefix, exact_case_number, query_tokens
from kdm_desktop.storage import case_list_sql as tuning
from kdm_desktop.storage.case_list_sql import (
    _BY_LABEL,
    _BY_LABEL_KEYS,
    _BY_PK,
    _FTS_SOURCE,
    _NUMBER_COUNT,
    _NUMBER_COUNT_CAPPED,
    _NUMBER_SOURCE,
    _NUMBERS_BELOW_CAPPED,
    _NUMBERS_FROM_CAPPED,
    _ORDER_SQL,
    _PILOT_SQL,
    _ROW_COLUMNS,
    _SCREEN_FILTERED,
    _SCREEN_TEXT,
    _Access,
    _filters,
    _has_filters,
    _row,
    _successor,
    _text_match,
    _text_only_by_name,
    _where,
)
from kdm_desktop.storage.case_plan import CasePlanner
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


class CaseListQueries(CasePlanner):
    """The list's reads; `CaseRepository` carries them with the table's writes."""

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

    def _screen_by_labels(
        self, match: str, descending: bool, offset: int, limit: int
    ) -> CaseScreen:
        """A text-only screen in name order from one MATCH: the search index's rowids
        are name labels (`name_labels`), so its first rowids are the page in name
        order, and the rowids it yields up to COUNT_BOUND + 1 are the bounded count.
        No match is gathered, looked up or sorted."""
        bound = tuning.COUNT_BOUND
        labels = self._labels(match, descending, max(offset + limit, bound + 1))
        rows = tuple(self._rows_by_labels(labels[offset : offset + limit]))
        if len(labels) <= bound:
            return CaseScreen(len(labels), rows)
        return CaseScreen(max(bound, offset + len(rows)), rows, bounded=True)

    def _labels(self, match: str, descending: bool, wanted: int) -> list[int]:
        """The name labels of the first `wanted` matches in name order (FTS5 streams
        its doclist in rowid order and stops at the LIMIT)."""
        found = self._conn.execute(_BY_LABEL[descending], (match, wanted)).fetchall()
        return [int(r[0]) for r in found]

    def _rows_by_labels(self, labels: list[int]) -> list[CaseRow]:
        if not labels:
            return []
        found = {
            int(r[0]): _row(r[1:])
            for r in self._conn.execute(
                f"SELECT c.name_label, {_ROW_COLUMNS} FROM cases c "  # noqa: S608
                "WHERE c.name_label IN (SELECT value FROM json_each(?))",
                (json.dumps(labels),),
            ).fetchall()
        }
        return [found[label] for label in labels if label in found]

    def _bounded_screen(
        self, source: str, params: tuple[object, ...], rows: list[CaseRow], offset: int = 0
    ) -> CaseScreen:
        """A screen whose total is the rows of `source` counted up to COUNT_BOUND."""
        bound = tuning.COUNT_BOUND
        n = self._scalar(
            "SELECT count(*) FROM (" + source + " LIMIT ?)",  # noqa: S608
            (*params, bound + 1),
        )
        if n <= bound:
            return CaseScreen(n, tuple(rows))
        return CaseScreen(max(bound, offset + len(rows)), tuple(rows), bounded=True)

    def _number_count(self, lo: str, hi: str) -> int:
        """How many case numbers lie in [lo, hi), reading at most about
        3 * NUMBER_COUNT_STEP index entries unless both the range and the rest of
        the file are large. A prefix such as "KSK-20" holds nearly every file:
        counted entry by entry that is 200,000 reads at 200,000 cases, while the
        table's own count is one b-tree walk and the few numbers outside the
        range are counted at once."""
        step = tuning.NUMBER_COUNT_STEP
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
        return tuning.PILOT_ENTRIES * matches >= 4 * wanted * total

    def _screen_by_keys(
        self,
        query: CaseQuery,
        source: str,
        source_params: tuple[object, ...],
        offset: int,
        limit: int,
        keys: dict[str, str],
    ) -> CaseScreen | None:
        clauses, filter_params = _filters(query, "k")
        where = "".join(" AND " + c for c in clauses)
        desc = " DESC" if query.descending else ""
        cap = tuning.SCREEN_GATHER_MAX + 1
        # The first row carries the number of matches (capped) and the total; the
        # page rows follow. Past the cap the page part is skipped at once. The page
        # is a top-N sort: a window count would keep and fully sort every row it
        # counts ("s" matches 41,000 files at 200,000: twice the statement's work).
        # With filters the filtered matches' keys are kept once (often far fewer than
        # the matches), then counted and sorted; without, the total is the matches.
        # `keys` says whether the source yields pks or name labels (full-text rowids).
        template = _SCREEN_FILTERED if clauses else _SCREEN_TEXT
        sql = template.format(source=source, where=where, desc=desc, **keys)
        params = (*source_params, cap, cap, *filter_params, limit, offset)
        result = self._conn.execute(sql, params).fetchall()
        if int(result[0][2]) >= cap:
            return None
        total = int(result[0][3])
        if keys is _BY_LABEL_KEYS:  # the labels are the name order
            labels = sorted((int(r[0]) for r in result[1:]), reverse=query.descending)
            return CaseScreen(total, tuple(self._rows_by_labels(labels)))
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
        keys = _BY_PK
        if match is not None:
            # The full-text rowids are name labels: the label-keyed index takes them.
            source, keys = (_FTS_SOURCE, (match,)), _BY_LABEL_KEYS
        if source is not None:
            clauses.insert(0, f"k.{keys['key']} IN ({source[0]})")
            params[0:0] = list(source[1])
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"SELECT count(*) FROM cases k INDEXED BY {keys['index']}{where}"  # noqa: S608
        return int(self._conn.execute(sql, params).fetchone()[0])

    def _pilot(self, query: CaseQuery, wanted: int) -> list[int] | None:
        """The first `wanted` matches of a text-only search in name order if the
        first PILOT_ENTRIES entries of the name index hold them (index only), else
        None. Matches spread over the names (a first name, a phone prefix) are met
        here however many there are; clustered ones ("Yılmaz") are not."""
        terms = [" " + t for t in query_tokens(query.text)]
        desc = query.descending
        window = self._conn.execute(_PILOT_SQL[desc], (tuning.PILOT_ENTRIES,)).fetchall()
        # The same test as the SQL walk: every token starts a word of the terms.
        hits = sorted(
            (
                (bytes(r[1]), int(r[0]))
                for r in window
                if all((" " + r[2]).find(t) >= 0 for t in terms)
            ),
            reverse=desc,
        )
        if len(window) < tuning.PILOT_ENTRIES:
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
