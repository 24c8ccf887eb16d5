"""Helpers of the statistics tests: cases on given days, the clock at given instants."""

from __future__ import annotations

import datetime
from typing import Any

from kdm_desktop.domain.cases.choices import ViolenceType
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.services.casefile import Session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.clock import ISTANBUL


def at(session: Session, text: str) -> None:
    """Set the session's clock to an Istanbul wall-clock time ("2027-01-01T00:30")."""
    moment = datetime.datetime.fromisoformat(text).replace(tzinfo=ISTANBUL)
    session.now = lambda: moment


def add_case(session: Session, day: str, **fields: Any) -> str:
    at(session, f"{day}T10:00")
    base: dict[str, Any] = {
        "first_name": "Ayşe",
        "last_name": "Yıldırım",
        "birth_date": datetime.date(1990, 6, 1),
        "district": "Karşıyaka",
        "application_date": datetime.date.fromisoformat(day),
    }
    base.update(fields)
    return CaseService(session).create(CaseDraft(**base)).id


VT = ViolenceType
