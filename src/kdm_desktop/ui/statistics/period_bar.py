"""The period the statistics count: a preset (this month … last year) or from – to.

Split from the statistics page (page.py), which computes and shows the tables:
this bar only turns her choice into a `Period` (None while the dates make none).
Its texts keep the "StatisticsPage" translation context they were written under.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from kdm_desktop.domain.statistics.periods import Period
from kdm_desktop.ui.date_field import DateField
from kdm_desktop.ui.statistics.rows import preset_period, qdate, to_date

_CUSTOM = 5  # the preset "From – to"


class PeriodBar(QWidget):
    def __init__(self, today: Callable[[], datetime.date]) -> None:
        super().__init__()
        self._today = today
        self.preset = QComboBox()
        self.preset.setAccessibleName(QCoreApplication.translate("StatisticsPage", "Period"))
        self.preset.addItems(
            [
                QCoreApplication.translate("StatisticsPage", "This month"),
                QCoreApplication.translate("StatisticsPage", "Last month"),
                QCoreApplication.translate("StatisticsPage", "This quarter"),
                QCoreApplication.translate("StatisticsPage", "This year"),
                QCoreApplication.translate("StatisticsPage", "Last year"),
                QCoreApplication.translate("StatisticsPage", "From – to"),
            ]
        )
        # Typed and shown as every other date field: "05.12.2026".
        self.start = DateField()
        self.start.setAccessibleName(QCoreApplication.translate("StatisticsPage", "From"))
        self.end = DateField()
        self.end.setAccessibleName(QCoreApplication.translate("StatisticsPage", "To"))
        self.preset.currentIndexChanged.connect(self._preset_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset)
        layout.addWidget(QLabel(QCoreApplication.translate("StatisticsPage", "From")))
        layout.addWidget(self.start)
        layout.addWidget(QLabel(QCoreApplication.translate("StatisticsPage", "to")))
        layout.addWidget(self.end)
        self._preset_changed(0)

    def _preset_changed(self, index: int) -> None:
        period = preset_period(index, self._today())
        custom = period is None
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if period is not None:
            self.start.setDate(qdate(period.start))
            self.end.setDate(qdate(period.end))

    def period(self) -> Period | None:
        try:
            return Period(to_date(self.start.date()), to_date(self.end.date()))
        except ValueError:
            return None

    def set_period(self, period: Period) -> None:
        self.preset.setCurrentIndex(_CUSTOM)
        self.start.setDate(qdate(period.start))
        self.end.setDate(qdate(period.end))
