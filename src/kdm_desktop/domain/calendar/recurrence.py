"""Recurring appointments: rules, expansion, per-occurrence exceptions.

A series is a template appointment plus a `Recurrence` rule.  Occurrences keep the
first start's *wall-clock* time in Istanbul (a 10:00 session stays at 10:00), and each
one is identified by its **original local date**: the rule yields at most one occurrence
per date, so the date is a stable key that survives moving the occurrence elsewhere.

Rules (documented here because they are choices, not RFC 5545 defaults):

* **Bounded.** Every rule has exactly one of ``count`` or ``until`` (inclusive local
  date), and a series has at most `MAX_OCCURRENCES` occurrences; an open-ended series
  would silently fill years of calendar.
* **Weekly** repeats every ``interval`` weeks on ``weekdays`` (0 = Monday; empty means
  the first start's weekday).  Weeks are counted from the Monday of the first start's
  week, and the first start must fall on one of the chosen weekdays.
* **Monthly** repeats on the first start's day of the month; in a shorter month it is
  clamped to the last day (31 Jan → 28/29 Feb → 31 Mar: the clamp never drifts the
  series, each month is computed from the original day).
* Dates after `MAX_YEAR` are never produced.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from enum import Enum, StrEnum
from typing import Final, Literal

from kdm_desktop.domain.calendar.appointments import (
    MAX_DURATION_MINUTES,
    MAX_YEAR,
    Appointment,
    AppointmentStatus,
    AppointmentType,
    resolve_wall_time,
    to_istanbul,
)
from kdm_desktop.domain.calendar.errors import calendar_rule
from kdm_desktop.domain.calendar.wording import Weekdays
from kdm_desktop.domain.rules import Label

__all__ = [
    "KEEP",
    "MAX_INTERVAL",
    "MAX_OCCURRENCES",
    "AppointmentSeries",
    "Frequency",
    "Keep",
    "OccurrenceChange",
    "Recurrence",
    "SeriesExceptions",
    "expand",
    "materialise",
    "occurrence_dates",
    "unknown_exception_dates",
]

MAX_OCCURRENCES: Final = 520  # ten years of weekly sessions
MAX_INTERVAL: Final = 99


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True, slots=True)
class Recurrence:
    """How a series repeats.  See the module docstring for the exact rules."""

    frequency: Frequency
    interval: int = 1
    weekdays: frozenset[int] = frozenset()
    count: int | None = None
    until: dt.date | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.frequency, Frequency):
            raise calendar_rule(
                "recurrence", "calendar.rule.frequency_unknown", value=repr(self.frequency)
            )
        n = self.interval
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_INTERVAL:
            raise calendar_rule("recurrence", "calendar.rule.interval_range", high=MAX_INTERVAL)
        object.__setattr__(self, "weekdays", frozenset(self.weekdays))
        if self.weekdays and self.frequency is not Frequency.WEEKLY:
            raise calendar_rule("recurrence", "calendar.rule.weekdays_weekly")
        if any(isinstance(d, bool) or d not in range(7) for d in self.weekdays):
            raise calendar_rule("recurrence", "calendar.rule.weekdays_range")
        if (self.count is None) == (self.until is None):
            raise calendar_rule("recurrence", "calendar.rule.count_or_until")
        if self.count is not None and (
            isinstance(self.count, bool)
            or not isinstance(self.count, int)
            or not 1 <= self.count <= MAX_OCCURRENCES
        ):
            raise calendar_rule("recurrence", "calendar.rule.count_range", high=MAX_OCCURRENCES)
        if self.until is not None and (
            isinstance(self.until, dt.datetime) or not isinstance(self.until, dt.date)
        ):
            # A datetime is a date subclass; accepting one would hide whether its time
            # or only its date was meant.
            raise calendar_rule("recurrence", "calendar.rule.until_date")

    def describe_tr(self, first_start: dt.datetime | None = None) -> str:
        """A Turkish summary, e.g. "2 haftada bir Salı, Perşembe; 8 seans"."""
        return self.description(first_start).in_language("tr")

    def description(self, first_start: dt.datetime | None = None) -> Label:
        """The summary as a message parameter, in the language it is shown in."""
        n = self.interval
        text: Label
        if self.frequency is Frequency.DAILY:
            text = Label("calendar.series.daily" if n == 1 else "calendar.series.every_days", n=n)
        elif self.frequency is Frequency.MONTHLY:
            text = Label(
                "calendar.series.monthly" if n == 1 else "calendar.series.every_months", n=n
            )
            if first_start is not None:
                text = Label(
                    "calendar.series.month_day", text=text, day=to_istanbul(first_start).day
                )
        else:
            text = Label("calendar.series.weekly" if n == 1 else "calendar.series.every_weeks", n=n)
            days = sorted(self.weekdays)
            if not days and first_start is not None:
                days = [to_istanbul(first_start).weekday()]
            if days:
                text = Label("calendar.series.on_days", text=text, days=Weekdays(days))
        if self.count is not None:
            return Label("calendar.series.count", text=text, count=self.count)
        assert self.until is not None
        return Label("calendar.series.until", text=text, until=f"{self.until:%d.%m.%Y}")


def _month_day(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _raw_dates(rule: Recurrence, first: dt.date) -> Iterator[dt.date]:
    """Dates matching the rule from ``first`` on, ignoring count and until."""
    if rule.frequency is Frequency.DAILY:
        step = dt.timedelta(days=rule.interval)
        d = first
        while d.year <= MAX_YEAR:
            yield d
            d += step
    elif rule.frequency is Frequency.WEEKLY:
        days = sorted(rule.weekdays or {first.weekday()})
        week = first - dt.timedelta(days=first.weekday())
        step = dt.timedelta(weeks=rule.interval)
        while week.year <= MAX_YEAR:
            for wd in days:
                d = week + dt.timedelta(days=wd)
                if d >= first and d.year <= MAX_YEAR:
                    yield d
            week += step
    else:
        k = 0
        while True:
            year, month0 = divmod(first.year * 12 + first.month - 1 + k * rule.interval, 12)
            if year > MAX_YEAR:
                return
            yield _month_day(year, month0 + 1, first.day)
            k += 1


def _check_anchor(rule: Recurrence, first: dt.date) -> None:
    if rule.weekdays and first.weekday() not in rule.weekdays:
        raise calendar_rule(
            "start",
            "calendar.rule.first_on_chosen_day",
            chosen=Weekdays(sorted(rule.weekdays)),
            day=f"{first:%d.%m.%Y}",
            weekday=Weekdays((first.weekday(),)),
        )
    if rule.until is not None and rule.until < first:
        raise calendar_rule("recurrence", "calendar.rule.until_before_first")


def _dates(rule: Recurrence, first: dt.date) -> Iterator[dt.date]:
    """The series' original dates in order, honouring count and until."""
    _check_anchor(rule, first)
    for i, d in enumerate(_raw_dates(rule, first)):
        if rule.count is not None and i >= rule.count:
            return
        if rule.until is not None and d > rule.until:
            return
        yield d


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


