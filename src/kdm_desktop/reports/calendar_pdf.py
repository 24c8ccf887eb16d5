"""Printed calendar lists: the day list for the desk and one staff member's week.

Paper lies on desks and in bags, so rows carry initials and case numbers only (the
service passes labels built with ``printed=True``), never names or notes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kdm_desktop.domain.calendar import Holiday
from kdm_desktop.domain.dates import format_turkish_date
from kdm_desktop.reports.fonts import FONT, FONT_BOLD, paragraph_styles

__all__ = ["FOOTER", "PrintRow", "holiday_lines", "render_day_list", "render_staff_week"]

_MARGIN = 15 * mm
FOOTER = "GİZLİ — yalnızca baş harfler ve dosya numaraları; işiniz bitince imha edin."


@dataclass(frozen=True)
class PrintRow:
    start: dt.datetime
    end: dt.datetime
    staff: str
    room: str
    label: str
    status: str
    interpreter: bool = False


def _footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.setFillColor(colors.HexColor("#444444"))
    width = doc.pagesize[0]
    canvas.drawString(_MARGIN, _MARGIN / 2, FOOTER)
    canvas.drawRightString(width - _MARGIN, _MARGIN / 2, f"Sayfa {doc.page}")
    canvas.restoreState()


def holiday_lines(holidays: Sequence[Holiday]) -> list[str]:
    out = []
    for h in holidays:
        if h.half_day:
            text = f"{h.occasion_tr} (yarım gün: 13.00'ten sonra tatil)"
        else:
            text = f"{h.name_tr} ({'merkez kapalı' if h.centre else 'resmî tatil'})"
        out.append(f"{format_turkish_date(h.date)}: {text}")
    return out


def _title_style() -> ParagraphStyle:
    return ParagraphStyle(
        "KDMCalTitle", parent=paragraph_styles()["title"], fontSize=16, leading=21
    )


def _table(rows: Sequence[PrintRow], *, with_date: bool, with_staff: bool) -> Table:
    styles = paragraph_styles()
    cell = styles["small"]
    head = ["Tarih"] if with_date else []
    head += ["Saat"]
    head += ["Görevli"] if with_staff else []
    head += ["Oda", "Randevu", "Durum"]
    data: list[list[object]] = [[*head]]
    for r in rows:
        line: list[object] = [f"{r.start:%d.%m}"] if with_date else []
        line.append(f"{r.start:%H:%M}–{r.end:%H:%M}")
        if with_staff:
            line.append(Paragraph(escape(r.staff), cell))
        label = r.label + (" · tercüman" if r.interpreter else "")
        line += [Paragraph(escape(r.room), cell), Paragraph(escape(label), cell), r.status]
        data.append(line)
    if len(data) == 1:
        data.append(["—"] * len(head))
    widths: list[float | str] = [18 * mm] if with_date else []
    widths.append(26 * mm)
    widths += [38 * mm] if with_staff else []
    widths += [26 * mm, "*", 24 * mm]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#999999")),
            ]
        )
    )
    return table


def _build(story: list[object], pagesize: tuple[float, float], title: str) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=pagesize,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        title=title,
        author="KDM Desktop",
        initialFontName=FONT,
    )
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
    return buf.getvalue()


def render_day_list(
    day: dt.date, rows: Sequence[PrintRow], centre_name: str, holidays: Sequence[Holiday] = ()
) -> bytes:
    styles = paragraph_styles()
    story: list[object] = [
        Paragraph(escape(centre_name), styles["small"]),
        Paragraph(escape(f"Günün randevuları — {format_turkish_date(day)}"), _title_style()),
    ]
    story += [Paragraph(escape(line), styles["body"]) for line in holiday_lines(holidays)]
    story += [Spacer(0, 3 * mm), _table(rows, with_date=False, with_staff=True)]
    return _build(story, A4, "Günün randevuları")


def render_staff_week(
    staff_name: str,
    monday: dt.date,
    rows: Sequence[PrintRow],
    centre_name: str,
    holidays: Sequence[Holiday] = (),
) -> bytes:
    styles = paragraph_styles()
    sunday = monday + dt.timedelta(days=6)
    title = f"Haftalık randevular — {staff_name}"
    story: list[object] = [
        Paragraph(escape(centre_name), styles["small"]),
        Paragraph(escape(title), _title_style()),
        Paragraph(
            escape(f"{format_turkish_date(monday)} – {format_turkish_date(sunday)}"),
            styles["body"],
        ),
    ]
    story += [Paragraph(escape(line), styles["body"]) for line in holiday_lines(holidays)]
    story += [Spacer(0, 3 * mm), _table(rows, with_date=True, with_staff=False)]
    return _build(story, landscape(A4), "Haftalık randevular")
