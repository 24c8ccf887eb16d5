"""The case summary for the paper file: who, since when, consents, services, notes.

It is built from a `CaseView` the service already filtered for the reader's role
(psychologists' session notes only for psychologists) and goes through
`shareable_record`, so a confidential address is never printed.
"""

from __future__ import annotations

import datetime
import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kdm_desktop.domain.cases.choices import label_or_not_stated
from kdm_desktop.domain.cases.records import CaseView, shareable_record
from kdm_desktop.domain.dates import format_turkish_date
from kdm_desktop.reports.fonts import FONT, FONT_BOLD, paragraph_styles

__all__ = ["render_case_summary"]

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


def render_case_summary(view: CaseView, centre_name: str, day: datetime.date) -> bytes:
    styles = paragraph_styles()
    body, heading, small = styles["body"], styles["heading"], styles["small"]
    record = shareable_record(view.record)
    d = record.draft
    facts = [
        ("Dosya no", record.case_number),
        ("Ad soyad", record.display_name),
        ("Durum", record.status.label),
        ("Başvuru tarihi", format_turkish_date(d.application_date) if d.application_date else "-"),
        ("Başvuru kanalı", label_or_not_stated(d.channel)),
        ("Sorumlu personel", record.assigned_to or "-"),
    ]
    if d.address_confidential:
        facts.append(("Adres", "Gizli adres — yazdırılmaz"))
    elif d.district:
        facts.append(("İlçe", d.district))
    story: list[Any] = [
        _p(centre_name, small),
        _p("Dosya özeti", styles["title"]),
        _grid([[_p(k, body), _p(v, body)] for k, v in facts], [45 * mm, "*"]),
    ]
    if d.reason:
        story += [_p("Başvuru nedeni", heading), _p(d.reason, body)]
    story.append(_p("Açık rızalar", heading))
    for c in view.consents:
        state = "geçerli" if c.active else f"geri alındı ({c.withdrawn_on})"
        story.append(_p(f"• {c.label} — {c.granted_on.isoformat()}, {state}", body))
    if not view.consents:
        story.append(_p("Kayıtlı açık rıza yok.", body))
    if view.services:
        story.append(_p("Verilen hizmetler", heading))
        for s in view.services:
            story.append(_p(f"• {s.date.isoformat()} — {s.kind.label} ({s.staff})", body))
    story.append(_p("Notlar", heading))
    for n in view.notes:
        story += [
            _p(f"{n.created_at[:10]} · {n.kind.label} · {n.created_by}", small),
            _p(n.text, body),
        ]
    if not view.notes:
        story.append(_p("Not yok.", body))
    if view.hidden_note_count:
        story.append(
            _p(f"Psikolojik görüşme notları bu özete alınmadı ({view.hidden_note_count}).", small)
        )
    story.append(Spacer(0, 4 * mm))

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawCentredString(A4[0] / 2, _MARGIN, "GİZLİ")
        canvas.setFont(FONT, 8)
        canvas.drawRightString(
            A4[0] - _MARGIN, _MARGIN, f"{format_turkish_date(day)} · Sayfa {doc.page}"
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
        title=f"Dosya özeti {record.case_number}",
        author="",
        creator="KDM Desktop",
        initialFontName=FONT,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
