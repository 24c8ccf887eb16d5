"""Issue 14 in the letter dialog: the number it will get, errors only after trying,
fields kept across templates, the addressee's defaults, the signatory, 1366×768."""

from __future__ import annotations

import dataclasses

from letters_support import add_letter_dialog, new_case
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QLineEdit

from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.letters.settings import LetterSettings
from kdm_desktop.services.letter_settings import LetterSettingsService
from kdm_desktop.services.letters import LetterService
from kdm_desktop.ui.fit import LAPTOP, dialog_size, fit_problems
from kdm_desktop.ui.letters.dialog import LETTER_DIALOG_SIZE, LetterDialog

REASON = "Barınma ve hukuki destek gerekiyor."
KINDS = (RecipientKind.SONIM, RecipientKind.POLICE, RecipientKind.HOSPITAL)


def _dialog(qtbot, session, case_id: str) -> LetterDialog:
    dialog = LetterDialog(session, case_id)
    add_letter_dialog(qtbot, dialog)
    dialog.resize(dialog_size(LETTER_DIALOG_SIZE))
    dialog.show()
    return dialog


def _choose(dialog: LetterDialog, name: str) -> None:
    dialog.template.setCurrentIndex(dialog.template.findData(name))


def _field(dialog: LetterDialog, key: str) -> str:
    editor = dialog.form.inputs[key]
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()


def test_preview_shows_the_number_it_will_get_marked_provisional(qtbot, session) -> None:
    case_id = new_case(session, share=KINDS)
    dialog = _dialog(qtbot, session, case_id)
    year = session.now().year
    text = dialog.preview.toPlainText()
    assert f"NRL/{year}/SY-0001 (geçici" in text
    assert "kayıtta verilir" not in text


def test_no_error_before_typing_and_the_error_after_trying_to_save(
    qtbot, session, tmp_path
) -> None:
    case_id = new_case(session, share=KINDS)
    dialog = _dialog(qtbot, session, case_id)
    assert dialog.error.text() == "" and not dialog.error.isVisible()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert "Sevk nedeni: ……" in dialog.preview.toPlainText()
    # Pressing Save first: told what is missing, at the field; no file dialog.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Sevk nedeni boş bırakılamaz."
    assert dialog.findChild(QFileDialog, "letterSaveDialog") is None
    assert dialog.focusWidget() is dialog.form.inputs["reason"]
    # Print too says it instead of opening the printer dialog.
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.findChild(QPrintDialog) is None
    assert dialog.print_letter() is None
    # Typing the reason clears the error at once.
    dialog.set_field("reason", REASON)
    dialog.refresh_preview()
    assert dialog.error.text() == ""
    assert LetterService(session).for_case(case_id) == []
    save = dialog.save_letter()
    assert isinstance(save, QFileDialog)
    save.fileSelected.emit(str(tmp_path / "sevk.pdf"))
    save.close()
    assert (tmp_path / "sevk.pdf").exists()
    (made,) = LetterService(session).for_case(case_id)
    assert made.number in dialog.status.text()


