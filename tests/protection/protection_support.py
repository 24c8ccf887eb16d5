"""Helpers of the protection tests: a case to work on, staff, a fixed clock."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.cases.records import CaseRef
from kdm_desktop.security.roles import Role
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.clock import ISTANBUL
from kdm_desktop.services.session import Session
from kdm_desktop.services.users import UserService

STAFF_PASSWORD = "Personel-Parola-2026"


def make_case(session: Session, first: str = "Ayşe", last: str = "Yılmaz") -> CaseRef:
    draft = CaseDraft(first_name=first, last_name=last, district="Karşıyaka")
    return CaseService(session).create(draft)


def add_staff(session: Session, name: str, role: Role) -> None:
    UserService(session).add(name, STAFF_PASSWORD, role, name.title())


def fixed_clock(day: datetime.date) -> Callable[[], datetime.datetime]:
    def now() -> datetime.datetime:
        return datetime.datetime(day.year, day.month, day.day, 10, 0, tzinfo=ISTANBUL)

    return now


def order_data(**changes: object) -> dict[str, object]:
    """A valid court preventive order (JSON shape)."""
    base: dict[str, object] = {
        "kind": "önleyici",
        "issuer": "aile_mahkemesi",
        "issuer_name": "İzmir 3. Aile Mahkemesi",
        "file_no": "2026/123 D.İş",
        "decision_date": "2026-01-10",
        "start_date": "2026-01-10",
        "end_date": "2026-07-10",
        "measures": ["m5_tehdit_hakaret", "m5_yaklasmama"],
    }
    base.update(changes)
    return base
