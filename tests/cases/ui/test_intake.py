"""The intake form: field errors per step, saving, the duplicate warning."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from ui_cases_support import VALID_TC, cases_page, click, draft, message_boxes

from kdm_desktop.services.cases import CaseService
from kdm_desktop.ui.cases.intake import IntakeForm


def start_intake(qtbot, page) -> IntakeForm:
    qtbot.keyClick(page.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.intake is not None and page.intake.isVisible()
    return page.intake


def fill_client(form: IntakeForm, tc: str = VALID_TC, birth: str = "12.04.1988") -> None:
    w = form.fields.widgets
    w["first_name"].setText("Zehra")
    w["last_name"].setText("Güneş")
    w["tc_kimlik_no"].setText(tc)
    w["birth_date"].setText(birth)
    w["phone"].setText("0533 765 43 21")
    w["district"].set_value("Bornova")


def case_count(casefile) -> int:
    with casefile.login() as s:
        return CaseService(s).count()


def test_field_errors_stop_the_step_and_store_nothing(qtbot, make_app, casefile) -> None:
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    form = start_intake(qtbot, page)
    assert form.step == 0
    click(qtbot, form.next_button)
    assert form.step == 1
    future = (datetime.date.today() + datetime.timedelta(days=400)).strftime("%d.%m.%Y")
    fill_client(form, tc="12345678901", birth=future)
    click(qtbot, form.next_button)
    assert form.step == 1
    errors = form.fields.errors
    assert errors["tc_kimlik_no"].isVisibleTo(form) and "T.C." in errors["tc_kimlik_no"].text()
    assert errors["birth_date"].text() == "Doğum tarihi ileri bir tarih olamaz."
    assert not errors["first_name"].isVisibleTo(form)
    # A date the window cannot read is explained there too.
    form.fields.widgets["birth_date"].setText("31.02.1990")
    click(qtbot, form.next_button)
    assert form.step == 1 and "31.02.1990" not in errors["birth_date"].text()
    assert errors["birth_date"].isVisibleTo(form)
    # Fixed: the errors go and the next step opens.
    form.fields.widgets["tc_kimlik_no"].setText(VALID_TC)
    form.fields.widgets["birth_date"].setText("12.04.1988")
    click(qtbot, form.next_button)
    assert form.step == 2 and not errors["tc_kimlik_no"].isVisibleTo(form)
    # Cancel asks first, then nothing is kept.
    click(qtbot, form.cancel_button)
    (box,) = message_boxes()
    (yes,) = [b for b in box.buttons() if b.objectName() == "confirmYes"]
    click(qtbot, yes)
    qtbot.waitUntil(lambda: page.intake is None)
    app.lock()
    assert case_count(casefile) == 0


def test_a_valid_intake_creates_the_case_and_opens_it(qtbot, make_app, casefile) -> None:
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    form = start_intake(qtbot, page)
    click(qtbot, form.next_button)
    fill_client(form)
    form.fields.widgets["marital_status"].set_value("imam_nikahli")
    form.fields.widgets["children"].add_child(7, True)
    click(qtbot, form.next_button)
    form.fields.violence_checks["fiziksel"].setChecked(True)
    form.fields.violence_checks["ekonomik"].setChecked(True)
    form.fields.widgets["weapon_access"].set_value(True)
    click(qtbot, form.next_button)
    assert form.step == 3 and form.save_button.isVisible()
    form.fields.consent_processing.setChecked(True)
    click(qtbot, form.save_button)
    view = page.case_view
    assert view is not None and page.intake is None
    record = view.view.record
    assert record.display_name == "Zehra Güneş"
    assert view.title.text() == f"{record.case_number} — Zehra Güneş"
    assert record.draft.marital_status.label == "Yalnızca imam nikâhı"
    assert view.violence.values["violence_types"].text() == "Ekonomik, Fiziksel"
    assert [c.purpose.value for c in view.view.consents] == ["isleme"]
    assert view.summary.values["children"].text().startswith("7")


def test_duplicate_warning_lets_her_open_the_existing_file(qtbot, make_app, casefile) -> None:
    with casefile.login() as s:
        existing = CaseService(s).create(draft())
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    form = start_intake(qtbot, page)
    click(qtbot, form.next_button)
    fill_client(form)
    for _ in range(2):
        click(qtbot, form.next_button)
    form.fields.consent_processing.setChecked(True)
    click(qtbot, form.save_button)
    panel = form.duplicates
    assert panel.isVisible()
    assert panel.title.text() in (
        "Bu kişinin zaten bir dosyası olabilir",
        "This person may already have a file",
    )
    (text,) = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert existing.case_number in text and "Aynı kimlik numarası" in text
    click(qtbot, panel.open_button)
    assert page.case_view is not None and page.case_view.case_id == existing.id
    assert case_count_in(page) == 1


def test_duplicate_warning_can_be_overridden(qtbot, make_app, casefile) -> None:
    with casefile.login() as s:
        CaseService(s).create(draft())
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    form = start_intake(qtbot, page)
    click(qtbot, form.next_button)
    fill_client(form)
    for _ in range(2):
        click(qtbot, form.next_button)
    form.fields.consent_processing.setChecked(True)
    click(qtbot, form.save_button)
    click(qtbot, form.duplicates.continue_button)
    assert page.case_view is not None
    assert page.case_view.view.record.display_name == "Zehra Güneş"
    assert case_count_in(page) == 2


def case_count_in(page) -> int:
    return CaseService(page._session).count()


def test_no_consent_asks_why_and_records_the_reason(qtbot, make_app, casefile) -> None:
    from kdm_desktop.services.case_notes import NoteService

    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    form = start_intake(qtbot, page)
    click(qtbot, form.next_button)
    fill_client(form)
    for _ in range(2):
        click(qtbot, form.next_button)
    assert not form.fields.consent_processing.isChecked()
    click(qtbot, form.save_button)
    dialog = form.no_consent_dialog
    assert dialog.isVisible() and case_count_in(page) == 0
    # Saving without a reason is not possible; cancelling stores nothing.
    dialog.findChild(type(form.save_button), "noConsentSave").click()
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)
    dialog.reject()
    assert case_count_in(page) == 0 and page.intake is form
    click(qtbot, form.save_button)
    dialog = form.no_consent_dialog
    dialog.options[0].setChecked(True)  # an emergency
    dialog.findChild(type(form.save_button), "noConsentSave").click()
    view = page.case_view
    assert view is not None and not view.view.consents
    (note,) = NoteService(page._session).for_case(view.case_id)
    assert "rıza" in note.text and "Acil durum" in note.text


def test_life_danger_at_intake_opens_the_risk_assessment(qtbot, make_app, casefile) -> None:
    from kdm_desktop.domain.protection.risk import RiskLevel

    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    form = start_intake(qtbot, page)
    click(qtbot, form.next_button)
    fill_client(form)
    click(qtbot, form.next_button)
    form.fields.violence_checks["fiziksel"].setChecked(True)
    form.fields.widgets["life_danger"].set_value(True)
    form.fields.widgets["weapon_access"].set_value(True)
    click(qtbot, form.next_button)
    form.fields.consent_processing.setChecked(True)
    click(qtbot, form.save_button)
    view = page.case_view
    assert view is not None
    tab = view.tabs.currentWidget()
    assert tab.objectName() == "caseTab_risk"
    answers = tab.answers()
    assert answers["fears_for_life"] is True and answers["weapon_access"] is True
    # Two critical factors: high risk before a single further click.
    assert tab.level_badge.level is RiskLevel.HIGH
