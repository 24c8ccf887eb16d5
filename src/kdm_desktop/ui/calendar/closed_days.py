"""'Closed days and working hours': the centre's own closures and its opening hours.

Closed days show in every view like public holidays, and booking on one warns
(the service's warnings), so this dialog only edits the two lists.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSize, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.calendar import OpeningHours, WorkingHours
from kdm_desktop.domain.dates import format_shown_date
from kdm_desktop.domain.rules import DomainRuleError
from kdm_desktop.errors import KdmError
from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.ui.date_field import DateField
from kdm_desktop.ui.fit import dialog_size

_ERROR_STYLE = "color: #b00020;"


class _DayHours:
    """One weekday's row: open checkbox plus opening and closing time."""

    def __init__(self, name: str, hours: OpeningHours | None) -> None:
        self.open = QCheckBox(name)
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        shown = hours or OpeningHours(dt.time(8, 30), dt.time(17, 30))
        self.start.setTime(QTime(shown.open.hour, shown.open.minute))
        self.end.setTime(QTime(shown.close.hour, shown.close.minute))
        self.open.setChecked(hours is not None)
        self.open.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.start.setEnabled(self.open.isChecked())
        self.end.setEnabled(self.open.isChecked())

    def value(self) -> OpeningHours | None:
        if not self.open.isChecked():
            return None
        s, e = self.start.time(), self.end.time()
        return OpeningHours(dt.time(s.hour(), s.minute()), dt.time(e.hour(), e.minute()))


class ClosedDaysDialog(QDialog):
    def __init__(self, service: CalendarService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Closed days and working hours"))

        self.closed_list = QListWidget()
        self.closed_list.setObjectName("closedDays")
        self.closed_list.setAccessibleName(self.tr("Closed days"))
        self.closed_list.setMinimumHeight(140)
        self.date = DateField()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        today = service.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.date.setAccessibleName(self.tr("Date"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason, e.g. administrative leave"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.add_button = QPushButton(self.tr("Add closed day"))
        self.add_button.clicked.connect(self.add_closed)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.closed_error = QLabel()
        self.closed_error.setStyleSheet(_ERROR_STYLE)
        self.closed_error.setWordWrap(True)

        adder = QHBoxLayout()
        adder.addWidget(self.date)
        adder.addWidget(self.reason, 1)
        adder.addWidget(self.add_button)
        closed_box = QGroupBox(self.tr("Closed days of the centre"))
        closed_layout = QVBoxLayout(closed_box)
        closed_layout.addWidget(self.closed_list)
        closed_layout.addLayout(adder)
        row = QHBoxLayout()
        row.addWidget(self.closed_error, 1)
        row.addWidget(self.remove_button)
        closed_layout.addLayout(row)

        hours = service.working_hours()
        names = [
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        ]
        self.days = [_DayHours(names[d], hours.days[d]) for d in range(7)]
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Open")), 0, 1)
        grid.addWidget(QLabel(self.tr("Close")), 0, 2)
        for d, day in enumerate(self.days):
            grid.addWidget(day.open, d + 1, 0)
            grid.addWidget(day.start, d + 1, 1)
            grid.addWidget(day.end, d + 1, 2)
        self.save_hours_button = QPushButton(self.tr("Save working hours"))
        self.save_hours_button.clicked.connect(self.save_hours)
        self.hours_status = QLabel()
        self.hours_status.setWordWrap(True)
        # Room for a two-line summary, so saving never squeezes the time rows.
        self.hours_status.setMinimumHeight(self.hours_status.fontMetrics().lineSpacing() * 2 + 6)
        hours_box = QGroupBox(self.tr("Working hours"))
        hours_layout = QVBoxLayout(hours_box)
        hours_layout.addLayout(grid)
        hours_layout.addWidget(self.hours_status)
        hours_layout.addWidget(self.save_hours_button, 0, Qt.AlignmentFlag.AlignRight)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(closed_box)
        layout.addWidget(hours_box)
        layout.addWidget(buttons)
        self.resize(dialog_size(QSize(640, 720), parent))
        self.changed = False
        self.refresh()

    def refresh(self) -> None:
        self.closed_list.clear()
        try:
            days = self.service.closed_days()
        except KdmError as exc:
            self.closed_error.setText(exc.message)
            return
        for day in sorted(days, key=lambda d: d.date):
            item = QListWidgetItem(f"{format_shown_date(day.date)} — {day.reason}")
            item.setData(Qt.ItemDataRole.UserRole, day.date.isoformat())
            self.closed_list.addItem(item)
        self.remove_button.setEnabled(bool(days))

    def add_closed(self) -> bool:
        q = self.date.date()
        try:
            self.service.add_closed_day(dt.date(q.year(), q.month(), q.day()), self.reason.text())
        except KdmError as exc:
            self.closed_error.setText(exc.message)
            return False
        self.closed_error.clear()
        self.reason.clear()
        self.changed = True
        self.refresh()
        return True

    def remove_selected(self) -> bool:
        item = self.closed_list.currentItem()
        if item is None:
            self.closed_error.setText(self.tr("Choose a closed day in the list first."))
            return False
        day = dt.date.fromisoformat(str(item.data(Qt.ItemDataRole.UserRole)))
        try:
            self.service.remove_closed_day(day)
        except KdmError as exc:
            self.closed_error.setText(exc.message)
            return False
        self.closed_error.clear()
        self.changed = True
        self.refresh()
        return True

    def save_hours(self) -> bool:
        try:
            hours = WorkingHours(tuple(day.value() for day in self.days))
        except DomainRuleError as exc:
            self._hours_message(exc.message, error=True)
            return False
        try:
            self.service.set_working_hours(hours)
        except KdmError as exc:
            self._hours_message(exc.message, error=True)
            return False
        self.changed = True
        self._hours_message(
            self.tr("Working hours saved: %1").replace("%1", str(hours.description()))
        )
        return True

    def _hours_message(self, text: str, *, error: bool = False) -> None:
        self.hours_status.setStyleSheet(_ERROR_STYLE if error else "")
        self.hours_status.setText(text)
