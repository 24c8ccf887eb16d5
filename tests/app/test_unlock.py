"""The lock screen: login, wrong password, lockout countdown, recovery."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_support import ADMIN, ADMIN_PASSWORD, file_digests, unlock, wait_idle

from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.demo import DEMO_ADMIN, DEMO_PASSWORD


def test_lock_screen_is_first_when_a_case_file_exists(make_app, casefile) -> None:
    app = make_app(casefile.data_dir)
    assert app.state == "locked"
    assert not app.window.lock_action.isEnabled()
    panel = app.lock_screen.unlock
    assert panel.login_button.text().replace("&", "") == "Giriş"
    assert app.window.lock_label.text() == "Kilitli"


def test_unlock_and_status_bar(qtbot, make_app, casefile) -> None:
    app = make_app(casefile.data_dir)
    unlock(qtbot, app)
    assert app.state == "unlocked"
    assert app.session is not None and app.session.user.username == ADMIN
    assert ADMIN in app.window.user_label.text()
    assert "Yönetici" in app.window.user_label.text()
    assert "Kilit açık" in app.window.lock_label.text()
    assert app.window.windowTitle() == "KDM Desktop"
    assert app.window.lock_action.isEnabled()


def test_wrong_password_changes_nothing(qtbot, make_app, casefile) -> None:
    before = file_digests(casefile.data_dir)
    app = make_app(casefile.data_dir)
    panel = unlock(qtbot, app, password="yanlış-parola-123")
    assert app.state == "locked" and app.session is None
    assert panel.error.isVisibleTo(panel)
    assert panel.error.text() == "Kullanıcı adı ya da parola yanlış."
    assert panel.password.text() == ""
    assert file_digests(casefile.data_dir) == before


def test_lockout_shows_a_countdown_until_it_ends(qtbot, make_app, casefile) -> None:
    now = [1_000_000.0]
    app = make_app(casefile.data_dir, clock=lambda: now[0])
    for _ in range(4):
        panel = unlock(qtbot, app, password="yanlış-parola-123")
    assert "bekleyin" in panel.error.text()
    assert panel.countdown.isVisibleTo(panel)
    assert "5 sn" in panel.countdown.text()
    assert not panel.login_button.isEnabled()
    # Pressing Enter does nothing while locked out.
    panel.password.setText(ADMIN_PASSWORD)
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert not app.runner.busy and app.state == "locked"

    now[0] += 3
    qtbot.waitUntil(lambda: "2 sn" in panel.countdown.text())
    now[0] += 3
    qtbot.waitUntil(panel.login_button.isEnabled)
    assert not panel.countdown.isVisibleTo(panel)
    unlock(qtbot, app)
    assert app.state == "unlocked"


def test_forgotten_password_with_the_recovery_key(qtbot, make_app, casefile) -> None:
    app = make_app(casefile.data_dir)
    screen = app.lock_screen
    qtbot.mouseClick(screen.unlock.forgot_button, Qt.MouseButton.LeftButton)
    assert screen.currentWidget() is screen.recover
    panel = screen.recover

    panel.key.setText("ABCDE-" * 10 + "ABCDE")
    panel.username.setText(ADMIN)
    panel.passwords.password.setText("Yepyeni-Parola-1")
    panel.passwords.repeat.setText("Yepyeni-Parola-1")
    qtbot.mouseClick(panel.recover_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert app.state == "locked"
    assert "Kurtarma anahtarı" in panel.key_error.text()

    panel.key.setText(casefile.recovery_key.lower())
    qtbot.mouseClick(panel.recover_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert app.state == "unlocked"
    assert panel.key.text() == "" and panel.passwords.text() == ""
    app.lock()
    open_session(casefile.data_dir, ADMIN, "Yepyeni-Parola-1").close()


def test_demo_mode_prefills_the_user_and_says_it_is_invented(qtbot, make_app, tmp_path) -> None:
    from kdm_desktop.services.demo import create_demo

    create_demo(tmp_path / "demo", cases=0)
    app = make_app(tmp_path / "demo", demo=True)
    panel = app.lock_screen.unlock
    assert panel.username.text() == DEMO_ADMIN
    assert panel.demo_note.isVisibleTo(panel)
    assert DEMO_PASSWORD in panel.demo_note.text() and "uydurma" in panel.demo_note.text()
    unlock(qtbot, app, DEMO_ADMIN, DEMO_PASSWORD)
    assert app.state == "unlocked"
