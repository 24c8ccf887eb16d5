"""Small shared pieces of the retention PDFs: paragraphs, grids, the footer.

Both users (the destruction minutes, her copy of her data) are official documents:
the footer is Turkish whatever the screen's language (`reports.wording.official`).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from kdm_desktop.domain.retention.due import short_date
from kdm_desktop.reports.fonts import FONT, FONT_BOLD
from kdm_desktop.reports.wording import official

MARGIN = 20 * mm


def p(text: str, style: Any) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def grid(
    rows: list[list[Any]],
    widths: list[Any],
    *,
    header: bool = False,
    heights: list[Any] | None = None,
) -> Table:
    table = Table(
        rows, colWidths=widths, rowHeights=heights, hAlign="LEFT", repeatRows=1 if header else 0
    )
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")))
    table.setStyle(TableStyle(style))
    return table


def footer(marking: str, day: datetime.date) -> Callable[[Canvas, SimpleDocTemplate], None]:
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawCentredString(A4[0] / 2, MARGIN - 6 * mm, marking)
        canvas.setFont(FONT, 8)
        canvas.drawRightString(
            A4[0] - MARGIN,
            MARGIN - 6 * mm,
            f"{short_date(day)} · " + official("report.page", page=doc.page),
        )
        canvas.restoreState()

    return draw


def document(buffer: Any, title: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author="",
        creator="KDM Desktop",
        initialFontName=FONT,
    )
