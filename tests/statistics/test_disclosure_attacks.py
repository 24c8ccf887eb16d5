"""An attacker with the published outputs of one centre or province tries to learn
something about one woman by combining them. Each test is one attack: those the
code defends pass; those still open are `xfail(strict=True)` with the reason (they
turn into failures the day they are closed, so the marker must then go).
Synthetic, invented counts only."""

from __future__ import annotations

import contextlib
import itertools
import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kdm_desktop.domain.statistics.cross import COARSE, CrossRefused, CrossTable, publish_cross
from kdm_desktop.domain.statistics.districts import district_list
from kdm_desktop.domain.statistics.periods import Period, month, parse_day, quarter, year
from kdm_desktop.domain.statistics.publish import pattern, publish_by_district, publish_totals
from kdm_desktop.domain.statistics.release import (
    RELEASE_UNITS,
    NotAReleasePeriod,
    publish_cross_release,
    release_period,
    suppress_release,
)
from kdm_desktop.domain.statistics.suppression import (
    TOTAL,
    CellState,
    Grid,
    Linked,
    Pos,
    Suppressed,
    determined_cells,
    suppress,
    suppress_linked,
)
from kdm_desktop.domain.statistics.tables import TABLE_BY_KEY, Counts

IZMIR = district_list()
AGES = TABLE_BY_KEY["yas_grubu"].keys()
MARITAL = TABLE_BY_KEY["medeni_durum"].keys()
_COARSE_AGE = {fine: key for key, _, fines in COARSE["yas_grubu"] for fine in fines}


def _cross(seed: int) -> tuple[dict[str, dict[tuple[str, str], int]], dict[str, int]]:
    rng = random.Random(seed)
    sizes = {"konak": rng.randint(20, 40), "karsiyaka": rng.randint(20, 40)}
    cross: dict[str, dict[tuple[str, str], int]] = {}
    for d, n in sizes.items():
        for _ in range(n):
            pair = (rng.choice(AGES[:5]), rng.choice(MARITAL[:3]))
            cross.setdefault(d, {})[pair] = cross.get(d, {}).get(pair, 0) + 1
    return cross, sizes


def _centre_totals_known(by_district: CrossTable, centre: CrossTable) -> set[int]:
    """Columns of the table by district whose total the centre's table gives exactly
    (all the finer cells that add up to it are shown there)."""
    complete: dict[tuple[str, str], bool] = {}
    for j, (a, b) in enumerate(centre.columns):
        fine = centre.first_keys[a]
        key = (
            _COARSE_AGE.get(fine, fine) if by_district.coarsened else fine,
            centre.second_keys[b],
        )
        complete[key] = complete.get(key, True) and centre.result.published((0, j)) is not None
    return {
        j
        for j, (a, b) in enumerate(by_district.columns)
        if complete.get((by_district.first_keys[a], by_district.second_keys[b]))
    }


# Seeds where the centre's cross table, suppressed on its own, gave cells of the
# table by district back (found before the fix).
@pytest.mark.parametrize("seed", [3, 4, 9, 13, *range(100, 130)])
def test_cross_with_and_without_by_district_together_give_nothing_back(seed: int) -> None:
    cross, sizes = _cross(seed)
    try:
        by_district = publish_cross(
            cross, sizes, "yas_grubu", "medeni_durum", IZMIR, 5, by_district=True
        )
    except CrossRefused:
        pytest.skip("nothing published by district")
    centre = publish_cross(cross, sizes, "yas_grubu", "medeni_durum", IZMIR, 5, by_district=False)
    states = dict(by_district.result.states)
    for j in _centre_totals_known(by_district, centre):
        states[(TOTAL, j)] = CellState.SHOWN
    if centre.result.published((0, TOTAL)) is not None:
        states[(TOTAL, TOTAL)] = CellState.SHOWN
    assert not determined_cells(by_district.result.grid, states, 5)


