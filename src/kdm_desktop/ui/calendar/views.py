"""Custom-drawn month, week and day views over the pure layout helpers.

The widgets only paint and report clicks; which appointments, holidays and labels
they get is decided by the page through `CalendarService` (so the sekreter's
restricted labels arrive already restricted).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kdm_desktop.domain.calendar import (
    ISTANBUL,
    Colour,
    Holiday,
    layout_day,
    month_grid,
    resolve_wall_time,
    staff_colour,
    type_colour,
    week_days,
)
from kdm_desktop.services.calendar import CalendarEntry
from kdm_desktop.ui.i18n import current_locale

FIRST_HOUR = 7
LAST_HOUR = 21
SLOT_MINUTES = 15
_HOLIDAY_BG = QColor("#FDECEA")
_HALF_DAY_BG = QColor("#FFF4E0")
_CENTRE_BG = QColor("#EEEEEE")
_HOLIDAY_TEXT = QColor("#B00020")
_DIM_TEXT = QColor("#888888")
_GRID = QColor("#D0D0D0")
_TODAY = QColor("#1565C0")


def entry_colour(entry: CalendarEntry, by_staff: bool) -> Colour:
    a = entry.appointment
    return staff_colour(a.staff) if by_staff else type_colour(a.type)


def holiday_text(h: Holiday) -> str:
    """Name with a half-day marker, as drawn in every view."""
    return f"½ {h.shown_occasion}" if h.half_day else h.shown_occasion


def _holiday_bg(hs: Sequence[Holiday]) -> QColor | None:
    if any(not h.half_day and not h.centre for h in hs):
        return _HOLIDAY_BG
    if any(h.centre for h in hs):
        return _CENTRE_BG
    if any(h.half_day for h in hs):
        return _HALF_DAY_BG
    return None


def weekday_name(index: int, short: bool = True) -> str:
    fmt = (
        current_locale().FormatType.ShortFormat if short else current_locale().FormatType.LongFormat
    )
    return current_locale().dayName(index + 1, fmt)


class _BaseView(QWidget):
    entry_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.entries: list[CalendarEntry] = []
        self.holidays: dict[dt.date, list[Holiday]] = {}
        self.by_staff = False
        self.today = dt.datetime.now(ISTANBUL).date()
        self._hits: list[tuple[QRect, str]] = []
        # Full texts of what was drawn shortened, for the tooltip under the mouse.
        self._tips: list[tuple[QRect, str]] = []
        self._fonts: dict[tuple[str, bool], tuple[QFont, QFontMetrics]] = {}
        self._painter_font: QFont | None = None  # the entry font the painter has, if any

    def set_data(
        self,
        entries: Sequence[CalendarEntry],
        holidays: Sequence[Holiday],
        *,
        by_staff: bool = False,
        today: dt.date | None = None,
    ) -> None:
        self.entries = list(entries)
        table: dict[dt.date, list[Holiday]] = defaultdict(list)
        for h in holidays:
            table[h.date].append(h)
        self.holidays = dict(table)
        self.by_staff = by_staff
        if today is not None:
            self.today = today
        self._prepare()
        self.update()

    def _prepare(self) -> None:
        """Hook: group entries for painting."""

    def entry_at(self, pos: QPoint) -> str | None:
        for rect, ref in reversed(self._hits):
            if rect.contains(pos):
                return ref
        return None

    def tooltip_at(self, pos: QPoint) -> str:
        """The full text of a label drawn shortened at `pos` ("" if none)."""
        for rect, text in reversed(self._tips):
            if rect.contains(pos):
                return text
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _draw_elided(self, p: QPainter, rect: QRect, flags: Qt.AlignmentFlag, text: str) -> None:
        """Draw `text` in one line of `rect`, ending in "…" with a tooltip if it is too long."""
        fm = p.fontMetrics()
        elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        if elided != text:
            self._tips.append((QRect(rect), text))
        p.drawText(rect, flags, elided)

    def hit_rects(self) -> list[tuple[QRect, str]]:
        """Where each drawn appointment is, after painting the current data."""
        self.grab()
        return list(self._hits)

    def _entry_font(self, cancelled: bool) -> tuple[QFont, QFontMetrics]:
        """The smaller (struck-out when cancelled) font of an entry and its metrics.

        Made once per widget font, not per drawn entry: a full month draws hundreds.
        """
        key = (self.font().key(), cancelled)
        found = self._fonts.get(key)
        if found is None:
            font = QFont(self.font())
            font.setStrikeOut(cancelled)
            font.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
            found = self._fonts[key] = (font, QFontMetrics(font))
        return found

    def _draw_entry(self, p: QPainter, rect: QRect, entry: CalendarEntry, text: str) -> None:
        colour = entry_colour(entry, self.by_staff)
        cancelled = entry.appointment.is_cancelled
        bg = QColor(colour.background)
        if cancelled:
            bg.setAlpha(70)
        p.fillRect(rect, bg)
        p.setPen(QColor("#555555") if cancelled else QColor(colour.foreground))
        font, fm = self._entry_font(cancelled)
        if self._painter_font is not font:  # entries in a row share a font: set it once
            p.setFont(font)
            self._painter_font = font
        inner = rect.adjusted(3, 1, -2, -1)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if rect.height() > 2 * fm.height() + 2:
            # Only whole lines: a half-drawn last line reads as a different word.
            lines = max(1, inner.height() // fm.lineSpacing())
            inner.setHeight(lines * fm.lineSpacing())
            needed = fm.boundingRect(inner, int(flags | Qt.TextFlag.TextWordWrap), text)
            if needed.height() > inner.height() or needed.width() > inner.width():
                self._tips.append((QRect(rect), text))
            p.drawText(inner, flags | Qt.TextFlag.TextWordWrap, text)
        else:
            self._draw_elided(p, inner, flags, text)
        self._hits.append((rect, entry.ref))

    def _plain_font(self, p: QPainter) -> None:
        """Back to the widget's font after entries were drawn in theirs."""
        if self._painter_font is not None:
            p.setFont(self.font())
            self._painter_font = None


