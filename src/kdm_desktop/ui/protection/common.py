"""Small pieces the protection tabs share: the level badge and date conversions."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QTableWidget, QTableWidgetItem, QWidget

from kdm_desktop.domain.protection.risk import RiskLevel
from kdm_desktop.ui.date_field import DateField
from kdm_desktop.ui.fit import fit_columns

# Red for high risk must be seen from across the room; white text keeps contrast.
_BADGE_STYLES = {
    RiskLevel.HIGH: "background: #b00020; color: white;",
    RiskLevel.MEDIUM: "background: #e67e00; color: black;",
    RiskLevel.STANDARD: "background: #dfe3e8; color: black;",
}


class LevelBadge(QLabel):
    """The risk level as a coloured pill; empty and grey when nothing is known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.level: RiskLevel | None = None
        self.set_level(None, "")

    def set_level(self, level: RiskLevel | None, text: str) -> None:
        self.level = level
        self.setText(text)
        self.setAccessibleName(text)
        style = _BADGE_STYLES.get(level, _BADGE_STYLES[RiskLevel.STANDARD]) if level else ""
        self.setStyleSheet(
            f"QLabel {{ {style} border-radius: 6px; padding: 4px 12px; font-weight: bold; }}"
        )


def to_qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> datetime.date:
    return datetime.date(value.year(), value.month(), value.day())


def date_edit(day: datetime.date) -> QDateEdit:
    edit = DateField(to_qdate(day))
    return edit


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(value)
            table.setItem(r, c, item)
    fit_columns(table)
