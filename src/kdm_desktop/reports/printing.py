"""What the window prints, as HTML built from the same content as the PDFs.

Every printed page goes one way: a service checks the permission (and consent
where something leaves the centre), audits the print and returns a
`PrintDocument`; the window's one print helper (`ui/printing.py`) opens the
native print dialog and lays the HTML out on the printer in memory. So no
plaintext copy ever lands in a temporary file, and the on-screen letter preview
shows the same HTML the printer gets.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Final

from kdm_desktop.domain.calendar import Holiday
from kdm_desktop.domain.dates import format_turkish_date
from kdm_desktop.domain.letters.content import LetterContent, format_letter_date
from kdm_desktop.domain.letters.letterhead import ATTACHMENTS_LABEL, attachment_lines, letterhead
from kdm_desktop.domain.protection.safety_plan import (
    EmergencyNumber,
    SafetyPlan,
    printable_sections,
)
from kdm_desktop.reports.calendar_pdf import (
    PrintRow,
    appointment_label,
    day_cells,
    footer_text,
    holiday_lines,
    table_head,
)
from kdm_desktop.reports.case_forms import FormContent
from kdm_desktop.reports.case_summary_pdf import MARKING, SummaryContent
from kdm_desktop.reports.case_summary_pdf import TITLE as SUMMARY_TITLE
from kdm_desktop.reports.safety_plan_pdf import TITLE as PLAN_TITLE
from kdm_desktop.reports.wording import internal, internal_date, official
from kdm_desktop.security.roles import Permission


@dataclass(frozen=True)
class Printable:
    """A kind of document the window prints.

    `job_title` is what the operating system's print queue shows to anyone who
    looks at it, so it is neutral: never a name or a case number.
    """

    key: str
    permissions: tuple[Permission, ...]
    landscape: bool = False

    @property
    def job_title(self) -> str:
        # The print queue is the user's screen, not the document: the user's language.
        return internal(f"report.job.{self.key}")


PRINTABLES: Final = {
    p.key: p
    for p in (
        Printable("letter", (Permission.VIEW_CASES, Permission.PRINT)),
        Printable("case_summary", (Permission.VIEW_CASES, Permission.PRINT)),
        Printable("intake_form", (Permission.VIEW_CASES, Permission.PRINT)),
        Printable("consent_form", (Permission.VIEW_CASES, Permission.PRINT)),
        # The sheet she may carry: even the job name does not say what it is.
        Printable("safety_plan", (Permission.VIEW_CASES, Permission.PRINT)),
        Printable("calendar_day", (Permission.VIEW_CALENDAR,)),
        Printable("calendar_week", (Permission.VIEW_CALENDAR,), True),
    )
}


@dataclass(frozen=True)
class PrintDocument:
    """One document ready for the printer: which kind it is and its HTML."""

    kind: str
    html: str

    @property
    def printable(self) -> Printable:
        return PRINTABLES[self.kind]


_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def letter_filename(number: str) -> str:
    """`sevk-NRL-2026-0001.pdf`: the number only, never her name, in a file name."""
    return f"sevk-{_UNSAFE.sub('_', number)}.pdf"


def summary_filename(case_number: str) -> str:
    return f"dosya-ozeti-{_UNSAFE.sub('_', case_number)}.pdf"


_FORM_FILE_PREFIX: Final = {
    "intake_form": "basvuru-formu",
    "case_summary": "dosya-ozeti",
    "consent_form": "acik-riza-formu",
}


def printout_filename(kind: str, case_number: str) -> str:
    """`basvuru-formu-KSK-2026-0001.pdf`: the form and the number, never her name."""
    return f"{_FORM_FILE_PREFIX[kind]}-{_UNSAFE.sub('_', case_number)}.pdf"


def _h(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _number(c: LetterContent) -> str:
    if not c.number_provisional:
        return _h(c.number)
    # The preview's number may still be taken by another letter: say so, in colour,
    # in the window's language (the note is on the screen only, never printed).
    note = internal("letter.provisional_note")
    return f'{_h(c.number)} <span style="color:#8a5a00">{_h(note)}</span>'


def letter_html(c: LetterContent) -> str:
    """The letter laid out like the PDF: letterhead, Sayı/Tarih, Konu, addressee, İlgi,
    body, signature on the right, Ek, Dağıtım, the centre's address and contact at the
    foot and the marking top and bottom. The letterhead, "Ek:" and foot lines are the
    PDF's (domain/letters/letterhead.py)."""
    head = letterhead(c)
    parts = [
        f'<p align="center"><b>{_h(c.marking)}</b></p>',
        f'<p align="center"><b>{"<br>".join(_h(x) for x in head.heading)}</b></p>',
        "<hr>",
        '<table width="100%" cellspacing="0" cellpadding="1">',
        f'<tr><td width="14%"><b>{_h(official("report.letter.number"))}</b></td>'
        f"<td>: {_number(c)}</td>"
        f'<td align="right">{_h(format_letter_date(c.date))}</td></tr>',
        f"<tr><td><b>{_h(official('report.letter.subject'))}</b></td>"
        f'<td colspan="2">: {_h(c.subject)}</td></tr></table>',
        f'<p align="center" style="margin-top:18px"><b>{_h(c.addressee)}</b></p>',
    ]
    if c.reference:
        parts.append(
            '<table width="100%" cellspacing="0" cellpadding="1">'
            f'<tr><td width="14%"><b>{_h(official("report.letter.reference"))}</b></td>'
            f"<td>: {_h(c.reference)}</td></tr></table>"
        )
    parts += [f'<p align="justify" style="text-indent:36px">{_h(par)}</p>' for par in c.body]
    parts.append(
        '<table width="100%" style="margin-top:24px"><tr><td width="60%"></td>'
        f'<td align="center"><b>{_h(c.signature_name)}</b><br>{_h(c.signature_title)}</td>'
        "</tr></table>"
    )
    if c.attachments:
        first, *rest = attachment_lines(c.attachments)
        item = first.removeprefix(ATTACHMENTS_LABEL)
        ek = [f"<b>{_h(ATTACHMENTS_LABEL)}</b>{_h(item)}", *(_h(x) for x in rest)]
        parts.append(f"<p>{'<br>'.join(ek)}</p>")
    if c.distribution:
        label = _h(official("report.letter.distribution"))
        names = "<br>".join(_h(d) for d in c.distribution)
        parts.append(f"<p><b>{label}</b><br>{names}</p>")
    if c.prepared_by:
        prepared = _h(official("report.letter.prepared_by", name=c.prepared_by))
        parts.append(f"<p><small>{prepared}</small></p>")
    if head.footer:
        # A printer's page has no foot to pin it to: under a rule, after the letter.
        foot = "<br>".join(_h(x) for x in head.footer)
        parts.append(f'<hr><p style="margin-top:0"><small>{foot}</small></p>')
    parts.append(f'<p align="center"><b>{_h(c.marking)}</b></p>')
    return "\n".join(parts)