def _at_wall_time(day: dt.date, wall: dt.time) -> dt.datetime:
    # Lenient on purpose: an occurrence generated by a rule has nobody to ask which of
    # two meanings a DST-affected wall time has, so RFC 5545's resolution applies.
    return resolve_wall_time(dt.datetime.combine(day, wall), strict=False)


def _check_window(
    window_start: dt.datetime, window_end: dt.datetime
) -> tuple[dt.datetime, dt.datetime]:
    lo = to_istanbul(window_start, field="window_start")
    hi = to_istanbul(window_end, field="window_end")
    return _utc(lo), _utc(hi)


def expand(
    rule: Recurrence,
    first_start: dt.datetime,
    window_start: dt.datetime,
    window_end: dt.datetime,
) -> list[dt.datetime]:
    """Occurrence starts with ``window_start <= start < window_end``, in order.

    All values are aware; results are in Europe/Istanbul at the first start's wall-clock
    time.  Raises a calendar `DomainRuleError` if the first start does not fit the rule.
    """
    first = to_istanbul(first_start, field="start")
    lo, hi = _check_window(window_start, window_end)
    wall = first.time().replace(tzinfo=None, fold=0)
    out: list[dt.datetime] = []
    for d in _dates(rule, first.date()):
        start = _at_wall_time(d, wall)
        if _utc(start) >= hi:
            break
        if _utc(start) >= lo:
            out.append(start)
    return out


def occurrence_dates(rule: Recurrence, first_start: dt.datetime) -> list[dt.date]:
    """Every original date of a series (bounded by count/until and `MAX_YEAR`)."""
    return list(_dates(rule, to_istanbul(first_start, field="start").date()))


# ----- exceptions -----


class Keep(Enum):
    """Sentinel type: "leave this field as the series has it"."""

    KEEP = "keep"

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = Keep.KEEP