def test_switching_template_keeps_shared_fields_and_per_kind_addressee(qtbot, session) -> None:
    centre = session.centre()
    session.update_centre(dataclasses.replace(centre, district="Karşıyaka"))
    case_id = new_case(session, share=KINDS)
    dialog = _dialog(qtbot, session, case_id)
    _choose(dialog, "emniyet-bildirim")
    assert _field(dialog, "recipient_org") == "İZMİR EMNİYET MÜDÜRLÜĞÜNE"
    assert _field(dialog, "recipient_unit") == (
        "Karşıyaka İlçe Emniyet Müdürlüğü / Aile İçi Şiddet Büro Amirliği"
    )
    dialog.set_field("reason", REASON)
    dialog.set_field("reference", "3 Aralık 2026 tarihli görüşme")
    dialog.set_field("recipient_unit", "Çiğli İlçe Emniyet Müdürlüğü")
    dialog.form.ticks["tc_kimlik_no"].setChecked(True)
    _choose(dialog, "hastane-sevk")
    assert dialog.template.toolTip() == dialog.template.currentText()
    # The reason, the reference and the tick came along; the police unit did not.
    assert _field(dialog, "reason") == REASON
    assert _field(dialog, "reference") == "3 Aralık 2026 tarihli görüşme"
    assert dialog.form.ticks["tc_kimlik_no"].isChecked()
    assert _field(dialog, "recipient_org") == "HASTANE BAŞHEKİMLİĞİNE"
    assert _field(dialog, "recipient_unit") == "Sosyal Hizmet Birimi"
    assert dialog.error.text() == ""
    # Back to the police letter: her edited unit is still there.
    _choose(dialog, "emniyet-bildirim")
    assert _field(dialog, "recipient_unit") == "Çiğli İlçe Emniyet Müdürlüğü"
    assert "(Çiğli İlçe Emniyet Müdürlüğü)" in dialog.preview.toPlainText()


def test_a_cleared_addressee_is_refused_only_on_saving(qtbot, session, tmp_path) -> None:
    case_id = new_case(session, share=KINDS)
    dialog = _dialog(qtbot, session, case_id)
    _choose(dialog, "emniyet-bildirim")
    dialog.set_field("reason", REASON)
    dialog.set_field("recipient_org", "")
    dialog.refresh_preview()
    assert dialog.error.text() == ""
    assert dialog.save_to(tmp_path / "x.pdf") is None
    assert "Kurum (ili ile) boş bırakılamaz." in dialog.error.text()
    assert not (tmp_path / "x.pdf").exists()


def test_signatory_note_says_who_signs(qtbot, session) -> None:
    case_id = new_case(session, share=KINDS)
    dialog = _dialog(qtbot, session, case_id)
    # (English or Turkish, whichever translator another test left installed.)
    before = dialog.signatory_note.text()
    assert ("Letters and safety plan" in before) or ("Yazılar ve güvenlik planı" in before)
    dialog.close()
    settings = LetterSettingsService(session)
    settings.update(
        dataclasses.replace(
            settings.get(), signatory_name="Dr. Nermin Karaağaç", signatory_title="Müdür"
        )
    )
    dialog = _dialog(qtbot, session, case_id)
    assert "Dr. Nermin Karaağaç" in dialog.signatory_note.text()
    preview = dialog.preview.toPlainText()
    assert "Dr. Nermin Karaağaç" in preview and "Hazırlayan:" in preview


def test_dialog_fits_a_1366_by_768_laptop(qtbot, session) -> None:
    case_id = new_case(session, share=KINDS)
    LetterSettingsService(session).update(
        LetterSettings(signatory_name="Dr. Nermin Karaağaç", signatory_title="Müdür")
    )
    dialog = LetterDialog(session, case_id)
    add_letter_dialog(qtbot, dialog)
    dialog.resize(dialog_size(LETTER_DIALOG_SIZE))
    dialog.show()
    for name in ("sonim-sevk", "emniyet-bildirim", "baro-adli-yardim"):
        _choose(dialog, name)
        qtbot.wait(10)
        assert dialog.width() <= LAPTOP.width() and dialog.height() <= LAPTOP.height()
        assert fit_problems(dialog, LAPTOP) == [], name


def test_the_required_mark_is_explained_on_screen(qtbot, session) -> None:
    case_id = new_case(session, share=KINDS)
    dialog = _dialog(qtbot, session, case_id)
    legend = dialog.required_legend
    starred = [
        dialog.form.rows.itemAt(i, dialog.form.rows.ItemRole.LabelRole)
        for i in range(dialog.form.rows.rowCount())
    ]
    assert any(item is not None and "*" in item.widget().text() for item in starred)
    assert legend.isVisible() and legend.text().startswith("*")
