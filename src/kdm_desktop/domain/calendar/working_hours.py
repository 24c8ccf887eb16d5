"""Working hours and the warnings shown when a booking falls outside normal opening.

Warnings, not refusals: a counsellor may see a woman on a Saturday or on a holiday when
her safety needs it, so the views show these texts and let the user confirm.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from kdm_desktop.domain.calendar.appointments import (
    MAX_DURATION_MINUTES,
    MIN_DURATION_MINUTES,
    Appointment,
    resolve_wall_time,
    to_istanbul,
)
from kdm_desktop.domain.calendar.errors import calendar_rule
from kdm_desktop.domain.calendar.holidays_tr import HALF_DAY_START, ClosedDay, holidays_on
from kdm_desktop.domain.calendar.wording import HolidayName, Weekdays
from kdm_desktop.domain.rules import Day, Label

__all__ = [
    "DEFAULT_WORKING_HOURS",
    "DayWarning",
    "OpeningHours",
    "WarningKind",
    "WorkingHours",
    "appointment_warnings",
    "check_schedule",
    "day_warnings",
]


@dataclass(frozen=True, slots=True)
class OpeningHours:
    """Opening on one weekday, [open, close) local time."""

    open: dt.time
    close: dt.time

    def __post_init__(self) -> None:
        if self.open.tzinfo is not None or self.close.tzinfo is not None:
            raise calendar_rule("working_hours", "calendar.rule.hours_naive")
        if not self.open < self.close:
            raise calendar_rule("working_hours", "calendar.rule.open_before_close")

    def describe(self) -> str:
        return f"{self.open:%H:%M}–{self.close:%H:%M}"


@dataclass(frozen=True, slots=True)
class WorkingHours:
    """Opening hours per weekday; ``days[0]`` is Monday, None means closed that day."""

    days: tuple[OpeningHours | None, ...]

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise calendar_rule("working_hours", "calendar.rule.seven_days")

    @classmethod
    def uniform(
        cls, open: dt.time, close: dt.time, weekdays: Iterable[int] = range(5)
    ) -> WorkingHours:
        """The same hours on ``weekdays`` (0 = Monday), closed on the others."""
        hours = OpeningHours(open, close)
        chosen = set(weekdays)
        return cls(tuple(hours if d in chosen else None for d in range(7)))

    @classmethod
    def from_mapping(cls, by_weekday: Mapping[int, tuple[dt.time, dt.time]]) -> WorkingHours:
        if any(d not in range(7) for d in by_weekday):
            raise calendar_rule("working_hours", "calendar.rule.weekdays_range")
        return cls(
            tuple(OpeningHours(*by_weekday[d]) if d in by_weekday else None for d in range(7))
        )

    def hours_on(self, day: dt.date) -> OpeningHours | None:
        return self.days[day.weekday()]

    def describe_tr(self) -> str:
        """E.g. "Pazartesi–Cuma 08:30–17:30"; runs of equal days are collapsed."""
        return self.description().in_language("tr")

    def description(self) -> Label:
        """The opening hours as a message parameter, in the language it is shown in."""
        parts: list[Label] = []
        d = 0
        while d < 7:
            hours = self.days[d]
            if hours is None:
                d += 1
                continue
            last = d
            while last + 1 < 7 and self.days[last + 1] == hours:
                last += 1
            span = Weekdays((d,) if last == d else (d, last), sep="–")
            parts.append(_Joined((span, hours.describe()), " "))
            d = last + 1
        return _Joined(parts, ", ") if parts else Label("calendar.hours.closed")


class _Joined(Label):
    """Pieces (text or labels) joined by `sep`, each in the sentence's language."""

    __slots__ = ("pieces", "sep")

    def __init__(self, pieces: Iterable[object], sep: str) -> None:
        super().__init__("calendar.hours.closed")
        self.pieces = tuple(pieces)
        self.sep = sep

    def in_language(self, lang: str) -> str:
        return self.sep.join(
            p.in_language(lang) if isinstance(p, Label) else str(p) for p in self.pieces
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Joined) and (other.pieces, other.sep) == (self.pieces, self.sep)

    def __hash__(self) -> int:
        return hash(self.pieces)


DEFAULT_WORKING_HOURS: Final = WorkingHours.uniform(dt.time(8, 30), dt.time(17, 30))


class WarningKind(StrEnum):
    HOLIDAY = "holiday"
    HALF_DAY_AFTERNOON = "half_day_afternoon"
    CENTRE_CLOSED = "centre_closed"
    NON_WORKING_DAY = "non_working_day"
    OUTSIDE_HOURS = "outside_hours"


