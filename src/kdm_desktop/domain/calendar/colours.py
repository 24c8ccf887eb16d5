"""Stable, accessible colours for appointment types and staff members.

The views colour an appointment by its type or by the staff member; both mappings must
be the same on every machine and every run, so staff colours come from a SHA-256 of the
user name (Python's ``hash`` is salted per process and would reshuffle them).

Palettes are colour-blind safe: types use Okabe–Ito, staff use Paul Tol's "muted" set.
The text colour (black or white) is chosen by WCAG 2 contrast, so a label drawn on any
swatch reaches at least 4.5:1.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Final

from kdm_desktop.domain.calendar.appointments import AppointmentType

__all__ = [
    "STAFF_PALETTE",
    "TYPE_COLOURS",
    "Colour",
    "contrast_ratio",
    "staff_colour",
    "type_colour",
]

_BLACK: Final = "#000000"
_WHITE: Final = "#FFFFFF"


@dataclass(frozen=True, slots=True)
class Colour:
    """A swatch: ``background`` to fill with and ``foreground`` for text on it (#RRGGBB)."""

    background: str
    foreground: str


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def _luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #RRGGBB colours (1.0 … 21.0)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _swatch(background: str) -> Colour:
    black = contrast_ratio(background, _BLACK)
    white = contrast_ratio(background, _WHITE)
    return Colour(background, _BLACK if black >= white else _WHITE)


# Okabe–Ito minus black: seven hues, one per type, told apart with every common form of
# colour blindness.  The assignment is fixed so a type keeps its colour forever.
TYPE_COLOURS: Final[dict[AppointmentType, Colour]] = {
    AppointmentType.FIRST_INTERVIEW: _swatch("#E69F00"),
    AppointmentType.PSYCHOLOGICAL_SUPPORT: _swatch("#56B4E9"),
    AppointmentType.LEGAL_COUNSELLING: _swatch("#0072B2"),
    AppointmentType.SOCIAL_SUPPORT: _swatch("#009E73"),
    AppointmentType.FOLLOW_UP: _swatch("#F0E442"),
    AppointmentType.GROUP_WORK: _swatch("#CC79A7"),
    AppointmentType.WORKSHOP: _swatch("#D55E00"),
}

# Paul Tol "muted" (without the grey reserved for missing data).
STAFF_PALETTE: Final[tuple[Colour, ...]] = tuple(
    _swatch(c)
    for c in (
        "#CC6677",
        "#332288",
        "#DDCC77",
        "#117733",
        "#88CCEE",
        "#882255",
        "#44AA99",
        "#999933",
        "#AA4499",
    )
)


def type_colour(kind: AppointmentType) -> Colour:
    return TYPE_COLOURS[kind]


def staff_colour(username: str) -> Colour:
    """The colour of a staff member, the same on every run and machine.

    User names are compared case-insensitively, like accounts.  With more staff than
    palette entries two people can share a colour; views should show names as well.
    """
    digest = hashlib.sha256(username.strip().lower().encode("utf-8")).digest()
    return STAFF_PALETTE[int.from_bytes(digest[:8], "big") % len(STAFF_PALETTE)]
