"""The intake form built with an English window labels the responsible staff member
in English (the label was read once, in Turkish, when the module was imported)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout
from ui_cases_support import cases_page

from kdm_desktop.ui import i18n


def _row_label(widget) -> str:
    parent = widget
    while parent is not None:
        layout = parent.parentWidget().layout() if parent.parentWidget() else None
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(parent)
            if label is not None:
                return str(label.text())
        parent = parent.parentWidget()
    raise AssertionError("no form row")


def test_assignee_label_follows_the_language(qtbot, qapp, make_app, casefile) -> None:
    i18n.install(qapp, "en")
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    qtbot.keyClick(page.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.intake
    assert form is not None
    assigned = form.fields.widgets["assigned_to"]
    assert assigned.accessibleName() == "Responsible staff member"
    assert _row_label(assigned) == "Responsible staff member"