def test_the_centre_cross_is_the_total_row_of_the_table_by_district() -> None:
    cross, sizes = _cross(3)
    by_district = publish_cross(
        cross, sizes, "yas_grubu", "medeni_durum", IZMIR, 5, by_district=True
    )
    centre = publish_cross(cross, sizes, "yas_grubu", "medeni_durum", IZMIR, 5, by_district=False)
    assert centre.columns == by_district.columns
    assert centre.coarsened == by_district.coarsened
    assert [u.women for u in centre.units] == [sum(sizes.values())]
    for j in range(len(centre.columns)):
        assert centre.text(0, j) == by_district.result.shown((TOTAL, j))


def _counts(seed: int) -> Counts:
    rng = random.Random(seed)
    counts = Counts()
    for district in ("konak", "karsiyaka", "bornova"):
        for age in AGES[:4]:
            counts.add("yas_grubu", district, age, rng.choice([0, 1, 2, 6, 7, 9, 12]))
    return counts


@pytest.mark.parametrize("seed", range(40))
def test_page_totals_next_to_the_tables_by_district_give_nothing_back(seed: int) -> None:
    """The page's table for the whole centre (a colleague without case access) and
    the `--suppressed-only` file (tables by district) of the same period."""
    tables = [TABLE_BY_KEY["yas_grubu"]]
    counts = _counts(seed)
    by_district = publish_by_district(counts, IZMIR, 5, tables)[0]
    totals = publish_totals(counts, 5, tables, IZMIR)[0]
    if by_district.result.withheld:
        # Nothing of it is published by district, nor for the whole centre.
        assert all(totals.number(p) is None for p in totals.result.grid.cells())
        return
    states = dict(by_district.result.states)
    for j in range(len(totals.col_keys)):
        if totals.number((0, j)) is not None:
            states[(TOTAL, j)] = CellState.SHOWN
    if totals.number((0, TOTAL)) is not None:
        states[(TOTAL, TOTAL)] = CellState.SHOWN
    # Zeros of a dominated row (group rule) are hidden as "0 or more", not protected
    # one by one (the row's rest is: test_group_rule.py).
    zeros = by_district.result.unknown
    assert not determined_cells(by_district.result.grid, states, 5, zeros) - zeros


def test_the_page_totals_are_the_exact_sums_where_shown() -> None:
    counts = _counts(7)
    totals = publish_totals(counts, 5, [TABLE_BY_KEY["yas_grubu"]], IZMIR)[0]
    sums = counts.by_category("yas_grubu")
    for j, key in enumerate(totals.col_keys):
        shown = totals.number((0, j))
        assert shown is None or shown == sums.get(key, 0)


def test_suppressed_only_export_and_province_report_of_one_centre_agree() -> None:
    """The province report of one centre's exact counts and that centre's
    `--suppressed-only` file come from the same suppression of the same tables."""
    counts = _counts(11)
    tables = [TABLE_BY_KEY["yas_grubu"]]
    exported = publish_by_district(counts, IZMIR, 5, tables)[0]
    report = publish_by_district(counts, IZMIR, 5, tables)[0]
    assert exported.rows_text() == report.rows_text()


def test_suppressed_contribution_hides_every_merged_cell_it_enters() -> None:
    """A centre that sent `--suppressed-only`: the province report cannot subtract
    the other centres' exact numbers from a merged cell to get the small one back."""
    exact = Counts()
    exact.add("yas_grubu", "konak", "25_34", 30)
    exact.add("yas_grubu", "konak", "35_44", 30)
    # The other centre's "<5" in konak/25_34 arrives as a lower bound of 1.
    exact.add("yas_grubu", "konak", "25_34", 1)
    unknown = {("yas_grubu", "konak", "25_34")}
    table = publish_by_district(exact, IZMIR, 5, [TABLE_BY_KEY["yas_grubu"]], unknown)[0]
    row = table.row_keys.index("konak")
    col = table.col_keys.index("25_34")
    for pos in ((row, col), (row, TOTAL), (TOTAL, col), (TOTAL, TOTAL)):
        assert table.number(pos) is None


# ------------------------------------------------------------------ still open


