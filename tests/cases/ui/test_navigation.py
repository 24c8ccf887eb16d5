"""From the start page straight to the case: a reminder opens the case itself (issue 14)."""

from __future__ import annotations

import datetime

from ui_cases_support import cases_page, draft, message_boxes, unlock

from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.orders import OrderService
from kdm_desktop.ui.protection.reminders_card import RemindersCard


def _case_with_order_ending_soon(casefile):
    with casefile.login() as s:
        ref = CaseService(s).create(draft())
        today = s.now().date()
        start = today - datetime.timedelta(days=20)
        end = today + datetime.timedelta(days=3)
        OrderService(s).add_from_mapping(
            ref.id,
            {"kind": "önleyici", "issuer": "aile_mahkemesi", "issuer_name": "İzmir 3. Aile",
             "file_no": "2026/1", "decision_date": start.isoformat(),
             "start_date": start.isoformat(), "end_date": end.isoformat(),
             "measures": ["m5_yaklasmama"]},
        )  # fmt: skip
    return ref


def test_a_reminder_click_opens_its_case(qtbot, make_app, casefile) -> None:
    ref = _case_with_order_ending_soon(casefile)
    app = make_app(casefile.data_dir)
    unlock(qtbot, app)
    workspace = app.workspace
    assert workspace is not None and workspace.current_key == "start"
    card = workspace.findChild(RemindersCard)
    assert card is not None and card.list.count() == 1
    card.list.itemClicked.emit(card.list.item(0))
    assert workspace.current_key == "cases"
    page = workspace.page("cases")
    assert page.case_view is not None and page.case_view.case_id == ref.id


def test_a_reminder_never_throws_away_an_open_form(qtbot, make_app, casefile) -> None:
    _case_with_order_ending_soon(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.new_intake()
    assert page.intake is not None
    page.intake.fields.set_value("reason", "Yarım kalmış başvuru")
    workspace = app.workspace
    workspace.select("start")
    card = workspace.findChild(RemindersCard)
    card.list.itemClicked.emit(card.list.item(0))
    boxes = message_boxes()
    assert boxes and "form" in boxes[0].text().lower()
    boxes[0].close()
    assert page.intake is not None and page.case_view is None
