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

from kdm_desktop import messages
from kdm_desktop.document_language import (
    DOCUMENT_LANGUAGE,
    in_language,
    official,
    official_document,
)
from kdm_desktop.domain.dates import format_date_in

__all__ = [
    "DOCUMENT_LANGUAGE",
    "in_language",
    "internal",
    "internal_date",
    "internal_datetime",
    "official",
    "official_document",
]


def internal(key: str, /, **params: object) -> str:
    """Text of an internal printout: the user's language."""
    return messages.text(key, **params)


def internal_date(d: dt.date) -> str:
    """A long date in the user's language: "28 Ekim 2026 Çarşamba" / "Wednesday 28 October 2026"."""
    return format_date_in(d, messages.language(), weekday=True)


def internal_datetime(moment: dt.datetime) -> str:
    """A date and wall-clock time in the user's language."""
    return f"{internal_date(moment)}, {moment.hour:02d}:{moment.minute:02d}"
