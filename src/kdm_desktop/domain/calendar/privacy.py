"""What a calendar entry may say about the woman behind it.

The sekreter runs the calendar but must not learn who is being counselled, and printed
day lists lie on desks; both get initials and the case number only.  Staff who may see
the case get the name.  The appointment type is left out of the restricted label too:
"Hukuki danışmanlık" next to initials already tells a passer-by too much.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.calendar.appointments import Appointment
from kdm_desktop.domain.cases.draft import anonymous_label
from kdm_desktop.domain.turkish import tr_upper

__all__ = ["display_label", "initials", "restricted_label"]


def restricted_label() -> str:
    """An entry a restricted viewer sees with neither initials nor a case number."""
    return messages.text("calendar.restricted_label")


_SEPARATOR: Final = " · "


def initials(name: str) -> str:
    """Initials under Turkish casing: "Ayşe Yılmaz" → "A. Y.", "ışıl işık" → "I. İ.".

    One letter per space-separated word (a hyphenated first name counts once, so
    "Ayşe-Nur Kaya" → "A. K."); leading punctuation such as quotes is skipped; text is
    NFC-normalised first so a decomposed "Ç" (C + U+0327) yields "Ç" and not "C".
    An empty or letterless name gives "".
    """
    out: list[str] = []
    for word in unicodedata.normalize("NFC", name).split():
        letter = next((ch for ch in word if unicodedata.category(ch).startswith("L")), None)
        if letter is not None:
            out.append(tr_upper(letter) + ".")
    return " ".join(out)


def _is_anonymous(client_name: str | None) -> bool:
    return (
        client_name is None or not client_name.strip() or client_name.strip() == anonymous_label()
    )


def display_label(
    appt: Appointment,
    case_number: str | None,
    client_name: str | None,
    viewer_can_see_names: bool,
    *,
    printed: bool = False,
) -> str:
    """The text drawn on a calendar entry or a day-list row.

    ``client_name`` is None (or the case module's "Anonim") for an anonymous client.
    Restricted (``viewer_can_see_names`` false, or ``printed``): "A. Y. · NRL-2026-0042".
    Full: "Psikolojik destek · Ayşe Yılmaz · NRL-2026-0042".  Group sessions have no
    client and show their type ("Atölye") to everybody.
    """
    if appt.type.is_group:
        return appt.type.label
    anonymous = _is_anonymous(client_name)
    if printed or not viewer_can_see_names:
        parts = [] if anonymous or client_name is None else [initials(client_name)]
        parts = [p for p in parts if p]
        if case_number:
            parts.append(case_number)
        return _SEPARATOR.join(parts) or restricted_label()
    full = [appt.type.label]
    if client_name is None and not case_number:
        # A session booked without a case is not an anonymous client: show the type only.
        return appt.type.label
    full.append(anonymous_label() if anonymous or client_name is None else client_name.strip())
    if case_number:
        full.append(case_number)
    return _SEPARATOR.join(full)
