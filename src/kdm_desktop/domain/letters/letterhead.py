"""The letterhead, the "Ek:" list and the foot of a referral letter, composed once.

The PDF (reports/letter_pdf.py), the printed and previewed HTML
(reports/printing.py) and the plain-text preview draw these lines, so they never
drift apart. The shape is that of Turkish official correspondence (Resmî
Yazışmalarda Uygulanacak Usul ve Esaslar): the heading is centred at the top, "T.C.",
then the administration (the municipality) in capitals, then the unit (the centre)
as written, and never the city; "Ek:" follows the signature; the sender's address
and contact go at the foot of the last page, under a rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kdm_desktop.domain.keyed_labels import text_tr
from kdm_desktop.domain.turkish import fold_for_search, tr_upper

if TYPE_CHECKING:
    # content.py draws its plain text with these lines.
    from kdm_desktop.domain.letters.content import LetterContent

__all__ = ["ATTACHMENTS_LABEL", "Letterhead", "attachment_lines", "heading_lines", "letterhead"]

STATE_ABBREVIATION = "T.C."
# "Ek:" whatever the number of attachments; the renderers set it in bold.
ATTACHMENTS_LABEL = text_tr("letter.line.attachments")


@dataclass(frozen=True)
class Letterhead:
    """`heading`: the centred lines at the top; `footer`: the lines at the foot."""

    heading: tuple[str, ...]
    footer: tuple[str, ...]


def heading_lines(municipality: str, centre_name: str) -> tuple[str, ...]:
    """("T.C.", "KARŞIYAKA BELEDİYESİ", "Kadın Danışma Merkezi"): the municipality in
    capitals, the centre's name under it without the municipality's words it starts
    with. Without a municipality: "T.C." and the centre's name, as before."""
    name = centre_name.split()
    owner = municipality.split()
    if not owner:
        return (STATE_ABBREVIATION, " ".join(name))
    folded = [fold_for_search(w) for w in name[: len(owner)]]
    if folded == [fold_for_search(w) for w in owner]:
        name = name[len(owner) :]
        # "Karşıyaka Belediyesi - Kadın Danışma Merkezi": no dash left to open the line.
        while name and not any(ch.isalnum() for ch in name[0]):
            name = name[1:]
    unit = " ".join(name)
    return (STATE_ABBREVIATION, tr_upper(" ".join(owner)), *([unit] if unit else []))


def attachment_lines(attachments: Sequence[str]) -> tuple[str, ...]:
    """One attachment on the "Ek:" line itself; more numbered under it ("1- …")."""
    if not attachments:
        return ()
    if len(attachments) == 1:
        return (f"{ATTACHMENTS_LABEL} {attachments[0]}",)
    return (ATTACHMENTS_LABEL, *(f"{i}- {a}" for i, a in enumerate(attachments, 1)))


def letterhead(content: LetterContent) -> Letterhead:
    footer = []
    if content.centre_address:
        footer.append(text_tr("letter.line.address", value=content.centre_address))
    if content.contact:
        footer.append(text_tr("letter.line.contact", value=content.contact))
    return Letterhead(heading_lines(content.municipality, content.centre_name), tuple(footer))
