"""How a list query is driven: a small cost model over cheap, exact counts."""

from __future__ import annotations

from kdm_desktop.domain.cases.query import CaseOrder, CaseQuery
from kdm_desktop.storage.case_list_sql import _ENTRY_COST, _MATCH_COST, _ORDER_INDEX, _Access
from kdm_desktop.storage.case_tally import tally_count
from kdm_desktop.storage.connection import Connection


class CasePlanner:
    """Counts that steer the list queries, and the choice of index they make."""

    _conn: Connection

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
        return self._plan_counted(query, match, wanted, total, text_rows)

    def _plan_counted(
        self,
        query: CaseQuery,
        match: str | None,
        wanted: int,
        total: int,
        text_rows: int,
    ) -> _Access:
        text_share = text_rows / total
        gather = text_rows * _MATCH_COST if match is not None else 0.0
        # (rows matching, hint, the filter's index also yields the wanted order)
        filters: list[tuple[int, str, bool]] = []
        by_name = query.order == CaseOrder.NAME
        # Each filter's rows are counted exactly from the tally (case_tally.py):
        # a status or an assignee is a few tally rows, a date range whole months
        # plus its two part months.
        if query.assigned_to is not None:
            rows = tally_count(self._conn, CaseQuery(assigned_to=query.assigned_to))
            filters.append((rows, "INDEXED BY cases_by_staff", by_name))
        if query.statuses:
            rows = tally_count(self._conn, CaseQuery(statuses=query.statuses))
            filters.append(
                (rows, "INDEXED BY cases_by_status", by_name and len(query.statuses) == 1)
            )
        if query.applied_from is not None or query.applied_to is not None:
            dates = CaseQuery(applied_from=query.applied_from, applied_to=query.applied_to)
            rows = tally_count(self._conn, dates)
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
            options.append(_Access(hint, gather + entries * (_ENTRY_COST + text_share)))
        return min(options, key=lambda a: a.cost)

    def _scalar(self, sql: str, params: tuple[object, ...]) -> int:
        return int(self._conn.execute(sql, params).fetchone()[0])

    def _match_count(self, match: str) -> int:
        # FTS5 counts a doclist without touching the rows: well under a millisecond.
        row = self._conn.execute(
            "SELECT count(*) FROM case_search WHERE case_search MATCH ?", (match,)
        ).fetchone()
        return int(row[0])
