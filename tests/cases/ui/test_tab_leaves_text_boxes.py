"""Tab leaves every multi-line box of the day's forms (no keyboard trap).

In a plain QPlainTextEdit, Tab types a tab character: someone working from the
keyboard (or with a screen reader) is stuck in the box. The notes, the intake and
the letter already let Tab move on; the order note, the breach description, the
safety plan's section notes, the risk assessment's reason and the appointment
note did not. Invented people only.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from ui_cases_support import cases_page, draft

from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.orders import OrderService
from kdm_desktop.ui.calendar.dialogs import AppointmentDialog
from kdm_desktop.ui.protection.order_dialogs import BreachDialog


def _tab_leaves(qtbot, box: QPlainTextEdit) -> None:
    box.window().show()
    box.window().activateWindow()
    box.setFocus()
    box.setPlainText("Kız kardeşi Dilek")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert "\t" not in box.toPlainText(), box.objectName() or box.accessibleName()
    assert QApplication.focusWidget() is not box


def test_tab_moves_on_from_every_text_box_of_the_case(qtbot, make_app, staffed) -> None:
    with staffed.login() as s:
        case_id = CaseService(s).create(draft(first_name="Şebnem", last_name="Işıkgör")).id
    app = make_app(staffed.data_dir)
    page = cases_page(qtbot, app)
    page.open_case(case_id)
    view = page.case_view
    risk = view.show_tab("risk")
    _tab_leaves(qtbot, risk.reason)
    plan = view.show_tab("safety_plan")
    for notes in plan.notes.values():
        _tab_leaves(qtbot, notes)
    orders = view.show_tab("orders")
    order = orders.make_order_dialog()
    order.open()
    _tab_leaves(qtbot, order.note)
    order.file_no.setText("2026/41 D.İş")
    order.measures.item(0).setCheckState(Qt.CheckState.Checked)
    order._submit()
    assert order.result_order is not None, order.error.text()
    breach = BreachDialog(OrderService(page._session), order.result_order, orders)
    breach.open()
    _tab_leaves(qtbot, breach.description)
    breach.done(0)
    calendar_page = app.workspace.page("calendar") if app.workspace.select("calendar") else None
    assert calendar_page is not None
    booking = calendar_page.new_appointment(dt.datetime(2026, 12, 7, 10))
    assert isinstance(booking, AppointmentDialog)
    _tab_leaves(qtbot, booking.note)
    booking.done(0)
