"""Screens and counts from the list-keys index and the case number's unique index.

A keystroke's matches (full-text name labels, or a range of case numbers) are
filtered, counted and ordered in the small list-keys indexes, and only the page's
rows are read; a case number being typed is counted from its unique index, and a
text search that matches most files is met at the start of the name index.
"""

from __future__ import annotations

from kdm_desktop.domain.cases.query import CaseQuery
from kdm_desktop.domain.cases.records import CaseRow, CaseScreen
from kdm_desktop.domain.cases.search import query_tokens
from kdm_desktop.storage import case_list_sql as tuning
from kdm_desktop.storage.case_label_screens import LabelScreens
from kdm_desktop.storage.case_list_sql import (
    _BY_LABEL_KEYS,
    _BY_PK,
    _FTS_SOURCE,
    _NUMBER_COUNT,
    _NUMBER_COUNT_CAPPED,
    _NUMBERS_BELOW_CAPPED,
    _NUMBERS_FROM_CAPPED,
    _PILOT_SQL,
    _SCREEN_FILTERED,
    _SCREEN_TEXT,
    _filters,
    _has_filters,
)


class KeyScreens(LabelScreens):
    """A screen, a count or a page found in index keys, reading only the page's rows."""

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
        return self._rows_keyed("pk", pks)
