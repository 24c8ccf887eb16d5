"""The list of people she named never scrolls sideways: a long entry wraps.

In English "1. Husband — Tuncay Karaca (primary)" was cut at "(primary" with a
horizontal scroll bar under the list (22b-vaka-siddet-uygulayan.png, --lang en)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidgetItem

from kdm_desktop.ui.perpetrator.people import PeopleList


def test_a_long_entry_wraps_instead_of_scrolling(qtbot) -> None:
    people = PeopleList()
    qtbot.addWidget(people)
    people.resize(255, 400)
    people.show()
    qtbot.waitExposed(people)
    text = "1. Husband — Tuncay Karaca Yılmazoğlu (primary)"
    people.list.addItem(QListWidgetItem(text))
    people.list.addItem(QListWidgetItem("2. Other"))
    qtbot.wait(20)
    assert people.list.horizontalScrollBar().maximum() == 0
    rect = people.list.visualItemRect(people.list.item(0))
    assert rect.right() <= people.list.viewport().width()
    # Wrapped, so taller than the one-line entry under it.
    assert rect.height() > people.list.visualItemRect(people.list.item(1)).height()
