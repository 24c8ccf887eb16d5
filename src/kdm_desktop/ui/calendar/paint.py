"""What the month, week and day views share: colours, the holiday and weekday texts,
and the base widget that draws entries (fonts made once, long texts elided with a
tooltip) and reports which entry is where.

The widgets only paint and report clicks; which appointments, holidays and labels
they get is decided by the page through `CalendarService` (so the sekreter's
restricted labels arrive already restricted).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kdm_desktop.domain.calendar import ISTANBUL, Colour, Holiday, staff_colour, type_colour
from kdm_desktop.services.calendar import CalendarEntry
from kdm_desktop.ui.i18n import current_locale

HOLIDAY_BG = QColor("#FDECEA")
HALF_DAY_BG = QColor("#FFF4E0")
CENTRE_BG = QColor("#EEEEEE")
HOLIDAY_TEXT = QColor("#B00020")
DIM_TEXT = QColor("#888888")
GRID = QColor("#D0D0D0")
TODAY = QColor("#1565C0")


CANCELLED_TEXT = QColor("#555555")
# Flags combined once: each `|` of Qt's enums is a Python call, per drawn text.
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
TOP_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop


@functools.cache
def _qcolor(name: str) -> QColor:
    # A month draws hundreds of entries in a handful of colours: each parsed once.
    return QColor(name)


def clock(t: dt.datetime) -> str:
    """ "09:30": what ``f"{t:%H:%M}"`` gives, without a strftime per drawn entry."""
    return f"{t.hour:02d}:{t.minute:02d}"


def entry_colour(entry: CalendarEntry, by_staff: bool) -> Colour:
    a = entry.appointment
    return staff_colour(a.staff) if by_staff else type_colour(a.type)


def holiday_text(h: Holiday) -> str:
    """Name with a half-day marker, as drawn in every view."""
    return f"½ {h.shown_occasion}" if h.half_day else h.shown_occasion


def holiday_background(hs: Sequence[Holiday]) -> QColor | None:
    if any(not h.half_day and not h.centre for h in hs):
        return HOLIDAY_BG
    if any(h.centre for h in hs):
        return CENTRE_BG
    if any(h.half_day for h in hs):
        return HALF_DAY_BG
    return None


def weekday_name(index: int, short: bool = True) -> str:
    fmt = (
        current_locale().FormatType.ShortFormat if short else current_locale().FormatType.LongFormat
    )
    return current_locale().dayName(index + 1, fmt)


class CalendarView(QWidget):
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
        self._paint_fonts = (self._entry_font(False), self._entry_font(True))

    def set_data(
        self,
        entries: Sequence[CalendarEntry],
        holidays: Sequence[Holiday],
        *,
        by_staff: bool = False,
        today: dt.date | None = None,
    ) -> None:
        self.entries = list(entries)
        self._prepare()
        self._show(holidays, by_staff, today)

    def _show(self, holidays: Sequence[Holiday], by_staff: bool, today: dt.date | None) -> None:
        table: dict[dt.date, list[Holiday]] = defaultdict(list)
        for h in holidays:
            table[h.date].append(h)
        self.holidays = dict(table)
        self.by_staff = by_staff
        if today is not None:
            self.today = today
        self.update()

    def _prepare(self) -> None:
        """Hook: group entries for painting."""

    def _entries_by_day(self) -> dict[dt.date, list[CalendarEntry]]:
        """The entries by the day they start on, in their order (both views group so)."""
        table: dict[dt.date, list[CalendarEntry]] = defaultdict(list)
        for e in self.entries:
            table[e.appointment.start.date()].append(e)
        return dict(table)

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

    def _draw_elided(
        self,
        p: QPainter,
        rect: QRect,
        flags: Qt.AlignmentFlag,
        text: str,
        fm: QFontMetrics | None = None,
    ) -> None:
        """Draw `text` in one line of `rect`, ending in "…" with a tooltip if it is too long
        (`fm`: the painter's font metrics, when the caller has them)."""
        fm = p.fontMetrics() if fm is None else fm
        elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        if elided != text:
            self._tips.append((QRect(rect), text))
        p.drawText(rect, flags, elided)

    def hit_rects(self) -> list[tuple[QRect, str]]:
        """Where each drawn appointment is, after painting the current data."""
        self.grab()
        return list(self._hits)

    def _begin_paint(self) -> None:
        """Nothing drawn yet; the entry fonts of the widget's font looked up once per
        paint, not per entry."""
        self._hits = []
        self._tips = []
        self._painter_font = None
        self._paint_fonts = (self._entry_font(False), self._entry_font(True))

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
        bg = _qcolor(colour.background)
        if cancelled:
            bg = QColor(bg)
            bg.setAlpha(70)
        p.fillRect(rect, bg)
        p.setPen(CANCELLED_TEXT if cancelled else _qcolor(colour.foreground))
        font, fm = self._paint_fonts[cancelled]
        if self._painter_font is not font:  # entries in a row share a font: set it once
            p.setFont(font)
            self._painter_font = font
        inner = rect.adjusted(3, 1, -2, -1)
        flags = TOP_LEFT
        if rect.height() > 2 * fm.height() + 2:
            # Only whole lines: a half-drawn last line reads as a different word.
            lines = max(1, inner.height() // fm.lineSpacing())
            inner.setHeight(lines * fm.lineSpacing())
            needed = fm.boundingRect(inner, int(flags | Qt.TextFlag.TextWordWrap), text)
            if needed.height() > inner.height() or needed.width() > inner.width():
                self._tips.append((QRect(rect), text))
            p.drawText(inner, flags | Qt.TextFlag.TextWordWrap, text)
        else:
            self._draw_elided(p, inner, flags, text, fm)
        self._hits.append((rect, entry.ref))

    def _plain_font(self, p: QPainter) -> None:
        """Back to the widget's font after entries were drawn in theirs."""
        if self._painter_font is not None:
            p.setFont(self.font())
            self._painter_font = None
