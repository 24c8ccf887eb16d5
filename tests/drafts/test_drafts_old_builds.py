"""A draft kept by an earlier build still comes back after the editor was rebuilt.

The risk tab was split into a checklist and a result panel, which changed the
widget paths its drafts are keyed by. A risk draft typed in the build before the
split must restore its ticks, judgement and reason; what no widget of this build
can take is named to her in Turkish and kept in the draft, never dropped silently.
Invented people only.
"""

from __future__ import annotations

from typing import Any

from drafts_support import message_boxes, unlock
from PySide6.QtWidgets import QRadioButton

from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.services.drafts import DraftService
from kdm_desktop.ui.protection.risk_tab import RiskTab

# The checklist's boxes (categories) in the order the build before the split laid them out.
_BOXES = {
    "escalation": 0,
    "previous_injury": 0,
    "strangulation": 0,
    "sexual_violence": 0,
    "threat_to_kill": 1,
    "weapon_access": 1,
    "weapon_threat": 1,
    "fears_for_life": 2,
    "recent_separation": 2,
    "pregnancy": 2,
    "isolation": 3,
    "jealous_control": 3,
    "financial_control": 3,
    "stalking": 3,
    "harm_to_children": 4,
    "threats_to_children": 4,
    "child_contact_conflict": 4,
    "suicide_threats": 5,
    "substance_use": 5,
    "breached_orders": 5,
    "perpetrator_criminal_history": 5,
    "animal_harm": 5,
}
TICKS = {
    "strangulation": "yes",
    "threat_to_kill": "yes",
    "weapon_access": "unknown",
    "pregnancy": "no",
    "stalking": "yes",
}
REASON = "Tehdit mesajları son iki haftada artmış."


def old_risk_draft() -> dict[str, Any]:
    """A risk draft exactly as the build before the split stored it: every radio
    button under the tab's unnamed scroll area, the judgement and reason at its top."""
    inputs: dict[str, object] = {}
    for item, box in _BOXES.items():
        for answer in ("yes", "no", "unknown"):
            path = f"QScrollArea#0/QWidget#0/QWidget#0/QGroupBox#{box}/{answer}_{item}"
            inputs[path] = TICKS.get(item) == answer
    inputs["judgementLevel"] = {"index": 2, "text": "Yükseğe yükselt"}
    inputs["judgementReason"] = REASON
    return {"inputs": inputs}


def _store(staffed: Any, case_id: str, content: dict[str, Any]) -> None:
    with staffed.login() as admin:
        DraftService(admin).save(DraftKind.RISK, case_id, content)


def _restore_offered(qtbot: Any, app: Any) -> RiskTab:
    qtbot.waitUntil(lambda: app.draft_offer is not None and app.draft_offer.isVisible())
    app.draft_offer.restore_button.click()
    qtbot.waitUntil(lambda: bool(app.workspace.page("cases").case_view.findChildren(RiskTab)))
    (tab,) = app.workspace.page("cases").case_view.findChildren(RiskTab)
    return tab


def _ticked(tab: RiskTab) -> dict[str, str]:
    out = {}
    for radio in tab.findChildren(QRadioButton):
        if radio.isChecked():
            answer, _, item = radio.objectName().partition("_")
            out[item] = answer
    return out


def test_a_risk_draft_from_the_build_before_the_split_restores_every_tick(
    qtbot, make_app, staffed, case_id
) -> None:
    _store(staffed, case_id, old_risk_draft())
    app = make_app(staffed.data_dir)
    unlock(qtbot, app)
    tab = _restore_offered(qtbot, app)
    assert _ticked(tab) == TICKS
    assert tab.judgement.currentIndex() == 2
    assert tab.reason.toPlainText() == REASON
    # Everything found its place: nothing to tell her.
    qtbot.wait(50)
    assert not [b for b in message_boxes() if b.objectName() == "draftUnrestored"]


def test_what_cannot_be_placed_is_named_in_turkish_and_kept_in_the_draft(
    qtbot, make_app, staffed, case_id
) -> None:
    content = old_risk_draft()
    # A note box an even older build had, and a question this checklist no longer asks.
    lost_note = "Çocuklar şimdilik teyzesi Sevim Hanım'da kalıyor."
    content["inputs"]["QScrollArea#0/QWidget#0/QWidget#0/QLineEdit#0"] = lost_note
    content["inputs"]["QScrollArea#0/QWidget#0/QWidget#0/QGroupBox#6/yes_old_question"] = True
    _store(staffed, case_id, content)
    app = make_app(staffed.data_dir)
    unlock(qtbot, app)
    tab = _restore_offered(qtbot, app)
    # The rest of her draft is back, as in the first test.
    assert _ticked(tab) == TICKS
    assert tab.reason.toPlainText() == REASON
    qtbot.waitUntil(lambda: any(b.objectName() == "draftUnrestored" for b in message_boxes()))
    (box,) = [b for b in message_boxes() if b.objectName() == "draftUnrestored"]
    said = f"{box.text()}\n{box.informativeText()}"
    assert "geri getirilemedi" in said
    assert lost_note in said  # her words, to type again where they belong
    # The tick on a question this checklist no longer has is counted.
    assert "artık sormadığı sorulardaki işaretler: 1" in said
    # Nothing is dropped: what found no place stays in her draft across a lock.
    box.accept()
    app.window.lock_action.trigger()
    assert app.state == "locked"
    with staffed.login() as admin:
        (kept,) = DraftService(admin).mine()
    assert lost_note in str(kept.content)
    assert "yes_old_question" in str(kept.content)
