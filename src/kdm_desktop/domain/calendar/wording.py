"""Message parameters of the calendar's rules and warnings, in the sentence's language:
appointment field names, weekday names and holiday names.

A warning is kept as a `Label` (key + parameters) and rendered when shown, so the
window and `--lang en` read English while `message_tr` stays the Turkish sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Final

from kdm_desktop.domain.dates import format_date_in
from kdm_desktop.domain.rules import Label, turkish_text

__all__ = ["HolidayName", "ShownDay", "Weekdays", "field_label", "field_name_tr"]

_FIELDS: Final = frozenset(
    {
        "id",
        "start",
        "duration_minutes",
        "staff",
        "room",
        "case_id",
        "type",
        "note",
        "interpreter_needed",
        "status",
        "series_id",
        "occurrence_index",
    }
)


def field_label(field: str) -> Label | str:
    """A field's name inside a message, in the message's language (an attribute that
    is not an appointment field, such as ``window_start``, is named as it is)."""
    return Label(f"calendar.field.{field}") if field in _FIELDS else field


def field_name_tr(field: str) -> str:
    """The Turkish name of an appointment field, for messages built elsewhere."""
    return turkish_text(f"calendar.field.{field}") if field in _FIELDS else field


class Weekdays(Label):
    """Weekday names (0 = Monday) joined by `sep`: "Salı, Perşembe" / "Tuesday, Thursday"."""

    __slots__ = ("days", "sep")

    def __init__(self, days: Iterable[int], sep: str = ", ") -> None:
        super().__init__("date.weekday.0")
        self.days = tuple(days)
        self.sep = sep

    def in_language(self, lang: str) -> str:
        return self.sep.join(Label(f"date.weekday.{d}").in_language(lang) for d in self.days)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Weekdays) and (other.days, other.sep) == (self.days, self.sep)

    def __hash__(self) -> int:
        return hash(self.days)

    def __repr__(self) -> str:
        return f"Weekdays({self.days!r})"


class ShownDay(Label):
    """A day (with its time, given a datetime) as the window writes it, in the
    sentence's language: "12 Ocak 2027 Salı, 11:00" / "Tuesday 12 January 2027, 11:00";
    "30 Haziran 2027" with `weekday=False`; with `until`, a span that ends on another
    day. Never "12.01.2027": the wall clock as given."""

    __slots__ = ("day", "until", "weekday")

    def __init__(self, day: dt.date, *, weekday: bool = True, until: dt.date | None = None) -> None:
        super().__init__("date.month.1")
        self.day = day
        self.weekday = weekday
        self.until = until

    def in_language(self, lang: str) -> str:
        text = self._one(self.day, lang)
        return text if self.until is None else f"{text}–{self._one(self.until, lang)}"

    def _one(self, day: dt.date, lang: str) -> str:
        text = format_date_in(day, lang, weekday=self.weekday)
        if isinstance(day, dt.datetime):
            text += f", {day.hour:02d}:{day.minute:02d}"
        return text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ShownDay) and (other.day, other.weekday, other.until) == (
            self.day,
            self.weekday,
            self.until,
        )

    def __hash__(self) -> int:
        return hash((self.day, self.weekday, self.until))

    def __repr__(self) -> str:
        return f"ShownDay({self.day!r})"


class HolidayName(Label):
    """A public holiday's name: the package's Turkish name, its English one in English
    (the Turkish name stays when the package has no English name for the day).
    With `half_day`, the occasion of a half day ("the eve of Republic Day")."""

    __slots__ = ("day", "half_day", "name_tr")

    def __init__(self, day: dt.date, name_tr: str, *, half_day: bool = False) -> None:
        super().__init__("calendar.hours.closed")
        self.day = day
        self.name_tr = name_tr
        self.half_day = half_day

    def in_language(self, lang: str) -> str:
        if lang == "tr":
            return self.name_tr
        from kdm_desktop.domain.calendar.holidays_tr import occasion_name_en

        return occasion_name_en(self.day, half_day=self.half_day) or self.name_tr

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HolidayName) and (other.day, other.name_tr, other.half_day) == (
            self.day,
            self.name_tr,
            self.half_day,
        )

    def __hash__(self) -> int:
        return hash((self.day, self.name_tr, self.half_day))

    def __repr__(self) -> str:
        return f"HolidayName({self.day!r}, {self.name_tr!r})"
