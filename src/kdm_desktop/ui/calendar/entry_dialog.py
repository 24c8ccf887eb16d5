"""An appointment she clicked: mark it done or no-show, cancel it, or move it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.calendar import AppointmentStatus, resolve_wall_time
from kdm_desktop.domain.dates import format_shown_datetime
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.calendar import CalendarEntry, CalendarService
from kdm_desktop.ui.date_field import DateField

_ERROR_STYLE = "color: #b00020;"


class EntryDialog(QDialog):
    """An existing appointment: mark it done or no-show, or cancel it."""

    def __init__(
        self, service: CalendarService, entry: CalendarEntry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.entry = entry
        self.changed = False
        a = entry.appointment
        self.setWindowTitle(self.tr("Appointment"))
        info = QLabel(
            f"<b>{_html(entry.label)}</b><br>"
            # The day as everywhere else: "8 Aralık 2026 Salı, 10:00–10:50".
            f"{_html(format_shown_datetime(a.start))}–{a.end:%H:%M} · {_html(entry.staff_name)}"
            + (f" · {_html(a.room)}" if a.room else "")
            + f"<br>{_html(a.status.label)}"
            + (f"<br>{_html(a.note)}" if a.note else "")
        )
        info.setObjectName("entryInfo")
        info.setWordWrap(True)
        self.add_service = QCheckBox(self.tr("Also add to the case's services log"))
        can_log = a.case_id is not None and service_can_log(service)
        self.add_service.setVisible(can_log)
        self.add_service.setChecked(can_log)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.no_show_button = QPushButton(self.tr("&No-show"))
        self.planned_button = QPushButton(self.tr("&Planned"))
        self.cancel_button = QPushButton(self.tr("Cancel &appointment"))
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.reject)
        # Moving: a new day and time for this appointment (one occurrence of a series).
        self.move_date = DateField(QDate(a.start.year, a.start.month, a.start.day))
        self.move_date.setCalendarPopup(True)
        self.move_date.setDisplayFormat("dd.MM.yyyy")
        self.move_date.setAccessibleName(self.tr("New date"))
        self.move_time = QTimeEdit(QTime(a.start.hour, a.start.minute))
        self.move_time.setDisplayFormat("HH:mm")
        self.move_time.setAccessibleName(self.tr("New time"))
        self.move_button = QPushButton(self.tr("&Move"))
        self.move_button.setObjectName("entryMove")
        self.move_button.clicked.connect(self._move)
        self.move_hint = QLabel(
            self.tr("Only this appointment moves; the rest of its series stays where it is.")
            if a.series_id is not None
            else ""
        )
        self.move_hint.setWordWrap(True)
        self.move_hint.setVisible(a.series_id is not None)
        move_row = QHBoxLayout()
        move_row.addWidget(QLabel(self.tr("Move to:")))
        move_row.addWidget(self.move_date)
        move_row.addWidget(self.move_time)
        move_row.addWidget(self.move_button)
        move_row.addStretch(1)
        self.done_button.clicked.connect(lambda: self._set(AppointmentStatus.DONE))
        self.no_show_button.clicked.connect(lambda: self._set(AppointmentStatus.NO_SHOW))
        self.planned_button.clicked.connect(lambda: self._set(AppointmentStatus.PLANNED))
        self.cancel_button.clicked.connect(lambda: self._set(AppointmentStatus.CANCELLED))
        buttons = QHBoxLayout()
        for b in (self.done_button, self.no_show_button, self.planned_button, self.cancel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.add_service)
        layout.addLayout(move_row)
        layout.addWidget(self.move_hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _move(self) -> None:
        d, t = self.move_date.date(), self.move_time.time()
        wall = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        try:
            self.service.change(self.entry.ref, start=resolve_wall_time(wall, strict=False))
        except KdmError as exc:
            self.error.setText(exc.message)
            return
        self.changed = True
        self.accept()

    def _set(self, status: AppointmentStatus) -> None:
        try:
            self.service.set_status(
                self.entry.ref,
                status,
                add_service=status is AppointmentStatus.DONE and self.add_service.isChecked(),
            )
        except KdmError as exc:
            self.error.setText(exc.message)
            return
        self.changed = True
        self.accept()


def service_can_log(service: CalendarService) -> bool:
    return service.can(Permission.EDIT_CASES)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
