"""A social worker's whole day at the desk, in the real window (offscreen).

Builds on test_desk_flow (which counts the steps of the day-one tasks): here the
day goes on, through what came to light walking it: closing the window with
unsaved work in three tabs of her case and coming back (only the tabs holding a
draft are built, and each question names its form), moving one session of a
weekly series from the calendar window (there was no way to), and Tab leaving
the multi-line boxes of the risk, plan, order and appointment forms. Invented people only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
)
from ui_cases_support import unlock

from kdm_desktop.domain.cases.choices import ConsentPurpose
from kdm_desktop.services.attachments import AttachmentService
from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.services.casefile import create_case_file, open_session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.drafts import DraftService
from kdm_desktop.services.letters import LetterService
from kdm_desktop.services.risk import RiskService
from kdm_desktop.services.safety_plans import SafetyPlanService
from kdm_desktop.services.transfers import TransferService
from kdm_desktop.services.trust import TrustService
from kdm_desktop.ui.calendar.dialogs import AppointmentDialog, EntryDialog
from kdm_desktop.ui.calendar.page import DAY
from kdm_desktop.ui.drafts import capture_inputs
from kdm_desktop.ui.letters.dialog import LetterDialog
from kdm_desktop.ui.transfers.handover import HandOverDialog
from kdm_testing import ADMIN, ADMIN_PASSWORD, CENTRE


def _visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _konak(staffed, root: Path):
    """Konak's centre: the two centres trust each other's cards (done by the admins)."""
    path = root / "KNK"
    other = create_case_file(
        path,
        centre=dataclasses.replace(CENTRE, code="KNK", name="Konak Kadın Danışma Merkezi"),
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
    ).session
    with staffed.login() as admin:
        ours = TrustService(admin)
        ours.import_card(TrustService(other).own_card(), TrustService(other).own_fingerprint())
        TrustService(other).import_card(ours.own_card(), ours.own_fingerprint())
    other.close()
    return path


def _menu(button, entry: str) -> None:
    (action,) = [a for a in button.menu().actions() if a.text().replace("&", "") == entry]
    action.trigger()


def test_a_day_at_the_desk(qtbot, make_app, staffed, tmp_path: Path, turkish_ui) -> None:
    konak = _konak(staffed, tmp_path)
    app = make_app(staffed.data_dir)
    app.window.resize(1366, 698)
    app.window.show()
    unlock(qtbot, app, "sosyal")
    workspace = app.workspace
    workspace.select("cases")
    page = workspace.page("cases")

    # --- intake with consent ---
    page.new_intake()
    form = page.intake
    f = form.fields
    form.go_to(1)
    f.set_value("first_name", "Işıl")
    f.set_value("last_name", "Şahinoğlu")
    f.set_value("birth_date", "14.02.1987")
    f.set_value("phone", "0532 444 55 66")
    form.go_to(3)
    form.fields.consent_processing.setChecked(True)
    form.fields.recipient_checks["sonim"].setChecked(True)
    form.save()
    if form.stack.currentWidget() is form.duplicates:
        form.duplicates.continue_requested.emit()
    qtbot.waitUntil(lambda: page.case_view is not None)
    view = page.case_view
    case_id = view.case_id
    session = page._session

    # --- risk assessment and safety plan ---
    risk = view.show_tab("risk")
    # From the keyboard: Tab leaves the reason box (it typed a tab and kept her there).
    risk.reason.setFocus()
    qtbot.keyClick(risk.reason, Qt.Key.Key_Tab)
    assert risk.reason.toPlainText() == "" and QApplication.focusWidget() is not risk.reason
    for group in risk.groups.values():
        group.button(0).setChecked(True)
    risk.save()
    assert RiskService(session).history(case_id)
    plan = view.show_tab("safety_plan")
    next(iter(plan.boxes["during_incident"].values())).setChecked(True)
    plan.save_button.click()
    assert SafetyPlanService(session).latest(case_id) is not None

    # --- a protection order ---
    orders = view.show_tab("orders")
    order = orders.make_order_dialog()
    today = session.now().date()
    order.file_no.setText("2026/112 D.İş")
    order.decision.setDate(today)
    order.start.setDate(today)
    order.end.setDate(today + dt.timedelta(days=90))
    order.measures.item(0).setCheckState(order.measures.item(0).checkState().Checked)
    order._submit()
    assert order.result_order is not None, order.error.text()

    # --- a follow-up, and a weekly series with one session moved ---
    _menu(view.actions_button, "Takip randevusu ver…")
    (booking,) = _visible(AppointmentDialog)
    booking.save()
    assert booking.booked is not None, booking.error.text()
    workspace.select("calendar")
    calendar = workspace.page("calendar")
    monday = today + dt.timedelta(days=14 - today.weekday())
    series = calendar.new_appointment(dt.datetime.combine(monday, dt.time(15)))
    series.case_number.setText("şahinoğlu")
    series.find_case.click()
    assert series.chosen is not None and series.chosen.case_id == case_id
    series.staff.setCurrentIndex(series.staff.findData("sosyal"))
    series.repeat.setChecked(True)
    series.repeat_count.setValue(4)
    series.save()
    assert series.booked is not None, series.error.text()
    second = monday + dt.timedelta(days=7)
    calendar.show_date(second, DAY)
    (_rect, ref), *_ = calendar.day_view.hit_rects()
    entry = calendar.open_entry(ref)
    assert isinstance(entry, EntryDialog)
    entry.move_date.setDate(QDate(second.year, second.month, second.day + 0).addDays(2))
    entry.move_time.setTime(QTime(11, 0))
    entry.move_button.click()
    assert not entry.isVisible(), entry.error.text()
    cal = CalendarService(session)
    moved_to = second + dt.timedelta(days=2)
    assert [e.appointment.start.hour for e in cal.list_range(moved_to, moved_to)] == [11]
    assert cal.list_range(second, second) == []

    # --- a referral letter, printed ---
    workspace.select("cases")
    _menu(view.actions_button, "Sevk yazısı…")
    (letter,) = _visible(LetterDialog)
    letter.findChild(QPlainTextEdit, "letterField_reason").setPlainText(
        "Psikolojik destek için yönlendirme."
    )
    printing = letter.print_letter()
    printing.accept()
    qtbot.wait(100)
    for box in _visible(QMessageBox):
        box.close()  # no printer here: Qt reports it, as on a desk without one
    assert LetterService(session).for_case(case_id)
    letter.done(0)

    # --- a note and an attachment ---
    view.tabs.setCurrentWidget(view.notes)
    view.notes.editor.setPlainText("İlk görüşme yapıldı; çocuklarla birlikte geldi.")
    view.notes.save()
    scan = tmp_path / "dilekce.pdf"
    scan.write_bytes(b"%PDF-1.4\n% sentetik\n")
    view.tabs.setCurrentWidget(view.attachments)
    assert view.attachments.add_file(scan)
    assert AttachmentService(session).for_case(case_id)

    # --- find her with ı/İ/ş in any case ---
    page.show_list()
    for typed in ("IŞIL", "ışıl", "Işıl", "şahinoğlu", "ŞAHİNOĞLU"):
        assert [r.id for r in CaseService(session).search(typed)] == [case_id], typed

    # …and in the window: typed in capitals, Enter opens her.
    page.list.search.setFocus()
    page.list.search.insert("IŞIL")
    qtbot.wait(600)  # the search-as-you-type pause
    qtbot.keyClick(page.list.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.case_view is not None)
    view = page.case_view
    assert view.case_id == case_id

    # --- lock and come back: the typed note is offered back ---
    view.tabs.setCurrentWidget(view.notes)
    view.notes.editor.setPlainText("Kilitlemeden önce yazılan not.")
    app.lock()
    unlock(qtbot, app, "sosyal")
    qtbot.waitUntil(lambda: app.draft_offer is not None and app.draft_offer.isVisible())
    app.draft_offer.restore_button.click()
    view = app.workspace.page("cases").case_view
    assert view.notes.editor.toPlainText() == "Kilitlemeden önce yazılan not."

    # --- close with unsaved work in three tabs, reopen: everything comes back ---
    risk = view.show_tab("risk")
    yes = [r for r in risk.findChildren(QRadioButton) if r.objectName().startswith("yes_")]
    yes[0].setChecked(True)
    plan = view.show_tab("safety_plan")
    next(iter(plan.boxes["digital_safety"].values())).setChecked(True)
    risk_typed, plan_typed = capture_inputs(risk), capture_inputs(plan)
    app.window.close()
    app.shutdown()
    app = make_app(staffed.data_dir)
    unlock(qtbot, app, "sosyal")
    qtbot.waitUntil(lambda: app.draft_offer is not None and app.draft_offer.isVisible())
    assert app.draft_offer.list.count() == 3
    app.draft_offer.restore_button.click()  # the first: the note
    page = app.workspace.page("cases")
    view = page.case_view
    assert view.notes.editor.toPlainText() == "Kilitlemeden önce yazılan not."
    qtbot.waitUntil(lambda: len(_visible(QMessageBox)) == 2)
    assert sorted(b.text().split("\n")[0] for b in _visible(QMessageBox)) == [
        "Güvenlik planı",
        "Risk değerlendirmesi",
    ]
    assert not view.case_tabs.lazy.is_built("orders")
    for box in _visible(QMessageBox):
        box.findChild(QPushButton, "draftRestore").click()
    assert capture_inputs(view.show_tab("risk")) == risk_typed
    assert capture_inputs(view.show_tab("safety_plan")) == plan_typed
    view.notes.save()
    plan = view.show_tab("safety_plan")
    plan.save_button.click()

    # --- hand the case over to Konak, and import it there ---
    session = page._session
    view.tabs.setCurrentWidget(view.consents)
    consents = view.consents
    label = ConsentPurpose.SHARE_WITH_CENTRES.label
    consents.purpose.setCurrentIndex(consents.purpose.findText(label))
    consents.record_button.click()
    _menu(view.actions_button, "Başka merkeze gönder…")
    (handover,) = _visible(HandOverDialog)
    handover.send_button.click()
    chooser = handover.findChild(QFileDialog, "handOverSaveDialog")
    out = tmp_path / "aktarim-KNK.kdmb"
    chooser.selectFile(str(out))
    chooser.accept()
    qtbot.waitUntil(lambda: handover.result_ is not None, timeout=20000)
    handover.close()
    qtbot.waitUntil(lambda: "Devredildi" in view.facts.text())
    there = open_session(konak, ADMIN, ADMIN_PASSWORD)
    try:
        transfers = TransferService(there)
        preview = transfers.preview(out)
        assert [c.case_number for c in preview.cases]
        transfers.import_bundle(out, confirmed=True)
        (found,) = CaseService(there).search("ışıl şahinoğlu")
        assert found.display_name.startswith("Işıl")
    finally:
        there.close()
    # The note and the plan were saved: their drafts went with it; the risk
    # answers she has not saved yet stay hers.
    assert [d.kind.value for d in DraftService(session).mine()] == ["risk"]
