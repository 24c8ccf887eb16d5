"""The printed safety plan she can keep or hide: short, plain, A4.

What is on the page is only `printable_sections(plan)` (emergency numbers first,
her ticked steps and notes, the review date) and, unless she asked for a
neutral sheet, the centre's name. Nothing else of the case is passed in, so
her name, address or case number cannot reach the paper from here.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kdm_desktop.document_language import official_document
from kdm_desktop.domain.protection.safety_plan import (
    EmergencyNumber,
    SafetyPlan,
    printable_sections,
)
from kdm_desktop.reports.fonts import FONT, FONT_BOLD, paragraph_styles
from kdm_desktop.reports.wording import official

__all__ = ["TITLE", "render_safety_plan"]

# Her own sheet: Turkish (reports/wording.py).
TITLE = official("report.plan.title")
_MARGIN = 18 * mm


def _bullets(lines: list[str], style: ParagraphStyle) -> ListFlowable:
    return ListFlowable(
        [ListItem(Paragraph(escape(line), style), leftIndent=12) for line in lines],
        bulletType="bullet",
        bulletFontName=FONT,
        bulletFontSize=style.fontSize,
        start="•",
        leftIndent=12,
    )


def _numbers_box(title: str, lines: list[str], styles: dict[str, ParagraphStyle]) -> Table:
    big = ParagraphStyle("KDMPlanNumber", parent=styles["body"], fontName=FONT_BOLD, fontSize=13,
                         leading=18, spaceAfter=0)  # fmt: skip
    table = Table(
        [
            [Paragraph(escape(title), styles["heading"])],
            *[[Paragraph(escape(x), big)] for x in lines],
        ],
        colWidths=["*"],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
            ]
        )
    )
    return table


@official_document
def render_safety_plan(
    plan: SafetyPlan,
    *,
    centre_name: str = "",
    numbers: Sequence[EmergencyNumber] | None = None,
) -> bytes:
    """The plan as PDF bytes. Pass ``centre_name=""`` for a neutral sheet; ``numbers``
    is the centre's list of emergency numbers (the template's when None)."""
    styles = paragraph_styles()
    body, heading = styles["body"], styles["heading"]
    story: list[object] = []
    if centre_name and not plan.hide_logo:
        story.append(Paragraph(escape(centre_name), styles["small"]))
    story.append(Paragraph(TITLE, styles["title"]))
    sections = printable_sections(plan, numbers)
    if sections:
        first_title, first_lines = sections[0]
        story += [_numbers_box(first_title, first_lines, styles), Spacer(0, 4 * mm)]
    for title, lines in sections[1:]:
        story.append(KeepTogether([Paragraph(escape(title), heading), _bullets(lines, body)]))

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        # Neutral metadata: the file's properties must not name the centre either.
        title=TITLE,
        author="",
        subject="",
        creator="",
        producer="",
        initialFontName=FONT,
    )
    doc.build(story)
    return buffer.getvalue()