@dataclass(frozen=True, slots=True)
class OccurrenceChange:
    """What differs for one occurrence.  `KEEP` fields inherit from the series.

    ``room=None`` really removes the room, which is why "unchanged" needs its own
    sentinel instead of None.  Cancelling is ``status=CANCELLED`` (see `cancel`); the
    occurrence stays in the calendar, struck through, because cancelled sessions are
    counted in the centre's statistics.
    """

    start: dt.datetime | Literal[Keep.KEEP] = KEEP
    duration_minutes: int | Literal[Keep.KEEP] = KEEP
    staff: str | Literal[Keep.KEEP] = KEEP
    room: str | Literal[Keep.KEEP] | None = KEEP
    note: str | Literal[Keep.KEEP] = KEEP
    interpreter_needed: bool | Literal[Keep.KEEP] = KEEP
    status: AppointmentStatus | Literal[Keep.KEEP] = KEEP

    def __post_init__(self) -> None:
        if self.start is not KEEP:
            object.__setattr__(self, "start", to_istanbul(self.start, field="start"))

    @classmethod
    def cancel(cls) -> OccurrenceChange:
        return cls(status=AppointmentStatus.CANCELLED)

    @classmethod
    def move(cls, start: dt.datetime) -> OccurrenceChange:
        return cls(start=start)

    def merged(self, later: OccurrenceChange) -> OccurrenceChange:
        """This change with every field that ``later`` sets overriding it."""
        return OccurrenceChange(
            start=self.start if later.start is KEEP else later.start,
            duration_minutes=(
                self.duration_minutes if later.duration_minutes is KEEP else later.duration_minutes
            ),
            staff=self.staff if later.staff is KEEP else later.staff,
            room=self.room if later.room is KEEP else later.room,
            note=self.note if later.note is KEEP else later.note,
            interpreter_needed=(
                self.interpreter_needed
                if later.interpreter_needed is KEEP
                else later.interpreter_needed
            ),
            status=self.status if later.status is KEEP else later.status,
        )

    def apply(self, appointment: Appointment) -> Appointment:
        """The occurrence with this change; the appointment rules are checked again."""
        result = appointment
        if self.start is not KEEP:
            result = replace(result, start=self.start)
        if self.duration_minutes is not KEEP:
            result = replace(result, duration_minutes=self.duration_minutes)
        if self.staff is not KEEP:
            result = replace(result, staff=self.staff)
        if self.room is not KEEP:
            result = replace(result, room=self.room)
        if self.note is not KEEP:
            result = replace(result, note=self.note)
        if self.interpreter_needed is not KEEP:
            result = replace(result, interpreter_needed=self.interpreter_needed)
        if self.status is not KEEP:
            result = replace(result, status=self.status)
        return result


@dataclass(frozen=True, slots=True)
class SeriesExceptions:
    """Per-occurrence changes of one series, keyed by the original local date.

    Immutable: ``with_change``/``without`` return a new value.
    """

    changes: tuple[tuple[dt.date, OccurrenceChange], ...] = ()

    def __post_init__(self) -> None:
        keys = [d for d, _ in self.changes]
        if len(set(keys)) != len(keys):
            raise calendar_rule("exceptions", "calendar.rule.exception_twice")
        object.__setattr__(self, "changes", tuple(sorted(self.changes, key=lambda kv: kv[0])))

    @classmethod
    def of(cls, changes: Mapping[dt.date, OccurrenceChange]) -> SeriesExceptions:
        return cls(tuple(changes.items()))

    def get(self, original_date: dt.date) -> OccurrenceChange | None:
        for d, change in self.changes:
            if d == original_date:
                return change
        return None

    def as_dict(self) -> dict[dt.date, OccurrenceChange]:
        return dict(self.changes)

    def with_change(self, original_date: dt.date, change: OccurrenceChange) -> SeriesExceptions:
        """Add a change; one already recorded for that date is merged (newer wins)."""
        table = self.as_dict()
        old = table.get(original_date)
        table[original_date] = change if old is None else old.merged(change)
        return SeriesExceptions.of(table)

    def cancel(self, original_date: dt.date) -> SeriesExceptions:
        return self.with_change(original_date, OccurrenceChange.cancel())

    def without(self, original_date: dt.date) -> SeriesExceptions:
        return SeriesExceptions(tuple(kv for kv in self.changes if kv[0] != original_date))

    def __len__(self) -> int:
        return len(self.changes)

    def __contains__(self, original_date: object) -> bool:
        return any(d == original_date for d, _ in self.changes)


# ----- series -----


