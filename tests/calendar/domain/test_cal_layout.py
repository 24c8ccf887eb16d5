from __future__ import annotations

import datetime as dt
import itertools

from cal_support import DERANDOMIZED, appt, at
from hypothesis import given
from hypothesis import strategies as st

from kdm_desktop.domain.calendar import layout_day, month_grid, week_days
from kdm_desktop.domain.calendar.appointments import Appointment


def test_grid_starts_on_monday() -> None:
    grid = month_grid(2026, 12)
    assert grid[0][0] == dt.date(2026, 11, 30)
    assert grid[5][6] == dt.date(2027, 1, 10)
    # February 2027 begins on a Monday: the first cell is the 1st itself.
    assert month_grid(2027, 2)[0][0] == dt.date(2027, 2, 1)


@DERANDOMIZED
@given(st.integers(1990, 2100), st.integers(1, 12))
def test_grid_shape(year: int, month: int) -> None:
    grid = month_grid(year, month)
    assert len(grid) == 6 and all(len(w) == 7 for w in grid)
    cells = list(itertools.chain.from_iterable(grid))
    assert all(w[0].weekday() == 0 for w in grid)
    assert all((b - a).days == 1 for a, b in itertools.pairwise(cells))
    first = dt.date(year, month, 1)
    assert cells[0] <= first and first in grid[0]
    in_month = [d for d in cells if d.month == month]
    assert in_month[0].day == 1 and (in_month[-1] + dt.timedelta(days=1)).month != month


def test_week_days() -> None:
    days = week_days(dt.date(2027, 1, 1))  # a Friday
    assert days[0] == dt.date(2026, 12, 28) and days[-1] == dt.date(2027, 1, 3)
    assert [d.weekday() for d in days] == list(range(7))
    assert week_days(dt.date(2026, 12, 28)) == days


def test_separate_appointments_take_the_full_width() -> None:
    items = [appt(at(2026, 12, 1, 9), 60), appt(at(2026, 12, 1, 11), 60)]
    assert [(i.column, i.columns) for i in layout_day(items)] == [(0, 1), (0, 1)]


def test_back_to_back_share_a_column() -> None:
    items = [appt(at(2026, 12, 1, 10), 60), appt(at(2026, 12, 1, 9), 60)]
    assert [(i.column, i.columns) for i in layout_day(items)] == [(0, 1), (0, 1)]


def test_overlaps_get_columns_per_cluster() -> None:
    a = appt(at(2026, 12, 1, 9), 120)  # 09:00–11:00
    b = appt(at(2026, 12, 1, 9, 30), 30)  # 09:30–10:00
    c = appt(at(2026, 12, 1, 10), 30)  # 10:00–10:30, reuses b's column
    d = appt(at(2026, 12, 1, 10, 15), 30)  # 10:15–10:45, third column
    e = appt(at(2026, 12, 1, 11), 30)  # new cluster
    layout = {i.appointment.id: (i.column, i.columns) for i in layout_day([e, d, c, b, a])}
    assert layout == {a.id: (0, 3), b.id: (1, 3), c.id: (1, 3), d.id: (2, 3), e.id: (0, 1)}


def test_longer_first_on_equal_start() -> None:
    short = appt(at(2026, 12, 1, 9), 30)
    long = appt(at(2026, 12, 1, 9), 90)
    assert [i.appointment for i in layout_day([short, long])] == [long, short]


_items = st.lists(
    st.builds(
        lambda q, n: appt(at(2026, 12, 1, 8) + dt.timedelta(minutes=15 * q), n),
        st.integers(0, 40),
        st.sampled_from([15, 30, 45, 60, 120]),
    ),
    max_size=20,
)


@DERANDOMIZED
@given(_items)
def test_layout_properties(items: list[Appointment]) -> None:
    layout = layout_day(items)
    assert sorted(i.appointment.id for i in layout) == sorted(a.id for a in items)
    for i in layout:
        assert 0 <= i.column < i.columns
    for x, y in itertools.combinations(layout, 2):
        if x.appointment.overlaps(y.appointment.start, y.appointment.end):
            assert x.column != y.column
            assert x.columns == y.columns  # same cluster, same width
