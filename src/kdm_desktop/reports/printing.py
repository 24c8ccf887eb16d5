"""Pure helpers for printing: the documents on offer, file names, and the letter as HTML.

The window prints a letter by laying out this HTML (built from the same
`LetterContent` as the PDF) on the printer in memory, so no plaintext copy of a
letter ever lands in a temporary file. The on-screen preview shows the same HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Final

from kdm_desktop.domain.letters import LetterContent, format_letter_date
from kdm_desktop.security.roles import Permission


@dataclass(frozen=True)
class Printable:
    key: str
    title_tr: str
    module: str
    permissions: tuple[Permission, ...]


PRINTABLES: Final = (
    Printable(
        "letter",
        "Sevk yazısı",
        "kdm_desktop.reports.letter_pdf",
        (Permission.VIEW_CASES, Permission.PRINT),
    ),
    Printable(
        "case_summary",
        "Dosya özeti",
        "kdm_desktop.reports.case_summary_pdf",
        (Permission.VIEW_CASES, Permission.PRINT),
    ),
    # Printed once, when the case file is created (see the set-up wizard).
    Printable(
        "recovery_sheet", "Kurtarma anahtarı sayfası", "kdm_desktop.reports.recovery_sheet", ()
    ),
)

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def letter_filename(number: str) -> str:
    """`sevk-NRL-2026-0001.pdf`: the number only, never her name, in a file name."""
    return f"sevk-{_UNSAFE.sub('_', number)}.pdf"


def summary_filename(case_number: str) -> str:
    return f"dosya-ozeti-{_UNSAFE.sub('_', case_number)}.pdf"


def _h(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def letter_html(c: LetterContent) -> str:
    """The letter laid out like the PDF: letterhead, Sayı/Tarih, Konu, addressee, İlgi,
    body, signature on the right, Ekler, Dağıtım and the marking top and bottom."""
    parts = [
        f'<p align="center"><b>{_h(c.marking)}</b></p>',
        f'<p align="center"><b>T.C.<br>{_h(c.centre_name)}</b><br>',
        f"<small>{'<br>'.join(_h(x) for x in (c.centre_address, c.centre_phone) if x)}</small></p>",
        "<hr>",
        '<table width="100%" cellspacing="0" cellpadding="1">',
        f'<tr><td width="14%"><b>Sayı</b></td><td>: {_h(c.number)}</td>'
        f'<td align="right">{_h(format_letter_date(c.date))}</td></tr>',
        f'<tr><td><b>Konu</b></td><td colspan="2">: {_h(c.subject)}</td></tr></table>',
        f'<p align="center" style="margin-top:18px"><b>{_h(c.addressee)}</b></p>',
    ]
    if c.reference:
        parts.append(
            '<table width="100%" cellspacing="0" cellpadding="1">'
            f'<tr><td width="14%"><b>İlgi</b></td><td>: {_h(c.reference)}</td></tr></table>'
        )
    parts += [f'<p align="justify" style="text-indent:36px">{_h(par)}</p>' for par in c.body]
    parts.append(
        '<table width="100%" style="margin-top:24px"><tr><td width="60%"></td>'
        f'<td align="center"><b>{_h(c.signature_name)}</b><br>{_h(c.signature_title)}</td>'
        "</tr></table>"
    )
    if c.attachments:
        items = "<br>".join(f"{i}. {_h(a)}" for i, a in enumerate(c.attachments, 1))
        parts.append(f"<p><b>Ekler:</b><br><small>{items}</small></p>")
    if c.distribution:
        parts.append(
            f"<p><b>Dağıtım:</b><br><small>{'<br>'.join(_h(d) for d in c.distribution)}</small></p>"
        )
    if c.contact:
        parts.append(f"<p><small>İrtibat: {_h(c.signature_name)} · {_h(c.contact)}</small></p>")
    parts.append(f'<p align="center"><b>{_h(c.marking)}</b></p>')
    return "\n".join(parts)