class MonthView(_BaseView):
    """Six weeks of seven days, Monday first."""

    day_activated = Signal(object)

    HEADER = 24
    ROW = 17

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year, self.month = self.today.year, self.today.month
        self._by_day: dict[dt.date, list[CalendarEntry]] = {}

    def set_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    def _prepare(self) -> None:
        table: dict[dt.date, list[CalendarEntry]] = defaultdict(list)
        for e in self.entries:
            table[e.appointment.start.date()].append(e)
        self._by_day = dict(table)

    def _cell(self, row: int, col: int) -> QRect:
        w = self.width() / 7
        h = (self.height() - self.HEADER) / 6
        x0, y0 = round(col * w), round(self.HEADER + row * h)
        return QRect(x0, y0, round((col + 1) * w) - x0, round(self.HEADER + (row + 1) * h) - y0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._hits = []
        self._tips = []
        self._painter_font = None
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        for col in range(7):
            rect = QRect(self._cell(0, col).x(), 0, self._cell(0, col).width(), self.HEADER)
            p.setPen(self.palette().text().color())
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, weekday_name(col, short=False))
        more_tpl = self.tr("+{count} more")
        for r, week in enumerate(month_grid(self.year, self.month)):
            for c, day in enumerate(week):
                self._plain_font(p)
                cell = self._cell(r, c)
                hs = self.holidays.get(day, [])
                bg = _holiday_bg(hs)
                if bg is not None:
                    p.fillRect(cell, bg)
                p.setPen(QPen(_GRID))
                p.drawRect(cell.adjusted(0, 0, -1, -1))
                if day == self.today:
                    p.setPen(QPen(_TODAY, 2))
                    p.drawRect(cell.adjusted(1, 1, -2, -2))
                outside = day.month != self.month
                p.setPen(_DIM_TEXT if outside else self.palette().text().color())
                top = cell.adjusted(4, 2, -4, 0)
                p.drawText(
                    top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(day.day)
                )
                y = cell.y() + fm.height() + 2
                if hs:
                    p.setPen(_HOLIDAY_TEXT)
                    text = "; ".join(holiday_text(h) for h in hs)
                    name_rect = QRect(cell.x() + 22, cell.y() + 2, cell.width() - 26, fm.height())
                    self._draw_elided(
                        p, name_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, text
                    )
                entries = self._by_day.get(day, [])
                room = max(0, (cell.bottom() - y - 2) // self.ROW)
                shown = entries if len(entries) <= room else entries[: max(0, room - 1)]
                for e in shown:
                    rect = QRect(cell.x() + 3, y, cell.width() - 6, self.ROW - 2)
                    self._draw_entry(p, rect, e, f"{e.appointment.start:%H:%M} {e.label}")
                    y += self.ROW
                if len(shown) < len(entries):
                    self._plain_font(p)
                    p.setPen(self.palette().text().color())
                    p.drawText(
                        QRect(cell.x() + 4, y, cell.width() - 8, self.ROW),
                        Qt.AlignmentFlag.AlignLeft,
                        more_tpl.format(count=len(entries) - len(shown)),
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


class TimeGridView(_BaseView):
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
        table: dict[dt.date, list[CalendarEntry]] = defaultdict(list)
        for e in self.entries:
            table[e.appointment.start.date()].append(e)
        self._by_day = dict(table)

    def _column(self, i: int) -> tuple[int, int]:
        w = (self.width() - self.GUTTER) / self.day_count
        x0 = round(self.GUTTER + i * w)
        return x0, round(self.GUTTER + (i + 1) * w) - x0

    def _y(self, minutes: float) -> int:
        span = (LAST_HOUR - FIRST_HOUR) * 60
        h = self.height() - self.HEADER - self.FOOTER
        return round(self.HEADER + (minutes - FIRST_HOUR * 60) * h / span)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._hits = []
        self._tips = []
        self._painter_font = None
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        text_colour = self.palette().text().color()
        locale = current_locale()
        for i, day in enumerate(self.days):
            x, w = self._column(i)
            hs = self.holidays.get(day, [])
            body = QRect(x, self.HEADER, w, self.height() - self.HEADER)
            full = [h for h in hs if not h.half_day]
            if full:
                p.fillRect(body, _holiday_bg(full) or _HOLIDAY_BG)
            elif hs:
                y13 = self._y(13 * 60)
                p.fillRect(QRect(x, y13, w, self.height() - y13), _HALF_DAY_BG)
            head = QRect(x, 0, w, fm.height() + 4)
            p.setPen(_TODAY if day == self.today else text_colour)
            title = f"{weekday_name(day.weekday(), short=self.day_count == 7)} {day.day}"
            if self.day_count == 1:
                title = locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy dddd")
            p.drawText(head, Qt.AlignmentFlag.AlignCenter, title)
            if hs:
                p.setPen(_HOLIDAY_TEXT)
                hrect = QRect(x + 2, fm.height() + 4, w - 4, fm.height() + 2)
                text = "; ".join(holiday_text(h) for h in hs)
                self._draw_elided(p, hrect, Qt.AlignmentFlag.AlignCenter, text)
            p.setPen(QPen(_GRID))
            p.drawLine(x, 0, x, self.height())
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = self._y(hour * 60)
            p.setPen(QPen(_GRID))
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
                text = f"{a.start:%H:%M} {e.label}{room}"
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
