"""Settings › Letters and safety plan: the number series, the signatory and the
emergency numbers, each button pressed; the plan tab shows the centre's list."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem
from ui_support import close_message_boxes, message_boxes, unlock

from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.letter_settings import LetterSettingsService
from kdm_desktop.services.safety_plans import SafetyPlanService
from kdm_desktop.ui.fit import LAPTOP, fit_problems
from kdm_desktop.ui.pages.registry import PageContext, PageEvents, PageRegistry
from kdm_desktop.ui.protection.plan_tab import SafetyPlanTab
from kdm_desktop.ui.settings import AppSettings
from kdm_desktop.ui.tasks import TaskRunner


def _open(qtbot, make_app, casefile):
    app = make_app(casefile.data_dir)
    unlock(qtbot, app)
    app.workspace.select("settings")
    page = app.workspace.page("settings")
    assert page.letters is not None
    page.show_tab(page.letters)
    return app, page.letters


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_letter_settings_save_revert_and_refuse(qtbot, make_app, casefile) -> None:
    app, tab = _open(qtbot, make_app, casefile)
    year = app.session.now().year
    assert tab.edits["number_pattern"].text() == "{code}/{year}/SY-{seq}"
    # Shown with word joiners after the slashes (never broken across lines).
    assert f"NRL/{year}/SY-0001" in tab.example.text().replace("\u2060", "")
    tab.edits["number_pattern"].setText("{code}-{year}-{seq}")
    assert "dosya numarasına benziyor" in tab.example.text()
    _click(qtbot, tab.save_letters_button)
    # Said at the field, nothing stored.
    assert "dosya numarasına benziyor" in tab.field_errors["number_pattern"].text()
    assert LetterSettingsService(app.session).get().number_pattern == "{code}/{year}/SY-{seq}"
    _click(qtbot, tab.revert_letters_button)
    assert tab.edits["number_pattern"].text() == "{code}/{year}/SY-{seq}"
    tab.edits["number_pattern"].setText("{code}/{year}/YZ-{seq}")
    tab.edits["signatory_name"].setText("Dr. Nermin Karaağaç")
    tab.edits["signatory_title"].setText("Müdür")
    tab.edits["province"].setText("Bursa")
    _click(qtbot, tab.save_letters_button)
    assert close_message_boxes()
    stored = LetterSettingsService(app.session).get()
    assert (stored.number_pattern, stored.signatory_name, stored.signatory_title) == (
        "{code}/{year}/YZ-{seq}",
        "Dr. Nermin Karaağaç",
        "Müdür",
    )
    assert stored.province == "Bursa"
    assert f"NRL/{year}/YZ-0001" in tab.example.text().replace("\u2060", "")


def test_province_refused_at_its_field_and_stored_as_spelled(qtbot, make_app, casefile) -> None:
    app, tab = _open(qtbot, make_app, casefile)
    tab.edits["province"].setText("İzmr")
    _click(qtbot, tab.save_letters_button)
    assert "“İzmr” bir il adı değil" in tab.field_errors["province"].text()
    assert LetterSettingsService(app.session).get().province == ""
    tab.edits["province"].setText("izmir")
    _click(qtbot, tab.save_letters_button)
    assert close_message_boxes()
    assert LetterSettingsService(app.session).get().province == "İzmir"
    assert tab.edits["province"].text() == "İzmir"


def test_emergency_numbers_edit_reorder_save_and_restore(qtbot, make_app, casefile) -> None:
    app, tab = _open(qtbot, make_app, casefile)
    plans = SafetyPlanService(app.session)
    assert tab.rows()[0][0] == "112"
    count = tab.numbers.rowCount()
    _click(qtbot, tab.add_button)
    assert tab.numbers.rowCount() == count + 1
    tab.numbers.setItem(count, 0, QTableWidgetItem("0232 000 11 22"))
    tab.numbers.setItem(count, 1, QTableWidgetItem("İzmir ŞÖNİM (7/24)"))
    tab.numbers.setCurrentCell(count, 0)
    _click(qtbot, tab.up_button)
    assert tab.rows()[count - 1][1] == "İzmir ŞÖNİM (7/24)"
    _click(qtbot, tab.down_button)
    assert tab.rows()[count][1] == "İzmir ŞÖNİM (7/24)"
    # Remove the gendarmerie line.
    tab.numbers.setCurrentCell([r[0] for r in tab.rows()].index("156"), 0)
    _click(qtbot, tab.remove_button)
    assert "156" not in [r[0] for r in tab.rows()]
    # A bad number is refused at the list, nothing stored.
    tab.numbers.setItem(0, 0, QTableWidgetItem("11 2a"))
    _click(qtbot, tab.save_numbers_button)
    assert "1. satırdaki numara geçersiz" in tab.numbers_error.text()
    assert plans.numbers_are_default()
    tab.numbers.setItem(0, 0, QTableWidgetItem("112"))
    _click(qtbot, tab.save_numbers_button)
    assert close_message_boxes()
    assert not plans.numbers_are_default()
    assert [n.number for n in plans.emergency_numbers()][-1] == "0232 000 11 22"
    assert tab.numbers_error.text() == ""

    # The plan in a case shows the centre's list.
    case = CaseService(app.session).create(CaseDraft(first_name="Ayşe", last_name="Yılmaz"))
    ctx = PageContext(
        data_dir=casefile.data_dir,
        settings=AppSettings(casefile.data_dir),
        runner=TaskRunner(),
        events=PageEvents(),
        registry=PageRegistry(),
    )
    plan_tab = SafetyPlanTab(app.session, case.id, ctx)
    qtbot.addWidget(plan_tab)
    shown = [w.text() for w in plan_tab.findChildren(type(tab.example), "planEmergencyNumber")]
    assert shown[0].startswith("112") and "0232 000 11 22 – İzmir ŞÖNİM (7/24)" in shown
    assert not any(t.startswith("156") for t in shown)

    # Back to the program's list, after a question.
    _click(qtbot, tab.default_button)
    (question,) = message_boxes()
    yes = next(b for b in question.buttons() if b.objectName() == "confirmYes")
    _click(qtbot, yes)
    close_message_boxes()
    assert plans.numbers_are_default()
    assert "156" in [r[0] for r in tab.rows()]


def test_tab_fits_a_1366_by_768_laptop(qtbot, make_app, casefile) -> None:
    app, _tab = _open(qtbot, make_app, casefile)
    window = app.window
    window.resize(QSize(LAPTOP.width(), LAPTOP.height()))
    qtbot.wait(50)
    assert fit_problems(window, LAPTOP) == []
    assert QMessageBox not in {type(w) for w in message_boxes()}
