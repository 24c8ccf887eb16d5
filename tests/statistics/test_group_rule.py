"""The group rule (domain/statistics/group_rule.py): a published row never says that
all its women, or all but fewer than k, share one category.

The property test does not trust the residual-cycle argument: it enumerates every
table that agrees with what is published (shown cells fixed, "<k" in [1, k-1], "×"
in [k, ∞), a hidden zero of a dominated row in [0, ∞), every row and column adding
up to its published total) and checks that each dominated row's rest (its women
outside the dominant category) and each hidden cell can take a second value.
Synthetic counts only."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kdm_desktop.domain.statistics.districts import district_list
from kdm_desktop.domain.statistics.group_rule import dominated_rows, suppress_linked_grouped
from kdm_desktop.domain.statistics.publish import publish_by_district, publish_totals
from kdm_desktop.domain.statistics.suppression import TOTAL, CellState, Grid, Linked, Pos
from kdm_desktop.domain.statistics.suppression import Suppressed as Result
from kdm_desktop.domain.statistics.tables import TABLE_BY_KEY, Counts

IZMIR = district_list()


def _domain(result: Result, pos: Pos, cap: int) -> range:
    state, v = result.states[pos], result.value(pos)
    if state is CellState.SHOWN:
        return range(v, v + 1)
    if pos in result.unknown:
        return range(0, cap + 1)
    if state is CellState.SMALL:
        return range(1, result.k)
    return range(result.k, cap + 1)


def _tables(result: Result) -> Iterator[dict[Pos, int]]:
    """Every table consistent with what is published (values up to a cap)."""
    grid = result.grid
    cap = max(grid.cells().values()) + 3
    dom = {p: _domain(result, p, cap) for p in result.states}
    rows = []
    for i in range(grid.rows):
        cells = [dom[(i, j)] for j in range(grid.cols)]
        rows.append([r for r in itertools.product(*cells) if sum(r) in dom[(i, TOTAL)]])

    def dfs(i: int, chosen: list[tuple[int, ...]]) -> Iterator[dict[Pos, int]]:
        if i == grid.rows:
            out = Grid(tuple(chosen)).cells()
            if all(out[p] in dom[p] for p in out):
                yield out
            return
        for row in rows[i]:
            partial = [sum(r[j] for r in chosen) + row[j] for j in range(grid.cols)]
            if all(partial[j] <= dom[(TOTAL, j)][-1] for j in range(grid.cols)):
                yield from dfs(i + 1, [*chosen, row])

    yield from dfs(0, [])


grids = st.integers(1, 3).flatmap(
    lambda rows: st.integers(2, 3).flatmap(
        lambda cols: st.lists(
            st.lists(st.sampled_from([0, 0, 0, 1, 2, 4, 5, 6, 7]), min_size=cols, max_size=cols),
            min_size=rows,
            max_size=rows,
        )
    )
)


@settings(
    max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(values=grids, k=st.integers(3, 5))
def test_no_dominated_row_and_no_hidden_cell_can_be_worked_out(
    values: list[list[int]], k: int
) -> None:
    grid = Grid(tuple(map(tuple, values)))
    result = suppress_linked_grouped([Linked(grid, {})], k, [frozenset()])[0]
    if result.withheld:
        return
    true = grid.cells()
    rows = dominated_rows(grid, k)
    for row in rows:
        assert all(result.published(p) is None for p in row.cells), "a dominated row is hidden"
    seen: dict[Pos, set[int]] = {p: set() for p in result.states}
    rests: list[set[int]] = [set() for _ in rows]
    for table in _tables(result):
        for p in seen:
            seen[p].add(table[p])
        for n, row in enumerate(rows):
            total = table[(row.cells[0][0], TOTAL)]
            rests[n].add(total - table[row.dominant])
    for n, row in enumerate(rows):
        assert len(rests[n]) > 1, f"the rest of row {row.cells[0][0]} is determined"
    for p, state in result.states.items():
        if state is not CellState.SHOWN and true[p] > 0:
            assert len(seen[p]) > 1, f"hidden cell {p} is determined"


def test_a_row_whose_women_share_one_answer_is_hidden_in_the_table_and_in_the_totals() -> None:
    counts = Counts()
    counts.add("yasam_tehlikesi", "karaburun", "evet", 6)
    counts.add("yasam_tehlikesi", "konak", "evet", 9)
    counts.add("yasam_tehlikesi", "konak", "hayir", 30)
    tables = [TABLE_BY_KEY["yasam_tehlikesi"]]
    table = publish_by_district(counts, IZMIR, 5, tables)[0]
    row = table.row_keys.index("karaburun")
    assert [table.text((row, j)) for j in range(len(table.col_keys))] == ["×"] * len(table.col_keys)
    assert table.text((row, TOTAL)) == "6"  # how many applied is still published
    # A row of zeros (a district with nobody) says nothing and stays shown.
    empty = table.row_keys.index("foca")
    assert table.number((empty, 0)) == 0
    # The centre as a whole: 15 of 45 in danger is no group disclosure.
    totals = publish_totals(counts, 5, tables, IZMIR)[0]
    assert totals.number((0, TOTAL)) == 45


def test_a_centre_whose_women_all_share_one_answer_does_not_say_so() -> None:
    counts = Counts()
    counts.add("yasam_tehlikesi", "konak", "evet", 12)
    counts.add("yasam_tehlikesi", "bornova", "evet", 9)
    tables = [TABLE_BY_KEY["yasam_tehlikesi"]]
    totals = publish_totals(counts, 5, tables, IZMIR)[0]
    assert all(totals.number((0, j)) is None for j in range(len(totals.col_keys)))


def test_a_row_with_women_in_several_categories_is_published() -> None:
    counts = Counts()
    for district, (yes, no) in {"konak": (9, 30), "bornova": (12, 20)}.items():
        counts.add("yasam_tehlikesi", district, "evet", yes)
        counts.add("yasam_tehlikesi", district, "hayir", no)
    table = publish_by_district(counts, IZMIR, 5, [TABLE_BY_KEY["yasam_tehlikesi"]])[0]
    row = table.row_keys.index("konak")
    assert table.number((row, table.col_keys.index("evet"))) == 9
    assert table.number((row, table.col_keys.index("hayir"))) == 30
