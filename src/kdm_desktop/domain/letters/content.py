"""What a letter prints (`LetterContent`), in reading order, and its date format.

The PDF (reports/letter_pdf.py) and the on-screen preview both draw this one
object, so what she sees before printing is what is printed.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.keyed_labels import text_tr
from kdm_desktop.domain.letters.letterhead import attachment_lines, letterhead

# The note beside a preview's number, in Turkish. The screen shows it in the window's
# language (`number_text`); it is never printed (reports/letter_pdf.py refuses).
PROVISIONAL_NOTE: Final = text_tr("letter.provisional_note")


@dataclass(frozen=True)
class LetterContent:
    """Everything printed, in reading order; the PDF and the preview both draw this."""

    marking: str
    centre_name: str
    centre_address: str
    centre_phone: str
    number: str
    date: datetime.date
    subject: str
    addressee: str
    reference: str
    body: tuple[str, ...]
    signature_name: str
    signature_title: str
    contact: str
    attachments: tuple[str, ...]
    distribution: tuple[str, ...]
    recipient_kind: RecipientKind
    template_name: str
    template_version: int
    logo: bytes | None = field(default=None, repr=False)
    # "Hazırlayan": the caseworker, when the signatory is someone else.
    prepared_by: str = ""
    # The preview's number: the next free one, which another letter may still take.
    number_provisional: bool = False
    # The administration the centre belongs to ("Karşıyaka Belediyesi"): the
    # letterhead's second line (domain/letters/letterhead.py).
    municipality: str = ""

    @property
    def number_text(self) -> str:
        if self.number_provisional:
            return f"{self.number} {messages.text('letter.provisional_note')}"
        return self.number

    def plain_text(self) -> str:
        """The letter as lines, for the on-screen preview and tests."""
        head = letterhead(self)
        lines = [self.marking, *head.heading]
        lines += [
            text_tr("letter.line.number", value=self.number_text),
            text_tr("letter.line.date", value=format_letter_date(self.date)),
        ]
        lines += [text_tr("letter.line.subject", value=self.subject), "", self.addressee]
        if self.reference:
            lines.append(text_tr("letter.line.reference", value=self.reference))
        lines += ["", *self.body, "", self.signature_name, self.signature_title]
        if self.attachments:
            lines += ["", *attachment_lines(self.attachments)]
        if self.distribution:
            lines += ["", text_tr("letter.line.distribution"), *self.distribution]
        if self.prepared_by:
            lines += ["", text_tr("letter.line.prepared_by", value=self.prepared_by)]
        lines += ["", *head.footer, "", self.marking]
        return "\n".join(lines)


def format_letter_date(d: datetime.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"
