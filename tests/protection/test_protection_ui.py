"""The Risk, Safety plan and Protection orders tabs, and the reminders card."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from protection_support import make_case, order_data
from protection_ui_support import page_context, pending_qm, shoot, turkish
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from kdm_desktop.domain.protection.risk import RiskLevel, load_checklist
from kdm_desktop.services.orders import OrderService
from kdm_desktop.services.risk import RiskService
from kdm_desktop.services.safety_plans import SafetyPlanService
from kdm_desktop.ui.cases.extension_features import build_case_extensions
from kdm_desktop.ui.pages.features import build_registry
from kdm_desktop.ui.protection.order_dialogs import BreachDialog, ExtendDialog
from kdm_desktop.ui.protection.orders_tab import OrdersTab
from kdm_desktop.ui.protection.plan_tab import SafetyPlanTab
from kdm_desktop.ui.protection.reminders_card import RemindersCard
from kdm_desktop.ui.protection.risk_tab import RiskTab
from qt_fixtures import qm_path, turkish_ui

CRITICAL = sorted(load_checklist().critical_ids)
# The window's own catalogue too (widgets moved out of RiskTab read it): without it the
# tests passed only after another module had installed it in the same worker.
__all__ = ["pending_qm", "qm_path", "turkish", "turkish_ui"]


@pytest.fixture
def ctx(tmp_path: Path):
    return page_context(tmp_path)


def test_features_are_registered(session) -> None:
    keys = [t.key for t in build_case_extensions().tabs_for(session)]
    assert {"risk", "safety_plan", "orders"} <= set(keys)
    assert "reminders" in [c.key for c in build_registry().cards_for(session)]


def test_risk_tab_live_score_red_badge_and_history(qtbot, session, ctx) -> None:
    case = make_case(session)
    tab = RiskTab(session, case.id, ctx)
    qtbot.addWidget(tab)
    assert tab.latest_badge.text() == "Değerlendirilmedi"
    for item_id in CRITICAL[:2]:
        tab.findChild(type(tab.groups[item_id].button(1)), f"yes_{item_id}").setChecked(True)
    assert tab.score_label.text().startswith("2 / 22")
    assert tab.level_badge.level is RiskLevel.HIGH
    assert tab.level_badge.text() == "Yüksek risk"
    assert "#b00020" in tab.level_badge.styleSheet()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    # 20 of 22 open: she is told so before anything is saved.
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "kdmMessageBox")
    assert "22" in box.text() and "20" in box.text()
    assert tab.history.rowCount() == 0
    box.findChild(QPushButton, "confirmYes").click()
    assert tab.history.rowCount() == 1
    assert tab.trend_label.text() in ("İlk değerlendirme", "First assessment")
    assert tab.latest_badge.level is RiskLevel.HIGH and "#b00020" in tab.latest_badge.styleSheet()
    shoot(tab, "risk_tab")


def test_risk_tab_raise_needs_a_reason(qtbot, session, ctx) -> None:
    case = make_case(session)
    tab = RiskTab(session, case.id, ctx)
    qtbot.addWidget(tab)
    tab.judgement.setCurrentIndex(2)
    assert tab.level_badge.level is RiskLevel.HIGH
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "gerekçe" in tab.error.text()
    assert RiskService(session).history(case.id) == []
    tab.reason.setPlainText("Tehdit mesajları gösterdi.")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    (stored,) = RiskService(session).history(case.id)
    assert stored.final_level is RiskLevel.HIGH and stored.raised_by_judgement


def test_safety_plan_tab_saves_versions_and_pdf(qtbot, session, ctx, tmp_path, monkeypatch) -> None:
    case = make_case(session)
    tab = SafetyPlanTab(session, case.id, ctx)
    qtbot.addWidget(tab)
    assert not tab.pdf_button.isEnabled()
    tab.boxes["during_incident"]["code_word"].setChecked(True)
    tab.notes["during_incident"].setPlainText("Şifre kelime: “çiğdem”")
    tab.has_review.setChecked(True)
    tab.review_date.setDate(QDate(2027, 1, 15))
    tab.hide_logo.setChecked(True)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.version_label.text() == "Sürüm 1"
    tab.boxes["digital_safety"][next(iter(tab.boxes["digital_safety"]))].setChecked(True)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.version_label.text() == "Sürüm 2"
    plan = SafetyPlanService(session).latest(case.id)
    assert plan is not None and plan.review_date == datetime.date(2027, 1, 15) and plan.hide_logo

    out = tmp_path / "plan"
    monkeypatch.setattr(tab, "ask_pdf_path", lambda: str(out))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    pdf = out.with_suffix(".pdf")
    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Güvenlik Planım" in text and "çiğdem" in text
    shoot(tab, "safety_plan_tab")


def test_orders_tab_add_extend_breach(qtbot, session, ctx, monkeypatch) -> None:
    case = make_case(session)
    tab = OrdersTab(session, case.id, ctx)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 0 and not tab.extend_button.isEnabled()

    # The dialogs are children of the tab: closing the tab closes them, so they are
    # not registered with qtbot a second time (a deleted child made teardown fail).
    dialog = tab.make_order_dialog()
    dialog.kind.setCurrentIndex(1)  # önleyici
    dialog.file_no.setText("2026/55 D.İş")
    assert dialog.measures.count() > 3
    dialog.end.setDate(dialog.end.date().addDays(5))  # beyond six months
    dialog.measures.item(0).setCheckState(Qt.CheckState.Checked)
    dialog._submit()
    assert "6 ay" in dialog.error.text() and dialog.result_order is None
    dialog.end.setDate(dialog.end.date().addDays(-5))
    dialog._submit()
    assert dialog.result_order is not None
    tab.reload()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == "Önleyici tedbir"
    assert tab.table.item(0, 7).text() == "Yürürlükte"

    tab.table.selectRow(0)
    order = tab.selected()
    assert order is not None and tab.extend_button.isEnabled()
    ext = ExtendDialog(OrderService(session), order, tab)
    ext._submit()
    assert ext.result_order is not None
    br = BreachDialog(OrderService(session), order, tab)
    br.description.setPlainText("Kapıya geldi.")
    br._submit()
    assert br.result_order is not None
    tab.reload()
    assert tab.table.item(0, 8).text() == "1"
    assert tab.table.item(0, 6).text() != tab.table.item(0, 5).text()
    shoot(tab, "orders_tab")


def test_reminders_card_lists_and_navigates(qtbot, session, ctx) -> None:
    case = make_case(session)
    today = session.now().date()
    start = today - datetime.timedelta(days=20)
    end = today + datetime.timedelta(days=3)
    OrderService(session).add_from_mapping(
        case.id,
        order_data(
            decision_date=start.isoformat(), start_date=start.isoformat(), end_date=end.isoformat()
        ),
    )
    card = RemindersCard(session, ctx)
    qtbot.addWidget(card)
    assert card.list.count() == 1
    assert case.case_number in card.list.item(0).text()
    with qtbot.waitSignal(ctx.events.navigate_requested) as signal:
        card.list.itemClicked.emit(card.list.item(0))
    assert signal.args == ["cases"]
    shoot(card, "reminders_card")


def test_reminders_card_empty(qtbot, session, ctx) -> None:
    card = RemindersCard(session, ctx)
    qtbot.addWidget(card)
    card.show()
    assert card.list.count() == 0 and card.empty.isVisible()
    QApplication.processEvents()


def test_risk_tab_unknown_empty_and_preset(qtbot, session, ctx) -> None:
    from kdm_desktop.domain.protection.risk import UNKNOWN

    case = make_case(session)
    tab = RiskTab(session, case.id, ctx)
    qtbot.addWidget(tab)
    # An empty checklist is refused with a sentence, not stored as "standard risk".
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Standart risk" in tab.error.text()
    assert RiskService(session).history(case.id) == []
    # "Bilinmiyor" on one critical factor: medium, and the answer is kept as such.
    tab.preset({CRITICAL[0]: UNKNOWN, CRITICAL[1]: False})
    assert tab.answers()[CRITICAL[0]] == UNKNOWN
    assert tab.groups[CRITICAL[1]].checkedId() == 0
    assert tab.level_badge.level is RiskLevel.MEDIUM
    for group in tab.groups.values():
        if group.checkedId() < 0:
            group.button(0).setChecked(True)
    assert tab.unanswered_count() == 0
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)  # complete: no question
    (stored,) = RiskService(session).history(case.id)
    assert stored.answers[CRITICAL[0]] == UNKNOWN and stored.final_level is RiskLevel.MEDIUM
    assert tab.findChild(QLabel, "criticalNote").text().startswith("*")