def _published_cell(period: Period, counts: Counts, unit: str) -> int | None:
    """What a reader gets for Karaburun's 65+ in `period`: nothing when the period is
    not a release period (refused), else the published number ("free": any period,
    as before the release calendar)."""
    try:
        if unit != "free":
            release_period(period, unit)
    except NotAReleasePeriod:
        return None
    table = publish_by_district(counts, IZMIR, 5, [TABLE_BY_KEY["yas_grubu"]])[0]
    return table.number((table.row_keys.index("karaburun"), table.col_keys.index("65_ustu")))


@pytest.mark.parametrize("unit", RELEASE_UNITS)
def test_two_overlapping_periods_do_not_give_a_small_cell_back(unit: str) -> None:
    """January–June minus January–May is June: a woman who applied in June."""
    jan_may, jan_jun = Counts(), Counts()
    jan_may.add("yas_grubu", "karaburun", "65_ustu", 6)
    jan_may.add("yas_grubu", "karaburun", "25_34", 9)
    jan_jun.merge(jan_may)
    jan_jun.add("yas_grubu", "karaburun", "65_ustu", 1)  # the one June applicant
    # Suppressed each on its own, the two periods gave her away (the attack):
    assert _published_cell(Period(date(2026, 1, 1), date(2026, 5, 31)), jan_may, "free") == 6
    assert _published_cell(Period(date(2026, 1, 1), date(2026, 6, 30)), jan_jun, "free") == 7
    a = _published_cell(Period(date(2026, 1, 1), date(2026, 5, 31)), jan_may, unit)
    b = _published_cell(Period(date(2026, 1, 1), date(2026, 6, 30)), jan_jun, unit)
    learned = None if a is None or b is None else b - a
    assert learned is None or learned == 0 or learned >= 5


@given(
    st.lists(
        st.tuples(st.dates(date(2025, 1, 1), date(2027, 12, 31)), st.integers(0, 800)),
        min_size=2,
        max_size=12,
    ),
    st.sampled_from(RELEASE_UNITS),
)
@settings(max_examples=300, deadline=None)
def test_release_periods_never_overlap(spans: list[tuple[date, int]], unit: str) -> None:
    """Whatever periods are asked for, the ones a published output is made for are
    the same or do not share a day: no difference of two gives a few women."""
    accepted = set()
    for start, days in spans:
        for period in (Period(start, start + timedelta(days=days)), parse_day(start.isoformat())):
            with contextlib.suppress(NotAReleasePeriod):
                accepted.add(release_period(period, unit))
    for unit_start in (month(2026, 3), quarter(2026, 1), year(2026)):
        with contextlib.suppress(NotAReleasePeriod):
            accepted.add(release_period(unit_start, unit))
    for p, q in itertools.combinations(accepted, 2):
        assert p.end < q.start or q.end < p.start


def _pinned(grid: Grid, at_base: Suppressed, raised: Suppressed, cell: Pos) -> bool:
    """Whether the base output at k=7 and the raised one at k=8 together pin `cell`:
    each says of the cell what its symbols mean ("×" = k or more, "<k" = below k)."""

    def interval(result: Suppressed) -> tuple[int, float]:
        if result.withheld:
            return 0, float("inf")
        shown = result.shown(cell)
        if shown == "×":
            return result.k, float("inf")
        if shown.startswith("<"):
            return 1, int(shown[1:]) - 1
        return int(shown), int(shown)

    (lo1, hi1), (lo2, hi2) = interval(at_base), interval(raised)
    return max(lo1, lo2) == min(hi1, hi2)


def test_two_min_cell_values_do_not_give_a_small_cell_back() -> None:
    """[2, 7 | 9]: suppressed on its own at k=8, the 7 was "<8" (7 or less) next to
    the release's "×" at k=7 (7 or more): so it was 7 and the other cell 2. A raised
    k now hides on top of the release's pattern, with the release's symbols."""
    grid = Grid(((2, 7),), col_totals=False, row_totals=True)
    at7 = suppress(grid, 7)
    assert _pinned(grid, at7, suppress(grid, 8), (0, 1))  # the attack, each k on its own
    at8 = suppress_release([Linked(grid, {})], 8, release_k=7)[0]
    assert not _pinned(grid, at7, at8, (0, 1))
    assert at8.published((0, 1)) is None and at8.published((0, 0)) is None


