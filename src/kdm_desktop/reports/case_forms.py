"""Two forms for the paper file: the intake form (başvuru formu) and the consent form
(açık rıza beyanı) she signs, with the purposes she agreed to.

Each form is built once as `FormContent` and laid out twice from it: as HTML for
the window's print path (`reports/printing.py`, laid out in memory) and as a PDF
with the embedded DejaVu fonts for "Save as PDF". Both are built from a
`CaseView` the service already filtered for the reader, through
`shareable_record`, so a confidential address is never printed.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kdm_desktop.document_language import official_document
from kdm_desktop.domain.cases.choices import Choice
from kdm_desktop.domain.cases.consent import ConsentRecord
from kdm_desktop.domain.cases.draft import (
    APPLICATION_FIELDS,
    CLIENT_FIELDS,
    FIELD_LABELS,
    VIOLENCE_FIELDS,
    CaseDraft,
)
from kdm_desktop.domain.cases.records import CaseView, shareable_record
from kdm_desktop.domain.dates import format_day
from kdm_desktop.domain.phone import format_phone_local
from kdm_desktop.reports.fonts import FONT, FONT_BOLD, paragraph_styles
from kdm_desktop.reports.wording import official as _t

__all__ = [
    "CONSENT_FORM_TITLE",
    "INTAKE_FORM_TITLE",
    "FormContent",
    "consent_form_content",
    "intake_form_content",
    "render_form_pdf",
]

# She signs these forms and the paper file keeps them: Turkish (reports/wording.py).
MARKING: Final = _t("report.confidential")
INTAKE_FORM_TITLE: Final = _t("report.forms.intake_title")
CONSENT_FORM_TITLE: Final = _t("report.forms.consent_title")
_NOT_STATED: Final = _t("report.not_stated")
_MARGIN = 20 * mm
# Fields that are never printed on the intake form: the flags are said another way.
_LEFT_OUT: Final = frozenset({"anonymous", "address_confidential"})

Line = tuple[str, bool]  # (text, small)


@dataclass(frozen=True)
class FormContent:
    """What a form says, for the printer and the PDF alike.

    `sections` are (heading, lines); `signatures` are the captions of the
    signature boxes at the foot (she signs on paper, in ink)."""

    kind: str
    title: str
    centre_name: str
    case_number: str
    facts: tuple[tuple[str, str], ...]
    sections: tuple[tuple[str, tuple[Line, ...]], ...]
    signatures: tuple[str, ...]
    day: datetime.date
    marking: str = MARKING


def _yes_no(value: bool | None) -> str:
    return _NOT_STATED if value is None else _t("report.yes" if value else "report.no")


def field_text(draft: CaseDraft, name: str) -> str:
    """One intake field as the paper form writes it (Turkish dates and phones)."""
    value = getattr(draft, name)
    if isinstance(value, bool) or value is None:
        return _yes_no(value)
    if isinstance(value, Choice):
        return value.label
    if isinstance(value, datetime.date):
        return format_day(value)
    if name == "phone":
        return format_phone_local(str(value)) if value else ""
    if name == "other_phones":
        return ", ".join(format_phone_local(str(v)) for v in value)
    if isinstance(value, frozenset):
        return ", ".join(sorted(v.label for v in value))
    if name == "children":
        return "; ".join(
            _t("report.child_age", age=c.age)
            + f" ({_t('report.child_with_her' if c.with_her else 'report.child_not_with_her')})"
            for c in value
        )
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _field_lines(draft: CaseDraft, names: tuple[str, ...]) -> tuple[Line, ...]:
    out: list[Line] = []
    for name in names:
        if name in _LEFT_OUT:
            continue
        text = field_text(draft, name) or "—"
        out.append((f"{FIELD_LABELS[name]}: {text}", False))
    return tuple(out)


def consent_lines(consents: tuple[ConsentRecord, ...]) -> tuple[Line, ...]:
    """The purposes she agreed to that are in force, with the day she agreed."""
    active = [c for c in consents if c.active]
    if not active:
        return ((_t("report.forms.no_active_consent"), False),)
    return tuple((f"☑ {c.label} — {format_day(c.granted_on)}", False) for c in active)


@official_document
def intake_form_content(
    view: CaseView, centre_name: str, day: datetime.date, name_of: Callable[[str], str]
) -> FormContent:
    """The intake as the paper file keeps it: application, the woman, the violence."""
    record = shareable_record(view.record)
    d = record.draft
    staff = name_of(record.assigned_to) if record.assigned_to else "—"
    facts = (
        (_t("report.case_number"), record.case_number),
        (_t("report.full_name"), record.display_name),
        (
            _t("report.application_date"),
            format_day(d.application_date) if d.application_date else "—",
        ),
        (_t("report.responsible_staff"), staff),
    )
    client = _field_lines(d, CLIENT_FIELDS)
    if view.record.draft.address_confidential:
        # `shareable_record` emptied the address; say why it is blank.
        client = (*client, (_t("report.forms.address_hidden_line"), False))
    sections = (
        (_t("report.forms.section_application"), _field_lines(d, APPLICATION_FIELDS)),
        (_t("report.forms.section_client"), client),
        (_t("report.forms.section_violence"), _field_lines(d, VIOLENCE_FIELDS)),
        (_t("report.forms.section_consent"), consent_lines(view.consents)),
    )
    return FormContent(
        "intake_form",
        INTAKE_FORM_TITLE,
        centre_name,
        record.case_number,
        facts,
        sections,
        (_t("report.forms.interviewer_box"), _t("report.forms.client_box")),
        day,
    )


@official_document
def consent_form_content(
    view: CaseView, centre_name: str, day: datetime.date, name_of: Callable[[str], str]
) -> FormContent:
    """The declaration she signs: what she was told, and each purpose she agreed to."""
    record = view.record
    d = record.draft
    name = record.display_name
    who = (
        _t("report.forms.who_with_id", name=name, number=d.tc_kimlik_no) if d.tc_kimlik_no else name
    )
    staff = name_of(record.assigned_to) if record.assigned_to else ""
    told = (_t("report.forms.declaration", who=who, centre=centre_name), False)
    rights = (
        (_t("report.forms.rights_withdraw"), True),
        (_t("report.forms.rights_access"), True),
    )
    sections = (
        (_t("report.forms.section_declaration"), (told,)),
        (_t("report.forms.section_purposes"), consent_lines(view.consents)),
        (_t("report.forms.section_rights"), rights),
    )
    return FormContent(
        "consent_form",
        CONSENT_FORM_TITLE,
        centre_name,
        record.case_number,
        ((_t("report.case_number"), record.case_number), (_t("report.full_name"), name)),
        sections,
        (
            _t("report.forms.client_signature", name=name),
            _t("report.forms.interviewer_signature", name=staff),
        ),
        day,
    )


# ----------------------------------------------------------------- the PDF


def _p(text: str, style: Any) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


@official_document
def render_form_pdf(content: FormContent) -> bytes:
    """The form as an A4 PDF with embedded DejaVu fonts (ş ğ ı İ drawn, not boxes)."""
    styles = paragraph_styles()
    body, heading, small = styles["body"], styles["heading"], styles["small"]
    facts = Table(
        [[_p(k, body), _p(v, body)] for k, v in content.facts],
        colWidths=[45 * mm, "*"],
        hAlign="LEFT",
    )
    facts.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    story: list[Any] = [
        _p(content.centre_name, small),
        _p(content.title, styles["title"]),
        facts,
    ]
    for title, lines in content.sections:
        story.append(_p(title, heading))
        story += [_p(text, small if is_small else body) for text, is_small in lines]
    story.append(Spacer(0, 10 * mm))
    boxes = Table(
        [[_p(caption, body) for caption in content.signatures]],
        colWidths=["*"] * len(content.signatures),
        rowHeights=[32 * mm],
    )
    boxes.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.6, "black"),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, "black"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(boxes)

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - _MARGIN / 2, content.marking)
        canvas.drawCentredString(A4[0] / 2, _MARGIN / 2, content.marking)
        canvas.setFont(FONT, 8)
        canvas.drawRightString(
            A4[0] - _MARGIN,
            _MARGIN / 2,
            f"{content.case_number} · {format_day(content.day)} · "
            + _t("report.page", page=doc.page),
        )
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        # The PDF's own title names the form and the number, never her.
        title=f"{content.title} {content.case_number}",
        author="",
        creator="KDM Desktop",
        initialFontName=FONT,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
