"""The printable recovery-key sheet handed to the centre when a case file is created.

The key is shown to the user exactly once; this sheet is the only lasting copy,
so it must be legible on paper, unambiguous to type back in, and say plainly
how dangerous it is.
"""

from __future__ import annotations

import datetime
import io
import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
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

from kdm_desktop.reports.fonts import FONT, FONT_BOLD, FONT_MONO, paragraph_styles
from kdm_desktop.reports.wording import internal as _t
from kdm_desktop.reports.wording import internal_datetime

__all__ = [
    "KEY_GROUPS_PER_LINE",
    "format_key_lines",
    "recovery_sheet_filename",
    "render_recovery_sheet",
]

KEY_GROUPS_PER_LINE = 4

_MARGIN = 22 * mm
# The footer is drawn on the bottom margin line so that it, too, keeps the full
# margin (printers clip near the edge); the text frame ends this far above it.
_FOOTER_GAP = 8 * mm
_KEY_FONT_SIZE = 20
# The sheet is for the centre's administrator: it speaks the user's language
# (reports/wording.py).

# Centre codes end up in a file name; anything beyond letters, digits, "_" and
# "-" (path separators, "..", control characters) must never get that far.
_CENTRE_CODE_RE = re.compile(r"[^\W][\w-]*")


def recovery_sheet_filename(centre_code: str, created: datetime.date) -> str:
    """Return e.g. ``"kurtarma-anahtari-NRL-2026-11-25.pdf"``.

    The fixed part is ASCII so the name survives FAT32 USB sticks and old
    Windows tools; only the validated centre code is taken from the caller.
    """
    if not _CENTRE_CODE_RE.fullmatch(centre_code):
        raise ValueError(f"geçersiz merkez kodu: {centre_code!r}")
    # Built by hand because strftime("%Y") is not zero-padded on every platform.
    day = f"{created.year:04d}-{created.month:02d}-{created.day:02d}"
    return f"kurtarma-anahtari-{centre_code}-{day}.pdf"


def format_key_lines(recovery_key: str) -> list[str]:
    """Split the key into printed lines of at most four groups.

    Every line but the last keeps its trailing hyphen, so reading the lines one
    after another reproduces the key exactly as the program expects it.
    """
    groups = [group.strip() for group in recovery_key.strip().split("-")]
    if not groups or any(not group for group in groups):
        raise ValueError("kurtarma anahtarı boş veya hatalı biçimlendirilmiş")
    lines = [
        "-".join(groups[start : start + KEY_GROUPS_PER_LINE])
        for start in range(0, len(groups), KEY_GROUPS_PER_LINE)
    ]
    return [line + "-" for line in lines[:-1]] + lines[-1:]


def _key_table(recovery_key: str) -> Table:
    lines = format_key_lines(recovery_key)
    table = Table([[line] for line in lines], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_MONO),
                ("FONTSIZE", (0, 0), (-1, -1), _KEY_FONT_SIZE),
                ("LEADING", (0, 0), (-1, -1), _KEY_FONT_SIZE * 1.3),
                # Left-aligned so the short last line starts under the others
                # and the reading order stays obvious.
                ("ALIGN", (0, 0), (-1, -1), "LEFT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 5 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5 * mm),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
            ]
        )
    )
    return table


def _details_table(
    centre_name: str,
    centre_code: str,
    created: datetime.datetime,
    styles: dict[str, ParagraphStyle],
) -> Table:
    label = ParagraphStyle("KDMLabel", parent=styles["body"], fontName=FONT_BOLD, spaceAfter=0)
    value = ParagraphStyle("KDMValue", parent=styles["body"], spaceAfter=0)
    rows = [
        (_t("report.recovery.centre"), centre_name),
        (_t("report.recovery.centre_code"), centre_code),
        (_t("report.recovery.created"), internal_datetime(created)),
    ]
    table = Table(
        [[Paragraph(escape(k), label), Paragraph(escape(v), value)] for k, v in rows],
        # "*" takes whatever the frame leaves, so long centre names wrap
        # inside the margins instead of running past them.
        colWidths=[46 * mm, "*"],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                # Table cells default to Helvetica even when every cell holds a
                # Paragraph; naming the font keeps base-14 references out.
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _bullets(items: list[str], style: ParagraphStyle) -> ListFlowable:
    return ListFlowable(
        [ListItem(Paragraph(text, style), leftIndent=12) for text in items],
        bulletType="bullet",
        bulletFontName=FONT,
        bulletFontSize=style.fontSize,
        start="•",
        leftIndent=12,
    )


def _draw_footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawCentredString(
        A4[0] / 2,
        _MARGIN,
        _t("report.recovery.footer"),
    )
    canvas.restoreState()


def render_recovery_sheet(
    *,
    centre_name: str,
    centre_code: str,
    recovery_key: str,
    created: datetime.datetime,
) -> bytes:
    """Render the one-page A4 recovery sheet and return the PDF bytes.

    Nothing is written to disk here; pass the result to
    :func:`kdm_desktop.reports.pdfout.write_bytes_atomically` or to a printer.
    """
    styles = paragraph_styles()
    body = styles["body"]
    heading = styles["heading"]
    title = ParagraphStyle("KDMSheetTitle", parent=styles["title"], alignment=TA_CENTER)
    warning = ParagraphStyle("KDMWarning", parent=body, fontName=FONT_BOLD, spaceAfter=0)

    story = [
        Paragraph(_t("report.recovery.title"), title),
        Spacer(0, 2 * mm),
        _details_table(centre_name, centre_code, created, styles),
        Spacer(0, 6 * mm),
        KeepTogether(
            [
                Paragraph(_t("report.recovery.key_heading"), heading),
                Spacer(0, 1 * mm),
                _key_table(recovery_key),
            ]
        ),
        Spacer(0, 6 * mm),
        Paragraph(_t("report.recovery.what_heading"), heading),
        Paragraph(_t("report.recovery.what_text"), body),
        Paragraph(_t("report.recovery.keep_heading"), heading),
        _bullets(
            [
                _t("report.recovery.keep_locked"),
                _t("report.recovery.keep_no_photo"),
                _t("report.recovery.keep_offline"),
            ],
            body,
        ),
        Spacer(0, 5 * mm),
        _warning_box(
            [
                _t("report.recovery.warning_anyone"),
                _t("report.recovery.warning_once"),
            ],
            title_style=ParagraphStyle(
                "KDMWarningTitle", parent=heading, spaceBefore=0, spaceAfter=0
            ),
            text_style=warning,
        ),
    ]

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN + _FOOTER_GAP,
        title=_t("report.recovery.title"),
        author="",
        subject="",
        creator="KDM Desktop",
        # The canvas otherwise starts every page with Helvetica selected, which
        # puts a base-14 font reference into the file even if it is never drawn.
        initialFontName=FONT,
    )
    doc.build(story, onFirstPage=_draw_footer, onLaterPages=_draw_footer)
    return buffer.getvalue()


def _warning_box(
    lines: list[str], *, title_style: ParagraphStyle, text_style: ParagraphStyle
) -> Table:
    table = Table(
        [
            [Paragraph(_t("report.recovery.warning"), title_style)],
            *[[Paragraph(escape(text), text_style)] for text in lines],
        ],
        colWidths=["100%"],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F2F2")),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
            ]
        )
    )
    return table
