"""Group disclosure: a row must not say that (nearly) all its women share a category.

A district whose six women are all "in danger of their lives" published as
"6, 0, 0" tells anyone who knows a woman of that district applied that she is in
danger, although no cell is small: the zeros say it (group or attribute disclosure,
Hundepool et al., *Statistical Disclosure Control*, ch. 5.2; Statistics Norway's
"direct disclosure" rule for frequency tables, where a cell holding a row's total
but at most a coalition's worth of units is unsafe).

The rule here: a row of a table of women (a district, or the total row — the
centre or the province as a whole) is **dominated** when one category holds all of
it but fewer than k (the same k as the small cells: the rest of the row is itself a
small group, or nobody). A dominated row's distribution is not published: its cells
are all hidden ("×"; a small one stays "<k"), its total stays as it is, and

- its zeros are hidden as values known only from below (0 or more), so hiding them
  tells nothing, and no cell has to be hidden to protect a zero as such;
- its other cells are hidden like any hidden cell and must not be derivable;
- *the rest of the row* (the women outside the dominant category) must not be
  derivable either: some table that agrees with everything published has a
  different number of women outside it. Checked exactly with the same residual-
  cycle test (`determined_cells`), by keeping the row's other cells fixed but one:
  a cycle through that one and the dominant cell or the row total moves a woman
  into or out of the rest.

Cells hidden for the rule are chosen like secondary suppression: the smallest
shown cell of k or more that frees the row, until no dominated row is determined.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass, replace

from kdm_desktop.domain.statistics.suppression import (
    TOTAL,
    CellState,
    Grid,
    Linked,
    Pos,
    Suppressed,
    determined_cells,
    suppress_linked,
)


@dataclass(frozen=True)
class Dominated:
    """A row whose category `dominant` holds all of it but fewer than k."""

    cells: tuple[Pos, ...]
    dominant: Pos


def dominated_rows(grid: Grid, k: int, exempt: Set[int] = frozenset()) -> list[Dominated]:
    """The dominated rows of a table with row and column totals (the total row too).
    A row dominated by an `exempt` column ("not stated": no answer is no attribute of
    the woman) is not."""
    if not (grid.row_totals and grid.col_totals):
        return []
    cells = grid.cells()
    rows = [*range(grid.rows), TOTAL]
    out = []
    for i in rows:
        row = tuple((i, j) for j in range(grid.cols))
        total = cells[(i, TOTAL)]
        dominant = max(row, key=lambda p: cells[p])
        if total > 0 and total - cells[dominant] < k and dominant[1] not in exempt:
            out.append(Dominated(row, dominant))
    return out


def masked(rows: Sequence[Dominated], grid: Grid) -> tuple[frozenset[Pos], frozenset[Pos]]:
    """(cells of dominated rows to hide, their zeros: hidden as known from below)."""
    cells = grid.cells()
    hide = {p for row in rows for p in row.cells}
    return frozenset(p for p in hide if cells[p] > 0), frozenset(p for p in hide if cells[p] == 0)


def rest_determined(result: Suppressed, row: Dominated) -> bool:
    """Whether what is published pins the number of the row's women outside its
    dominant category (exact: see the module's docstring)."""
    if result.withheld:
        return False
    others = [p for p in row.cells if p != row.dominant]
    if not others:
        return False
    for pos in others:
        trial = dict(result.states)
        for other in others:
            if other != pos:
                trial[other] = CellState.SHOWN
        if trial[pos] is CellState.SHOWN:
            continue
        if pos not in determined_cells(result.grid, trial, result.k, result.unknown):
            return False
    return True


def _frees(result: Suppressed, row: Dominated, pos: Pos) -> bool:
    trial = replace(result, states={**result.states, pos: CellState.HIDDEN})
    return not rest_determined(trial, row)


def _near(pos: Pos, row: Dominated) -> bool:
    return pos[0] == row.cells[0][0] or any(pos[1] == p[1] for p in row.cells)


def next_to_hide(result: Suppressed, row: Dominated) -> Pos | None:
    """The cell to hide next so that the row's rest is no longer determined: the
    smallest that frees it alone, else the smallest near it; None if none is left."""
    cells = result.grid.cells()
    candidates = sorted(
        (v, pos)
        for pos, v in cells.items()
        if result.states[pos] is CellState.SHOWN and v >= result.k
    )
    near = [c for c in candidates if _near(c[1], row)]
    for _, pos in near + [c for c in candidates if c not in near]:
        if _frees(result, row, pos):
            return pos
    rest = near or candidates
    return rest[0][1] if rest else None


def suppress_linked_grouped(
    tables: Sequence[Linked],
    k: int,
    grouped: Sequence[Set[int] | None],
) -> list[Suppressed]:
    """`suppress_linked` with the group rule on the tables whose `grouped` entry is
    not None (it holds the table's exempt columns): dominated rows hidden, and
    further cells hidden until no dominated row's rest is determined (a table where
    no cell is left to hide is withheld)."""
    rows: list[list[Dominated]] = []
    prepared: list[Linked] = []
    for table, on in zip(tables, grouped, strict=True):
        found = [] if on is None else dominated_rows(table.grid, k, on)
        rows.append(found)
        if not found:
            prepared.append(table)
            continue
        big, zeros = masked(found, table.grid)
        prepared.append(replace(table, forced=table.forced | big, unknown=table.unknown | zeros))
    withheld: set[int] = set()
    while True:
        results = suppress_linked(prepared, k)
        more = False
        for n, (table, result) in enumerate(zip(prepared, results, strict=True)):
            for row in rows[n]:
                if n in withheld or not rest_determined(result, row):
                    continue
                pos = next_to_hide(result, row)
                if pos is None:
                    withheld.add(n)
                else:
                    prepared[n] = replace(table, forced=table.forced | {pos})
                    more = True
                break
        if not more:
            return [
                replace(r, withheld=True) if n in withheld else r for n, r in enumerate(results)
            ]
