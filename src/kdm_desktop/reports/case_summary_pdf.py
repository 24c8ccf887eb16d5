"""The case summary for the paper file: who, since when, consents, services, notes.

It is built from a `CaseView` the service already filtered for the reader's role
(psychologists' session notes only for psychologists) and goes through
`shareable_record`, so a confidential address is never printed.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kdm_desktop.document_language import official_document
from kdm_desktop.domain.cases.choices import CaseStatus, label_or_not_stated
from kdm_desktop.domain.cases.records import CaseView, shareable_record
from kdm_desktop.domain.cases.status import status_text
from kdm_desktop.domain.dates import format_day, format_turkish_date
from kdm_desktop.domain.perpetrator import Perpetrator
from kdm_desktop.reports.fonts import FONT, FONT_BOLD, paragraph_styles
from kdm_desktop.reports.wording import official as _t

__all__ = ["MARKING", "TITLE", "SummaryContent", "render_case_summary", "summary_content"]

_MARGIN = 22 * mm


def _p(text: str, style: Any) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _grid(rows: list[list[Any]], widths: list[Any]) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=0)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


@dataclass(frozen=True)
class SummaryContent:
    """What the summary says, for the PDF and the printer alike.

    `sections` are (heading, lines); a line is (text, small) where small lines are
    the meta lines of notes and footnotes.
    """

    centre_name: str
    case_number: str
    facts: tuple[tuple[str, str], ...]
    sections: tuple[tuple[str, tuple[tuple[str, bool], ...]], ...]
    day: datetime.date


# The summary belongs to the paper case file, an official record: Turkish
# (reports/wording.py).
MARKING = _t("report.confidential")
TITLE = _t("report.summary.title")


def _perpetrator_lines(perpetrators: Sequence[Perpetrator]) -> tuple[tuple[str, bool], ...]:
    """Staff need to know whom she fears: relation, name (if she gave it), weapon
    access. Age band, prior orders and shared children stay in the case view; his
    note never leaves it (minimum data on paper)."""
    lines: list[tuple[str, bool]] = []
    for index, p in enumerate(perpetrators):
        primary = index == 0 and len(perpetrators) > 1
        line = _t(
            "perp.paper.summary_line",
            relation=p.relation.label if p.relation else _t("perp.paper.no_relation"),
            name=f" — {p.name}" if p.name else "",
            primary=_t("perp.paper.primary") if primary else "",
            weapon=p.weapon_access.label if p.weapon_access else _t("perp.paper.not_stated"),
        )
        lines.append((line, False))
    return tuple(lines)


@official_document
def summary_content(
    view: CaseView,
    centre_name: str,
    day: datetime.date,
    perpetrators: Sequence[Perpetrator] = (),
) -> SummaryContent:
    record = shareable_record(view.record)
    d = record.draft
    facts = [
        (_t("report.case_number"), record.case_number),
        (_t("report.full_name"), record.display_name),
        (_t("report.summary.status"), status_text(record.status, record.closure_reason)),
        (
            _t("report.application_date"),
            format_day(d.application_date) if d.application_date else "-",
        ),
        (_t("report.application_channel"), label_or_not_stated(d.channel)),
        (_t("report.responsible_staff"), record.assigned_to or "-"),
    ]
    if record.status == CaseStatus.CLOSED and record.closure_reason is not None:
        facts.append((_t("report.closure_reason"), record.closure_reason.label))
    handover = view.handover
    if handover is not None and handover.handed_to_code:
        facts.append(
            (
                _t("report.summary.handed_to"),
                f"{handover.handed_to_code} — {handover.handed_to_name or ''}".rstrip(" —"),
            )
        )
        facts.append(
            (
                _t("report.summary.handed_on"),
                format_day(datetime.date.fromisoformat(handover.changed_at[:10])),
            )
        )
    if d.address_confidential:
        facts.append((_t("report.summary.address"), _t("report.address_hidden")))
    elif d.district:
        facts.append((_t("report.district"), d.district))
    sections: list[tuple[str, tuple[tuple[str, bool], ...]]] = []
    if d.reason:
        sections.append((_t("report.application_reason"), ((d.reason, False),)))
    consents = [
        (
            f"• {c.label} — {format_day(c.granted_on)}, "
            + (
                _t("report.consent_valid")
                if c.withdrawn_on is None
                else _t("report.summary.withdrawn_on", date=format_day(c.withdrawn_on))
            ),
            False,
        )
        for c in view.consents
    ]
    if perpetrators:
        sections.append((_t("perp.paper.heading"), _perpetrator_lines(perpetrators)))
    sections.append((_t("report.consents"), tuple(consents or [(_t("report.no_consents"), False)])))
    if len(view.status_history) > 1:
        # Reopening keeps the closure it undid: the paper file shows the whole story.
        sections.append((_t("report.summary.history"), tuple(history_lines(view))))
    if view.services:
        sections.append(
            (
                _t("report.services"),
                tuple(
                    (f"• {format_day(s.date)} — {s.kind.label} ({s.staff})", False)
                    for s in view.services
                ),
            )
        )
    notes: list[tuple[str, bool]] = []
    for n in view.notes:
        written = format_day(datetime.date.fromisoformat(n.created_at[:10]))
        notes += [(f"{written} · {n.kind.label} · {n.created_by}", True), (n.text, False)]
    if not view.notes:
        notes.append((_t("report.no_notes"), False))
    if view.hidden_note_count:
        notes.append((_t("report.summary.hidden_notes", count=view.hidden_note_count), True))
    sections.append((_t("report.notes"), tuple(notes)))
    return SummaryContent(centre_name, record.case_number, tuple(facts), tuple(sections), day)


def history_lines(view: CaseView) -> list[tuple[str, bool]]:
    """The status history in words ("• 5 Aralık 2026 — Kapalı (…): note"), for the
    summary and for her copy of her own data."""
    lines: list[tuple[str, bool]] = []
    for h in view.status_history:
        text = f"• {format_day(datetime.date.fromisoformat(h.changed_at[:10]))} — "
        text += status_text(h.status, h.closure_reason, h.handed_to_code)
        if h.closure_reason is not None and h.closure_reason.label not in text:
            text += f" ({h.closure_reason.label})"
        if h.note and not h.handed_to_code:
            text += f": {h.note}"
        lines.append((text, False))
    return lines


@official_document
def render_case_summary(
    view: CaseView,
    centre_name: str,
    day: datetime.date,
    perpetrators: Sequence[Perpetrator] = (),
) -> bytes:
    content = summary_content(view, centre_name, day, perpetrators)
    styles = paragraph_styles()
    body, heading, small = styles["body"], styles["heading"], styles["small"]
    story: list[Any] = [
        _p(content.centre_name, small),
        _p(TITLE, styles["title"]),
        _grid([[_p(k, body), _p(v, body)] for k, v in content.facts], [45 * mm, "*"]),
    ]
    for title, lines in content.sections:
        story.append(_p(title, heading))
        story += [_p(text, small if is_small else body) for text, is_small in lines]
    story.append(Spacer(0, 4 * mm))

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawCentredString(A4[0] / 2, _MARGIN, MARKING)
        canvas.setFont(FONT, 8)
        canvas.drawRightString(
            A4[0] - _MARGIN,
            _MARGIN,
            f"{format_turkish_date(day)} · " + _t("report.page", page=doc.page),
        )
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN + 8 * mm,
        title=f"{TITLE} {content.case_number}",
        author="",
        creator="KDM Desktop",
        initialFontName=FONT,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
