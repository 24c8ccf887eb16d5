"""Small-cell and secondary suppression: no hidden number can be worked out.

The property test does not trust the module's own graph argument: for every hidden
cell it searches the published constraints (shown cells fixed, "<k" in [1, k-1],
"×" in [k, ∞), every row and column adding up to its published total) for a second
table that agrees with everything published but differs in that cell.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kdm_desktop.domain.statistics.suppression import (
    TOTAL,
    CellState,
    Grid,
    Linked,
    Pos,
    Suppressed,
    check_min_cell,
    determined_cells,
    primary_states,
    suppress,
    suppress_linked,
)


def _domain(result: Suppressed, pos: Pos, cap: int) -> range:
    k = result.k
    state = result.states[pos]
    if state is CellState.SMALL:
        return range(1, k)
    if state is CellState.HIDDEN:
        return range(k, cap + 1)
    v = result.value(pos)
    return range(v, v + 1)


def _alternatives(result: Suppressed, target: Pos) -> Iterator[dict[Pos, int]]:
    """Tables consistent with everything published, by depth-first search."""
    grid = result.grid
    true = grid.cells()
    cap = max(true.values()) + 2
    # What is published about each cell and total, worked out once: the search asks
    # about totals at every step, and each _domain call reads the whole grid (#19).
    published = {p: _domain(result, p, cap) for p in result.states}
    interior = [(i, j) for i in range(grid.rows) for j in range(grid.cols)]
    domains = {p: sorted(published[p], key=lambda v, p=p: abs(v - true[p])) for p in interior}
    if target in domains:
        # The target first, never at its true value: the first table found is a witness.
        # Then its row and column, which must make up for it: searched in row order, a
        # change in the last row was undone only after trying every earlier row.
        ti, tj = target
        line = [p for p in interior if p != target and (p[0] == ti or p[1] == tj)]
        interior = [target, *line, *(p for p in interior if p != target and p not in line)]
        domains[target] = [v for v in domains[target] if v != true[target]]
    else:
        # A row's or a column's total: its cells first, and a line adding up to the true
        # total is dropped as soon as it is complete (the witness must differ there).
        # Searched last, a total took the whole table's search to find a witness, up to
        # minutes for one example, so the suite's time depended on its random draw.
        row, col = target
        first = [p for p in interior if (p[0] == row) != (p[1] == col) and TOTAL in target]
        interior = first + [p for p in interior if p not in first]

    # The most each cell can still add: a line whose chosen cells plus the rest at
    # their most cannot reach its published total is abandoned at once.
    most = {p: max(published[p]) for p in domains}

    def ok_total(pos: Pos, value: int) -> bool:
        return value in published[pos]

    chosen: dict[Pos, int] = {}

    def row_ok(i: int, complete: bool) -> bool:
        if not grid.row_totals:
            return True
        s = sum(chosen[(i, j)] for j in range(grid.cols) if (i, j) in chosen)
        dom = published[(i, TOTAL)]
        if complete and target == (i, TOTAL) and s == true[target]:
            return False
        rest = sum(most[(i, j)] for j in range(grid.cols) if (i, j) not in chosen)
        return (s in dom) if complete else s <= dom[-1] and s + rest >= dom[0]

    def col_ok(j: int, complete: bool) -> bool:
        if not grid.col_totals:
            return True
        s = sum(chosen[(i, j)] for i in range(grid.rows) if (i, j) in chosen)
        dom = published[(TOTAL, j)]
        if complete and target == (TOTAL, j) and s == true[target]:
            return False
        rest = sum(most[(i, j)] for i in range(grid.rows) if (i, j) not in chosen)
        return (s in dom) if complete else s <= dom[-1] and s + rest >= dom[0]

    def dfs(n: int) -> Iterator[dict[Pos, int]]:
        if n == len(interior):
            if (
                grid.col_totals
                and grid.row_totals
                and not ok_total((TOTAL, TOTAL), sum(chosen.values()))
            ):
                return
            full = Grid(
                tuple(tuple(chosen[(i, j)] for j in range(grid.cols)) for i in range(grid.rows)),
                grid.col_totals,
                grid.row_totals,
            )
            yield full.cells()
            return
        pos = interior[n]
        i, j = pos
        for v in domains[pos]:
            chosen[pos] = v
            row_done = all((i, c) in chosen for c in range(grid.cols))
            col_done = all((r, j) in chosen for r in range(grid.rows))
            if row_ok(i, row_done) and col_ok(j, col_done):
                yield from dfs(n + 1)
            del chosen[pos]

    yield from dfs(0)


def _recoverable(result: Suppressed) -> list[Pos]:
    true = result.grid.cells()
    out = []
    for pos, state in result.states.items():
        if state is CellState.SHOWN:
            continue
        if not any(alt[pos] != true[pos] for alt in _alternatives(result, pos)):
            out.append(pos)
    return out


tables = st.integers(1, 3).flatmap(
    lambda rows: st.integers(1, 4).flatmap(
        lambda cols: st.lists(
            st.lists(
                st.one_of(st.integers(0, 4), st.integers(0, 12)), min_size=cols, max_size=cols
            ),
            min_size=rows,
            max_size=rows,
        )
    )
)


# Derandomized: the brute-force search is exponential in the worst case, and about 6 in
# 39,000 random tables still take over 30 s (up to minutes) to find their witnesses, so a
# random draw could hold a run for minutes. The same 250 examples every run keep the
# suite's time fixed; the search itself stays complete, so a determined cell still fails.
@settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    values=tables,
    k=st.integers(3, 5),
    totals=st.sampled_from([(True, True), (False, True), (True, False), (False, False)]),
)
def test_no_hidden_cell_is_determined_by_the_published_constraints(
    values: list[list[int]], k: int, totals: tuple[bool, bool]
) -> None:
    grid = Grid(tuple(map(tuple, values)), col_totals=totals[0], row_totals=totals[1])
    result = suppress(grid, k)
    if result.withheld:
        return  # nothing of it is published
    cells = grid.cells()
    for pos, state in result.states.items():
        v = cells[pos]
        assert (state is CellState.SMALL) == (0 < v < k), "every small count is hidden"
        if state is CellState.HIDDEN:
            assert v >= k, "only counts of k or more are hidden as secondary"
    assert _recoverable(result) == []


def test_the_brute_force_search_finds_a_determined_cell() -> None:
    """The checker itself can fail: one small cell in a row of shown cells is exposed."""
    grid = Grid(((2, 7, 9),), col_totals=False)
    states = primary_states(grid, 5)
    exposed = Suppressed(grid, 5, states)
    assert _recoverable(exposed) == [(0, 0)]
    assert determined_cells(grid, states, 5) == {(0, 0)}


def test_a_single_small_cell_gets_a_partner_in_its_row_and_column() -> None:
    grid = Grid(((2, 10, 12), (8, 9, 15), (11, 6, 20)))
    result = suppress(grid, 5)
    assert result.shown((0, 0)) == "<5"
    hidden = [p for p, s in result.states.items() if s is CellState.HIDDEN]
    assert any(p[0] == 0 for p in hidden)
    assert any(p[1] == 0 for p in hidden)
    assert _recoverable(result) == []
    assert determined_cells(grid, result.states, 5) == set()


def test_small_numbers_are_shown_as_less_than_k_and_zero_is_shown() -> None:
    result = suppress(Grid(((0, 3, 40, 50),), col_totals=False), 5)
    assert [result.shown((0, j)) for j in range(4)] == ["0", "<5", "×", "50"] or [
        result.shown((0, j)) for j in range(4)
    ] == ["0", "<5", "40", "×"]
    assert result.published((0, 1)) is None


def test_min_cell_is_never_below_three() -> None:
    with pytest.raises(ValueError):
        check_min_cell(2)
    with pytest.raises(ValueError):
        suppress(Grid(((1,),), col_totals=False), 2)
    assert check_min_cell(3) == 3


def test_linked_tables_hide_a_shared_total_everywhere() -> None:
    # District B's total (7) is hidden in the first breakdown to protect its "<5" cells;
    # the second breakdown shows B's cells as 7 and 0 but must not show the total 7 ...
    first = Grid(((20, 30), (3, 4)))
    second = Grid(((25, 25), (7, 0)))
    links = {(0, TOTAL): "A", (1, TOTAL): "B", (TOTAL, TOTAL): "ALL"}
    a, b = suppress_linked([Linked(first, links), Linked(second, links)], 5)
    assert a.states[(1, TOTAL)] is not CellState.SHOWN
    assert b.states[(1, TOTAL)] is not CellState.SHOWN
    # ... and whatever the second one then hides is protected there as well.
    assert _recoverable(b) == []
    assert _recoverable(a) == []
