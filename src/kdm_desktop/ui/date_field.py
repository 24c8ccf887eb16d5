"""A date field that takes a date typed the Turkish way: "3.12.2026" (issue 14).

A plain QDateEdit only takes typing into the section the cursor is in: click at
the end of the field (the year) and type "3.12.2026", and nothing changes. Here
the first digit typed after the field gets the focus, or while the whole text is
selected, starts at the day; "/", "-", "," and a space count as the "." between
parts, so "3/12/2026" works too. The calendar pop-up stays for those who prefer it.

The typing rules live in an event filter rather than in overridden key handlers:
a Python override of QAbstractSpinBox's virtual handlers crashed the test run's
teardown (PySide 6.11), a filter does not.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QWidget

DISPLAY_FORMAT = "dd.MM.yyyy"
_SEPARATORS = {"/", "-", ",", " ", "."}


class _Typing(QObject):
    """Key and focus rules of one `DateField`."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # True until the first key after getting the focus: typing then starts a new date.
        self.fresh = False
        # True when the last digit filled its part and Qt moved on by itself: the "."
        # she types next must not skip the part after it ("03.12" is day 3, month 12).
        self.advanced = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.fresh = True
            self.advanced = False
        elif (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QDateEdit)
        ):
            return self._key(watched, event)
        return False

    def _key(self, field: QDateEdit, event: QKeyEvent) -> bool:
        text = event.text()
        line = field.lineEdit()
        all_selected = bool(line.selectedText()) and line.selectedText() == line.text()
        if text[:1].isdigit() and (self.fresh or all_selected):
            field.setCurrentSection(QDateTimeEdit.Section.DaySection)
            field.setSelectedSection(QDateTimeEdit.Section.DaySection)
        self.fresh = False
        if text in _SEPARATORS:
            if self.advanced:
                self.advanced = False
                return True  # Qt already moved to the next part
            if text != ".":
                dot = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Period, event.modifiers(), ".")
                QApplication.sendEvent(field, dot)
                return True
            return False
        if text[:1].isdigit():
            before = field.currentSection()
            # Let the field take the digit now, to see whether it moved on by itself.
            field.removeEventFilter(self)
            try:
                QApplication.sendEvent(field, event)
            finally:
                field.installEventFilter(self)
            self.advanced = field.currentSection() != before
            return True
        self.advanced = False
        return False


class DateField(QDateEdit):
    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        if date is not None:
            self.setDate(date)
        # Owned by the field (no reference back): it goes when the field goes.
        self.installEventFilter(_Typing(self))
