"""A referral letter (sevk yazısı) as an A4 PDF in the shape of Turkish official mail.

Letterhead (T.C., the municipality, the centre), Sayı and Tarih on one line, Konu,
the addressee (MAKAMINA style), İlgi, the body, the signature on the right, Ek and
Dağıtım, and the centre's address and contact at the foot of the last page; the
GİZLİ / KİŞİYE ÖZEL marking at the top and bottom of every page. Built in memory
from a `LetterContent`, the same object the on-screen preview shows; the letterhead,
"Ek:" and foot lines come from domain/letters/letterhead.py, as the printed HTML's do.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
    TopPadder,
)

from kdm_desktop.document_language import official_document
from kdm_desktop.domain.letters.content import LetterContent, format_letter_date
from kdm_desktop.domain.letters.letterhead import ATTACHMENTS_LABEL, attachment_lines, letterhead
from kdm_desktop.reports.fonts import FONT, FONT_BOLD, paragraph_styles
from kdm_desktop.reports.wording import official as _t

# A referral letter is official correspondence to a Turkish authority: Turkish
# whatever the window speaks (reports/wording.py).

__all__ = ["MARGIN_MM", "render_letter"]

MARGIN_MM = 22
_MARGIN = MARGIN_MM * mm
# The marking sits on the margin line; the text frame keeps this gap from it.
_MARK_GAP = 9 * mm
_LOGO_MAX = 22 * mm


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _styles() -> dict[str, ParagraphStyle]:
    base = paragraph_styles()
    body = ParagraphStyle("LetterBody", parent=base["body"], fontSize=11, leading=16)
    return {
        "body": ParagraphStyle(
            "LetterText", parent=body, alignment=TA_JUSTIFY, firstLineIndent=12 * mm, spaceAfter=6
        ),
        "plain": ParagraphStyle("LetterPlain", parent=body, spaceAfter=0),
        "head": ParagraphStyle(
            "LetterHead", parent=body, fontName=FONT_BOLD, alignment=TA_CENTER, spaceAfter=0
        ),
        "right": ParagraphStyle("LetterRight", parent=body, alignment=TA_RIGHT, spaceAfter=0),
        "addressee": ParagraphStyle(
            "LetterAddressee",
            parent=body,
            fontName=FONT_BOLD,
            alignment=TA_CENTER,
            spaceBefore=6,
            spaceAfter=6,
        ),
        "sign": ParagraphStyle("LetterSign", parent=body, alignment=TA_CENTER, spaceAfter=0),
        "sign_bold": ParagraphStyle(
            "LetterSignBold", parent=body, fontName=FONT_BOLD, alignment=TA_CENTER, spaceAfter=0
        ),
        "small": ParagraphStyle("LetterSmall", parent=body, fontSize=9, leading=12, spaceAfter=0),
        # The foot's contact lines: 8 pt, as small as the rules allow them.
        "foot": ParagraphStyle("LetterFoot", parent=body, fontSize=8, leading=10, spaceAfter=0),
        "label": ParagraphStyle("LetterLabel", parent=body, fontName=FONT_BOLD, spaceAfter=0),
    }


def _table(rows: list[list[Any]], widths: list[Any], extra: list[Any] | None = None) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                # Without this reportlab references Helvetica (no ş, ğ, ı glyphs).
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                *(extra or []),
            ]
        )
    )
    return table


def _logo(data: bytes | None) -> Flowable | None:
    if not data:
        return None
    reader = ImageReader(io.BytesIO(data))
    w, h = reader.getSize()
    scale = min(_LOGO_MAX / w, _LOGO_MAX / h)
    return Image(io.BytesIO(data), width=w * scale, height=h * scale)


def _letterhead(c: LetterContent, s: dict[str, ParagraphStyle]) -> Table:
    text = [_p(x, s["head"]) for x in letterhead(c).heading]
    logo = _logo(c.logo)
    side = _LOGO_MAX + 2 * mm
    # The logo column is kept on both sides so the centre's name stays centred.
    return _table(
        [[logo or "", text, ""]],
        [side, "*", side],
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
        ],
    )


def _foot(c: LetterContent, s: dict[str, ParagraphStyle]) -> Flowable | None:
    """The centre's address and contact at the foot of the page the letter ends on, as
    official letters have them, under a rule. One cell, so it is never split: lines
    that do not fit under the letter go whole to the foot of a new page."""
    lines = letterhead(c).footer
    if not lines:
        return None
    cell = [_p(x, s["foot"]) for x in lines]
    table = _table(
        [[cell]],
        ["*"],
        [
            ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black),
            ("TOPPADDING", (0, 0), (-1, 0), 2 * mm),
        ],
    )
    return TopPadder(table)


def _labelled(label: str, value: str, s: dict[str, ParagraphStyle]) -> list[object]:
    return [_p(label, s["label"]), _p(value, s["plain"])]


def _story(c: LetterContent) -> list[Flowable]:
    s = _styles()
    head = _table(
        [
            [
                _p(_t("report.letter.number"), s["label"]),
                _p(": " + c.number, s["plain"]),
                _p(format_letter_date(c.date), s["right"]),
            ],
            [_p(_t("report.letter.subject"), s["label"]), _p(": " + c.subject, s["plain"]), ""],
        ],
        [16 * mm, "*", 35 * mm],
    )
    story: list[Flowable] = [_letterhead(c, s), Spacer(0, 5 * mm), head, Spacer(0, 8 * mm)]
    story.append(_p(c.addressee, s["addressee"]))
    if c.reference:
        story += [
            Spacer(0, 2 * mm),
            _table(
                [
                    [
                        _p(_t("report.letter.reference"), s["label"]),
                        _p(": " + c.reference, s["plain"]),
                    ]
                ],
                [16 * mm, "*"],
            ),
        ]
    story.append(Spacer(0, 5 * mm))
    story += [_p(par, s["body"]) for par in c.body]
    sign = [_p(c.signature_name, s["sign_bold"]), _p(c.signature_title, s["sign"])]
    story.append(
        KeepTogether(
            [
                Spacer(0, 10 * mm),
                _table([["", sign]], ["*", 70 * mm]),
            ]
        )
    )
    tail: list[Flowable] = []
    if c.attachments:
        first, *rest = attachment_lines(c.attachments)
        item = first.removeprefix(ATTACHMENTS_LABEL)
        ek = f"<b>{escape(ATTACHMENTS_LABEL)}</b>{escape(item)}"
        tail += [Paragraph(ek, s["plain"]), *([_p("\n".join(rest), s["plain"])] if rest else [])]
        tail.append(Spacer(0, 3 * mm))
    if c.distribution:
        tail += [
            _p(_t("report.letter.distribution"), s["label"]),
            _p("\n".join(c.distribution), s["plain"]),
        ]
    if c.prepared_by:
        tail.append(Spacer(0, 3 * mm))
        tail.append(_p(_t("report.letter.prepared_by", name=c.prepared_by), s["small"]))
    if tail:
        story.append(KeepTogether([Spacer(0, 8 * mm), *tail]))
    foot = _foot(c, s)
    if foot is not None:
        story += [Spacer(0, 6 * mm), foot]
    return story


@official_document
def render_letter(content: LetterContent) -> bytes:
    """The letter's PDF bytes; nothing touches the disk.

    Laid out twice: pages are numbered "Sayfa 2/3" (page/pages, as official letters
    number them), and the number of pages is known only once the letter is laid out.
    The page numbers are drawn outside the text frame, so both passes break the pages
    alike."""
    if content.number_provisional:
        # Only a number taken in the transaction that stores the letter is printed.
        raise ValueError("a provisional number is never put on paper")
    _, pages = _build(content, total=0)
    pdf, _ = _build(content, total=pages)
    return pdf


def _build(content: LetterContent, *, total: int) -> tuple[bytes, int]:
    width, height = A4
    pages = 0

    def marking(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        nonlocal pages
        pages = doc.page
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 11)
        # Baselines stay inside the margins: printers clip near the paper's edge.
        canvas.drawCentredString(width / 2, height - _MARGIN - 4 * mm, content.marking)
        canvas.drawCentredString(width / 2, _MARGIN, content.marking)
        canvas.setFont(FONT, 8)
        number = _t("report.letter.page", page=doc.page, total=max(total, doc.page))
        canvas.drawRightString(width - _MARGIN, _MARGIN, number)
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=_MARGIN,
        topMargin=_MARGIN + _MARK_GAP,
        bottomMargin=_MARGIN + _MARK_GAP,
        title=_t("report.letter.doc_title", number=content.number),
        author="",
        subject="",
        creator="KDM Desktop",
        initialFontName=FONT,
        # Same letter, same bytes: the stored copy is what a reprint returns anyway,
        # but a fixed date keeps tests and diffs meaningful.
        invariant=True,
    )
    doc.build(_story(content), onFirstPage=marking, onLaterPages=marking)
    return buffer.getvalue(), pages
