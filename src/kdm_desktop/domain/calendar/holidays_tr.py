"""Turkish public holidays, half-day eves (arife) and the centre's own closed days.

Dates come from the ``holidays`` package, never from a table kept here: the religious
holidays move every year and the package tracks the Diyanet calendar.  The package's
``HALF_DAY`` category for Turkey holds the three afternoons off (28 October, and the
eves of Ramazan and Kurban Bayramı), named "… (saat 13.00'ten)": the half day starts at
13:00 (`HALF_DAY_START`).  Should an installed version lack that category, the eves are
derived from the package's own bayram dates (`derive_half_days`).

Religious dates further ahead than the package has confirmed carry its "(tahmini)"
("estimated") suffix in the name; the text is kept so staff see that it may move.
The government also adds bridge days at short notice; centres record those as
`ClosedDay` values.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import holidays
from holidays.constants import HALF_DAY, PUBLIC

from kdm_desktop import messages
from kdm_desktop.domain.calendar.errors import calendar_rule

__all__ = [
    "HALF_DAY_START",
    "MAX_REASON_LENGTH",
    "ClosedDay",
    "Holiday",
    "derive_half_days",
    "holidays_between",
    "holidays_on",
    "library_has_half_days",
]

HALF_DAY_START: Final = dt.time(13, 0)
MAX_REASON_LENGTH: Final = 200
_COUNTRY: Final = "TR"
# Names in the package's Turkish translation of the movable bayrams.
_BAYRAMS: Final = ("Ramazan Bayramı", "Kurban Bayramı")
_HALF_DAY_SUFFIX: Final = " (saat 13.00'ten)"
_FROM_TIME: Final = re.compile(r" \(saat \d{1,2}[.:]\d{2}'(?:ten|tan|den|dan)\)")
_FROM_TIME_EN: Final = re.compile(r" \(from \d{1,2}(?::\d{2})?\s?[ap]m\)")


@dataclass(frozen=True, slots=True, order=True)
class Holiday:
    """A day (or afternoon) the centre is normally closed.

    ``half_day`` marks an arife: closed from `HALF_DAY_START`.  ``centre`` marks a day
    the centre itself closed (`ClosedDay`) rather than a public holiday.  When several
    public holidays fall on one date their names are joined with "; ".
    """

    date: dt.date
    name_tr: str
    half_day: bool = False
    centre: bool = False

    @property
    def occasion_tr(self) -> str:
        """The name without the "(saat 13.00'ten)" note, for use inside a sentence."""
        return _FROM_TIME.sub("", self.name_tr)

    @property
    def shown_occasion(self) -> str:
        """`occasion_tr` in the language of the moment: the ``holidays`` package's
        English name on an English screen; a centre's own reason stays as written."""
        if self.centre or messages.language() == "tr":
            return self.occasion_tr
        english = occasion_name_en(self.date, half_day=self.half_day)
        return english or self.occasion_tr


@dataclass(frozen=True, slots=True)
class ClosedDay:
    """A whole day the centre has closed itself (administrative leave, bridge day …)."""

    date: dt.date
    reason: str

    def __post_init__(self) -> None:
        if isinstance(self.date, dt.datetime) or not isinstance(self.date, dt.date):
            raise calendar_rule("date", "calendar.rule.closed_day_date")
        reason = " ".join(self.reason.split()) if isinstance(self.reason, str) else ""
        if not reason:
            raise calendar_rule("reason", "calendar.rule.closed_day_reason")
        if len(reason) > MAX_REASON_LENGTH:
            raise calendar_rule(
                "reason", "calendar.rule.closed_day_reason_long", max=MAX_REASON_LENGTH
            )
        object.__setattr__(self, "reason", reason)

    def as_holiday(self) -> Holiday:
        return Holiday(self.date, self.reason, half_day=False, centre=True)


def library_has_half_days() -> bool:
    """Whether the installed ``holidays`` marks Turkish half days itself."""
    return HALF_DAY in holidays.country_holidays(_COUNTRY).supported_categories


