"""Schema step: the search index ordered by name (issue #18).

Adds `cases.name_label` (see `name_labels`): every case is labelled GAP apart in the
list's name order (`sort_name`, then `pk`), and the full-text index is rebuilt with
the label as each row's rowid, copying each row's indexed text as it was. A second
list-keys index, keyed by label, serves searches with filters. The old
index is dropped whole (its pages are freed and, with secure_delete, zeroed).
"""

from __future__ import annotations

from kdm_desktop.storage import name_labels
from kdm_desktop.storage.connection import Connection

NAME_LABEL_SCHEMA: tuple[str, ...] = ("ALTER TABLE cases ADD COLUMN name_label INTEGER",)


def label_by_name(conn: Connection) -> None:
    conn.execute(
        "WITH o(pk, n) AS (SELECT pk, row_number() OVER (ORDER BY sort_name, pk) FROM cases) "
        "UPDATE cases SET name_label = o.n * ? FROM o WHERE cases.pk = o.pk",
        (name_labels.GAP,),
    )
    # The indexes are built once the labels are in (faster than kept up row by row).
    conn.execute("CREATE UNIQUE INDEX cases_by_label ON cases (name_label)")
    # The list-keys index keyed by label: a search with filters looks its matches
    # (the full-text rowids) up here, filters, counts and orders them by label
    # without reading a case row (see `case_list_repo`).
    conn.execute(
        "CREATE INDEX cases_label_keys ON cases (name_label, status, assigned_to, application_date)"
    )
    conn.execute(
        """CREATE VIRTUAL TABLE case_search_by_name USING fts5(
        terms, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3'
    )"""
    )
    conn.execute(
        "INSERT INTO case_search_by_name (rowid, terms) "
        "SELECT c.name_label, s.terms FROM case_search s JOIN cases c ON c.pk = s.rowid "
        "ORDER BY c.name_label"
    )
    conn.execute("DROP TABLE case_search")
    conn.execute("ALTER TABLE case_search_by_name RENAME TO case_search")
