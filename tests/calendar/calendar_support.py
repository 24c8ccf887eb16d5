"""Shared helpers of the calendar tests: a staffed case file with one case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any

from kdm_desktop.domain.calendar import ISTANBUL, AppointmentType
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.security.roles import Role
from kdm_desktop.services.calendar import AppointmentInput
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.session import Session
from kdm_desktop.services.users import UserService
from kdm_testing import ADMIN, ADMIN_PASSWORD

STAFF_PASSWORD = "Personel-Parola-2026"
STAFF: tuple[tuple[str, Role, str], ...] = (
    ("derya", Role.PSYCHOLOGIST, "Derya Kaya"),
    ("avukat", Role.LAWYER, "Elif Demir"),
    ("sekreter", Role.SECRETARY, "Sena Ak"),
)
CLIENT_FIRST = "Ayşe"
CLIENT_LAST = "Yılmaz"


@dataclass
class Calendarised:
    casefile: Any
    case_id: str
    case_number: str

    def login(self, name: str = ADMIN) -> AbstractContextManager[Session]:
        @contextmanager
        def ctx() -> Iterator[Session]:
            password = ADMIN_PASSWORD if name == ADMIN else STAFF_PASSWORD
            s = self.casefile.login(name, password)
            try:
                yield s
            finally:
                s.close()

        return ctx()


def setup_calendar(casefile: Any) -> Calendarised:
    with casefile.login() as admin:
        users = UserService(admin)
        for name, role, display in STAFF:
            users.add(name, STAFF_PASSWORD, role, display)
        ref = CaseService(admin).create(
            CaseDraft(first_name=CLIENT_FIRST, last_name=CLIENT_LAST, district="Karşıyaka")
        )
    return Calendarised(casefile, ref.id, ref.case_number)


def at(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=ISTANBUL)


def booking(start: dt.datetime, **kw: Any) -> AppointmentInput:
    base: dict[str, Any] = {
        "start": start,
        "duration_minutes": 50,
        "staff": "derya",
        "type": AppointmentType.PSYCHOLOGICAL_SUPPORT,
        "room": "Oda 1",
    }
    base.update(kw)
    return AppointmentInput(**base)


Factory = Callable[[Any], Calendarised]
