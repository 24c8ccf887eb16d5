"""The services log: what the centre did for her, when, by whom, for how long."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.cases.choices import ServiceKind
from kdm_desktop.domain.cases.validation import MAX_SERVICE_NOTE, check_date, check_int, clean_text
from kdm_desktop.domain.rules import Problems

MAX_MINUTES: Final = 24 * 60


@dataclass(frozen=True)
class ServiceEntryDraft:
    kind: ServiceKind
    date: datetime.date
    # A username; the service checks the colleague exists and may work on cases.
    staff: str
    # None for services that take no counted time (a voucher handed over).
    duration_minutes: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ServiceEntry:
    id: str
    case_id: str
    kind: ServiceKind
    date: datetime.date
    staff: str
    duration_minutes: int | None
    # Empty and `note_hidden` when a psychological service's note is not for this reader.
    note: str
    note_hidden: bool
    created_at: str
    created_by: str


def note_is_psychological(kind: ServiceKind) -> bool:
    """A psychological service's note is session content: psychologists only."""
    return kind == ServiceKind.PSYCHOLOGICAL


def validate_service_entry(entry: ServiceEntryDraft, today: datetime.date) -> ServiceEntryDraft:
    problems = Problems()
    check_date(problems, "date", messages.text("case.service.date"), entry.date, today)
    check_int(
        problems,
        "duration_minutes",
        messages.text("case.service.duration"),
        entry.duration_minutes,
        1,
        MAX_MINUTES,
    )
    note = clean_text(
        problems,
        "note",
        messages.text("case.service.note"),
        entry.note,
        MAX_SERVICE_NOTE,
        multiline=True,
    )
    staff = entry.staff.strip().lower()
    if not staff:
        problems.add("staff", "input.case.required", label=messages.text("case.service.staff"))
    problems.raise_if_any()
    return replace(entry, note=note, staff=staff)
