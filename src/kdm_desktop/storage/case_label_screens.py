"""Text screens read through name labels: the full-text rowids are the name order.

The search index's rowids are name labels (`name_labels`), so the first rowids of
one MATCH are a text search's page in name order and the rowids it yields are its
count: nothing is gathered, looked up or sorted. Only the page's rows are read.
"""

from __future__ import annotations

import json
from typing import Literal

from kdm_desktop.domain.cases.records import CaseRow, CaseScreen
from kdm_desktop.storage import case_list_sql as tuning
from kdm_desktop.storage.case_list_sql import _BY_LABEL, _ROW_COLUMNS, _row
from kdm_desktop.storage.case_plan import CasePlanner


class LabelScreens(CasePlanner):
    """A text search's screen and rows by name label, from one MATCH."""

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
        return self._rows_keyed("name_label", labels)

    def _rows_keyed(self, key: Literal["pk", "name_label"], keys: list[int]) -> list[CaseRow]:
        """The rows whose `key` (the primary key or the name label) is in `keys`, in
        the order of `keys`: a page found in an index, read one row each."""
        if not keys:
            return []
        found = {
            int(r[0]): _row(r[1:])
            for r in self._conn.execute(
                f"SELECT c.{key}, {_ROW_COLUMNS} FROM cases c "  # noqa: S608
                f"WHERE c.{key} IN (SELECT value FROM json_each(?))",
                (json.dumps(keys),),
            ).fetchall()
        }
        return [found[k] for k in keys if k in found]
