"""Reporting periods: a month, a quarter, a year or any from–to range of days.

A period is a closed range of calendar days in Europe/Istanbul, the centre's zone.
Dates of the case file (application, service, order dates) are already local days;
timestamps (a closure, a transfer) are compared as instants against the period's
start and end in Istanbul time, so a file closed at 00:30 on 1 January counts in
January even though it was still 31 December in UTC.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from kdm_desktop.domain.dates import format_shown_day

ISTANBUL = ZoneInfo("Europe/Istanbul")

MAX_DAYS = 366 * 5 + 1


class BadPeriod(ValueError):
    """The text names no period, or the end is before the start."""


@dataclass(frozen=True)
class Bounds:
    """A period as the counting queries compare it: local days and UTC instants."""

    first_day: str  # inclusive, YYYY-MM-DD
    last_day: str  # inclusive
    start_instant: str  # ISO with offset, inclusive
    end_instant: str  # exclusive

    def days(self) -> dict[str, str]:
        return {"first": self.first_day, "last": self.last_day}

    def all(self) -> dict[str, str]:
        return {**self.days(), "t0": self.start_instant, "t1": self.end_instant}


@dataclass(frozen=True, order=True)
class Period:
    start: datetime.date
    end: datetime.date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise BadPeriod("end before start")
        if (self.end - self.start).days + 1 > MAX_DAYS:
            raise BadPeriod("longer than five years")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def bounds(self) -> Bounds:
        t0, t1 = self.instants()
        return Bounds(self.start.isoformat(), self.end.isoformat(), t0, t1)

    def instants(self) -> tuple[str, str]:
        """[start, end) as UTC ISO instants: midnight at the start and after the end."""
        begin = datetime.datetime.combine(self.start, datetime.time(), ISTANBUL)
        after = datetime.datetime.combine(
            self.end + datetime.timedelta(days=1), datetime.time(), ISTANBUL
        )
        return (
            begin.astimezone(datetime.UTC).isoformat(timespec="seconds"),
            after.astimezone(datetime.UTC).isoformat(timespec="seconds"),
        )

    def previous(self) -> Period:
        """The period of the same shape just before (previous month, quarter, year or span)."""
        if self.start.day == 1 and self.end == _month_end(self.end):
            months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
            start = _add_months(self.start, -months)
            return Period(start, self.start - datetime.timedelta(days=1))
        return Period(
            self.start - datetime.timedelta(days=self.days),
            self.start - datetime.timedelta(days=1),
        )

    def label(self) -> str:
        """ "1 Mart 2026 – 31 Mart 2026" / "1 March 2026 – 31 March 2026": in the language
        of the moment (Turkish inside the province report)."""
        return f"{format_shown_day(self.start)} – {format_shown_day(self.end)}"

    def key(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def _month_end(day: datetime.date) -> datetime.date:
    first_next = _add_months(day.replace(day=1), 1)
    return first_next - datetime.timedelta(days=1)


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def month(year: int, number: int) -> Period:
    start = datetime.date(year, number, 1)
    return Period(start, _month_end(start))


def quarter(year: int, number: int) -> Period:
    if not 1 <= number <= 4:
        raise BadPeriod("quarter")
    start = datetime.date(year, 3 * number - 2, 1)
    return Period(start, _month_end(_add_months(start, 2)))


def year(number: int) -> Period:
    return Period(datetime.date(number, 1, 1), datetime.date(number, 12, 31))


def parse_day(text: str, *, end: bool = False) -> Period:
    """A date or a shorthand: "2026-03-15", "2026-03" (month), "2026-Q2", "2026"."""
    t = text.strip().upper()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
            d = datetime.date.fromisoformat(t)
            return Period(d, d)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", t):
            return month(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-[QÇ](\d)", t):
            return quarter(int(m[1]), int(m[2]))
        if re.fullmatch(r"\d{4}", t):
            return year(int(t))
    except ValueError as exc:
        raise BadPeriod(text) from exc
    raise BadPeriod(text)


def parse_period(start: str, end: str | None = None) -> Period:
    """`--from` and `--to`: each a day or a shorthand; `--to` may be left out."""
    first = parse_day(start)
    last = parse_day(end) if end else first
    return Period(first.start, last.end)
