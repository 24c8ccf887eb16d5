"""Recurrence rules and their expansion: which dates and starts a rule gives.

A series is a template appointment plus a `Recurrence` rule (the series itself is in
`series`, its per-occurrence changes in `series_exceptions`).  Occurrences keep the
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
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from kdm_desktop.domain.calendar.errors import calendar_rule
from kdm_desktop.domain.calendar.istanbul_time import (
    MAX_YEAR,
    resolve_wall_time,
    to_istanbul,
    utc_window,
)
from kdm_desktop.domain.calendar.wording import ShownDay, Weekdays
from kdm_desktop.domain.rules import Label

__all__ = [
    "MAX_INTERVAL",
    "MAX_OCCURRENCES",
    "Frequency",
    "Recurrence",
    "expand",
    "occurrence_dates",
    "occurrence_start",
    "rule_dates",
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
        return Label("calendar.series.until", text=text, until=ShownDay(self.until, weekday=False))


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
            day=ShownDay(first, weekday=False),
            weekday=Weekdays((first.weekday(),)),
        )
    if rule.until is not None and rule.until < first:
        raise calendar_rule("recurrence", "calendar.rule.until_before_first")


def rule_dates(rule: Recurrence, first: dt.date) -> Iterator[dt.date]:
    """The series' original dates in order, honouring count and until."""
    _check_anchor(rule, first)
    for i, d in enumerate(_raw_dates(rule, first)):
        if rule.count is not None and i >= rule.count:
            return
        if rule.until is not None and d > rule.until:
            return
        yield d


def occurrence_start(day: dt.date, wall: dt.time) -> dt.datetime:
    """The start of the occurrence on ``day`` at the series' wall-clock time ``wall``."""
    # Lenient on purpose: an occurrence generated by a rule has nobody to ask which of
    # two meanings a DST-affected wall time has, so RFC 5545's resolution applies.
    return resolve_wall_time(dt.datetime.combine(day, wall), strict=False)


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
    lo, hi = utc_window(window_start, window_end)
    wall = first.time().replace(tzinfo=None, fold=0)
    out: list[dt.datetime] = []
    for d in rule_dates(rule, first.date()):
        start = occurrence_start(d, wall)
        instant = start.astimezone(dt.UTC)
        if instant >= hi:
            break
        if instant >= lo:
            out.append(start)
    return out


def occurrence_dates(rule: Recurrence, first_start: dt.datetime) -> list[dt.date]:
    """Every original date of a series (bounded by count/until and `MAX_YEAR`)."""
    return list(rule_dates(rule, to_istanbul(first_start, field="start").date()))
