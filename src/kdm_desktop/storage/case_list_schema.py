"""Schema step: the case list's keys in one small covering index.

A search that matches a few thousand files must sort them by name and check the
list's filters. Read from the `cases` rows, that is one page decryption per match
(about 100 ms for 5,000 matches in a 200,000-file case file). This index holds,
per case, only what the list filters and sorts on, keyed by the row id the
search index returns: the matches are looked up, filtered, counted and sorted
without reading a single case row (see `case_list_repo.CaseListQueries.screen`).
"""

from __future__ import annotations

LIST_KEYS: tuple[str, ...] = (
    "CREATE INDEX cases_list_keys ON cases (pk, sort_name, status, assigned_to, application_date)",
)
