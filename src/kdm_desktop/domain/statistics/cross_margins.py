"""Cross tables next to the one-way tables of the same period.

The centre's cross table laid out as first × second has margins that the one-way
tables publish (the age bands of the women, their marital status …). Suppressed only
as one row of pairs, an age row "<5, 12, 0" next to an age band of 15 said 3.
`suppress_cross` also checks the pairs as that two-way table, with the margins as
known to a reader, and keeps the two patterns the same (docs/statistics.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from kdm_desktop.domain.statistics.suppression import (
    TOTAL,
    CellState,
    Grid,
    Pos,
    Suppressed,
    suppress,
)
from kdm_desktop.domain.statistics.tables import TableDef, TableKind


def several_parts(
    cross: Mapping[str, Mapping[tuple[str, str], int]],
    districts: Iterable[str],
    first_of: Callable[[str], int],
    second_of: Callable[[str], int],
) -> tuple[set[int], set[int]]:
    """Indices of the (coarse) categories that hold women of more than one category
    of the one-way table: their margin is a sum a reader may narrow down."""
    parts_a: dict[int, set[str]] = {}
    parts_b: dict[int, set[str]] = {}
    for d in districts:
        for (a, b), n in cross.get(d, {}).items():
            if n > 0:
                parts_a.setdefault(first_of(a), set()).add(a)
                parts_b.setdefault(second_of(b), set()).add(b)
    return (
        {i for i, fine in parts_a.items() if len(fine) > 1},
        {j for j, fine in parts_b.items() if len(fine) > 1},
    )


def suppress_cross(
    grid: Grid,
    columns: tuple[tuple[int, int], ...],
    first: TableDef,
    second: TableDef,
    k: int,
    by_district: bool,
    multi: tuple[set[int], set[int]],
    extra: Iterable[Pos] = (),
) -> Suppressed:
    """Suppress the table so that it gives nothing back next to the one-way tables.

    The centre's cross table laid out as first × second has margins that the one-way
    tables of the same period publish (the age bands of the women, their marital
    status …): a "<5" next to a shown 12 in an age row whose band the age table shows
    as 15 is 3. So the pairs are also checked as that two-way table, taking every
    margin the one-way tables could show as known exactly (more than a reader knows:
    safe) except a count from 1 to k−1 of one category, which every publication
    shows as "<k"; and the cells hidden there are hidden in this table's total row, and the
    other way round, until the two agree. `extra` cells are hidden whatever they
    hold (an output with a raised k: `suppression.raised_forced`)."""
    extra = tuple(extra)
    total_row = TOTAL if by_district else 0
    hidden: set[int] = set()
    while True:
        result = suppress(grid, k, forced=[*extra, *((total_row, j) for j in hidden)])
        if result.withheld:
            return result
        row_hidden = {
            j for j in range(len(columns)) if result.states[(total_row, j)] is not CellState.SHOWN
        }
        two_way = _two_way_hidden(grid, columns, first, second, k, row_hidden, total_row, multi)
        if two_way is None:
            return Suppressed(grid, k, result.states, withheld=True)
        if two_way <= row_hidden:
            return result
        hidden |= two_way


def _two_way_hidden(
    grid: Grid,
    columns: tuple[tuple[int, int], ...],
    first: TableDef,
    second: TableDef,
    k: int,
    forced: set[int],
    total_row: int,
    multi: tuple[set[int], set[int]],
) -> set[int] | None:
    """Columns (pairs) to hide so the two-way table with exact margins is safe;
    None when no safe pattern exists."""
    cells = grid.cells()
    rows = 1 + max(a for a, _ in columns)
    cols = 1 + max(b for _, b in columns)
    values = [[0] * cols for _ in range(rows)]
    for j, (a, b) in enumerate(columns):
        values[a][b] = cells[(total_row, j)]
    # A margin is a one-way table's count when the other characteristic counts each
    # woman once (a partition); summed over violence types it is mentions, published
    # nowhere else.
    row_margins = second.kind is TableKind.PARTITION
    col_margins = first.kind is TableKind.PARTITION
    two_way = Grid(tuple(map(tuple, values)), col_totals=col_margins, row_totals=row_margins)
    margin_cells = two_way.cells()

    def known(pos: tuple[int, int]) -> bool:
        # A small margin of one category is "<k" wherever it is published; one made
        # of several (a wide age band) could be pinned down from its parts: known.
        i, j = pos
        several = (i == TOTAL and j in multi[1]) or (j == TOTAL and i in multi[0])
        return margin_cells[pos] >= k or several or margin_cells[pos] == 0

    margins = [p for p in margin_cells if TOTAL in p and known(p)]
    result = suppress(two_way, k, forced=[columns[j] for j in forced], known=margins)
    if result.withheld:
        return None
    return {j for j, pos in enumerate(columns) if result.states[pos] is not CellState.SHOWN}
