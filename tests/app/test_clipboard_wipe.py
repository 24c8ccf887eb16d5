"""A name copied from a case must not wait on the clipboard for the next person at the PC.

The attack: a counsellor copies a woman's name or phone number (Ctrl+C) from a
case, walks away; the window locks on idle, yet anyone at the desk pastes the
clipboard into Notepad. Leaving the session (lock, idle lock, quick-hide, switch
user, closing the window) empties the clipboard of what was copied in the
session, and leaves alone what came from elsewhere.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_support import activate, unlock

SECRET = "Ayşe Yılmaz 0532 111 22 33"


def _copy_from_workspace(qtbot, app) -> None:
    activate(qtbot, app.window)
    field = QLineEdit(app.workspace)  # any text field of a case page
    field.setText(SECRET)
    field.selectAll()
    field.copy()
    assert QApplication.clipboard().text() == SECRET


@pytest.mark.parametrize("leave", ["lock", "idle", "quick_hide", "switch_user", "close"])
def test_leaving_the_session_empties_what_was_copied_in_it(
    qtbot, make_app, casefile, leave: str
) -> None:
    app = make_app(casefile.data_dir, autolock_ms=60_000)
    unlock(qtbot, app)
    _copy_from_workspace(qtbot, app)
    if leave == "idle":
        app.set_autolock_ms(50)
        qtbot.waitUntil(lambda: app.state == "locked", timeout=3000)
    elif leave == "close":
        app.window.close()
        qtbot.waitUntil(lambda: app.session is None)
    else:
        getattr(app, leave)()
    assert QApplication.clipboard().text() == ""


def test_text_from_elsewhere_is_left_alone(qtbot, make_app, casefile) -> None:
    app = make_app(casefile.data_dir, autolock_ms=60_000)
    # Put there before anyone logged in (another program, or the lock screen).
    QApplication.clipboard().setText("toplantı 14:00")
    unlock(qtbot, app)
    app.lock()
    assert QApplication.clipboard().text() == "toplantı 14:00"


def test_a_later_copy_elsewhere_is_not_wiped(qtbot, make_app, casefile) -> None:
    app = make_app(casefile.data_dir, autolock_ms=60_000)
    unlock(qtbot, app)
    _copy_from_workspace(qtbot, app)
    app.lock()
    QApplication.clipboard().setText("alışveriş listesi")
    unlock(qtbot, app)
    app.lock()
    assert QApplication.clipboard().text() == "alışveriş listesi"
