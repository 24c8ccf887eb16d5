"""The calendar's month, week and day views (one module each, over `paint`'s shared
base); imported from here by the page, the benchmarks and the tests."""

from __future__ import annotations

from kdm_desktop.ui.calendar.month_view import MonthView
from kdm_desktop.ui.calendar.paint import entry_colour, holiday_text, weekday_name
from kdm_desktop.ui.calendar.time_grid import FIRST_HOUR, LAST_HOUR, TimeGridView

__all__ = [
    "FIRST_HOUR",
    "LAST_HOUR",
    "MonthView",
    "TimeGridView",
    "entry_colour",
    "holiday_text",
    "weekday_name",
]
