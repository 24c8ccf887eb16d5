"""The province report's tables as CSV files (UTF-8 with BOM) and one XLSX workbook.

Both carry exactly the published text of each cell ("<5", "×" included), never an
exact hidden number. CSV has a BOM so Excel opens Turkish letters correctly; the
separator is ";" as Turkish Excel expects (the decimal separator is a comma).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from kdm_desktop.document_language import official_document
from kdm_desktop.domain.statistics.publish import PublishedTable
from kdm_desktop.domain.statistics.report import ProvinceReport
from kdm_desktop.fsutil import make_private_dir, write_atomically
from kdm_desktop.reports.wording import official as _t

# The province report goes to the ministry: its tables are Turkish (reports/wording.py).


def trend_header() -> list[str]:
    return [
        "",
        _t("report.stats.this_period"),
        _t("report.stats.previous_period"),
        _t("report.stats.change"),
    ]


def activity_header() -> list[str]:
    return [_t("report.stats.kind"), _t("report.stats.sessions"), _t("report.stats.participants")]


def needs_header() -> list[str]:
    return [_t("report.stats.need"), _t("report.stats.centre_count"), _t("report.stats.centres")]


def _rows(report: ProvinceReport) -> list[tuple[str, str, list[list[str]]]]:
    """(file stem, sheet title, rows) for every output table."""
    out: list[tuple[str, str, list[list[str]]]] = []
    summary = [trend_header()]
    summary += [[t.label, t.current, t.previous, t.change] for t in report.trends]
    out.append(("ozet_egilim", _t("report.stats.sheet_summary"), summary))
    table: PublishedTable
    for table in report.tables:
        rows = table.rows_text()
        if table.result.withheld:
            rows = [[_t("report.stats.withheld_short")]]
        out.append((table.table.key, table.table.title, rows))
    acts = [activity_header()]
    acts += [[a.label, str(a.sessions), str(a.participants)] for a in report.activities]
    out.append(("etkinlikler", _t("report.stats.sheet_activities"), acts))
    needs = [needs_header()]
    needs += [[n.need, str(len(n.centres)), ", ".join(n.centres)] for n in report.needs]
    out.append(("ihtiyaclar", _t("report.stats.sheet_needs"), needs))
    missing = [[_t("report.stats.not_reporting_district")]] + [[d] for d in report.not_reported]
    out.append(("rapor_etmeyen_ilceler", _t("report.stats.sheet_not_reporting"), missing))
    return out


@official_document
def write_csv_dir(report: ProvinceReport, directory: Path) -> list[Path]:
    make_private_dir(directory)
    written = []
    for stem, _title, rows in _rows(report):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
        writer.writerows(rows)
        path = directory / f"{stem}.csv"
        write_atomically(path, b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
        written.append(path)
    return written


def _sheet_title(title: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\ .
    base = re.sub(r"[\[\]:*?/\\]", " ", title)[:28].strip() or _t("report.stats.sheet_fallback")
    name, n = base, 2
    while name in used:
        name = f"{base[:26]} {n}"
        n += 1
    used.add(name)
    return name


@official_document
def render_xlsx(report: ProvinceReport) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    first = wb.active
    used: set[str] = set()
    bold = Font(bold=True)
    for n, (_stem, title, rows) in enumerate(_rows(report)):
        ws = wb.create_sheet() if n else first
        assert ws is not None
        ws.title = _sheet_title(title, used)
        ws.append([f"{report.province} — {title} — {report.period.label()} (k = {report.k})"])
        ws["A1"].font = bold
        for row in rows:
            # Published numbers as numbers, "<5" and "×" as text.
            ws.append([int(c) if c.isdigit() else c for c in row])
        for cell in ws[2]:
            cell.font = bold
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions["A"].width = 34
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_xlsx(report: ProvinceReport, path: Path) -> None:
    write_atomically(path, render_xlsx(report))
