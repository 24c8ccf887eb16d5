"""With an English window, the risk, safety-plan and order screens show the packaged
questions, sections and Law 6284 measures in English (no translator installed: the
window's own strings are English source strings)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from protection_support import make_case
from protection_ui_support import page_context, shoot
from PySide6.QtWidgets import QGroupBox, QLabel

from kdm_desktop import messages
from kdm_desktop.domain.protection.order_kinds import IssuerKind, OrderKind
from kdm_desktop.services.orders import OrderService
from kdm_desktop.ui.protection.order_dialogs import OrderDialog
from kdm_desktop.ui.protection.plan_tab import SafetyPlanTab
from kdm_desktop.ui.protection.risk_tab import RiskTab

TURKISH_LETTERS = re.compile("[ğĞıİşŞçÇöÖüÜ]")


@pytest.fixture
def english() -> Iterator[None]:
    messages.set_language("en")
    try:
        yield
    finally:
        messages.set_language("tr")


def _turkish(texts: list[str]) -> list[str]:
    return [t for t in texts if TURKISH_LETTERS.search(t.replace("ŞÖNİM", ""))]


def test_risk_tab_questions_are_english(qtbot, session, tmp_path: Path, english) -> None:
    case = make_case(session)
    tab = RiskTab(session, case.id, page_context(tmp_path))
    qtbot.addWidget(tab)
    groups = [g.title() for g in tab.findChildren(QGroupBox)]
    labels = [label.text() for label in tab.findChildren(QLabel)]
    assert "Threats and weapons" in groups
    assert any(t.startswith("Has he ever choked you") for t in labels)
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
