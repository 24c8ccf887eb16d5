"""A sent letter's record and its follow-up (sent → answered → result).

Lists load many letters, so the record carries no PDF; the stored PDF is read
only to reprint one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from kdm_desktop.domain.keyed_labels import KeyedLabels
from kdm_desktop.domain.rules import ValidationErrors


class LetterStatus:
    """Follow-up of an outgoing referral: sent → answered → result."""

    SENT: Final = "gonderildi"
    ANSWERED: Final = "yanitlandi"
    RESULT: Final = "sonuclandi"
    ORDER: Final = (SENT, ANSWERED, RESULT)
    LABELS: Final = KeyedLabels({s: f"letter.status.{s}" for s in ORDER})


def check_status_step(current: str, new: str) -> None:
    order = LetterStatus.ORDER
    if new not in order or order.index(new) <= order.index(current):
        raise ValidationErrors.one(
            "status",
            "letter.status_step",
            current=LetterStatus.LABELS.get(current, current),
            new=LetterStatus.LABELS.get(new, new),
        )


@dataclass(frozen=True)
class SentLetter:
    """A sent letter without its PDF (lists load many)."""

    id: str
    case_id: str
    number: str
    recipient_kind: str
    recipient_name: str
    letter_date: str
    template_name: str
    template_version: int
    status: str
    status_note: str
    status_at: str
    status_by: str
    created_at: str
    created_by: str
