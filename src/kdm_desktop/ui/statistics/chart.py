"""A horizontal bar chart drawn with QPainter: one bar per category, value at its end.

Hidden values ("<5", "×") get no bar, only their text, so the chart never shows a
number the table does not.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

_BAR = 18
_GAP = 6


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, int | None, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Chart"))

    def set_items(self, items: list[tuple[str, int | None, str]]) -> None:
        """(label, number or None when hidden, the text shown)."""
        self._items = items
        self.setFixedHeight(max(40, len(items) * (_BAR + _GAP) + _GAP))
        self.update()

    def items(self) -> list[tuple[str, int | None, str]]:
        return list(self._items)

    def sizeHint(self) -> QSize:
        return QSize(420, max(40, len(self._items) * (_BAR + _GAP) + _GAP))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        bar_colour = QColor("#6b3fa0")
        label_width = min(260, self.width() // 2)
        value_width = 60
        span = max(10, self.width() - label_width - value_width - 16)
        peak = max((n for _, n, _ in self._items if n), default=1)
        y = _GAP
        for label, number, shown in self._items:
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y, label_width - 8, _BAR),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8),
            )
            length = 0.0 if not number else span * number / peak
            if length:
                painter.fillRect(QRectF(label_width, y + 2, length, _BAR - 4), bar_colour)
            painter.drawText(
                QRectF(label_width + length + 6, y, value_width, _BAR),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            y += _BAR + _GAP
        painter.end()
