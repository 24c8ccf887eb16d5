"""The statistics period's dates read as every other date field: "05.12.2026".

The bar's two date fields kept Qt's default format: "5.12.2025" on a Turkish
screen (beside "05.12.2026" everywhere else) and "05/12/2025" on an English one."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate

from kdm_desktop.ui.date_field import DISPLAY_FORMAT
from kdm_desktop.ui.statistics.period_bar import PeriodBar


def test_the_period_dates_read_day_month_year(qtbot) -> None:
    bar = PeriodBar(lambda: datetime.date(2026, 12, 5))
    qtbot.addWidget(bar)
    for edit in (bar.start, bar.end):
        assert edit.displayFormat() == DISPLAY_FORMAT
    bar.start.setDate(QDate(2025, 12, 5))
    assert bar.start.text() == "05.12.2025"
