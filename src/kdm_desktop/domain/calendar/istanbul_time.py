"""Istanbul wall-clock time: turning typed or stored times into aware Istanbul values.

Every datetime in the calendar is *aware* and expressed in ``Europe/Istanbul``.  Turkey
has kept +03:00 all year since September 2016, but older data and the IANA database
still contain DST transitions, so wall-clock conversions are done generically (gaps and
repeated hours are detected rather than assumed away).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final
from zoneinfo import ZoneInfo

from kdm_desktop.domain.calendar.errors import calendar_rule
from kdm_desktop.domain.calendar.wording import ShownDay, field_label

__all__ = [
    "ISTANBUL",
    "MAX_YEAR",
    "MIN_YEAR",
    "check_year",
    "local_day_bounds",
    "parse_local_start",
    "resolve_wall_time",
    "to_istanbul",
    "utc_window",
]

ISTANBUL: Final = ZoneInfo("Europe/Istanbul")

# Years outside this range are typing mistakes ("0226"), and the bound keeps every
# timedelta arithmetic done on appointments (windows, sweeps) far from datetime's limits.
MIN_YEAR: Final = 1990
MAX_YEAR: Final = 2100


def to_istanbul(value: dt.datetime, *, field: str = "start") -> dt.datetime:
    """Return the same instant in Europe/Istanbul; a naive value is refused.

    The conversion goes through UTC on purpose: ``astimezone`` is a no-op when the value
    already carries the target zone object, which would let a non-existent wall time
    (one inside a DST gap) through unnormalised.
    """
    if not isinstance(value, dt.datetime):
        raise calendar_rule(field, "calendar.rule.not_datetime", name=field_label(field))
    if value.tzinfo is None or value.utcoffset() is None:
        raise calendar_rule(field, "calendar.rule.naive", name=field_label(field))
    return value.astimezone(dt.UTC).astimezone(ISTANBUL)


def utc_window(
    window_start: dt.datetime, window_end: dt.datetime
) -> tuple[dt.datetime, dt.datetime]:
    """A view's window checked like any calendar time (aware), as UTC instants."""
    lo = to_istanbul(window_start, field="window_start")
    hi = to_istanbul(window_end, field="window_end")
    return lo.astimezone(dt.UTC), hi.astimezone(dt.UTC)


def resolve_wall_time(wall: dt.datetime, *, strict: bool, field: str = "start") -> dt.datetime:
    """Attach Europe/Istanbul to a naive wall-clock time.

    With ``strict=True`` a time that does not exist (skipped by a DST change) or exists
    twice (repeated hour) raises a calendar `DomainRuleError`: a person typed it and must choose.
    With ``strict=False`` the RFC 5545 rule for recurring events applies: a skipped time
    is read with the offset in force before the gap (so it moves forward by the gap's
    length) and a repeated time means its first occurrence.
    """
    if wall.tzinfo is not None:
        raise calendar_rule(field, "calendar.rule.already_aware", name=field_label(field))
    earlier = wall.replace(tzinfo=ISTANBUL, fold=0)
    later = wall.replace(tzinfo=ISTANBUL, fold=1)
    resolved = earlier.astimezone(dt.UTC).astimezone(ISTANBUL)
    if earlier.utcoffset() != later.utcoffset() and strict:
        name = field_label(field)
        stamp = ShownDay(wall)
        if resolved.replace(tzinfo=None) != wall:
            raise calendar_rule(field, "calendar.rule.dst_gap", name=name, stamp=stamp)
        raise calendar_rule(field, "calendar.rule.dst_repeat", name=name, stamp=stamp)
    return resolved


_ISO_LOCAL: Final = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2})[:.](\d{2})(?::(\d{2}))?", re.ASCII
)
_TR_LOCAL: Final = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})[ T](\d{1,2})[:.](\d{2})", re.ASCII)
_HAS_OFFSET: Final = re.compile(
    r"\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)$", re.IGNORECASE | re.ASCII
)


def parse_local_start(text: str) -> dt.datetime:
    """Parse a start typed on the command line as Istanbul wall-clock time.

    Accepts ``2026-12-01T10:00``, ``2026-12-01 10:00`` (optionally with seconds) and the
    Turkish ``01.12.2026 10:00``.  A date without a time, an explicit UTC offset, an
    impossible date, and a wall time skipped or repeated by a DST change are refused:
    the command line has no way to ask which of two meanings was intended.
    """
    raw = text.strip()
    if (m := _ISO_LOCAL.fullmatch(raw)) is not None:
        year, month, day, hour, minute = (int(g) for g in m.groups()[:5])
        second = int(m.group(6) or 0)
    elif (m := _TR_LOCAL.fullmatch(raw)) is not None:
        day, month, year, hour, minute = (int(g) for g in m.groups())
        second = 0
    elif _HAS_OFFSET.search(raw):
        raise calendar_rule("start", "calendar.rule.start_offset")
    else:
        raise calendar_rule("start", "calendar.rule.start_unreadable", value=repr(text))
    try:
        wall = dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise calendar_rule("start", "calendar.rule.start_invalid", value=repr(text)) from None
    check_year(wall, "start")
    return resolve_wall_time(wall, strict=True, field="start")


def local_day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The half-open interval [00:00 of ``day``, 00:00 of the next day) in Istanbul.

    Meant as the window for a day view; a month or week window is
    ``(local_day_bounds(first)[0], local_day_bounds(last)[1])``.
    """
    start = resolve_wall_time(dt.datetime.combine(day, dt.time()), strict=False)
    nxt = day + dt.timedelta(days=1)
    end = resolve_wall_time(dt.datetime.combine(nxt, dt.time()), strict=False)
    return start, end


def check_year(value: dt.datetime, field: str) -> None:
    """Refuse a year outside `MIN_YEAR`..`MAX_YEAR` (see there why)."""
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise calendar_rule(
            field, "calendar.rule.year_range", name=field_label(field), low=MIN_YEAR, high=MAX_YEAR
        )
