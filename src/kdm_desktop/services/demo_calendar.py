"""The demo's appointments: two past weeks and four coming weeks around today.

Everything is booked through `CalendarService`, so each appointment passes the same
checks (staff, conflicts) as one typed in the window.  Slots are planned beforehand
on a grid of whole hours per staff member, each in her own room, so nothing clashes;
public holidays and the demo's closed day are skipped.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Final

from kdm_desktop.domain.calendar import ISTANBUL, AppointmentStatus, AppointmentType
from kdm_desktop.domain.cases.choices import CaseStatus
from kdm_desktop.domain.cases.query import CaseQuery
from kdm_desktop.messages import CATALOGUE
from kdm_desktop.services.calendar import AppointmentInput, CalendarService, occurrence_ref
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.session import Session

PAST_DAYS: Final = 14
FUTURE_DAYS: Final = 28
SERIES_WEEKS: Final = 8
HOURS: Final = (9, 10, 11, 13, 14, 15, 16)


def _demo_text(key: str) -> str:
    # The demo file holds Turkish synthetic data whatever the interface language.
    return CATALOGUE[key]["tr"]


def _room(n: int) -> str:
    return _demo_text("demo_calendar.room").format(n=n)


CLOSED_REASON: Final = _demo_text("demo_calendar.closed_reason")

# Each demo staff member works in her own room, which rules out room clashes.
_STAFF: Final[dict[str, tuple[str, tuple[AppointmentType, ...]]]] = {
    "sosyal": (
        _room(1),
        (
            AppointmentType.FIRST_INTERVIEW,
            AppointmentType.SOCIAL_SUPPORT,
            AppointmentType.FOLLOW_UP,
        ),
    ),
    "psikolog": (_room(2), (AppointmentType.PSYCHOLOGICAL_SUPPORT,)),
    "avukat": (_room(3), (AppointmentType.LEGAL_COUNSELLING, AppointmentType.FOLLOW_UP)),
}
_WORKSHOP_ROOM: Final = _demo_text("demo_calendar.workshop_room")


class _Planner:
    """Which (staff, day, hour) slots are already taken, and which days are closed."""

    def __init__(self, closed: set[dt.date]) -> None:
        self.closed = closed
        self.taken: set[tuple[str, dt.date, int]] = set()

    def open_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.closed

    def free(self, staff: str, day: dt.date, hours: range | tuple[int, ...]) -> bool:
        return self.open_day(day) and all((staff, day, h) not in self.taken for h in hours)

    def take(self, staff: str, day: dt.date, hours: range | tuple[int, ...]) -> None:
        self.taken.update((staff, day, h) for h in hours)


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=ISTANBUL)


def _past_status(rng: random.Random) -> AppointmentStatus:
    roll = rng.random()
    if roll < 0.72:
        return AppointmentStatus.DONE
    if roll < 0.86:
        return AppointmentStatus.CANCELLED
    return AppointmentStatus.NO_SHOW


def fill_demo_calendar(session: Session, count: int, seed: int) -> None:
    """``count`` (the number of demo cases) only decides whether there are cases to link."""
    service = CalendarService(session)
    staff = [u for u, _ in service.staff_choices() if u in _STAFF]
    if not staff:
        return
    rng = random.Random(seed * 31 + 7)
    today = service.today()
    first = today - dt.timedelta(days=PAST_DAYS)
    last = today + dt.timedelta(days=FUTURE_DAYS)

    closed_on = _next_weekday(today + dt.timedelta(days=17), 4)
    holidays = {h.date for h in service.holidays(first, last)}
    if closed_on not in holidays:
        service.add_closed_day(closed_on, CLOSED_REASON)
    planner = _Planner(holidays | {closed_on})

    cases: list[str] = []
    if count > 0:
        rows = CaseService(session).page(CaseQuery(), 0, 100)
        cases = [r.case_number for r in rows if r.status is not CaseStatus.CLOSED]

    past: list[str] = []
    if "psikolog" in staff:
        past += _book_series(service, planner, rng, first, cases)
    if "sosyal" in staff:
        _book_workshop(service, planner, today)
    day = first
    while day <= last:
        for who in staff:
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
                ref = _book_one(service, planner, rng, who, day, cases)
                if ref is not None and day < today:
                    past.append(ref)
        day += dt.timedelta(days=1)
    for ref in past:
        service.set_status(ref, _past_status(rng))


def _next_weekday(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _book_series(
    service: CalendarService,
    planner: _Planner,
    rng: random.Random,
    first: dt.date,
    cases: list[str],
) -> list[str]:
    """A weekly psychological support series that began two weeks ago; returns past refs."""
    for offset in range(5):
        start = _next_weekday(first, (1 + offset) % 5)
        dates = [start + dt.timedelta(weeks=w) for w in range(SERIES_WEEKS)]
        if all(planner.free("psikolog", d, (10,)) for d in dates):
            break
    else:
        return []
    booked = service.add_weekly(
        AppointmentInput(
            start=_at(start, 10),
            duration_minutes=50,
            staff="psikolog",
            type=AppointmentType.PSYCHOLOGICAL_SUPPORT,
            case_ref=rng.choice(cases) if cases else None,
            room=_STAFF["psikolog"][0],
        ),
        SERIES_WEEKS,
    )
    assert booked.series_id is not None
    for d in dates:
        planner.take("psikolog", d, (10,))
    today = service.today()
    return [occurrence_ref(booked.series_id, d) for d in dates if d < today]


def _book_workshop(service: CalendarService, planner: _Planner, today: dt.date) -> None:
    """A two-hour group workshop on a Thursday afternoon, linked to no case."""
    for week in range(1, 4):
        day = _next_weekday(today + dt.timedelta(weeks=week), 3)
        if planner.free("sosyal", day, (14, 15)):
            service.add(
                AppointmentInput(
                    start=_at(day, 14),
                    duration_minutes=120,
                    staff="sosyal",
                    type=AppointmentType.WORKSHOP,
                    room=_WORKSHOP_ROOM,
                    note=_demo_text("demo_calendar.workshop_note"),
                )
            )
            planner.take("sosyal", day, (14, 15))
            return


def _book_one(
    service: CalendarService,
    planner: _Planner,
    rng: random.Random,
    who: str,
    day: dt.date,
    cases: list[str],
) -> str | None:
    hours = [h for h in HOURS if planner.free(who, day, (h,))]
    if not hours:
        return None
    hour = rng.choice(hours)
    room, kinds = _STAFF[who]
    case = rng.choice(cases) if cases and rng.random() < 0.75 else None
    booked = service.add(
        AppointmentInput(
            start=_at(day, hour),
            duration_minutes=rng.choice((45, 50, 50, 60)),
            staff=who,
            type=rng.choice(kinds),
            case_ref=case,
            room=room,
            interpreter_needed=rng.random() < 0.05,
        )
    )
    planner.take(who, day, (hour,))
    return booked.ref
