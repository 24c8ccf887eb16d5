"""Schema step: the number of files per (status, assignee, application month), kept
by triggers.

The list's filters are a status set, an assignee and an application-date range; the
CLI's total and the window's counter must be exact. Counted from an index, 140,000
open and follow-up files at 200,000 are 140,000 index entries read (28 to 159 ms,
issue #18). The tally holds those numbers in a few thousand rows, and triggers on
`cases` change it in the same statement as every write — create, edit, an import or
merge, retention's destruction or anonymisation — so no writer can forget it. A
restore brings back a whole case file, tally and all. The step fills it once
(and may run again over its own result: it then counts afresh).

`assigned` and `staff` stand for `assigned_to` (NULL is assigned = 0, staff = ''):
a primary key cannot hold a NULL, and '' stays distinct from "nobody".
"""

# The SQL below is put together with str.format from fixed templates (values of NEW
# and OLD rows only; nothing typed by anyone).
# ruff: noqa: UP032
from __future__ import annotations

from typing import Final

from kdm_desktop.storage.connection import Connection


def _key(row: str) -> dict[str, str]:
    return {
        "status": "{r}.status".format(r=row),
        "assigned": "({r}.assigned_to IS NOT NULL)".format(r=row),
        "staff": "coalesce({r}.assigned_to,'')".format(r=row),
        "month": "substr({r}.application_date,1,7)".format(r=row),
    }


_ADD_ROW = (
    "INSERT OR IGNORE INTO case_tally (status, assigned, staff, month, n) "
    "VALUES ({status}, {assigned}, {staff}, {month}, 0);"
)
_CHANGE = (
    "UPDATE case_tally SET n = n {sign} 1 WHERE status = {status} AND assigned = {assigned} "
    "AND staff = {staff} AND month = {month};"
)


def _add(row: str) -> str:
    return _ADD_ROW.format(**_key(row)) + " " + _CHANGE.format(sign="+", **_key(row))


def _sub(row: str) -> str:
    return _CHANGE.format(sign="-", **_key(row))


_CHANGED = " OR ".join(
    "{old} IS NOT {new}".format(old=old, new=new)
    for old, new in zip(_key("OLD").values(), _key("NEW").values(), strict=True)
)

CASE_TALLY_SCHEMA: Final[tuple[str, ...]] = (
    """CREATE TABLE IF NOT EXISTS case_tally (
        status TEXT NOT NULL,
        assigned INTEGER NOT NULL,
        staff TEXT NOT NULL,
        month TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (status, assigned, staff, month)
    ) WITHOUT ROWID, STRICT""",
    "CREATE TRIGGER IF NOT EXISTS case_tally_insert AFTER INSERT ON cases BEGIN "
    + _add("NEW")
    + " END",
    "CREATE TRIGGER IF NOT EXISTS case_tally_delete AFTER DELETE ON cases BEGIN "
    + _sub("OLD")
    + " END",
    "CREATE TRIGGER IF NOT EXISTS case_tally_update "
    "AFTER UPDATE OF status, assigned_to, application_date ON cases WHEN "
    + _CHANGED
    + " BEGIN "
    + _sub("OLD")
    + " "
    + _add("NEW")
    + " END",
)

# The tally as counted from the files themselves (the step's fill; tests compare).
# The list-keys index holds all three columns: no case row is read (0.5 s instead of
# 3.4 s at 200,000 files).
FRESH_TALLY_SQL: Final = (
    "SELECT status, assigned_to IS NOT NULL, coalesce(assigned_to, ''), "
    "substr(application_date, 1, 7), count(*) FROM cases INDEXED BY cases_list_keys "
    "GROUP BY 1, 2, 3, 4"
)


def fill_case_tally(conn: Connection) -> None:
    # The step may be applied again over its own result (a file whose version was
    # set back): it then counts afresh.
    conn.execute("DELETE FROM case_tally")
    conn.execute("INSERT INTO case_tally (status, assigned, staff, month, n) " + FRESH_TALLY_SQL)
