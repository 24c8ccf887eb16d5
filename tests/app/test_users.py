"""User management through the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_support import ADMIN, close_message_boxes, message_boxes, unlock, wait_idle

from kdm_desktop.errors import AuthenticationError
from kdm_desktop.services.casefile import open_session
from kdm_desktop.ui.pages.user_dialogs import AddUserDialog, ResetPasswordDialog, RoleDialog


@pytest.fixture
def users_tab(qtbot, make_app, casefile):
    app = make_app(casefile.data_dir)
    unlock(qtbot, app)
    app.workspace.select("settings")
    page = app.workspace.page("settings")
    page.show_tab(page.users)
    return app, page.users


def add_user(qtbot, app, tab, name="derya", password="Derya-Parola-2026"):
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = visible(tab, AddUserDialog)
    dialog.username.setText(name)
    dialog.display_name.setText("Derya Kaya")
    dialog.role.setCurrentIndex(dialog.role.findData("psikolog"))
    dialog.passwords.password.setText(password)
    dialog.passwords.repeat.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    return dialog


def visible(tab, cls):
    (dialog,) = [d for d in tab.findChildren(cls) if d.isVisible()]
    return dialog


def role_shown(tab, name: str) -> str:
    return tab.model.data(tab.model.index(tab.model.row_of(name), 2))


def names(tab) -> list[str]:
    return [tab.model.user(r).username for r in range(tab.model.rowCount())]


def test_add_and_remove_a_user(qtbot, users_tab, casefile) -> None:
    app, tab = users_tab
    assert names(tab) == [ADMIN]
    add_user(qtbot, app, tab)
    assert close_message_boxes() == ["derya kullanıcısı eklendi."]
    assert names(tab) == ["derya", ADMIN]
    assert role_shown(tab, "derya") == "Psikolog"
    assert tab.selected().username == "derya"

    # Adding the same name again is refused at the field, dialog stays open.
    dialog = add_user(qtbot, app, tab)
    assert dialog.isVisible()
    assert "zaten var" in dialog.username_error.text()
    dialog.reject()

    tab.select_user("derya")
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    (box,) = message_boxes()
    assert "derya" in box.text() and "yeniden şifrelenir" in box.informativeText()
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert close_message_boxes() == [
        "derya kullanıcısı silindi ve vaka dosyası yeniden şifrelendi."
    ]
    assert names(tab) == [ADMIN]
    app.lock()
    with pytest.raises(AuthenticationError):
        open_session(casefile.data_dir, "derya", "Derya-Parola-2026")


def test_cancelling_the_removal_keeps_the_user(qtbot, users_tab) -> None:
    app, tab = users_tab
    add_user(qtbot, app, tab)
    close_message_boxes()
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    (box,) = message_boxes()
    box.reject()
    assert not app.runner.busy
    assert names(tab) == ["derya", ADMIN]


def test_own_account_cannot_be_removed_or_demoted(qtbot, users_tab) -> None:
    _, tab = users_tab
    tab.select_user(ADMIN)
    assert tab.reset_button.isEnabled()
    assert not tab.remove_button.isEnabled()
    assert not tab.role_button.isEnabled()


def test_reset_password_and_change_role(qtbot, users_tab, casefile) -> None:
    app, tab = users_tab
    add_user(qtbot, app, tab)
    close_message_boxes()
    tab.select_user("derya")

    qtbot.mouseClick(tab.role_button, Qt.MouseButton.LeftButton)
    role_dialog = visible(tab, RoleDialog)
    role_dialog.role.setCurrentIndex(role_dialog.role.findData("avukat"))
    qtbot.mouseClick(role_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert role_shown(tab, "derya") == "Avukat"

    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    reset = visible(tab, ResetPasswordDialog)
    reset.passwords.password.setText("Sifirlanan-Parola-1")
    reset.passwords.repeat.setText("Sifirlanan-Parola-1")
    qtbot.mouseClick(reset.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert len(close_message_boxes()) == 1
    app.lock()
    with open_session(casefile.data_dir, "derya", "Sifirlanan-Parola-1") as session:
        assert session.user.role.value == "avukat"
