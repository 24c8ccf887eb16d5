"""The "Şiddet uygulayan" tab, offscreen: every button pressed, drafts, roles, 1366×768."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from perp_support import STAFF_PASSWORD
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kdm_desktop.domain.cases.choices import PerpetratorRelation, RecipientKind
from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.domain.perpetrator import Answer, Perpetrator
from kdm_desktop.services.drafts import DraftService
from kdm_desktop.services.perpetrators import PerpetratorService
from kdm_desktop.ui.cases.extension_features import build_case_extensions
from kdm_desktop.ui.cases.page import CasesPage
from kdm_desktop.ui.pages.registry import PageContext, PageEvents, PageRegistry
from kdm_desktop.ui.perpetrator.tab import PerpetratorTab
from kdm_desktop.ui.settings import AppSettings
from kdm_desktop.ui.tasks import TaskRunner


def _ctx(data_dir: Path) -> PageContext:
    return PageContext(data_dir, AppSettings(data_dir), TaskRunner(), PageEvents(), PageRegistry())


def _click(qtbot: Any, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tab(qtbot: Any, session: Any, case_id: str, data_dir: Path) -> PerpetratorTab:
    tab = PerpetratorTab(session, case_id, _ctx(data_dir))
    qtbot.addWidget(tab)
    tab.resize(1300, 560)
    tab.show()
    return tab


def _titles(tab: PerpetratorTab) -> list[str]:
    return [tab.list.item(i).text() for i in range(tab.list.count())]


def _confirm_yes(qtbot: Any) -> None:
    def box() -> QMessageBox | None:
        for w in QApplication.topLevelWidgets():
            # The question this tab asks (another test may leave an unrelated box open).
            if (
                isinstance(w, QMessageBox)
                and w.isVisible()
                and any(b.objectName() == "confirmYes" for b in w.buttons())
            ):
                return w
        return None

    qtbot.waitUntil(lambda: box() is not None)
    found = box()
    assert found is not None
    yes = next(b for b in found.buttons() if b.objectName() == "confirmYes")
    _click(qtbot, yes)


def test_add_from_intake_answers_then_more_people(qtbot, staffed, case_id, as_user) -> None:
    with as_user("sosyal") as s:
        tab = _tab(qtbot, s, case_id, staffed.data_dir)
        # Nothing saved yet: the intake said husband and a weapon.
        assert tab.relation.value() == "es" and tab.weapon.value() == "evet"
        assert tab.prefill_label.isVisibleTo(tab)
        assert "başvuru formundaki" in tab.prefill_label.text().lower()
        assert not tab.remove_button.isEnabled() and not tab.primary_button.isEnabled()
        tab.name.setText("Serkan Şentürk")
        tab.shared_children.setValue(2)
        _click(qtbot, tab.save_button)
        assert _titles(tab) == ["1. Eşi — Serkan Şentürk (asıl)"]
        (stored,) = PerpetratorService(s).list(case_id)
        assert stored.record.weapon_access is Answer.YES and stored.record.shared_children == 2

        _click(qtbot, tab.new_button)
        assert tab.relation.value() is None  # only a first record starts from the intake
        tab.relation.set_value("erkek_kardes")
        tab.prior_orders.set_value("bilinmiyor")
        _click(qtbot, tab.save_button)
        assert _titles(tab)[1] == "2. Erkek kardeşi"

        _click(qtbot, tab.primary_button)
        assert _titles(tab) == ["1. Erkek kardeşi (asıl)", "2. Eşi — Serkan Şentürk"]

        tab.list.setCurrentRow(1)
        assert tab.name.text() == "Serkan Şentürk"
        tab.note.setPlainText("Av tüfeği evde duruyor.")
        _click(qtbot, tab.save_button)
        assert PerpetratorService(s).list(case_id)[1].record.note == "Av tüfeği evde duruyor."

        _click(qtbot, tab.remove_button)
        _confirm_yes(qtbot)
        assert _titles(tab) == ["1. Erkek kardeşi (asıl)"]


def test_an_empty_form_says_what_to_fill(qtbot, staffed, as_user) -> None:
    from perp_support import add_case

    with as_user("sosyal") as s:
        bare = add_case(s, perpetrator_relation=None, weapon_access=None)
        tab = _tab(qtbot, s, bare, staffed.data_dir)
        assert not tab.prefill_label.isVisibleTo(tab)
        _click(qtbot, tab.save_button)
        assert "yakınlığını seçin" in tab.error.text()
        tab.name.setText("Ali 123")
        tab.relation.set_value("diger")
        _click(qtbot, tab.save_button)
        assert "Şiddet uygulayanın adı" in tab.error.text()
        assert PerpetratorService(s).list(bare) == []


def test_unsaved_typing_is_kept_as_a_draft_and_restored(qtbot, staffed, case_id, as_user) -> None:
    with as_user("sosyal") as s:
        PerpetratorService(s).add(case_id, Perpetrator(relation=PerpetratorRelation.SPOUSE))
        tab = _tab(qtbot, s, case_id, staffed.data_dir)
        keeper = tab.draft_keeper
        assert keeper is not None
        tab.name.setText("Yarımkalan Ad")
        tab.weapon.set_value("bilinmiyor")
        assert keeper.save_now()
        assert DraftService(s).get(DraftKind.PERPETRATOR, case_id) is not None
        draft = DraftService(s).get(DraftKind.PERPETRATOR, case_id)
        assert draft is not None
        tab.close()

        again = _tab(qtbot, s, case_id, staffed.data_dir)
        assert again.draft_keeper is not None
        again.draft_keeper.restore(draft.content)
        assert again.name.text() == "Yarımkalan Ad" and again.weapon.value() == "bilinmiyor"
        _click(qtbot, again.save_button)
        assert DraftService(s).get(DraftKind.PERPETRATOR, case_id) is None
        assert PerpetratorService(s).list(case_id)[0].record.name == "Yarımkalan Ad"


def test_switching_person_with_unsaved_typing_asks_first(qtbot, staffed, case_id, as_user) -> None:
    with as_user("sosyal") as s:
        svc = PerpetratorService(s)
        svc.add(case_id, Perpetrator(relation=PerpetratorRelation.SPOUSE))
        svc.add(case_id, Perpetrator(relation=PerpetratorRelation.FATHER))
        tab = _tab(qtbot, s, case_id, staffed.data_dir)
        tab.name.setText("Kaydedilmemiş")
        tab.list.setCurrentRow(1)
        assert tab.name.text() == "Kaydedilmemiş"  # not replaced behind her back
        _confirm_yes(qtbot)
        assert tab.relation.value() == "baba" and tab.name.text() == ""


def test_the_secretary_gets_no_tab(staffed, as_user) -> None:
    ext = build_case_extensions()
    with as_user("sekreter") as s:
        assert "perpetrator" not in [t.key for t in ext.tabs_for(s)]
    with as_user("avukat") as s:
        assert "perpetrator" in [t.key for t in ext.tabs_for(s)]


def test_letter_dialog_offers_and_prints_him_when_ticked(qtbot, staffed, as_user) -> None:
    from perp_support import add_case

    from kdm_desktop.ui.letters.dialog import LetterDialog

    with as_user("sosyal") as s:
        case_id = add_case(s, share=(RecipientKind.POLICE,))
        PerpetratorService(s).add(
            case_id, Perpetrator(relation=PerpetratorRelation.SPOUSE, name="Oğuz Çınaroğlu")
        )
        dialog = LetterDialog(s, case_id)
        # Closed at the end without the unsaved-typing question (it would outlive the test).
        qtbot.addWidget(dialog, before_close_func=lambda d: d.draft_keeper.discard())
        dialog.resize(1280, 700)
        dialog.show()
        dialog.template.setCurrentIndex(dialog.template.findData("emniyet-bildirim"))
        dialog.set_field("reason", "Tehdit ediliyor.")
        dialog.refresh_preview()
        assert dialog.error.text() == ""
        assert "Tehdit ediliyor." in dialog.preview.toPlainText()
        assert "Çınaroğlu" not in dialog.preview.toPlainText()
        tick = dialog.findChild(QWidget, "letterTick_perpetrator")
        assert tick is not None and tick.text() == "Şiddet uygulayan bilgisi yazılsın"
        _click(qtbot, tick)
        dialog.refresh_preview()
        assert "Şiddet uygulayan: Oğuz Çınaroğlu (yakınlığı: Eşi)." in dialog.preview.toPlainText()


def _outside(widget: QWidget, window: QWidget) -> list[str]:
    """Visible children of `widget` that do not lie fully inside `window`."""
    frame = QRect(QPoint(0, 0), window.size())
    out = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(window) or child.width() == 0:
            continue
        top_left = child.mapTo(window, QPoint(0, 0))
        if not frame.contains(QRect(top_left, child.size())):
            out.append(child.objectName() or type(child).__name__)
    return out


def test_tab_in_the_window_fits_1366x768(qtbot, make_app, staffed, case_id, tmp_path) -> None:
    from kdm_desktop.ui.cases.page import CasesPage as _Page

    app = make_app(staffed.data_dir)
    panel = app.lock_screen.unlock
    panel.username.setText("sosyal")
    panel.password.setText(STAFF_PASSWORD)
    _click(qtbot, panel.login_button)
    qtbot.waitUntil(lambda: not app.runner.busy and app.workspace is not None)
    assert app.workspace is not None and app.workspace.select("cases")
    page = app.workspace.page("cases")
    assert isinstance(page, _Page) and isinstance(page, CasesPage)
    app.window.resize(1366, 768)
    app.window.show()
    page.open_case(case_id)
    view = page.case_view
    assert view is not None
    titles = [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())]
    index = titles.index("Şiddet uygulayan")
    view.tabs.setCurrentIndex(index)
    tab = view.tabs.widget(index)
    assert isinstance(tab, PerpetratorTab)
    tab.name.setText("Serkan Şentürk")
    _click(qtbot, tab.save_button)
    _click(qtbot, tab.new_button)
    tab.relation.set_value("baba")
    _click(qtbot, tab.save_button)
    qtbot.wait(50)
    assert _outside(tab, app.window) == []
    assert tab.form_box.width() < 1000  # fields keep a readable width
    shot = tmp_path / "perp.png"
    app.window.grab().save(str(shot))
    assert shot.stat().st_size > 0