@functools.lru_cache(maxsize=256)  # drawn on every repaint of a calendar view
def holiday_name_en(day: dt.date, *, half_day: bool = False) -> str:
    """The package's English name of the public holiday, or of the half day when
    `half_day` ("Republic Day (from 1pm)"); empty when the package has none."""
    if not half_day:
        return public_holiday_name_en(day)
    if not library_has_half_days():
        return ""
    table = holidays.country_holidays(
        _COUNTRY, years=day.year, categories=(HALF_DAY,), language="en_US"
    )
    return "; ".join(table.get_list(day))


def occasion_name_en(day: dt.date, *, half_day: bool) -> str:
    """The English occasion of `day`: "Republic Day" for the half day before it too
    (the package's "(from 1pm)" is dropped: the sentence states the hour itself)."""
    return _FROM_TIME_EN.sub("", holiday_name_en(day, half_day=half_day))


def public_holiday_name_en(day: dt.date) -> str:
    """The package's English name of the public holiday on `day` ("Eid al-Fitr"), names
    joined with "; " like the Turkish ones; empty when the package has none."""
    table = holidays.country_holidays(
        _COUNTRY, years=day.year, categories=(PUBLIC,), language="en_US"
    )
    return "; ".join(table.get_list(day))


def _names_by_date(years: int, categories: tuple[str, ...]) -> dict[dt.date, list[str]]:
    table = holidays.country_holidays(_COUNTRY, years=years, categories=categories, language="tr")
    return {day: table.get_list(day) for day in sorted(table)}


def derive_half_days(year: int) -> dict[dt.date, list[str]]:
    """Half days computed from the package's public holidays, for versions without them.

    28 October (Republic Day eve) and the day before the *first* day of each bayram,
    found from the package's dates (a bayram day whose previous day is not one).
    The names follow the package's own format so both paths read the same.
    """
    # The eve of a bayram early in January lies in the previous year; looking one year
    # ahead as well catches a bayram starting on 1 January of the next year.
    public = _names_by_date(year, (PUBLIC,)) | _names_by_date(year + 1, (PUBLIC,))
    out: dict[dt.date, list[str]] = {
        dt.date(year, 10, 28): [f"Cumhuriyet Bayramı{_HALF_DAY_SUFFIX}"]
    }
    for day, names in public.items():
        for bayram in _BAYRAMS:
            if not any(n.startswith(bayram) for n in names):
                continue
            eve = day - dt.timedelta(days=1)
            if eve.year != year or any(n.startswith(bayram) for n in public.get(eve, [])):
                continue
            out.setdefault(eve, []).append(f"{bayram}{_HALF_DAY_SUFFIX}")
    return dict(sorted(out.items()))


@functools.lru_cache(maxsize=32)
def _year(year: int) -> tuple[Holiday, ...]:
    full = _names_by_date(year, (PUBLIC,))
    half = _names_by_date(year, (HALF_DAY,)) if library_has_half_days() else derive_half_days(year)
    out: list[Holiday] = []
    for day in sorted(full.keys() | half.keys()):
        if day in full:
            # A full holiday on an eve closes the whole day; the eve name is kept so the
            # coming bayram still shows in the calendar.
            out.append(Holiday(day, "; ".join(full[day] + half.get(day, [])), half_day=False))
        else:
            out.append(Holiday(day, "; ".join(half[day]), half_day=True))
    return tuple(out)


def holidays_between(
    start: dt.date, end: dt.date, closed_days: Iterable[ClosedDay] = ()
) -> list[Holiday]:
    """Public holidays, half-day eves and centre closed days, ``start``…``end`` inclusive.

    Sorted by date; on a date with both a public holiday and a centre closure the public
    holiday comes first.  Closed days outside the range are ignored.
    """
    if isinstance(start, dt.datetime) or isinstance(end, dt.datetime):
        raise calendar_rule("date", "calendar.rule.holiday_range_dates")
    if end < start:
        return []
    out = [h for y in range(start.year, end.year + 1) for h in _year(y) if start <= h.date <= end]
    out += [c.as_holiday() for c in closed_days if start <= c.date <= end]
    out.sort(key=lambda h: (h.date, h.centre, h.name_tr))
    return out


def holidays_on(day: dt.date, closed_days: Iterable[ClosedDay] = ()) -> list[Holiday]:
    return holidays_between(day, day, closed_days)
