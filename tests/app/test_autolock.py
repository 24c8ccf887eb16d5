"""Automatic lock, manual lock and switching user."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import Qt
from shiboken6 import isValid
from ui_support import ADMIN, unlock

from kdm_desktop.security.roles import Role
from kdm_desktop.services.users import UserService


def test_idle_timeout_locks_destroys_pages_and_returns_to_the_page(
    qtbot, make_app, casefile
) -> None:
    app = make_app(casefile.data_dir, autolock_ms=60_000)
    unlock(qtbot, app)
    workspace = app.workspace
    assert workspace is not None
    workspace.select("settings")
    workspace.select("audit")
    pages = workspace.built_pages()
    models = [pages[-1].model, pages[-1].proxy]
    # The Python side of the audit model holds decrypted rows; it must go too.
    rows_ref = weakref.ref(pages[-1].model)
    session = app.session
    assert len(pages) == 3

    app.set_autolock_ms(50)
    qtbot.waitUntil(lambda: app.state == "locked", timeout=3000)
    assert session is not None and session.closed and app.session is None
    qtbot.waitUntil(lambda: not isValid(workspace))
    assert not any(isValid(p) for p in pages + models)
    pages = models = workspace = None
    gc.collect()
    assert rows_ref() is None
    assert app.window.user_label.text() == ""
    # Locking keeps the user name for convenience but never the password.
    assert app.lock_screen.unlock.username.text() == ADMIN
    assert app.lock_screen.unlock.password.text() == ""

    app.set_autolock_ms(60_000)
    unlock(qtbot, app)
    assert app.state == "unlocked"
    assert app.workspace.current_key == "audit"


def test_input_postpones_the_lock(qtbot, make_app, casefile) -> None:
    app = make_app(casefile.data_dir, autolock_ms=60_000)
    unlock(qtbot, app)
    # Real input reaches the window first (QWindow); that is where it is watched.
    handle = app.window.windowHandle()
    nav = app.workspace.nav.viewport()
    # The page already shown: a click that builds another page would time that page.
    current = app.workspace.nav.visualItemRect(app.workspace.nav.currentItem())
    at = nav.mapTo(app.window, current.center())
    for send_input in (
        lambda: qtbot.keyClick(handle, Qt.Key.Key_X),
        lambda: qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, pos=at),
    ):
        # Let a tenth of a second of the idle time run out, then check that the input
        # gave it back. Comparing with the time left just before the input (not a fixed
        # margin) keeps this true on a loaded machine, where sending the input itself
        # can take tens of milliseconds.
        qtbot.waitUntil(lambda: app.idle.remaining_ms < 59_900)
        before = app.idle.remaining_ms
        send_input()
        assert app.idle.remaining_ms > before
    assert app.state == "unlocked"


def test_lock_waits_for_a_running_task(qtbot, make_app, casefile) -> None:
    import threading

    app = make_app(casefile.data_dir, autolock_ms=60_000)
    unlock(qtbot, app)
    release = threading.Event()
    app.runner.start(app.workspace, lambda p, c: release.wait(5), label="…")
    with qtbot.waitSignal(app.idle.idle):
        app.set_autolock_ms(30)
    assert app.state == "unlocked"
    assert not app.session.closed
    release.set()
    qtbot.waitUntil(lambda: app.state == "locked", timeout=3000)


def test_switch_user_logs_in_someone_else(qtbot, make_app, casefile) -> None:
    with casefile.login() as session:
        UserService(session).add("derya", "Derya-Parola-2026", Role.SOCIAL_WORKER, "Derya Kaya")
    app = make_app(casefile.data_dir)
    unlock(qtbot, app)
    app.workspace.select("audit")
    app.window.switch_user_action.trigger()
    assert app.state == "locked"
    assert app.lock_screen.unlock.username.text() == ""
    unlock(qtbot, app, "derya", "Derya-Parola-2026")
    assert app.session.user.username == "derya"
    # A social worker has no audit page, so she starts on the start page.
    assert "audit" not in app.workspace.keys
    assert app.workspace.current_key == "start"
    assert "Derya Kaya" in app.window.user_label.text()
    assert "Sosyal çalışmacı" in app.window.user_label.text()
