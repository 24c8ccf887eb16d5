"""Start-screen card: today's and tomorrow's appointments, per staff member."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from kdm_desktop.changes import APPOINTMENTS, CALENDAR_SETTINGS, CASES, USERS, Changes
from kdm_desktop.domain.dates import format_shown_date
from kdm_desktop.errors import KdmError
from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.services.session import Session
from kdm_desktop.ui.pages.registry import PageContext


class TodayCard(QGroupBox):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Appointments today and tomorrow"))
        self.service = CalendarService(session)
        self.body = QLabel()
        self.body.setObjectName("todayAppointments")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        self.refresh()
        ctx.events.data_changed.connect(self._data_changed)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(APPOINTMENTS, CALENDAR_SETTINGS, CASES, USERS):
            self.refresh()

    def refresh(self) -> None:
        try:
            agenda = self.service.agenda(2)
        except KdmError as exc:
            self.body.setText(_html(exc.message))
            return
        parts: list[str] = []
        for i, (day, by_staff) in enumerate(agenda.items()):
            when = self.tr("Today") if i == 0 else self.tr("Tomorrow")
            # "5 Aralık 2026 Cumartesi" / "Saturday 5 December 2026": the language's order.
            date_text = format_shown_date(day)
            parts.append(f"<b>{_html(when)} — {_html(date_text)}</b>")
            if not by_staff:
                empty = self.tr("No appointments.")
                parts.append(f"&nbsp;&nbsp;{_html(empty)}")
            for staff in sorted(by_staff):
                items = ", ".join(
                    f"{e.appointment.start:%H:%M} {_html(e.label)}"
                    + (f" ({_html(e.appointment.room)})" if e.appointment.room else "")
                    for e in by_staff[staff]
                )
                parts.append(f"&nbsp;&nbsp;<i>{_html(staff)}</i>: {items}")
        self.body.setText("<br>".join(parts))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
