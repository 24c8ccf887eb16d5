"""With an English window, the risk, safety-plan and order screens show the packaged
questions, sections and Law 6284 measures in English (no translator installed: the
window's own strings are English source strings)."""

from __future__ import annotations

import re
from pathlib import Path

from protection_support import make_case, order_data
from protection_ui_support import page_context, shoot
from PySide6.QtWidgets import QGroupBox, QLabel

from kdm_desktop import messages
from kdm_desktop.domain.protection.order_kinds import IssuerKind, OrderKind
from kdm_desktop.services.orders import OrderService
from kdm_desktop.ui.protection.order_dialogs import OrderDialog
from kdm_desktop.ui.protection.orders_tab import OrdersTab
from kdm_desktop.ui.protection.plan_tab import SafetyPlanTab
from kdm_desktop.ui.protection.risk_tab import RiskTab

TURKISH_LETTERS = re.compile("[ğĞıİşŞçÇöÖüÜ]")


def _turkish(texts: list[str]) -> list[str]:
    return [t for t in texts if TURKISH_LETTERS.search(t.replace("ŞÖNİM", ""))]


def test_risk_tab_questions_are_english(qtbot, session, tmp_path: Path, english) -> None:
    case = make_case(session)
    tab = RiskTab(session, case.id, page_context(tmp_path))
    qtbot.addWidget(tab)
    groups = [g.title() for g in tab.findChildren(QGroupBox)]
    labels = [label.text() for label in tab.findChildren(QLabel)]
    assert "Threats and weapons" in groups
    assert any(t.startswith("Has the person who harmed you ever choked you") for t in labels)
    assert _turkish(groups) == []
    questions = [t for t in labels if t.endswith(("?", "? *"))]
    assert len(questions) == 22 and _turkish(questions) == []
    shoot(tab, "risk_tab_english")


def test_safety_plan_tab_is_english(qtbot, session, tmp_path: Path, english) -> None:
    case = make_case(session)
    tab = SafetyPlanTab(session, case.id, page_context(tmp_path))
    qtbot.addWidget(tab)
    titles = [g.title() for g in tab.findChildren(QGroupBox)]
    assert "During a violent incident" in titles and _turkish(titles) == []
    boxes = [b.text() for section in tab.boxes.values() for b in section.values()]
    assert len(boxes) > 40 and _turkish(boxes) == []
    assert tab.boxes["during_incident"]["code_word"].text().startswith("I have agreed a code word")
    shoot(tab, "safety_plan_tab_english")


def test_order_dialog_measures_are_english(qtbot, session, english) -> None:
    case = make_case(session)
    dialog = OrderDialog(OrderService(session), case.id, session=session)
    qtbot.addWidget(dialog)
    seen: list[str] = []
    for kind in OrderKind:
        for issuer in IssuerKind:
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
            dialog.issuer.setCurrentIndex(dialog.issuer.findData(issuer.value))
            dialog._fill_measures()
            seen += [dialog.measures.item(r).text() for r in range(dialog.measures.count())]
    assert any("Not to approach the protected person" in t for t in seen)
    # "4/1-ç" is the law's own reference and stays as the law writes it.
    names = [t.split(": ", 1)[1] for t in seen]
    assert len(set(names)) >= 20 and _turkish(names) == []


def test_order_dialog_kind_and_issuer_are_english(qtbot, session, english) -> None:
    case = make_case(session)
    dialog = OrderDialog(OrderService(session), case.id, session=session)
    qtbot.addWidget(dialog)
    kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    issuers = [dialog.issuer.itemText(i) for i in range(dialog.issuer.count())]
    assert kinds == [messages.CATALOGUE[k.label_key]["en"] for k in OrderKind]
    assert issuers == [messages.CATALOGUE[i.label_key]["en"] for i in IssuerKind]
    assert _turkish(kinds + issuers) == []
    # The stored values are the codes, whatever the language.
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == list(OrderKind)


def test_orders_tab_kind_issuer_status_are_english(qtbot, session, tmp_path: Path, english) -> None:
    case = make_case(session)
    OrderService(session).add_from_mapping(case.id, order_data(issuer_name=""))
    tab = OrdersTab(session, case.id, page_context(tmp_path))
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 1
    row = [tab.table.item(0, c).text() for c in (0, 1, 7)]
    status = tab.orders[0].status
    assert row == [
        messages.CATALOGUE[OrderKind.ONLEYICI.label_key]["en"],
        messages.CATALOGUE[IssuerKind.AILE_MAHKEMESI.label_key]["en"],
        messages.CATALOGUE[status.label_key]["en"],
    ]
    assert _turkish(row) == []
    dates = [tab.table.item(0, c).text() for c in (3, 4, 5, 6)]
    assert dates[0] == "10 January 2026" and _turkish(dates) == []


def test_risk_history_level_is_english(qtbot, session, tmp_path: Path, english) -> None:
    from PySide6.QtWidgets import QApplication, QPushButton

    from kdm_desktop.domain.protection.risk import RiskLevel, load_checklist

    case = make_case(session)
    tab = RiskTab(session, case.id, page_context(tmp_path))
    qtbot.addWidget(tab)
    for item_id in sorted(load_checklist().critical_ids)[:2]:
        tab.findChild(type(tab.groups[item_id].button(1)), f"yes_{item_id}").setChecked(True)
    tab.save_button.click()
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "kdmMessageBox")
    box.findChild(QPushButton, "confirmYes").click()
    assert tab.history.rowCount() == 1
    assert tab.history.item(0, 2).text() == messages.CATALOGUE[RiskLevel.HIGH.label_key]["en"]


def test_default_emergency_numbers_follow_the_language(
    qtbot, session, tmp_path: Path, english
) -> None:
    from kdm_desktop.domain.protection.emergency_numbers import default_numbers, numbers_to_json
    from kdm_desktop.domain.protection.safety_plan import SafetyPlan, printable_sections
    from kdm_desktop.services.safety_plans import SafetyPlanService
    from kdm_desktop.ui.pages.settings_letters import LettersTab

    case = make_case(session)
    tab = SafetyPlanTab(session, case.id, page_context(tmp_path))
    qtbot.addWidget(tab)
    shown = [w.text() for w in tab.findChildren(QLabel, "planEmergencyNumber")]
    assert shown[0].startswith("112 – Emergency call") and _turkish(shown) == []
    # Her printed plan is a Turkish document, whatever the screen says.
    assert printable_sections(SafetyPlan())[0][1][0].startswith("112 – Acil Çağrı")
    # Settings shows the program's list in English; saving it unchanged keeps the
    # program's Turkish wording (her plan stays Turkish) and still shows English.
    settings = LettersTab(session)
    qtbot.addWidget(settings)
    assert settings.rows()[0] == ("112", default_numbers()[0].shown_label)
    assert _turkish([label for _, label in settings.rows()]) == []
    plans = SafetyPlanService(session)
    stored = plans.set_emergency_numbers([*settings.rows(), ("0232 000 11 22", "Shelter")])
    assert numbers_to_json(stored)[:5] == numbers_to_json(default_numbers())
    assert stored[0].line().startswith("112 – Emergency call")
    assert stored[5].line() == "0232 000 11 22 – Shelter"