@pytest.mark.parametrize("seed", range(60))
def test_a_raised_min_cell_tells_nothing_the_release_does_not(seed: int) -> None:
    """Random tables, a release k and a raised k: the raised output hides every
    count below its k and everything the release hides, says of each cell only
    what the release says or less, and no hidden cell follows from it."""
    rng = random.Random(seed)
    rows, cols = rng.randint(1, 3), rng.randint(2, 4)
    grid = Grid(
        tuple(
            tuple(rng.choice([0, 1, 3, 5, 6, 7, 9, 14]) for _ in range(cols)) for _ in range(rows)
        )
    )
    base_k = rng.randint(3, 6)
    k = base_k + rng.randint(1, 4)
    base = suppress_linked([Linked(grid, {})], base_k)[0]
    raised = suppress_release([Linked(grid, {})], k, release_k=base_k)[0]
    if base.withheld:
        assert raised.withheld
        return
    if raised.withheld:
        return
    for pos, value in grid.cells().items():
        if base.published(pos) is None or 0 < value < k:
            assert raised.published(pos) is None
        if raised.published(pos) is None and not raised.withheld:
            # The symbol means what it means in the release: a coarsening of it.
            assert raised.shown(pos) in {base.shown(pos), "×"}
            assert raised.shown(pos) == "×" or value < base_k
    assert not determined_cells(grid, raised.states, base_k)


def test_a_district_does_not_say_all_its_women_share_a_characteristic() -> None:
    """Six women from Karaburun, all in danger of their lives: the zeros say so."""
    counts = Counts()
    counts.add("yasam_tehlikesi", "karaburun", "evet", 6)
    counts.add("yasam_tehlikesi", "konak", "evet", 9)
    counts.add("yasam_tehlikesi", "konak", "hayir", 30)
    table = publish_by_district(counts, IZMIR, 5, [TABLE_BY_KEY["yasam_tehlikesi"]])[0]
    row = table.row_keys.index("karaburun")
    others = [table.number((row, j)) for j, c in enumerate(table.col_keys) if c != "evet"]
    assert others != [0] * len(others)


def _two_way(cross: CrossTable) -> tuple[Grid, dict[tuple[int, int], CellState]]:
    """The centre's cross table laid out as first × second, with the states it has."""
    rows, cols = len(cross.first_keys), len(cross.second_keys)
    values = [[0] * cols for _ in range(rows)]
    states: dict[tuple[int, int], CellState] = {}
    for j, (a, b) in enumerate(cross.columns):
        values[a][b] = cross.result.grid.cells()[(0, j)]
        states[(a, b)] = cross.result.states[(0, j)]
    grid = Grid(tuple(tuple(r) for r in values))
    for pos in grid.cells():
        states.setdefault(pos, CellState.SHOWN)  # empty pairs are zeros
    return grid, states


def _page_state(value: int) -> CellState:
    """What a hidden margin tells at best: "<5", or "×" (5 or more)."""
    if value == 0:
        return CellState.SHOWN
    return CellState.SMALL if value < 5 else CellState.HIDDEN


@pytest.mark.parametrize("seed", range(0, 120, 3))
def test_a_cross_table_next_to_its_one_way_tables_gives_nothing_back(seed: int) -> None:
    """The centre's age × marital status table, and the page's age band and marital
    status tables of the same period: together a two-way table with its margins (an
    age row "<5, 12, 0" next to an age band of 15 gave the "<5" back: 3)."""
    rng = random.Random(seed)
    sizes = {"konak": rng.randint(40, 90)}
    cross: dict[str, dict[tuple[str, str], int]] = {"konak": {}}
    for _ in range(sizes["konak"]):
        pair = (rng.choice(AGES[1:5]), rng.choice(MARITAL[:3]))
        cross["konak"][pair] = cross["konak"].get(pair, 0) + 1
    try:
        table = publish_cross(
            cross, sizes, "yas_grubu", "medeni_durum", IZMIR, 5, by_district=False
        )
    except CrossRefused:
        return  # refused: nothing published
    if table.coarsened:
        return  # the page's tables are finer than the cross; not this attack
    grid, states = _two_way(table)
    counts = Counts()
    for (a, b), n in cross["konak"].items():
        counts.add("yas_grubu", "konak", a, n)
        counts.add("medeni_durum", "konak", b, n)
    ages, marital = publish_totals(
        counts, 5, [TABLE_BY_KEY["yas_grubu"], TABLE_BY_KEY["medeni_durum"]], IZMIR
    )
    cells = grid.cells()
    for i, key in enumerate(table.first_keys):
        if ages.number((0, ages.col_keys.index(key))) is None:
            states[(i, TOTAL)] = _page_state(cells[(i, TOTAL)])
    for j, key in enumerate(table.second_keys):
        if marital.number((0, marital.col_keys.index(key))) is None:
            states[(TOTAL, j)] = _page_state(cells[(TOTAL, j)])
    if table.result.published((0, TOTAL)) is None:
        states[(TOTAL, TOTAL)] = _page_state(cells[(TOTAL, TOTAL)])
    found = [p for p in determined_cells(grid, states, 5) if states[p] is CellState.SMALL]
    assert not found


