"""Closing the window with unsaved work in several tabs of a case, and coming back.

Invented people only.
"""

from __future__ import annotations

from drafts_support import message_boxes, unlock
from PySide6.QtWidgets import QRadioButton

from kdm_desktop.services.drafts import DraftService
from kdm_desktop.ui.drafts import capture_inputs


def _type_in_three_tabs(app, case_id):
    assert app.workspace.select("cases")
    page = app.workspace.page("cases")
    page.open_case(case_id)
    view = page.case_view
    view.tabs.setCurrentWidget(view.notes)
    view.notes.editor.setPlainText("Görüşme notu: Işıl Hanım çocuklarla geldi.")
    risk = view.show_tab("risk")
    yes = [r for r in risk.findChildren(QRadioButton) if r.objectName().startswith("yes_")]
    yes[0].setChecked(True)
    plan = view.show_tab("safety_plan")
    boxes = [b for items in plan.boxes.values() for b in items.values()]
    boxes[0].setChecked(True)
    return capture_inputs(risk), capture_inputs(plan)


def test_restoring_one_draft_asks_nothing_about_the_tabs_she_is_not_looking_at(
    qtbot, make_app, staffed, case_id
) -> None:
    app = make_app(staffed.data_dir)
    unlock(qtbot, app)
    risk_typed, plan_typed = _type_in_three_tabs(app, case_id)
    app.window.close()
    app.shutdown()
    with staffed.login() as s:
        assert len(DraftService(s).mine()) == 3  # nothing lost on closing

    again = make_app(staffed.data_dir)
    unlock(qtbot, again)
    qtbot.waitUntil(lambda: again.draft_offer is not None and again.draft_offer.isVisible())
    offer = again.draft_offer
    assert offer.list.count() == 3
    offer.list.setCurrentRow(0)  # the note
    offer.restore_button.click()
    qtbot.wait(50)
    view = again.workspace.page("cases").case_view
    assert view.notes.editor.toPlainText() == "Görüşme notu: Işıl Hanım çocuklarla geldi."
    # The other two tabs ask as the case opens, but each says which form it is
    # ("Bu form" alone did not, and two identical boxes stood over the notes).
    # Only the tabs with a draft were built, not every tab of the case.
    qtbot.waitUntil(lambda: len(message_boxes()) == 2)
    texts = sorted(b.text().split("\n")[0] for b in message_boxes())
    assert texts == ["Güvenlik planı", "Risk değerlendirmesi"]
    built = view.case_tabs.lazy
    assert not built.is_built("orders") and not built.is_built("attachments")
    for box in message_boxes():
        box.findChild(type(offer.restore_button), "draftRestore").click()
    assert capture_inputs(view.show_tab("risk")) == risk_typed
    assert capture_inputs(view.show_tab("safety_plan")) == plan_typed