def letter_document(c: LetterContent) -> PrintDocument:
    return PrintDocument("letter", letter_html(c))


def _small(text: str) -> str:
    return f"<p><small>{_h(text)}</small></p>"


def safety_plan_html(
    plan: SafetyPlan, centre_name: str = "", numbers: Sequence[EmergencyNumber] | None = None
) -> str:
    """The plan as `render_safety_plan` lays it out: numbers boxed first, then her steps.

    Only `printable_sections(plan)` reaches the page, and the centre's name only if
    she did not ask for a neutral sheet (pass ``centre_name=""`` then)."""
    parts = []
    if centre_name and not plan.hide_logo:
        parts.append(_small(centre_name))
    parts.append(f"<h1>{_h(PLAN_TITLE)}</h1>")
    sections = printable_sections(plan, numbers)
    if sections:
        title, lines = sections[0]
        rows = "".join(f"<tr><td><big><b>{_h(x)}</b></big></td></tr>" for x in lines)
        parts.append(
            '<table width="100%" border="1" cellspacing="0" cellpadding="6">'
            f"<tr><td><h3>{_h(title)}</h3></td></tr>{rows}</table>"
        )
    for title, lines in sections[1:]:
        items = "".join(f"<li>{_h(x)}</li>" for x in lines)
        parts.append(f"<h3>{_h(title)}</h3><ul>{items}</ul>")
    return "\n".join(parts)


def safety_plan_document(
    plan: SafetyPlan, centre_name: str = "", numbers: Sequence[EmergencyNumber] | None = None
) -> PrintDocument:
    return PrintDocument("safety_plan", safety_plan_html(plan, centre_name, numbers))


