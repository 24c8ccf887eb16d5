"""Documentation screenshots of the calendar (called by `kdm_desktop.ui.screenshots`).

    from kdm_desktop.ui.calendar.screenshots import capture
    capture(shooter, app)   # after the demo file is unlocked

Books a few invented appointments in the week of 26 October 2026 (Republic Day eve
and holiday) in the throw-away demo file, then shoots the month, week and day views.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from PySide6.QtWidgets import QWidget

from kdm_desktop.domain.calendar import AppointmentType, resolve_wall_time
from kdm_desktop.errors import KdmError
from kdm_desktop.messages import CATALOGUE
from kdm_desktop.services.calendar import AppointmentInput, CalendarService
from kdm_desktop.services.cases import CaseService
from kdm_desktop.ui.calendar.page import DAY, MONTH, WEEK, CalendarPage
from kdm_desktop.ui.controller import AppController

SHOT_MONDAY = dt.date(2026, 10, 26)
SHOT_DAY = dt.date(2026, 10, 28)

# The demo's rooms (invented Turkish data, as in services/demo_calendar.py).
_ROOM1, _ROOM2, _ROOM3 = (CATALOGUE["demo_calendar.room"]["tr"].format(n=n) for n in (1, 2, 3))

# (weekday, hour, minute, minutes, staff index, room, type, with a case)
_PLAN = (
    (0, 9, 0, 50, 0, _ROOM1, AppointmentType.PSYCHOLOGICAL_SUPPORT, True),
    (0, 10, 0, 60, 1, _ROOM2, AppointmentType.LEGAL_COUNSELLING, True),
    (0, 14, 0, 90, 2, "Salon", AppointmentType.GROUP_WORK, False),
    (1, 9, 30, 50, 0, _ROOM1, AppointmentType.FIRST_INTERVIEW, True),
    (1, 9, 30, 50, 1, _ROOM2, AppointmentType.SOCIAL_SUPPORT, True),
    (1, 11, 0, 50, 2, _ROOM3, AppointmentType.FOLLOW_UP, True),
    (2, 9, 0, 50, 0, _ROOM1, AppointmentType.PSYCHOLOGICAL_SUPPORT, True),
    (2, 10, 30, 60, 1, _ROOM2, AppointmentType.LEGAL_COUNSELLING, True),
    (2, 11, 0, 45, 2, _ROOM3, AppointmentType.SOCIAL_SUPPORT, True),
    (4, 10, 0, 120, 2, "Salon", AppointmentType.WORKSHOP, False),
    (4, 13, 30, 50, 0, _ROOM1, AppointmentType.FOLLOW_UP, True),
)


class _Shooter(Protocol):
    def shoot(self, name: str, window: QWidget, dialog: QWidget | None = None) -> None: ...


def seed(service: CalendarService, case_numbers: list[str]) -> None:
    staff = [u for u, _ in service.staff_choices()]
    if not staff:
        return
    for i, (wd, hh, mm, minutes, who, room, kind, linked) in enumerate(_PLAN):
        day = SHOT_MONDAY + dt.timedelta(days=wd)
        case = case_numbers[i % len(case_numbers)] if linked and case_numbers else None
        try:
            service.add(
                AppointmentInput(
                    start=resolve_wall_time(
                        dt.datetime.combine(day, dt.time(hh, mm)), strict=False
                    ),
                    duration_minutes=minutes,
                    staff=staff[who % len(staff)],
                    type=kind,
                    case_ref=case,
                    room=room,
                )
            )
        except KdmError:
            continue  # already booked by an earlier run on the same demo file


def capture(shooter: _Shooter, app: AppController) -> None:
    workspace = app.workspace
    session = app.session
    assert workspace is not None and session is not None
    numbers = [r.case_number for r in CaseService(session).page(limit=8)]
    seed(CalendarService(session), numbers)
    workspace.select("calendar")
    page = workspace.page("calendar")
    assert isinstance(page, CalendarPage)
    page.show_date(SHOT_DAY, MONTH)
    shooter.shoot("30-takvim-ay", app.window)
    page.show_date(SHOT_DAY, WEEK)
    shooter.shoot("31-takvim-hafta", app.window)
    page.show_date(SHOT_DAY, DAY)
    shooter.shoot("32-takvim-gun", app.window)
    shoot_booking(shooter, app, page)


def shoot_booking(shooter: _Shooter, app: AppController, page: CalendarPage) -> None:
    """33: booking by surname, the matches shown to choose from."""
    session = app.session
    assert session is not None
    rows = [r for r in CaseService(session).page(limit=40) if not r.anonymous]
    if not rows:
        return
    dialog = page.new_appointment(dt.datetime.combine(SHOT_DAY, dt.time(15, 0)))
    if dialog is None:
        return
    dialog.case_number.setText(rows[0].last_name)
    dialog.find_case.click()
    shooter.shoot("33-takvim-ada-gore-randevu", app.window, dialog)
    dialog.reject()
