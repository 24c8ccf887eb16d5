"""The risk history and the orders table show a day as every other table does:
"10 Ocak 2026", not "10 Ocak 2026 Cumartesi". With the weekday, the history's
narrow date column cut "5 Aralık 2026 Cumartesi" to "5 Aralık 2026 Cuma…" — which
reads as the wrong day (Friday) — and pushed the reason column off the table."""

from __future__ import annotations

from protection_support import make_case, order_data
from protection_ui_support import page_context, pending_qm, turkish
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from kdm_desktop.domain.dates import TURKISH_WEEKDAYS, format_shown_day
from kdm_desktop.domain.protection.risk import load_checklist
from kdm_desktop.services.orders import OrderService
from kdm_desktop.ui.protection.orders_tab import OrdersTab
from kdm_desktop.ui.protection.risk_tab import RiskTab

# Fixtures from protection_ui_support (the Turkish catalogue, autouse).
__all__ = ["pending_qm", "turkish"]


def _no_weekday(text: str) -> bool:
    return not any(day in text for day in TURKISH_WEEKDAYS)


def test_risk_history_dates_have_no_weekday(qtbot, session, tmp_path) -> None:
    case = make_case(session)
    tab = RiskTab(session, case.id, page_context(tmp_path))
    qtbot.addWidget(tab)
    item_id = sorted(load_checklist().critical_ids)[0]
    tab.findChild(type(tab.groups[item_id].button(1)), f"yes_{item_id}").setChecked(True)
    before = set(QApplication.topLevelWidgets())
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    # The question this click opened (not a box an earlier test left behind).
    box = next(
        w
        for w in QApplication.topLevelWidgets()
        if w not in before and w.objectName() == "kdmMessageBox"
    )
    box.findChild(QPushButton, "confirmYes").click()
    assert tab.history.rowCount() == 1
    shown = tab.history.item(0, 0).text()
    assert shown == format_shown_day(session.now().date())
    assert _no_weekday(shown), shown


def test_order_dates_have_no_weekday(qtbot, session, tmp_path) -> None:
    case = make_case(session)
    OrderService(session).add_from_mapping(case.case_number, order_data())
    tab = OrdersTab(session, case.id, page_context(tmp_path))
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 1
    # Decision, start, end and current end (columns 3–6).
    cells = [tab.table.item(0, c).text() for c in range(3, 7)]
    assert cells[:3] == ["10 Ocak 2026", "10 Ocak 2026", "10 Temmuz 2026"], cells
    assert all(_no_weekday(c) for c in cells), cells
