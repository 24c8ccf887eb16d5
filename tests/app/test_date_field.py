"""Dates are typed as people write them, wherever the cursor is (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kdm_desktop.ui.date_field import DateField


@pytest.fixture
def field(qtbot):
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    other = QLineEdit()
    edit = DateField(QDate(2026, 1, 10))
    layout.addWidget(other)
    layout.addWidget(edit)
    top.show()
    qtbot.waitExposed(top)
    yield other, edit
    top.close()  # `top` is held here until the test ends


@pytest.mark.parametrize("typed", ["3.12.2026", "03.12.2026", "3/12/2026", "3-12-2026"])
def test_clicking_at_the_year_then_typing_a_whole_date(qtbot, field, typed) -> None:
    other, edit = field
    other.setFocus()
    line = edit.lineEdit()
    # A click at the right end puts the cursor in the year, where a QDateEdit
    # would take only the year.
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(line.width() - 40, 5))
    qtbot.keyClicks(edit, typed)
    assert edit.date() == QDate(2026, 12, 3)


def test_typing_over_a_selected_date(qtbot, field) -> None:
    _other, edit = field
    edit.setFocus()
    qtbot.keyClicks(edit, "1")  # a first digit: the day
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "28.2.2027")
    assert edit.date() == QDate(2027, 2, 28)


def test_arrows_still_change_one_part(qtbot, field) -> None:
    _other, edit = field
    edit.setFocus()
    edit.setCurrentSection(DateField.Section.MonthSection)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() == QDate(2026, 2, 10)
