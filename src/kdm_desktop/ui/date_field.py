"""A date field that takes a date typed the Turkish way: "3.12.2026" (issue 14).

A plain QDateEdit only takes typing into the section the cursor is in: click at
the end of the field (the year) and type "3.12.2026", and nothing changes. Here
the first digit typed after the field gets the focus, or while the whole text is
selected, starts at the day; "/", "-", "," and a space count as the "." between
parts, so "3/12/2026" works too. The calendar pop-up stays for those who prefer it.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

DISPLAY_FORMAT = "dd.MM.yyyy"
_SEPARATORS = {"/", "-", ",", " "}


class DateField(QDateEdit):
    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        if date is not None:
            self.setDate(date)
        # True until the first key after getting the focus: typing then starts a new date.
        self._fresh = False
        # True when the last digit filled its part and Qt moved on by itself: the "."
        # she types next must not skip the part after it ("03.12" is day 3, month 12).
        self._advanced = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._fresh = True

    def _all_selected(self) -> bool:
        line = self.lineEdit()
        return bool(line.selectedText()) and line.selectedText() == line.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text[:1].isdigit() and (self._fresh or self._all_selected()):
            self.setCurrentSection(QDateTimeEdit.Section.DaySection)
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)
        self._fresh = False
        if text in _SEPARATORS or text == ".":
            if self._advanced:
                self._advanced = False
                event.accept()
                return
            event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Period, event.modifiers(), ".")
        before = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = text[:1].isdigit() and self.currentSection() != before
