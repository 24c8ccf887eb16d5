"""Pure geometry for the month, week and day views, so the Qt widgets only draw.

Weeks start on Monday, as in Turkey.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from kdm_desktop.domain.calendar.appointments import Appointment

__all__ = ["DayLayoutItem", "layout_day", "month_grid", "week_days"]


def week_days(day: dt.date) -> list[dt.date]:
    """Monday … Sunday of the week containing ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return [monday + dt.timedelta(days=i) for i in range(7)]


def month_grid(year: int, month: int) -> list[list[dt.date]]:
    """Six weeks of seven dates, Monday first, starting with the week of the 1st.

    Always six rows (the most a month can need) so the month view keeps its height
    when paging; days of neighbouring months fill the gaps and are drawn dimmed.
    """
    first = week_days(dt.date(year, month, 1))[0]
    return [[first + dt.timedelta(days=7 * w + d) for d in range(7)] for w in range(6)]


@dataclass(frozen=True, slots=True)
class DayLayoutItem:
    """Where to draw one appointment: column ``column`` of ``columns`` equal columns.

    ``columns`` is shared by every appointment in one cluster of (transitively)
    overlapping appointments, so the cluster fills the day's width.
    """

    appointment: Appointment
    column: int
    columns: int


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


def layout_day(appointments: Iterable[Appointment]) -> list[DayLayoutItem]:
    """Greedy column assignment for overlapping appointments, in drawing order.

    Sorted by start, longer first on ties, each appointment takes the leftmost column
    whose last appointment has ended (half-open: back-to-back share a column).  The
    caller decides what to pass (e.g. whether to include cancelled ones).
    """
    ordered = sorted(
        appointments, key=lambda a: (_utc(a.start), -a.duration_minutes, a.staff, a.id)
    )
    out: list[DayLayoutItem] = []
    cluster: list[tuple[Appointment, int]] = []
    column_ends: list[dt.datetime] = []
    cluster_end: dt.datetime | None = None

    def close_cluster() -> None:
        width = len(column_ends)
        out.extend(DayLayoutItem(a, col, width) for a, col in cluster)

    for appt in ordered:
        start, end = _utc(appt.start), _utc(appt.end)
        if cluster_end is not None and start >= cluster_end:
            close_cluster()
            cluster, column_ends, cluster_end = [], [], None
        for col, col_end in enumerate(column_ends):
            if col_end <= start:
                column_ends[col] = end
                break
        else:
            col = len(column_ends)
            column_ends.append(end)
        cluster.append((appt, col))
        cluster_end = end if cluster_end is None else max(cluster_end, end)
    close_cluster()
    return out