@dataclass(frozen=True, slots=True)
class DayWarning:
    """One warning for one day; `text` is the sentence as a key with its parameters."""

    kind: WarningKind
    date: dt.date
    text: Label

    @property
    def message(self) -> str:
        """The warning in the current language (the window, `--lang en`)."""
        return str(self.text)

    @property
    def message_tr(self) -> str:
        return self.text.in_language("tr")


def _at(day: dt.date, t: dt.time) -> dt.datetime:
    return resolve_wall_time(dt.datetime.combine(day, t), strict=False).astimezone(dt.UTC)


def _midnight(day: dt.date) -> dt.datetime:
    return _at(day, dt.time())


def check_schedule(
    start: dt.datetime,
    duration_minutes: int,
    closed_days: Iterable[ClosedDay] = (),
    working_hours: WorkingHours = DEFAULT_WORKING_HOURS,
) -> list[DayWarning]:
    """Structured warnings for a booking at ``start`` lasting ``duration_minutes``.

    Every local day the booking touches is checked.  A public holiday or centre closure
    makes the other checks for that day moot, so only it is reported; otherwise a
    half-day eve afternoon, a closed weekday and time outside opening hours are.
    """
    begin = to_istanbul(start, field="start")
    if isinstance(duration_minutes, bool) or not isinstance(duration_minutes, int):
        raise calendar_rule("duration_minutes", "calendar.rule.duration_type")
    if not MIN_DURATION_MINUTES <= duration_minutes <= MAX_DURATION_MINUTES:
        raise calendar_rule(
            "duration_minutes",
            "calendar.rule.duration_between",
            low=MIN_DURATION_MINUTES,
            high=MAX_DURATION_MINUTES,
        )
    closed = list(closed_days)
    lo = begin.astimezone(dt.UTC)
    hi = lo + dt.timedelta(minutes=duration_minutes)
    out: list[DayWarning] = []
    day = begin.date()
    while _midnight(day) < hi:
        part_lo = max(lo, _midnight(day))
        part_hi = min(hi, _midnight(day + dt.timedelta(days=1)))
        out += _check_day(day, part_lo, part_hi, closed, working_hours)
        day += dt.timedelta(days=1)
    return out


def _check_day(
    day: dt.date,
    lo: dt.datetime,
    hi: dt.datetime,
    closed: list[ClosedDay],
    working_hours: WorkingHours,
) -> list[DayWarning]:
    label = Day(day)
    found = holidays_on(day, closed)
    blocking = [
        DayWarning(
            WarningKind.CENTRE_CLOSED if h.centre else WarningKind.HOLIDAY,
            day,
            Label("calendar.warning.centre_closed", day=label, name=h.name_tr)
            if h.centre
            else Label("calendar.warning.holiday", day=label, name=HolidayName(day, h.name_tr)),
        )
        for h in found
        if not h.half_day
    ]
    if blocking:
        return blocking
    out: list[DayWarning] = []
    for h in found:
        if h.half_day and hi > _at(day, HALF_DAY_START):
            out.append(
                DayWarning(
                    WarningKind.HALF_DAY_AFTERNOON,
                    day,
                    Label(
                        "calendar.warning.half_day",
                        day=label,
                        occasion=HolidayName(day, h.occasion_tr, half_day=True),
                        hour=HALF_DAY_START.hour,
                        minute=HALF_DAY_START.minute,
                    ),
                )
            )
    hours = working_hours.hours_on(day)
    if hours is None:
        out.append(
            DayWarning(
                WarningKind.NON_WORKING_DAY,
                day,
                Label("calendar.warning.non_working_day", day=label),
            )
        )
    elif lo < _at(day, hours.open) or hi > _at(day, hours.close):
        out.append(
            DayWarning(
                WarningKind.OUTSIDE_HOURS,
                day,
                Label(
                    "calendar.warning.outside_hours",
                    day=label,
                    weekday=Weekdays((day.weekday(),)),
                    hours=hours.describe(),
                ),
            )
        )
    return out


def day_warnings(
    start: dt.datetime,
    duration_minutes: int,
    closed_days: Iterable[ClosedDay] = (),
    working_hours: WorkingHours = DEFAULT_WORKING_HOURS,
) -> list[str]:
    """The Turkish texts of `check_schedule`; empty when the slot is an ordinary one."""
    return [
        w.message_tr for w in check_schedule(start, duration_minutes, closed_days, working_hours)
    ]


def appointment_warnings(
    appointment: Appointment,
    closed_days: Iterable[ClosedDay] = (),
    working_hours: WorkingHours = DEFAULT_WORKING_HOURS,
) -> list[DayWarning]:
    return check_schedule(
        appointment.start, appointment.duration_minutes, closed_days, working_hours
    )