def case_summary_html(content: SummaryContent) -> str:
    """The summary with the same content as `render_case_summary` (see `summary_content`)."""
    facts = "".join(
        f'<tr><td width="30%">{_h(k)}</td><td>{_h(v)}</td></tr>' for k, v in content.facts
    )
    parts = [
        f'<p align="center"><b>{MARKING}</b></p>',
        _small(content.centre_name),
        f"<h1>{_h(SUMMARY_TITLE)}</h1>",
        f'<table width="100%" cellspacing="0" cellpadding="2">{facts}</table>',
    ]
    for title, lines in content.sections:
        parts.append(f"<h3>{_h(title)}</h3>")
        parts += [_small(text) if small else f"<p>{_h(text)}</p>" for text, small in lines]
    parts.append(f'<p align="center"><b>{MARKING}</b> · {_h(format_turkish_date(content.day))}</p>')
    return "\n".join(parts)


def form_html(content: FormContent) -> str:
    """A form as `render_form_pdf` lays it out: facts, sections, signature boxes."""
    facts = "".join(
        f'<tr><td width="30%">{_h(k)}</td><td>{_h(v)}</td></tr>' for k, v in content.facts
    )
    parts = [
        f'<p align="center"><b>{_h(content.marking)}</b></p>',
        _small(content.centre_name),
        f"<h1>{_h(content.title)}</h1>",
        f'<table width="100%" cellspacing="0" cellpadding="2">{facts}</table>',
    ]
    for title, lines in content.sections:
        parts.append(f"<h3>{_h(title)}</h3>")
        parts += [_small(text) if small else f"<p>{_h(text)}</p>" for text, small in lines]
    width = 100 // max(1, len(content.signatures))
    cells = "".join(
        f'<td width="{width}%" height="110" valign="top">{_h(c)}</td>' for c in content.signatures
    )
    parts.append(
        '<table width="100%" border="1" cellspacing="0" cellpadding="6" '
        f'style="margin-top:18px"><tr>{cells}</tr></table>'
    )
    parts.append(
        f'<p align="center"><b>{_h(content.marking)}</b> · {_h(content.case_number)} · '
        f"{_h(format_turkish_date(content.day))}</p>"
    )
    return "\n".join(parts)


def form_document(content: FormContent) -> PrintDocument:
    return PrintDocument(content.kind, form_html(content))


def case_summary_document(content: SummaryContent) -> PrintDocument:
    return PrintDocument("case_summary", case_summary_html(content))


def _rows_table(rows: Sequence[PrintRow], *, with_date: bool, with_staff: bool) -> str:
    head = table_head(with_date=with_date, with_staff=with_staff)
    out = ['<table width="100%" border="1" cellspacing="0" cellpadding="3">']
    out.append("<tr>" + "".join(f"<th align='left'>{_h(x)}</th>" for x in head) + "</tr>")
    for r, day in zip(rows, day_cells(rows), strict=True):
        cells = [day] if with_date else []
        cells.append(f"{r.start:%H:%M}–{r.end:%H:%M}")
        cells += [r.staff] if with_staff else []
        cells += [r.room, appointment_label(r), r.status]
        out.append("<tr>" + "".join(f"<td>{_h(c)}</td>" for c in cells) + "</tr>")
    if not rows:
        out.append("<tr>" + "".join("<td>—</td>" for _ in head) + "</tr>")
    out.append("</table>")
    return "".join(out)


def day_list_html(
    day: dt.date, rows: Sequence[PrintRow], centre_name: str, holidays: Sequence[Holiday] = ()
) -> str:
    """The desk's day list, as `render_day_list`: initials and case numbers only."""
    parts = [
        _small(centre_name),
        f"<h2>{_h(internal('report.calendar.day_heading', date=internal_date(day)))}</h2>",
        *(f"<p>{_h(line)}</p>" for line in holiday_lines(holidays)),
        _rows_table(rows, with_date=False, with_staff=True),
        _small(footer_text()),
    ]
    return "\n".join(parts)


def week_list_html(
    staff_name: str | None,
    monday: dt.date,
    rows: Sequence[PrintRow],
    centre_name: str,
    holidays: Sequence[Holiday] = (),
) -> str:
    """One week's list: of one staff member, or (``staff_name=None``) of everyone."""
    sunday = monday + dt.timedelta(days=6)
    title = (
        internal("report.calendar.week_heading", staff=staff_name)
        if staff_name
        else internal("report.calendar.week_title")
    )
    parts = [
        _small(centre_name),
        f"<h2>{_h(title)}</h2>",
        f"<p>{_h(f'{internal_date(monday)} – {internal_date(sunday)}')}</p>",
        *(f"<p>{_h(line)}</p>" for line in holiday_lines(holidays)),
        _rows_table(rows, with_date=True, with_staff=staff_name is None),
        _small(footer_text()),
    ]
    return "\n".join(parts)
