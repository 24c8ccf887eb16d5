"""The month view: six weeks of day cells, each with the first appointments that fit
and "+N more"; a day opens from its cell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from kdm_desktop.domain.calendar import Holiday, month_grid
from kdm_desktop.services.calendar import DayCell
from kdm_desktop.ui.calendar.paint import (
    DIM_TEXT,
    GRID,
    HOLIDAY_TEXT,
    TODAY,
    TOP_LEFT,
    TOP_RIGHT,
    CalendarView,
    clock,
    holiday_background,
    holiday_text,
    weekday_name,
)


class MonthView(CalendarView):
    """Six weeks of seven days, Monday first.

    Fed either every entry of the range (`set_data`) or, as the page does, only what
    the cells can show (`set_cells`, from `CalendarService.day_cells`): both draw the
    same month. Cells that grow past the rows read ask for more (`rows_wanted`).
    """

    day_activated = Signal(object)
    rows_wanted = Signal()

    HEADER = 24
    ROW = 17
    # Read at least this many per day (a cell of a full-screen month on a 1080p
    # screen shows about seven), so an ordinary resize needs no second read.
    READ_AT_LEAST = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year, self.month = self.today.year, self.today.month
        self._cells: dict[dt.date, DayCell] = {}
        self._rows_read: int | None = None  # None: every entry of the range is here

    def set_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.update()

    def set_cells(
        self,
        cells: Mapping[dt.date, DayCell],
        holidays: Sequence[Holiday],
        *,
        rows_read: int,
        by_staff: bool = False,
        today: dt.date | None = None,
    ) -> None:
        """Per day its first `rows_read` entries (or all, if fewer) and its count."""
        self._cells = dict(cells)
        self._rows_read = rows_read
        self.entries = [e for c in self._cells.values() for e in c.entries]
        self._show(holidays, by_staff, today)

    def rows_fit(self) -> int:
        """Entries the tallest cell can show at the current size."""
        fm = self.fontMetrics()
        return max(self._room(self._cell(r, 0), fm) for r in range(6))

    def rows_to_read(self) -> int:
        """How many per day the page should read for `set_cells`."""
        return max(self.rows_fit(), self.READ_AT_LEAST)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if (
            self._rows_read is not None
            and self.rows_fit() > self._rows_read
            and any(c.more for c in self._cells.values())
        ):
            self.rows_wanted.emit()

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    def _prepare(self) -> None:
        by_day = self._entries_by_day()
        self._cells = {day: DayCell(tuple(es), len(es)) for day, es in by_day.items()}
        self._rows_read = None

    def _room(self, cell: QRect, fm: QFontMetrics) -> int:
        """Entry rows below the day number."""
        return max(0, (cell.bottom() - (cell.y() + fm.height() + 2) - 2) // self.ROW)

    def _cell(self, row: int, col: int) -> QRect:
        w = self.width() / 7
        h = (self.height() - self.HEADER) / 6
        x0, y0 = round(col * w), round(self.HEADER + row * h)
        return QRect(x0, y0, round((col + 1) * w) - x0, round(self.HEADER + (row + 1) * h) - y0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._begin_paint()
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        text_colour = self.palette().text().color()
        for col in range(7):
            rect = QRect(self._cell(0, col).x(), 0, self._cell(0, col).width(), self.HEADER)
            p.setPen(text_colour)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, weekday_name(col, short=False))
        more_tpl = self.tr("+{count} more")
        for r, week in enumerate(month_grid(self.year, self.month)):
            for c, day in enumerate(week):
                self._plain_font(p)
                cell = self._cell(r, c)
                hs = self.holidays.get(day, [])
                bg = holiday_background(hs)
                if bg is not None:
                    p.fillRect(cell, bg)
                p.setPen(QPen(GRID))
                p.drawRect(cell.adjusted(0, 0, -1, -1))
                if day == self.today:
                    p.setPen(QPen(TODAY, 2))
                    p.drawRect(cell.adjusted(1, 1, -2, -2))
                outside = day.month != self.month
                p.setPen(DIM_TEXT if outside else text_colour)
                top = cell.adjusted(4, 2, -4, 0)
                p.drawText(top, TOP_LEFT, str(day.day))
                y = cell.y() + fm.height() + 2
                if hs:
                    p.setPen(HOLIDAY_TEXT)
                    text = "; ".join(holiday_text(h) for h in hs)
                    name_rect = QRect(cell.x() + 22, cell.y() + 2, cell.width() - 26, fm.height())
                    self._draw_elided(p, name_rect, TOP_RIGHT, text)
                found = self._cells.get(day)
                entries, total = (found.entries, found.total) if found else ((), 0)
                room = self._room(cell, fm)
                shown = entries[:room] if total <= room else entries[: max(0, room - 1)]
                for e in shown:
                    rect = QRect(cell.x() + 3, y, cell.width() - 6, self.ROW - 2)
                    self._draw_entry(p, rect, e, f"{clock(e.appointment.start)} {e.label}")
                    y += self.ROW
                if len(shown) < total:
                    self._plain_font(p)
                    p.setPen(text_colour)
                    p.drawText(
                        QRect(cell.x() + 4, y, cell.width() - 8, self.ROW),
                        Qt.AlignmentFlag.AlignLeft,
                        more_tpl.format(count=total - len(shown)),
                    )
        p.end()

    def day_at(self, pos: QPoint) -> dt.date | None:
        for r, week in enumerate(month_grid(self.year, self.month)):
            for c, day in enumerate(week):
                if self._cell(r, c).contains(pos):
                    return day
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        ref = self.entry_at(pos)
        if ref is not None:
            self.entry_clicked.emit(ref)
            return
        day = self.day_at(pos)
        if day is not None:
            self.day_activated.emit(day)
