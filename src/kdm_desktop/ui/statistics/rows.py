"""The statistics page's periods and table rows, exact or as published."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, QDate

from kdm_desktop.domain.numbers import grouped
from kdm_desktop.domain.statistics.periods import Period, month, quarter, year
from kdm_desktop.domain.statistics.publish import PublishedTable
from kdm_desktop.domain.statistics.suppression import TOTAL
from kdm_desktop.domain.statistics.tables import TABLES, Counts, TableKind

Row = tuple[str, int | None, str]


def qdate(d: datetime.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def to_date(q: QDate) -> datetime.date:
    return datetime.date(q.year(), q.month(), q.day())


def preset_period(index: int, today: datetime.date) -> Period | None:
    """0 this month, 1 last month, 2 this quarter, 3 this year, 4 last year, 5 custom."""
    if index == 0:
        return month(today.year, today.month)
    if index == 1:
        return month(today.year, today.month).previous()
    if index == 2:
        return quarter(today.year, (today.month - 1) // 3 + 1)
    if index == 3:
        return year(today.year)
    if index == 4:
        return year(today.year - 1)
    return None


def exact_rows(counts: Counts, key: str) -> list[Row]:
    table = next(t for t in TABLES if t.key == key)
    sums = counts.by_category(key)
    rows: list[Row] = [
        (label, sums.get(c, 0), grouped(sums.get(c, 0))) for c, label in table.categories
    ]
    if table.kind is not TableKind.SEPARATE:
        total = sum(sums.values())
        rows.append((QCoreApplication.translate("StatisticsPage", "Total"), None, grouped(total)))
    return rows


def published_rows(table: PublishedTable) -> list[Row]:
    rows: list[Row] = [
        (label, table.number((0, j)), table.text((0, j)))
        for j, label in enumerate(table.col_labels)
    ]
    if table.has_row_totals:
        rows.append(
            (
                QCoreApplication.translate("StatisticsPage", "Total"),
                None,
                table.text((0, TOTAL)),
            )
        )
    return rows
