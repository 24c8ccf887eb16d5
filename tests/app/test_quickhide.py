"""Quick-hide: Ctrl+Shift+H, Esc twice or the toolbar button shows a neutral screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from ui_support import ADMIN, CENTRE_NAME, activate, message_boxes, unlock, visible_texts

from kdm_desktop.ui import quickhide
from kdm_desktop.ui.pages.user_dialogs import AddUserDialog

SECRETS = (CENTRE_NAME, "Nilüfer", ADMIN, "Yönetici")


def assert_neutral(app) -> None:
    assert app.state == "hidden"
    assert app.session is None and app.workspace is None
    assert app.window.current_screen() is app.privacy
    assert not app.window.toolbar.isVisible() and not app.window.statusBar().isVisible()
    texts = visible_texts(app.window)
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, (secret, text)
    # Nothing names the program either: not the title, not the name Qt appends to it.
    assert app.window.windowTitle() == quickhide.neutral_title() == "Adsız"
    assert QGuiApplication.applicationDisplayName() == "Adsız"
    assert "KDM" not in " ".join(texts)
    others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not app.window]
    assert others == []


@pytest.fixture
def unlocked(qtbot, make_app, casefile):
    app = make_app(casefile.data_dir)
    unlock(qtbot, app)
    assert any(CENTRE_NAME in t for t in visible_texts(app.window))
    assert any(ADMIN in t for t in visible_texts(app.window))
    app.workspace.select("settings")
    activate(qtbot, app.window)
    return app


def test_ctrl_shift_h(qtbot, unlocked) -> None:
    session = unlocked.session
    qtbot.keyClick(
        unlocked.window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert_neutral(unlocked)
    assert session.closed


def test_ctrl_shift_h_under_a_modal_dialog(qtbot, unlocked) -> None:
    users = unlocked.workspace.page("settings").users
    users.add_user()
    (dialog,) = users.findChildren(AddUserDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(
        dialog.windowHandle(),
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert_neutral(unlocked)


def test_escape_twice(qtbot, unlocked) -> None:
    handle = unlocked.window.windowHandle()
    qtbot.keyClick(handle, Qt.Key.Key_Escape)
    assert unlocked.state == "unlocked"
    qtbot.keyClick(handle, Qt.Key.Key_Escape)
    assert_neutral(unlocked)


def test_escape_twice_but_slowly_does_nothing(qtbot, unlocked, monkeypatch) -> None:
    monkeypatch.setattr(quickhide, "DOUBLE_ESC_MS", -1)
    handle = unlocked.window.windowHandle()
    qtbot.keyClick(handle, Qt.Key.Key_Escape)
    qtbot.keyClick(handle, Qt.Key.Key_Escape)
    assert unlocked.state == "unlocked"


def test_toolbar_button_and_continue_leads_to_the_login(qtbot, unlocked) -> None:
    unlocked.window.quick_hide_action.trigger()
    assert_neutral(unlocked)
    assert unlocked.privacy.resume.isEnabled()
    qtbot.mouseClick(unlocked.privacy.resume, Qt.MouseButton.LeftButton)
    assert unlocked.state == "locked"
    assert unlocked.window.windowTitle() == "KDM Desktop"
    # Quick-hide forgets even the user name, which says who was at the desk.
    assert unlocked.lock_screen.unlock.username.text() == ""
    unlock(qtbot, unlocked)
    assert unlocked.workspace.current_key == "settings"


def test_quick_hide_while_a_task_runs(qtbot, unlocked) -> None:
    import threading

    release = threading.Event()
    page = unlocked.workspace.page("settings")
    session = unlocked.session
    unlocked.runner.start(page, lambda p, c: release.wait(5), label="…")
    unlocked.quick_hide()
    assert_neutral(unlocked)
    # The task still holds the session: it closes and 'Continue' opens once it ends.
    assert not session.closed
    assert not unlocked.privacy.resume.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: session.closed)
    assert unlocked.privacy.resume.isEnabled()
    assert message_boxes() == []


def test_quick_hide_during_set_up_returns_to_the_wizard(qtbot, make_app, tmp_path) -> None:
    app = make_app(tmp_path / "new")
    app.wizard.centre_page.form.edits["name"].setText(CENTRE_NAME)
    app.quick_hide()
    assert app.state == "hidden"
    assert all(CENTRE_NAME not in t for t in visible_texts(app.window))
    app.resume()
    assert app.state == "setup"
    assert app.window.current_screen() is app.wizard