def test_a_centre_page_next_to_the_province_report_gives_nothing_back() -> None:
    """Centre A alone serves Karaburun and Urla: the province report's rows for them
    are A's, and A's page (whole-centre tables) publishes their column sums. The
    report hides what A's own publications hide (A's pattern, carried in its file)."""
    rows = {"karaburun": (6, 6, 0, 2), "urla": (7, 6, 6, 2)}
    a, province = Counts(), Counts()
    for district, values in rows.items():
        for age, n in zip(AGES, values, strict=False):
            a.add("yas_grubu", district, age, n)
    province.merge(a)
    for district in ("konak", "bornova"):
        for age in AGES[:4]:
            province.add("yas_grubu", district, age, 12)
    tables = [TABLE_BY_KEY["yas_grubu"]]
    own = pattern(publish_by_district(a, IZMIR, 5, tables))
    report = publish_by_district(province, IZMIR, 5, tables, forced=own)[0]
    page = publish_totals(a, 5, tables, IZMIR)[0]
    index = [report.row_keys.index(d) for d in rows]
    grid = Grid(tuple(report.result.grid.values[i] for i in index))
    states: dict[tuple[int, int], CellState] = {}
    for r, i in enumerate(index):
        for j in range(grid.cols):
            states[(r, j)] = report.result.states[(i, j)]
        states[(r, TOTAL)] = report.result.states[(i, TOTAL)]
    for j in range(grid.cols):
        states[(TOTAL, j)] = page.result.states[(0, j)]
    states[(TOTAL, TOTAL)] = page.result.states[(0, TOTAL)]
    found = [p for p in determined_cells(grid, states, 5) if states[p] is CellState.SMALL]
    assert not found


@pytest.mark.parametrize("seed", [3, 4, 9, 13, *range(100, 112)])
@pytest.mark.parametrize("by_district", [True, False])
def test_a_cross_table_with_a_raised_min_cell_is_the_release_table_with_more_hidden(
    seed: int, by_district: bool
) -> None:
    cross, sizes = _cross(seed)
    try:
        base = publish_cross(
            cross, sizes, "yas_grubu", "medeni_durum", IZMIR, 5, by_district=by_district
        )
    except CrossRefused:
        with pytest.raises(CrossRefused):
            publish_cross_release(
                cross,
                sizes,
                "yas_grubu",
                "medeni_durum",
                IZMIR,
                7,
                by_district=by_district,
                release_k=5,
            )
        return
    try:
        raised = publish_cross_release(
            cross,
            sizes,
            "yas_grubu",
            "medeni_durum",
            IZMIR,
            7,
            by_district=by_district,
            release_k=5,
        )
    except CrossRefused:
        return  # nothing more published
    assert (raised.units, raised.columns, raised.coarsened) == (
        base.units,
        base.columns,
        base.coarsened,
    )
    for pos, value in base.result.grid.cells().items():
        if base.result.published(pos) is None or 0 < value < 7:
            assert raised.result.published(pos) is None
        assert raised.result.shown(pos) in {base.result.shown(pos), "×"}
