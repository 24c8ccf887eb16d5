"""'Takip randevusu ver…' in the case view: book the next session without leaving the case."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.calendar import CalendarService, ClientMatch
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.calendar.dialogs import AppointmentDialog
from kdm_desktop.ui.cases.extensions import CaseActionSpec, CaseExtensions

# A week on, at ten: the usual rhythm of follow-up sessions; she can change both.
FOLLOW_UP_AFTER = dt.timedelta(days=7)
FOLLOW_UP_TIME = dt.time(10, 0)


def follow_up_start(today: dt.date) -> dt.datetime:
    """A week from today at 10:00, moved off a weekend to the Monday after."""
    day = today + FOLLOW_UP_AFTER
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, FOLLOW_UP_TIME)


def open_follow_up_dialog(
    session: Session, case_id: str, ctx: object, parent: QWidget
) -> AppointmentDialog | None:
    service = CalendarService(session)
    try:
        ref = CaseService(session).resolve(case_id)
        matches = [m for m in service.find_clients(ref.case_number) if m.case_id == ref.id]
    except KdmError as exc:
        dialogs.warn(parent, exc.message)
        return None
    case = matches[0] if matches else ClientMatch(ref.id, ref.case_number, "", None)
    dialog = AppointmentDialog(
        service, follow_up_start(service.today()), parent, staff=session.user.username, case=case
    )
    dialog.setWindowTitle(QCoreApplication.translate("CaseActions", "Book a follow-up"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def register(ext: CaseExtensions) -> None:
    ext.add_action(
        CaseActionSpec(
            key="follow_up",
            title=lambda: QCoreApplication.translate("CaseActions", "Book a follow-up…"),
            handler=open_follow_up_dialog,
            permission=Permission.EDIT_CALENDAR,
            order=30,
        )
    )
