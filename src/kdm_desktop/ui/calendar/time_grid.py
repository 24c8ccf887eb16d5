"""The week and day views: hours down, one column per day, overlapping appointments
side by side; a free slot is clicked to book."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from kdm_desktop.domain.calendar import layout_day, resolve_wall_time, week_days
from kdm_desktop.domain.dates import format_shown_date
from kdm_desktop.services.calendar import CalendarEntry
from kdm_desktop.ui.calendar.paint import (
    GRID,
    HALF_DAY_BG,
    HOLIDAY_BG,
    HOLIDAY_TEXT,
    TODAY,
    CalendarView,
    clock,
    holiday_background,
    holiday_text,
    weekday_name,
)

FIRST_HOUR = 7
LAST_HOUR = 21
SLOT_MINUTES = 15


class TimeGridView(CalendarView):
    """Hours down, one column per day: the week view (7 days) and the day view (1)."""

    slot_clicked = Signal(object)

    GUTTER = 48
    HEADER = 46
    FOOTER = 10  # room for the last hour's label

    def __init__(self, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_count = days
        self.days: list[dt.date] = self._days_for(self.today)
        self._by_day: dict[dt.date, list[CalendarEntry]] = {}

    def _days_for(self, anchor: dt.date) -> list[dt.date]:
        return week_days(anchor) if self.day_count == 7 else [anchor]

    def set_anchor(self, anchor: dt.date) -> None:
        self.days = self._days_for(anchor)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    def _prepare(self) -> None:
        self._by_day = self._entries_by_day()

    def _column(self, i: int) -> tuple[int, int]:
        w = (self.width() - self.GUTTER) / self.day_count
        x0 = round(self.GUTTER + i * w)
        return x0, round(self.GUTTER + (i + 1) * w) - x0

    def _y(self, minutes: float) -> int:
        span = (LAST_HOUR - FIRST_HOUR) * 60
        h = self.height() - self.HEADER - self.FOOTER
        return round(self.HEADER + (minutes - FIRST_HOUR * 60) * h / span)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._begin_paint()
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        text_colour = self.palette().text().color()
        for i, day in enumerate(self.days):
            x, w = self._column(i)
            hs = self.holidays.get(day, [])
            body = QRect(x, self.HEADER, w, self.height() - self.HEADER)
            full = [h for h in hs if not h.half_day]
            if full:
                p.fillRect(body, holiday_background(full) or HOLIDAY_BG)
            elif hs:
                y13 = self._y(13 * 60)
                p.fillRect(QRect(x, y13, w, self.height() - y13), HALF_DAY_BG)
            head = QRect(x, 0, w, fm.height() + 4)
            p.setPen(TODAY if day == self.today else text_colour)
            title = f"{weekday_name(day.weekday(), short=self.day_count == 7)} {day.day}"
            if self.day_count == 1:
                title = format_shown_date(day)
            p.drawText(head, Qt.AlignmentFlag.AlignCenter, title)
            if hs:
                p.setPen(HOLIDAY_TEXT)
                hrect = QRect(x + 2, fm.height() + 4, w - 4, fm.height() + 2)
                text = "; ".join(holiday_text(h) for h in hs)
                self._draw_elided(p, hrect, Qt.AlignmentFlag.AlignCenter, text)
            p.setPen(QPen(GRID))
            p.drawLine(x, 0, x, self.height())
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = self._y(hour * 60)
            p.setPen(QPen(GRID))
            p.drawLine(self.GUTTER, y, self.width(), y)
            p.setPen(text_colour)
            p.drawText(
                QRect(0, y - fm.height() // 2, self.GUTTER - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hour:02d}:00",
            )
        for i, day in enumerate(self.days):
            x, w = self._column(i)
            by_id = {e.appointment.id: e for e in self._by_day.get(day, [])}
            for item in layout_day(e.appointment for e in by_id.values()):
                a = item.appointment
                start = a.start.hour * 60 + a.start.minute
                end_dt = a.end
                end = (
                    end_dt.hour * 60 + end_dt.minute if end_dt.date() == a.start.date() else 24 * 60
                )
                col_w = (w - 4) / item.columns
                rect = QRect(
                    round(x + 2 + item.column * col_w),
                    max(self.HEADER, self._y(start)),
                    max(4, round(col_w) - 2),
                    max(fm.height() + 2, self._y(end) - self._y(start) - 1),
                )
                e = by_id[a.id]
                room = f" · {a.room}" if a.room and self.day_count == 1 else ""
                text = f"{clock(a.start)} {e.label}{room}"
                if self.day_count == 1:
                    text += f" — {e.staff_name}"
                self._draw_entry(p, rect, e, text)
        p.end()

    def slot_at(self, pos: QPoint) -> dt.datetime | None:
        if pos.y() < self.HEADER or pos.x() < self.GUTTER:
            return None
        for i, day in enumerate(self.days):
            x, w = self._column(i)
            if x <= pos.x() < x + w:
                span = (LAST_HOUR - FIRST_HOUR) * 60
                minutes = FIRST_HOUR * 60 + (pos.y() - self.HEADER) * span / (
                    self.height() - self.HEADER - self.FOOTER
                )
                minutes = int(minutes // SLOT_MINUTES * SLOT_MINUTES)
                wall = dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60))
                return resolve_wall_time(wall, strict=False)
        return None

    def point_for(self, day: dt.date, hour: int, minute: int = 0) -> QPoint:
        """Centre of the slot at ``day`` ``hour:minute`` (for tests and screenshots)."""
        i = self.days.index(day)
        x, w = self._column(i)
        return QPoint(x + w // 2, self._y(hour * 60 + minute) + 3)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        ref = self.entry_at(pos)
        if ref is not None:
            self.entry_clicked.emit(ref)
            return
        slot = self.slot_at(pos)
        if slot is not None and slot.hour < LAST_HOUR:
            self.slot_clicked.emit(slot)
