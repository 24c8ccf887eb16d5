"""The province report takes the centres' own publication patterns as forced: what a
centre's page, own report or suppressed-only file hides stays hidden in the merged
report, so the two side by side give nothing back. Synthetic counts only."""

from __future__ import annotations

import random

import pytest

from kdm_desktop.domain.statistics.districts import district_list
from kdm_desktop.domain.statistics.publish import pattern, publish_by_district, publish_totals
from kdm_desktop.domain.statistics.suppression import TOTAL, CellState, Grid, determined_cells
from kdm_desktop.domain.statistics.tables import TABLE_BY_KEY, Counts

IZMIR = district_list()
AGES = TABLE_BY_KEY["yas_grubu"].keys()[:4]
TABLES = [TABLE_BY_KEY["yas_grubu"]]
VALUES = [0, 1, 2, 3, 4, 6, 7, 9, 12]


def _centre(rng: random.Random, districts: tuple[str, ...]) -> Counts:
    counts = Counts()
    for d in districts:
        for age in AGES:
            counts.add("yas_grubu", d, age, rng.choice(VALUES))
    return counts


def _report(*centres: Counts) -> tuple[Counts, set[tuple[str, str, str]]]:
    merged, forced = Counts(), set()
    for c in centres:
        merged.merge(c)
        forced |= {p for p in pattern(publish_by_district(c, IZMIR, 5, TABLES)) if p[1] != "*"}
    return merged, forced


@pytest.mark.parametrize("seed", range(40))
def test_a_centre_page_next_to_the_report_rows_it_alone_fills(seed: int) -> None:
    rng = random.Random(seed)
    a = _centre(rng, ("karaburun", "urla", "konak"))
    b = _centre(rng, ("konak", "bornova", "buca"))
    merged, forced = _report(a, b)
    report = publish_by_district(merged, IZMIR, 5, TABLES, forced=forced)[0]
    page = publish_totals(a, 5, TABLES, IZMIR)[0]
    if report.result.withheld or page.result.withheld:
        return
    # A's rows as the attacker sees them: a cell is known when the report shows it
    # (Karaburun and Urla, which A alone fills) or A's own publications do; A's page
    # gives the column sums over all of A's districts. Without the centres' patterns
    # the report showed cells A hides, and a "<5" of A came back (17 of these seeds).
    own = publish_by_district(a, IZMIR, 5, TABLES)[0]
    index = [report.row_keys.index(d) for d in ("karaburun", "urla", "konak")]
    grid = Grid(tuple(own.result.grid.values[i] for i in index))
    states: dict[tuple[int, int], CellState] = {}
    for r, i in enumerate(index):
        for j in range(grid.cols):
            shown = r < 2 and report.result.states[(i, j)] is CellState.SHOWN
            states[(r, j)] = CellState.SHOWN if shown else own.result.states[(i, j)]
        shown = r < 2 and report.result.states[(i, TOTAL)] is CellState.SHOWN
        states[(r, TOTAL)] = CellState.SHOWN if shown else own.result.states[(i, TOTAL)]
    for j in range(grid.cols):
        states[(TOTAL, j)] = page.result.states[(0, j)]
    states[(TOTAL, TOTAL)] = page.result.states[(0, TOTAL)]
    zeros = frozenset(
        p for p, s in states.items() if s is not CellState.SHOWN and grid.cell(p) == 0
    )
    found = determined_cells(grid, states, 5, zeros)
    assert not [p for p in found if states[p] is CellState.SMALL]


def test_two_small_contributions_are_not_published_merged() -> None:
    """4 + 4 = 8 next to each centre's "<5" would say 4 and 4."""
    a, b = Counts(), Counts()
    for c, district in ((a, "karaburun"), (b, "buca")):
        for age in AGES:
            c.add("yas_grubu", district, age, 12)
        c.add("yas_grubu", "konak", AGES[0], 4)
        c.add("yas_grubu", "konak", AGES[1], 20)
    merged, forced = _report(a, b)
    report = publish_by_district(merged, IZMIR, 5, TABLES, forced=forced)[0]
    cell = (report.row_keys.index("konak"), 0)
    assert report.result.value(cell) == 8
    assert report.number(cell) is None
    # Without the centres' patterns the merged 8 was shown.
    assert publish_by_district(merged, IZMIR, 5, TABLES)[0].number(cell) == 8
