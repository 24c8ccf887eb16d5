"""First run: the set-up wizard creates the case file and shows the recovery key once."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from ui_support import wait_idle

from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.services.casefile import open_session
from kdm_desktop.ui.wizard import SetupWizard

PASSWORD = "Yeni-Parola-2026!"
KEY_LINE = re.compile(r"^[0-9A-Z]{5}(-[0-9A-Z]{5}){0,3}-?$")


def fill_centre(wizard: SetupWizard, code: str = "NRL") -> None:
    edits = wizard.centre_page.form.edits
    edits["name"].setText("Nilüfer Belediyesi Kadın Danışma Merkezi")
    edits["code"].setText(code)
    edits["municipality"].setText("Nilüfer Belediyesi")
    edits["district"].setText("Nilüfer")
    edits["address"].setText("Deneme Mahallesi, Örnek Sokak No: 7")
    edits["phone"].setText("+90 224 000 00 00")


def fill_admin(wizard: SetupWizard, repeat: str = PASSWORD) -> None:
    page = wizard.admin_page
    page.username.setText("ayse.yilmaz")
    page.display_name.setText("Ayşe Yılmaz")
    page.passwords.password.setText(PASSWORD)
    page.passwords.repeat.setText(repeat)


def test_wizard_end_to_end(qtbot, make_app, tmp_path: Path) -> None:
    data_dir = tmp_path / "new"
    app = make_app(data_dir)
    assert app.state == "setup"
    wizard = app.wizard
    assert wizard is not None and app.window.current_screen() is wizard

    # A bad centre code is refused at its field, in Turkish, by the core's rule.
    fill_centre(wizard, code="X")
    wizard.next()
    assert wizard.currentId() == SetupWizard.CENTRE
    code_error = wizard.centre_page.form.errors._fields["code"]
    assert code_error.isVisibleTo(wizard) and "Merkez kodu" in code_error.text()

    fill_centre(wizard)
    wizard.next()
    assert wizard.currentId() == SetupWizard.ADMIN

    # The live strength hint follows the typing.
    hint = wizard.admin_page.passwords.hint
    wizard.admin_page.passwords.password.setText("kisa")
    assert "Çok kısa" in hint.label.text()

    fill_admin(wizard, repeat="başka-bir-parola")
    wizard.next()
    assert wizard.currentId() == SetupWizard.ADMIN
    assert "aynı değil" in wizard.admin_page.passwords.repeat_error.text()
    assert not CaseFilePaths(data_dir).exists()

    fill_admin(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == SetupWizard.KEY)
    wait_idle(qtbot, app)
    assert CaseFilePaths(data_dir).exists()

    key_text = wizard.key_page.key_label.text()
    lines = key_text.splitlines()
    assert len(lines) == 3 and all(KEY_LINE.match(line) for line in lines)
    # No way back and no cancel once the key is on screen; Finish needs the checkbox.
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert not (back.isVisible() and back.isEnabled())
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.reject()
    assert app.state == "setup" and wizard.currentId() == SetupWizard.KEY

    # "PDF olarak kaydet" writes the sheet where the (stubbed) file dialog says.
    pdf = tmp_path / "sayfa.pdf"
    wizard.ask_save_path = lambda parent, suggested: str(pdf)
    qtbot.mouseClick(wizard.key_page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert pdf.read_bytes().startswith(b"%PDF")

    wizard.key_page.confirm.setChecked(True)
    assert finish.isEnabled()
    key_label = wizard.key_page.key_label
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    assert app.state == "unlocked"
    assert key_label.text() == ""
    assert app.session is not None and app.session.user.username == "ayse.yilmaz"
    assert app.workspace is not None and app.workspace.current_key == "start"
    # The recovery key really opens the new file.
    recovery = "".join(lines)
    app.lock()
    from kdm_desktop.services.casefile import recover_access

    recover_access(data_dir, recovery, "ayse.yilmaz", "Baska-Parola-2027").close()
    open_session(data_dir, "ayse.yilmaz", "Baska-Parola-2027").close()


def test_wizard_refuses_a_weak_password_at_the_field(make_app, tmp_path: Path) -> None:
    app = make_app(tmp_path / "new")
    wizard = app.wizard
    fill_centre(wizard)
    wizard.next()
    page = wizard.admin_page
    page.username.setText("ayse")
    page.passwords.password.setText("kısa")
    page.passwords.repeat.setText("kısa")
    wizard.next()
    assert wizard.currentId() == SetupWizard.ADMIN
    assert "en az 10 karakter" in page.passwords.password_error.text()
    page.username.setText("a b")
    wizard.next()
    assert "Kullanıcı adı" in page.username_error.text()
    assert not CaseFilePaths(tmp_path / "new").exists()