@dataclass(frozen=True, slots=True)
class AppointmentSeries:
    """A recurring booking: the template fields of `Appointment` plus a rule.

    ``id`` is the series UUID that every occurrence carries as ``series_id``.  Occurrence
    ids are derived (UUID5 of the series id and the original date), so the same
    occurrence has the same id every time it is materialised and storage, the views and
    exported ``.ics`` UIDs can refer to it without storing every occurrence.
    """

    id: str
    rule: Recurrence
    first_start: dt.datetime
    duration_minutes: int
    staff: str
    type: AppointmentType
    case_id: str | None = None
    room: str | None = None
    note: str = ""
    interpreter_needed: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.rule, Recurrence):
            raise calendar_rule("recurrence", "calendar.rule.rule_missing")
        # Build the first occurrence to run every appointment rule once, and copy its
        # normalised values back so the series and its occurrences agree exactly.
        probe = Appointment(
            id=str(uuid.UUID(int=0)),
            start=self.first_start,
            duration_minutes=self.duration_minutes,
            staff=self.staff,
            type=self.type,
            case_id=self.case_id,
            room=self.room,
            note=self.note,
            interpreter_needed=self.interpreter_needed,
            series_id=self.id,
            occurrence_index=0,
        )
        for name in ("first_start", "staff", "case_id", "room"):
            src = "start" if name == "first_start" else name
            object.__setattr__(self, name, getattr(probe, src))
        object.__setattr__(self, "id", probe.series_id)
        # Stop one past the limit: a rule can allow years of daily sessions, and
        # counting all of them only to refuse the series would be wasted work.
        dates = _dates(self.rule, probe.start.date())
        if sum(1 for _ in itertools.islice(dates, MAX_OCCURRENCES + 1)) > MAX_OCCURRENCES:
            raise calendar_rule("recurrence", "calendar.rule.series_too_long", high=MAX_OCCURRENCES)

    @property
    def wall_time(self) -> dt.time:
        return self.first_start.time().replace(fold=0)

    def occurrence_id(self, original_date: dt.date) -> str:
        return str(uuid.uuid5(uuid.UUID(self.id), original_date.isoformat()))

    def dates(self) -> list[dt.date]:
        return list(_dates(self.rule, self.first_start.date()))

    def _base(self, index: int, original_date: dt.date) -> Appointment:
        return Appointment(
            id=self.occurrence_id(original_date),
            start=_at_wall_time(original_date, self.wall_time),
            duration_minutes=self.duration_minutes,
            staff=self.staff,
            type=self.type,
            case_id=self.case_id,
            room=self.room,
            note=self.note,
            interpreter_needed=self.interpreter_needed,
            series_id=self.id,
            occurrence_index=index,
        )

    def occurrence(
        self, original_date: dt.date, change: OccurrenceChange | None = None
    ) -> Appointment:
        """One occurrence, with ``change`` applied; refuses a date not in the series.

        Services call this before storing an exception, so that a bad change (a naive
        start, an unknown date) is reported when it is made and not at display time.
        """
        for index, d in enumerate(_dates(self.rule, self.first_start.date())):
            if d == original_date:
                base = self._base(index, d)
                return base if change is None else change.apply(base)
            if d > original_date:
                break
        raise calendar_rule(
            "original_date", "calendar.rule.not_in_series", date=f"{original_date:%d.%m.%Y}"
        )


def materialise(
    series: AppointmentSeries,
    exceptions: SeriesExceptions,
    window_start: dt.datetime,
    window_end: dt.datetime,
    *,
    include_cancelled: bool = True,
) -> list[Appointment]:
    """Concrete occurrences that overlap the half-open window, sorted by start.

    An occurrence moved *into* the window from a date outside it is included, one moved
    out is not.  Changes keyed by a date that is not in the series are ignored (see
    `unknown_exception_dates` to report them).  Cancelled occurrences are returned with
    status `AppointmentStatus.CANCELLED` unless ``include_cancelled`` is false.
    """
    lo, hi = _check_window(window_start, window_end)
    table = exceptions.as_dict()
    last_changed = max(table, default=None)
    longest = dt.timedelta(minutes=MAX_DURATION_MINUTES)
    out: list[Appointment] = []
    for index, d in enumerate(series.dates()):
        original = _at_wall_time(d, series.wall_time)
        change = table.get(d)
        if _utc(original) >= hi and (last_changed is None or d > last_changed):
            break
        if change is None:
            # Cheap pre-filter: only build occurrences that can reach the window.
            if not lo - longest < _utc(original) < hi:
                continue
            appt = series._base(index, d)
        else:
            appt = change.apply(series._base(index, d))
        if not appt.overlaps(lo, hi):
            continue
        if appt.is_cancelled and not include_cancelled:
            continue
        out.append(appt)
    out.sort(key=lambda a: (_utc(a.start), a.occurrence_index))
    return out


def unknown_exception_dates(
    series: AppointmentSeries, exceptions: SeriesExceptions
) -> list[dt.date]:
    """Exception dates that are not occurrences (e.g. left over after a rule edit)."""
    valid = set(series.dates())
    return [d for d, _ in exceptions.changes if d not in valid]
