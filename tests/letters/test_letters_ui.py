"""The letter dialog and the referrals tab, offscreen."""

from __future__ import annotations

from letters_support import add_letter_dialog, new_case, pdf_text
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.reports.printing import letter_document
from kdm_desktop.services.letters import LetterService
from kdm_desktop.ui.cases.extension_features import build_case_extensions
from kdm_desktop.ui.letters.dialog import LetterDialog
from kdm_desktop.ui.letters.referrals_tab import ReferralsTab
from kdm_desktop.ui.printing import render

REASON = "Barınma ve hukuki destek gerekiyor."


def test_registered_in_case_view(session) -> None:
    ext = build_case_extensions()
    assert "letter" in [a.key for a in ext.actions_for(session)]
    assert "referrals" in [t.key for t in ext.tabs_for(session)]


def test_dialog_refuses_without_consent(qtbot, session) -> None:
    case_id = new_case(session)
    dialog = LetterDialog(session, case_id)
    add_letter_dialog(qtbot, dialog)
    assert "açık rıza yok" in dialog.error.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_preview_save_and_follow_up(qtbot, session, tmp_path) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM, RecipientKind.HOSPITAL))
    dialog = LetterDialog(session, case_id)
    add_letter_dialog(qtbot, dialog)
    dialog.resize(1280, 800)
    dialog.show()
    dialog.set_field("reason", REASON)
    dialog.set_field("reference", "12.01.2026 tarihli görüşme")
    dialog.refresh_preview()
    preview = dialog.preview.toPlainText()
    assert dialog.error.text() == ""
    assert "Işıl Çağlayan İğdeli" in preview and REASON in preview
    assert "10000000146" not in preview
    dialog.form.ticks["tc_kimlik_no"].setChecked(True)
    qtbot.waitUntil(lambda: "10000000146" in dialog.preview.toPlainText())
    QApplication.processEvents()
    assert dialog.grab().save("/tmp/letters-dialog.png")

    target = tmp_path / "sevk.pdf"
    issued = dialog.save_to(target)
    assert issued is not None and target.read_bytes() == issued.pdf
    assert issued.number in dialog.status.text()

    tab = ReferralsTab(session, case_id, None)
    qtbot.addWidget(tab)
    tab.resize(1280, 400)
    tab.show()
    assert tab.table.rowCount() == 1
    tab.table.selectRow(0)
    tab.note.setText("Randevu verildi")
    tab.set_status("yanitlandi")
    assert tab.table.item(0, 4).text() == "Yanıt geldi"
    copy = tmp_path / "kopya.pdf"
    assert tab.save_copy_to(issued.id, copy)
    assert copy.read_bytes() == issued.pdf
    assert tab.grab().save("/tmp/letters-referrals.png")


def test_printing_lays_out_the_same_letter(qtbot, session, tmp_path) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    content = LetterService(session).make(case_id, "sonim-sevk", {"reason": REASON}).content
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert render(letter_document(content), printer)
    # Qt's PDF writer separates words with tabs.
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert "Işıl Çağlayan İğdeli" in text and content.number in text
