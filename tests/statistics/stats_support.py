"""Helpers of the statistics tests: cases on given days, the clock at given instants."""

from __future__ import annotations

import datetime
from typing import Any

from kdm_desktop.domain.cases.choices import ViolenceType
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.clock import ISTANBUL
from kdm_desktop.services.session import Session


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
    # The district text is stored as given (as older free-text versions stored it),
    # so the counting tests can hold values the intake form no longer accepts.
    district = base.pop("district")
    case_id = CaseService(session).create(CaseDraft(**base)).id
    legacy_district(session, case_id, district)
    return case_id


VT = ViolenceType


def legacy_district(session: Session, case_id: str, text: str) -> None:
    """Store a district text as the free-text field of older versions did."""
    with session.db.transaction() as conn:
        conn.execute("UPDATE cases SET district = ? WHERE id = ?", (text, case_id))
