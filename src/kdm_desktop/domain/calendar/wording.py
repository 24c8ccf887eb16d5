"""Message parameters of the calendar's warnings: weekday names in the sentence's language.

A warning is kept as a `Label` (key + parameters) and rendered when shown, so the
window and `--lang en` read English while `message_tr` stays the Turkish sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kdm_desktop.domain.rules import Label


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
