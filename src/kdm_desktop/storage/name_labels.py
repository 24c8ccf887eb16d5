"""Name-order labels: the search index's row ids, kept in the list's name order.

Every case has a `name_label`, an integer that orders the cases exactly as the list
does by name (`sort_name`, then `pk`), and its full-text row has that label as its
rowid. FTS5 hands out a doclist in rowid order and stops at a LIMIT, so the first
screenful of a search in name order is the first rowids of one MATCH: no match is
gathered, looked up or sorted (see `case_list_repo`).

Labels are spread GAP apart. A case placed between two neighbours takes the middle
of their gap; when a gap has run out, a window of neighbours around the place is
relabelled evenly, doubled until its share of the label range leaves every member
at least MIN_SPACING apart (order-maintenance lists do the same). Their full-text
rows move with them in the caller's transaction. The constants are read at call
time (`name_labels.GAP`), so tests can make the gaps run out quickly.
"""

from __future__ import annotations

from kdm_desktop.storage.connection import Connection

# Labels lie strictly between 0 and TOP (63-bit signed integers; 200,000 cases a
# GAP apart use 2^50 of it).
GAP = 1 << 32
TOP = 1 << 62
# A relabelled window leaves its members at least this far apart (unless it spans
# every case, when they are spread over the whole range).
MIN_SPACING = 1 << 16

# Neighbours in the list's name order (the name index holds the pk as its last column).
_BEFORE = (
    "SELECT pk, name_label FROM cases INDEXED BY cases_by_name "
    "WHERE (sort_name, pk) < (?, ?) ORDER BY sort_name DESC, pk DESC LIMIT ?"
)
_AFTER = (
    "SELECT pk, name_label FROM cases INDEXED BY cases_by_name "
    "WHERE (sort_name, pk) > (?, ?) ORDER BY sort_name, pk LIMIT ?"
)


def place(conn: Connection, pk: int) -> int:
    """Give case `pk` (whose label is NULL and which has no full-text row) its label
    and return it; relabels neighbours (and moves their full-text rows) if needed."""
    sort_name = conn.execute("SELECT sort_name FROM cases WHERE pk = ?", (pk,)).fetchone()[0]
    width = 1
    while True:
        before = conn.execute(_BEFORE, (sort_name, pk, width + 1)).fetchall()
        after = conn.execute(_AFTER, (sort_name, pk, width + 1)).fetchall()
        lo = int(before[width][1]) if len(before) > width else 0
        hi = int(after[width][1]) if len(after) > width else TOP
        if width == 1:
            label = _between(int(before[0][1]) if before else 0, int(after[0][1]) if after else TOP)
            if label is not None:
                _set(conn, pk, label)
                return label
        members = [int(r[0]) for r in reversed(before[:width])]
        members += [pk] + [int(r[0]) for r in after[:width]]
        spacing = (hi - lo) // (len(members) + 1)
        everything = lo == 0 and hi == TOP
        if spacing >= MIN_SPACING or (everything and spacing >= 1):
            return _relabel(conn, pk, members, lo, spacing)
        if everything:
            raise OverflowError(pk)  # no labels left: more than 2^62 / MIN_SPACING cases
        width *= 2


def _between(lo: int, hi: int) -> int | None:
    """A free label strictly between two neighbours' (0 / TOP: none on that side)."""
    if hi == TOP and lo + GAP < TOP:
        return lo + GAP
    if lo == 0 and hi - GAP > 0:
        return hi - GAP
    if hi - lo >= 2:
        return (lo + hi) // 2
    return None


def _set(conn: Connection, pk: int, label: int) -> None:
    conn.execute("UPDATE cases SET name_label = ? WHERE pk = ?", (label, pk))


def _relabel(conn: Connection, pk: int, members: list[int], lo: int, spacing: int) -> int:
    """Spread `members` (in name order, `pk` among them) evenly above `lo`."""
    labels = {m: lo + spacing * (i + 1) for i, m in enumerate(members)}
    others = [m for m in members if m != pk]
    old = dict(
        conn.execute(
            "SELECT pk, name_label FROM cases WHERE pk IN (SELECT value FROM json_each(?))",
            (_json(others),),
        ).fetchall()
    )
    terms = dict(
        conn.execute(
            "SELECT rowid, terms FROM case_search WHERE rowid IN (SELECT value FROM json_each(?))",
            (_json(list(old.values())),),
        ).fetchall()
    )
    # Old and new labels of the window overlap: the rows go through negative
    # labels (never used) so the unique index never sees two at once.
    conn.executemany(
        "UPDATE cases SET name_label = ? WHERE pk = ?", [(-labels[m], m) for m in others]
    )
    conn.executemany(
        "UPDATE cases SET name_label = -name_label WHERE pk = ?", [(m,) for m in others]
    )
    conn.executemany("DELETE FROM case_search WHERE rowid = ?", [(old[m],) for m in others])
    conn.executemany(
        "INSERT INTO case_search (rowid, terms) VALUES (?, ?)",
        [(labels[m], terms[old[m]]) for m in others if old[m] in terms],
    )
    _set(conn, pk, labels[pk])
    return labels[pk]


def _json(values: list[int]) -> str:
    return "[" + ",".join(str(int(v)) for v in values) + "]"
