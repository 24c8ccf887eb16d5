"""The province statistics report as an A4 PDF (embedded DejaVu, reportlab charts).

Only published numbers reach the page: every cell comes from `PublishedTable.text`,
so a small count is "<k", a cell hidden to protect it is "×". No name, T.C. number,
phone, address, case number or birth date exists in the report's input.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kdm_desktop.document_language import official_document
from kdm_desktop.domain.dates import format_turkish_date
from kdm_desktop.domain.statistics.publish import PublishedTable
from kdm_desktop.domain.statistics.report import ProvinceReport
from kdm_desktop.domain.statistics.suppression import TOTAL
from kdm_desktop.reports.fonts import FONT, FONT_BOLD, paragraph_styles
from kdm_desktop.reports.pdfout import write_bytes_atomically
from kdm_desktop.reports.statistics_tables import activity_header, needs_header, trend_header
from kdm_desktop.reports.wording import official as _t

_MARGIN = 14 * mm
_ACCENT = colors.HexColor("#5b2a86")
_GRID = colors.HexColor("#bbbbbb")
_HEAD = colors.HexColor("#efe7f6")

# Tables shown as a chart of province totals.
_CHARTS = ("siddet_turu", "yas_grubu", "basvuru_kanali", "hizmet")


def _footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(colors.HexColor("#444444"))
    width = doc.pagesize[0]
    canvas.drawString(
        _MARGIN,
        _MARGIN / 2,
        _t("report.stats.footer", below=doc.kdm_k - 1, k=doc.kdm_k),
    )
    canvas.drawRightString(width - _MARGIN, _MARGIN / 2, _t("report.page", page=doc.page))
    canvas.restoreState()


def _bar_chart(table: PublishedTable, width: float) -> Drawing | None:
    """Province totals of a table; hidden totals are left out of the chart and named."""
    if not table.has_col_totals:
        return None
    labels, values, hidden = [], [], []
    for j, label in enumerate(table.col_labels):
        n = table.number((TOTAL, j))
        if n is None:
            hidden.append(label)
            continue
        if n == 0:
            continue
        labels.append(label if len(label) <= 38 else label[:37] + "…")
        values.append(n)
    if not values:
        return None
    bar_h = 12
    height = bar_h * len(values) + 34
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = 150
    chart.y = 20
    chart.width = width - 190
    chart.height = bar_h * len(values)
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = _ACCENT
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 8
    drawing.add(chart)
    if hidden:
        note = _t("report.stats.chart_hidden") + ", ".join(hidden)
        drawing.add(String(0, 4, note[:120], fontName=FONT, fontSize=6.5))
    return drawing


def _grid_table(
    rows: Sequence[Sequence[object]], col_widths: list[float], font_size: float
) -> Table:
    table = Table(rows, colWidths=col_widths, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 2),
        ("GRID", (0, 0), (-1, -1), 0.3, _GRID),
        ("BACKGROUND", (0, 0), (-1, 0), _HEAD),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]
    table.setStyle(TableStyle(style))
    return table


def _wrap_head(rows: list[list[str]], style: object) -> list[list[object]]:
    head: list[object] = [Paragraph(escape(h), style) for h in rows[0]]
    body: list[list[object]] = [list(r) for r in rows[1:]]
    return [head, *body]


_CHUNK = 8
_CELL_PADDING = 12.0  # reportlab's default 6 pt left and right of a cell


def _header_min_width(text: str, size: float) -> float:
    """The narrowest column whose header wraps only between words (a word cut in
    two, "Belirtilme / di", reads badly and looks broken)."""
    words = text.split() or [""]
    return float(max(stringWidth(w, FONT_BOLD, size) for w in words)) + _CELL_PADDING + 1


def _column_groups(mins: Sequence[float], room: float) -> list[list[int]]:
    """Consecutive column indexes, at most `_CHUNK` and `room` wide per group."""
    groups: list[list[int]] = [[]]
    used = 0.0
    for i, w in enumerate(mins):
        if groups[-1] and (len(groups[-1]) >= _CHUNK or used + w > room):
            groups.append([])
            used = 0.0
        groups[-1].append(i)
        used += w
    return groups


def _district_tables(
    table: PublishedTable, width: float, head_style: ParagraphStyle, small: object
) -> list[object]:
    """The district table, its columns cut into groups that fit A4 portrait; long
    category names get a short header and a legend underneath."""
    rows = table.rows_text()
    ncat = len(table.col_keys)
    legend = []
    heads = []
    for label in rows[0][1 : ncat + 1]:
        if ":" in label and len(label) > 30:
            short, _, rest = label.partition(":")
            heads.append(short)
            legend.append(f"{short}: {rest.strip()}")
        else:
            heads.append(label)
    columns = list(range(1, ncat + 1))
    if table.has_row_totals:
        columns.append(ncat + 1)
    names = [heads[c - 1] if c <= ncat else _t("report.stats.total") for c in columns]
    size = float(head_style.fontSize)
    mins = [max(_header_min_width(n, size), 34.0) for n in names]
    first = 70.0
    groups = _column_groups(mins, width - first)
    if table.has_row_totals and len(groups) > 1 and groups[-1] == [len(columns) - 1]:
        groups[-2].append(groups.pop()[0])  # the total never stands alone
    out: list[object] = []
    for n, group in enumerate(groups):
        cols = [columns[i] for i in group]
        if n:
            continued = _t("report.stats.columns_continued", title=table.table.title)
            out.append(Paragraph(escape(continued), small))
        header = [_t("report.district"), *(names[i] for i in group)]
        body = [[r[0], *(r[c] for c in cols)] for r in rows[1:]]
        spare = max(0.0, width - first - sum(mins[i] for i in group)) / len(group)
        widths = [first] + [mins[i] + spare for i in group]
        data = _wrap_head([header, *body], head_style)
        out.append(_grid_table(data, widths, 6.5))
        out.append(Spacer(1, 4))
    for line in legend:
        out.append(Paragraph(escape(line), small))
    return out


@official_document
def render_report(report: ProvinceReport) -> bytes:
    styles = paragraph_styles()
    small = styles["small"] if "small" in styles else styles["body"]
    head_style = styles["body"].clone("head", fontName=FONT_BOLD, fontSize=6.2, leading=7.5)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        title=_t("report.stats.doc_title", province=report.province),
        author="KDM Desktop",
    )
    doc.kdm_k = report.k
    width = A4[0] - 2 * _MARGIN
    title = report.own_centre or _t("report.stats.province_title", province=report.province)
    story: list[object] = [
        Paragraph(escape(title), styles["title"]),
        Paragraph(
            escape(_t("report.stats.subtitle", period=report.period.label())),
            styles["heading"],
        ),
        Paragraph(
            escape(
                _t(
                    "report.stats.intro",
                    centres=len(report.centres),
                    previous=report.previous.label(),
                    k=report.k,
                    below=report.k - 1,
                )
            ),
            styles["body"],
        ),
        Paragraph(escape(_t("report.stats.group_note", k=report.k)), styles["body"]),
    ]
    # Summary with trend.
    rows = [trend_header()]
    rows += [[t.label, t.current, t.previous, t.change] for t in report.trends]
    story += [
        Paragraph(_t("report.stats.summary_heading"), styles["heading"]),
        _grid_table(rows, [width * 0.55, width * 0.15, width * 0.15, width * 0.15], 8.5),
    ]
    # Centres and missing districts.
    rows = [
        [
            _t("report.stats.code"),
            _t("report.stats.centre"),
            _t("report.district"),
            _t("report.stats.sent"),
        ]
    ]
    for c in report.centres:
        sent = _t(
            "report.stats.sent_own"
            if c.own
            else (
                "report.stats.sent_suppressed" if c.suppressed_only else "report.stats.sent_exact"
            )
        )
        rows.append([c.code, Paragraph(escape(c.name), small), c.district, sent])
    story += [
        Paragraph(_t("report.stats.centres_heading"), styles["heading"]),
        _grid_table(rows, [width * 0.1, width * 0.5, width * 0.18, width * 0.22], 8),
        Spacer(1, 4),
    ]
    if report.own_centre is None:
        story.append(
            Paragraph(
                escape(
                    _t(
                        "report.stats.not_reported",
                        districts=", ".join(report.not_reported)
                        if report.not_reported
                        else _t("report.stats.none"),
                    )
                ),
                styles["body"],
            )
        )
    # Charts of province totals.
    story.append(Paragraph(_t("report.stats.totals_heading"), styles["heading"]))
    for key in _CHARTS:
        table = report.table(key)
        chart = _bar_chart(table, width)
        if chart is not None:
            story.append(
                KeepTogether([Paragraph(escape(table.table.title), styles["body"]), chart])
            )
    # Activities and standards.
    story.append(Paragraph(_t("report.stats.activities_heading"), styles["heading"]))
    if report.activities:
        rows = [activity_header()]
        rows += [[a.label, str(a.sessions), str(a.participants)] for a in report.activities]
        story.append(_grid_table(rows, [width * 0.6, width * 0.2, width * 0.2], 8.5))
    else:
        story.append(Paragraph(_t("report.stats.no_activities"), styles["body"]))
    story.append(Paragraph(_t("report.stats.standards_heading"), styles["heading"]))
    answered = ", ".join(report.standards_answered) or _t("report.stats.no_centre")
    story.append(
        Paragraph(escape(_t("report.stats.self_assessed", centres=answered)), styles["body"])
    )
    if report.needs:
        rows = [needs_header()]
        rows += [
            [Paragraph(escape(n.need), small), str(len(n.centres)), ", ".join(n.centres)]
            for n in report.needs
        ]
        story.append(_grid_table(rows, [width * 0.55, width * 0.15, width * 0.3], 8))
    # One table per dimension, districts as rows (landscape would need a second
    # template; the columns are narrow enough for A4 portrait at 6 pt).
    for table in report.tables:
        story.append(PageBreak())
        by_district = _t("report.stats.by_district", title=table.table.title)
        story.append(Paragraph(escape(by_district), styles["heading"]))
        if table.table.note:
            story.append(Paragraph(escape(table.table.note), styles["body"]))
        if table.result.withheld:
            story.append(Paragraph(_t("report.stats.withheld"), styles["body"]))
            continue
        story += _district_tables(table, width, head_style, small)
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
    return buf.getvalue()


def write_report_pdf(report: ProvinceReport, path: Path) -> None:
    write_bytes_atomically(path, render_report(report))


_ = (landscape, format_turkish_date)
