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
from kdm_desktop.reports.fonts import FONT, FONT_BOLD, paragraph_styles
from kdm_desktop.reports.wording import internal as _t
from kdm_desktop.reports.wording import internal_date

__all__ = [
    "PrintRow",
    "day_cells",
    "footer_text",
    "holiday_lines",
    "render_day_list",
    "render_staff_week",
    "table_head",
]

_MARGIN = 15 * mm
# The lists stay on the centre's desks: they speak the user's language
# (reports/wording.py); holiday names are Turkish names of Turkish holidays.


def footer_text() -> str:
    return _t("report.calendar.footer")


def table_head(*, with_date: bool, with_staff: bool) -> list[str]:
    head = [_t("report.calendar.col_date")] if with_date else []
    head += [_t("report.calendar.col_time")]
    head += [_t("report.calendar.col_staff")] if with_staff else []
    head += [
        _t("report.calendar.col_room"),
        _t("report.calendar.col_appointment"),
        _t("report.calendar.col_status"),
    ]
    return head


def day_cells(rows: Sequence[PrintRow]) -> list[str]:
    """The week list's date column: each day once, on its first row, as a day heading reads
    ("8 Aralık 2026 Salı" / "Tuesday 8 December 2026"), never "08.12"."""
    out: list[str] = []
    previous: dt.date | None = None
    for r in rows:
        day = r.start.date()
        out.append(internal_date(day) if day != previous else "")
        previous = day
    return out


def appointment_label(row: PrintRow) -> str:
    return row.label + (_t("report.calendar.interpreter") if row.interpreter else "")


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
    canvas.drawString(_MARGIN, _MARGIN / 2, footer_text())
    canvas.drawRightString(width - _MARGIN, _MARGIN / 2, _t("report.page", page=doc.page))
    canvas.restoreState()


def holiday_lines(holidays: Sequence[Holiday]) -> list[str]:
    out = []
    for h in holidays:
        if h.half_day:
            text = _t("report.calendar.half_day", occasion=h.occasion_tr)
        else:
            kind = _t(
                "report.calendar.centre_closed" if h.centre else "report.calendar.public_holiday"
            )
            text = f"{h.name_tr} ({kind})"
        out.append(f"{internal_date(h.date)}: {text}")
    return out


def _title_style() -> ParagraphStyle:
    return ParagraphStyle(
        "KDMCalTitle", parent=paragraph_styles()["title"], fontSize=16, leading=21
    )


def _table(rows: Sequence[PrintRow], *, with_date: bool, with_staff: bool) -> Table:
    styles = paragraph_styles()
    cell = styles["small"]
    head = table_head(with_date=with_date, with_staff=with_staff)
    data: list[list[object]] = [[*head]]
    days = day_cells(rows)
    for r, day in zip(rows, days, strict=True):
        line: list[object] = [Paragraph(escape(day), cell)] if with_date else []
        line.append(f"{r.start:%H:%M}–{r.end:%H:%M}")
        if with_staff:
            line.append(Paragraph(escape(r.staff), cell))
        label = appointment_label(r)
        line += [Paragraph(escape(r.room), cell), Paragraph(escape(label), cell), r.status]
        data.append(line)
    if len(data) == 1:
        data.append(["—"] * len(head))
    widths: list[float | str] = [50 * mm] if with_date else []
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
        Paragraph(
            escape(_t("report.calendar.day_heading", date=internal_date(day))), _title_style()
        ),
    ]
    story += [Paragraph(escape(line), styles["body"]) for line in holiday_lines(holidays)]
    story += [Spacer(0, 3 * mm), _table(rows, with_date=False, with_staff=True)]
    return _build(story, A4, _t("report.calendar.day_title"))


def render_staff_week(
    staff_name: str,
    monday: dt.date,
    rows: Sequence[PrintRow],
    centre_name: str,
    holidays: Sequence[Holiday] = (),
) -> bytes:
    styles = paragraph_styles()
    sunday = monday + dt.timedelta(days=6)
    title = _t("report.calendar.week_heading", staff=staff_name)
    story: list[object] = [
        Paragraph(escape(centre_name), styles["small"]),
        Paragraph(escape(title), _title_style()),
        Paragraph(
            escape(f"{internal_date(monday)} – {internal_date(sunday)}"),
            styles["body"],
        ),
    ]
    story += [Paragraph(escape(line), styles["body"]) for line in holiday_lines(holidays)]
    story += [Spacer(0, 3 * mm), _table(rows, with_date=True, with_staff=False)]
    return _build(story, landscape(A4), _t("report.calendar.week_title"))
