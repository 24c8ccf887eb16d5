"""What the calendar's use cases share: the inputs and results they pass, the refs of
occurrences, the limits on a listed range, and small helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from kdm_desktop.domain.calendar import (
    MAX_DURATION_MINUTES,
    Appointment,
    AppointmentType,
    local_day_bounds,
)
from kdm_desktop.domain.cases.choices import ServiceKind
from kdm_desktop.domain.cases.draft import display_name
from kdm_desktop.domain.rules import DomainRuleError, ValidationErrors
from kdm_desktop.errors import RefusedInput
from kdm_desktop.storage.calendar_repo import CaseLabel

LONGEST: Final = dt.timedelta(minutes=MAX_DURATION_MINUTES)
REF_SEPARATOR: Final = "/"

# The services-log kind a finished session counts as (group work has no case).
SERVICE_KINDS: Final[dict[AppointmentType, ServiceKind]] = {
    AppointmentType.FIRST_INTERVIEW: ServiceKind.SOCIAL,
    AppointmentType.PSYCHOLOGICAL_SUPPORT: ServiceKind.PSYCHOLOGICAL,
    AppointmentType.LEGAL_COUNSELLING: ServiceKind.LEGAL,
    AppointmentType.SOCIAL_SUPPORT: ServiceKind.SOCIAL,
    AppointmentType.FOLLOW_UP: ServiceKind.SOCIAL,
}


@dataclass(frozen=True)
class AppointmentInput:
    """What the form or the CLI file provides; ``case_ref`` is a case number or UUID."""

    start: dt.datetime
    duration_minutes: int
    staff: str
    type: AppointmentType = AppointmentType.FOLLOW_UP
    case_ref: str | None = None
    room: str | None = None
    note: str = ""
    interpreter_needed: bool = False


@dataclass(frozen=True)
class Booked:
    """What booking gave: `warnings` are sentences in the user's language and
    `warning_codes` their stable kinds ("holiday", "outside_hours" …), same order."""

    ref: str
    id: str
    series_id: str | None
    warnings: list[str]
    warning_codes: list[str]


@dataclass(frozen=True)
class CalendarEntry:
    """One appointment as this viewer may see it."""

    ref: str
    appointment: Appointment
    label: str
    case_number: str | None
    staff_name: str

    @property
    def in_series(self) -> bool:
        return self.appointment.series_id is not None


@dataclass(frozen=True, slots=True)
class DayCell:
    """What a day of the month view can show: its first appointments in time order
    (as `list_range` orders them) and how many the day has in all."""

    entries: tuple[CalendarEntry, ...]
    total: int

    @property
    def more(self) -> int:
        """Appointments of the day not in `entries` ("+N more")."""
        return self.total - len(self.entries)


def occurrence_ref(series_id: str, original: dt.date) -> str:
    return f"{series_id}{REF_SEPARATOR}{original.isoformat()}"


def rule_error(exc: DomainRuleError) -> ValidationErrors:
    """A calendar rule refused on its own under the code scripts match, its sentence
    read in the user's language when shown."""
    return exc.refused("calendar.rule")


FIRST_YEAR = 1900
LAST_YEAR = 2199
# About ten years: longer ranges are typos, and weekly series would expand without end.
MAX_SPAN_DAYS = 3700


def span(lo: dt.date, hi: dt.date) -> tuple[dt.datetime, dt.datetime]:
    for day in (lo, hi):
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise RefusedInput(
                "input.date_out_of_range", date=day.isoformat(), first=FIRST_YEAR, last=LAST_YEAR
            )
    if (hi - lo).days > MAX_SPAN_DAYS:
        raise RefusedInput("input.date_range_too_long", days=(hi - lo).days, max=MAX_SPAN_DAYS)
    return local_day_bounds(lo)[0], local_day_bounds(hi)[1]


@dataclass(frozen=True)
class ClientMatch:
    """One line of "book for whom?": "A. Y. (1988) · KSK-2026-0003" for the sekreter."""

    case_id: str
    case_number: str
    name: str  # the full name, or only the initials for the sekreter
    birth_year: int | None

    @property
    def label(self) -> str:
        year = f" ({self.birth_year})" if self.birth_year else ""
        return f"{self.name}{year} · {self.case_number}"


def client_name(case: CaseLabel | None) -> str | None:
    if case is None or case.anonymous:
        return None
    return display_name(False, case.first_name, case.last_name)


def bounds(appts: list[Appointment]) -> tuple[dt.datetime, dt.datetime]:
    return (
        min(a.start.astimezone(dt.UTC) for a in appts),
        max(a.end.astimezone(dt.UTC) for a in appts),
    )
