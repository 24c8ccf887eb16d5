"""Does a screen fit the smallest laptop centres use? (issue 14)

The centres' smallest screen is a 1366×768 laptop at 100 % scaling; the other
common one is a 1920×1080 laptop at 125 %, i.e. 1536×864 logical pixels. The
taskbar and the window's title bar take some of that height, so a window gets
about `LAPTOP` / `LAPTOP_125` of room. Everything a person needs must show in
that room without horizontal scrolling, and a label that is too narrow for its
text must say the full text in a tooltip.

`fit_problems(top)` lists what breaks these rules in a shown top-level widget
(the main window or a dialog), in words a test failure can print.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

# Screen minus a 40 px taskbar and a 30 px title bar.
TASKBAR_AND_TITLE = 70
LAPTOP = QSize(1366, 768 - TASKBAR_AND_TITLE)
LAPTOP_125 = QSize(1536, 864 - TASKBAR_AND_TITLE)
# What the window asks for when the screen has room; never more than a laptop gives.
PREFERRED = QSize(1280, 720)
# A one-line field wider than this is hard to read and looks unfinished (the style
# rule caps the text area; frames add a few pixels); numbers and dates need less.
MAX_FIELD_WIDTH = 600
_TEXT_FIELD_CAP = 560
_NUMBER_FIELD_CAP = 220
_FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox)


def initial_size(available: QSize | None = None) -> QSize:
    """The window's first size: `PREFERRED`, shrunk to fit the screen's free area."""
    if available is None:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableSize() if screen is not None else LAPTOP
        # availableSize() leaves the taskbar out but not the window's own title bar.
        available = QSize(available.width(), available.height() - 30)
    return PREFERRED.boundedTo(available)


def dialog_size(wanted: QSize, parent: QWidget | None = None) -> QSize:
    """A dialog's size: `wanted`, shrunk to the window it belongs to (or a laptop)."""
    room = parent.window().size() if parent is not None else LAPTOP
    return wanted.boundedTo(room.boundedTo(LAPTOP_125))


def _name(widget: QWidget) -> str:
    name = widget.objectName() or type(widget).__name__
    text = widget.text() if isinstance(widget, QLabel) else ""
    return f"{name}{f' {text[:40]!r}' if text else ''}"


def _inside_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _label_cut(label: QLabel) -> bool:
    if label.wordWrap() or not label.text() or not label.pixmap().isNull():
        return False
    if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
        return False
    if label.text().endswith("…") and label.toolTip():
        return False
    return label.width() + 1 < label.sizeHint().width() and not label.toolTip()


def fit_problems(top: QWidget, room: QSize = LAPTOP) -> list[str]:
    """What in `top` (shown, laid out) does not fit in `room`: empty when all does."""
    problems: list[str] = []
    if top.width() > room.width() or top.height() > room.height():
        problems.append(f"{_name(top)} is {top.width()}×{top.height()}, larger than the screen")
    bounds = QRect(QPoint(0, 0), top.size())
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or widget.isWindow():
            continue
        if isinstance(widget, QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            if bar.maximum() > 0 and widget.horizontalScrollBarPolicy() != (
                Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            ):
                problems.append(f"{_name(widget)} scrolls sideways ({bar.maximum()} px)")
        inner = isinstance(widget.parentWidget(), _FIELDS)  # a combo's or spin box's edit
        if isinstance(widget, _FIELDS) and widget.width() > MAX_FIELD_WIDTH and not inner:
            problems.append(f"{_name(widget)} is stretched to {widget.width()} px")
        if isinstance(widget, QLabel) and _label_cut(widget):
            problems.append(f"{_name(widget)} is cut off without a tooltip")
        if _inside_scroll_area(widget, top):
            continue
        rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if not bounds.contains(rect):
            problems.append(f"{_name(widget)} lies outside the window at {rect.getRect()}")
    return problems


def apply_field_widths(app: QApplication) -> None:
    """Cap every one-line field at `MAX_FIELD_WIDTH`, application-wide.

    Form layouts stretch fields to the window's width, about 1000 px on a laptop,
    which makes short answers hard to read. One style rule caps them all, including
    forms other features add later; it sets no colours or borders, so the platform
    style still draws the fields.
    """
    rule = (
        f"QLineEdit, QComboBox {{ max-width: {_TEXT_FIELD_CAP}px; }}\n"
        f"QAbstractSpinBox {{ max-width: {_NUMBER_FIELD_CAP}px; }}"
    )
    if rule not in app.styleSheet():
        app.setStyleSheet(f"{app.styleSheet()}\n{rule}".strip())


class ColumnFitter(QObject):
    """Keeps a table's columns within its width, so it never scrolls sideways.

    Columns sized to their contents can add up to more than a laptop's width
    (a court name, a measure, a note). When they do, the widest columns are cut
    to a common width; the cells then end in "…" and their tooltips say the rest.
    Runs again whenever the table is resized and after each `fit()`.
    """

    MIN_COLUMN = 60

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setWordWrap(False)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        columns = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        if not columns:
            return
        self._table.resizeColumnsToContents()
        room = self._table.viewport().width()
        widths = {i: header.sectionSize(i) for i in columns}
        if sum(widths.values()) <= room:
            # Sizing to contents shrank a stretching last column too, and Qt stretches
            # it again only when the table is resized: have Qt stretch it now (its own
            # stretch then follows the table's later resizes, which a fixed width did not).
            if header.stretchLastSection():
                header.setStretchLastSection(False)
                header.setStretchLastSection(True)
            return
        cap = _common_cap(list(widths.values()), room, self.MIN_COLUMN)
        for i, width in widths.items():
            if width > cap:
                header.resizeSection(i, cap)


def _common_cap(widths: list[int], room: int, floor: int) -> int:
    """The largest cap c ≥ floor with sum(min(w, c)) ≤ room (floor if none)."""
    low, high = floor, max(widths)
    while low < high:
        middle = (low + high + 1) // 2
        if sum(min(w, middle) for w in widths) <= room:
            low = middle
        else:
            high = middle - 1
    return low


def fit_columns(table: QTableView) -> None:
    """Columns to their contents, but never wider than the table (see `ColumnFitter`)."""
    fitter = table.findChild(ColumnFitter)
    if fitter is None:
        fitter = ColumnFitter(table)
    fitter.fit()
