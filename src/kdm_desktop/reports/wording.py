"""Which language a printed document speaks, and its text in that language.

A document's language is a property of the document, not of the screen (the rule is
written down in docs/messages.md):

- `official(...)`: documents for a Turkish institution or for her (referral letters,
  the case summary that goes with a referral, the intake and consent forms she signs,
  her copy of her data, her safety plan, the destruction minutes, the provincial
  statistics report) are Turkish whatever the window's language is.
- `internal(...)`: printouts that stay on the centre's desks (calendar lists, the
  recovery key sheet, print-queue names) follow the user's language (`--lang en`).

Both read the same keyed catalogue (`catalogue/reports.py`), so every sentence has
its English and a future bilingual copy needs no code.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from kdm_desktop import messages
from kdm_desktop.document_language import DOCUMENT_LANGUAGE, in_language, official
from kdm_desktop.domain.dates import format_turkish_date

__all__ = [
    "DOCUMENT_LANGUAGE",
    "in_language",
    "internal",
    "internal_date",
    "internal_datetime",
    "official",
]

_EN_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_EN_DAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def internal(key: str, /, **params: object) -> str:
    """Text of an internal printout: the user's language."""
    return messages.text(key, **params)


def internal_date(d: dt.date) -> str:
    """A long date in the user's language: "28 Ekim 2026 Çarşamba" / "Wednesday 28 October 2026"."""
    if messages.language() == "en":
        return f"{_EN_DAYS[d.weekday()]} {d.day} {_EN_MONTHS[d.month - 1]} {d.year}"
    return format_turkish_date(d)


def internal_datetime(moment: dt.datetime) -> str:
    """A date and wall-clock time in the user's language."""
    return f"{internal_date(moment)}, {moment.hour:02d}:{moment.minute:02d}"
