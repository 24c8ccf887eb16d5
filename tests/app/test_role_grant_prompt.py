"""The window asks a psychologist who holds the notes key about each colleague
waiting for it; the buttons give, refuse or postpone (services/role_grants.py)."""

from __future__ import annotations

import pytest
import sqlcipher3
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from ui_support import ADMIN, ADMIN_PASSWORD, message_boxes, unlock

from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.role_grants import RoleGrantService
from kdm_desktop.services.users import UserService

ZEHRA, MERVE = "zehra-parola-2026", "merve-parola-2026"


@pytest.fixture
def waiting(casefile):
    """Zehra, the first psychologist, holds the key; Merve, added after her, waits."""
    with open_session(casefile.data_dir, ADMIN, ADMIN_PASSWORD) as s:
        UserService(s).add("zehra", ZEHRA, "psikolog", "Zehra Demir")
        UserService(s).add("merve", MERVE, "psikolog", "Merve Kaya")
    return casefile


def _pending(casefile) -> list[str]:
    with open_session(casefile.data_dir, "zehra", ZEHRA) as s:
        return [p.username for p in RoleGrantService(s).pending()]


def _prompt(qtbot, app):
    qtbot.waitUntil(lambda: app.workspace is not None and app.workspace.role_grants.box is not None)
    box = app.workspace.role_grants.box
    assert box is not None and box.isVisible()
    return box


def _press(qtbot, box, name: str) -> None:
    (button,) = [b for b in box.findChildren(QAbstractButton) if b.objectName() == name]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_giving_the_key_from_the_prompt(qtbot, make_app, turkish_ui, waiting) -> None:
    app = make_app(waiting.data_dir)
    unlock(qtbot, app, "zehra", ZEHRA)
    box = _prompt(qtbot, app)
    assert box.text() == "Merve Kaya (merve) psikologların görüşme notları anahtarını bekliyor."
    assert "yalnızca listeye bakarak vermez" in box.informativeText()
    _press(qtbot, box, "roleGrantGive")
    qtbot.waitUntil(lambda: app.workspace.role_grants.box is None)
    assert not [b for b in message_boxes() if b.objectName() == "roleGrantBox"]
    app.lock()
    assert _pending(waiting) == []
    with open_session(waiting.data_dir, "merve", MERVE) as s:
        assert RoleGrantService(s).can_confirm()


def test_refusing_and_postponing(qtbot, make_app, turkish_ui, waiting) -> None:
    app = make_app(waiting.data_dir)
    unlock(qtbot, app, "zehra", ZEHRA)
    _press(qtbot, _prompt(qtbot, app), "roleGrantLater")
    qtbot.waitUntil(lambda: app.workspace.role_grants.box is None)
    app.lock()
    assert _pending(waiting) == ["merve"]  # not now: asked again at the next login
    unlock(qtbot, app, "zehra", ZEHRA)
    _press(qtbot, _prompt(qtbot, app), "roleGrantRefuse")
    qtbot.waitUntil(lambda: app.workspace.role_grants.box is None)
    app.lock()
    assert _pending(waiting) == []
    with open_session(waiting.data_dir, "merve", MERVE) as s:
        assert not RoleGrantService(s).can_confirm()


def test_nobody_without_the_key_is_asked(qtbot, make_app, turkish_ui, waiting) -> None:
    app = make_app(waiting.data_dir)
    unlock(qtbot, app, "merve", MERVE)  # she waits herself; the admin neither holds it
    qtbot.wait(50)
    assert app.workspace is not None and app.workspace.role_grants.box is None


def test_a_tampered_list_is_shown_before_anything_is_asked(
    qtbot, make_app, turkish_ui, waiting
) -> None:
    with open_session(waiting.data_dir, ADMIN, ADMIN_PASSWORD) as s:
        key = s.master_key
    conn = sqlcipher3.connect(str(waiting.data_dir / "casefile.kdm"))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("UPDATE meta SET value = '00' WHERE key = 'rolekey.psych.readers_mac'")
        conn.commit()
    finally:
        conn.close()
    app = make_app(waiting.data_dir)
    unlock(qtbot, app, "zehra", ZEHRA)
    warning = _prompt(qtbot, app)
    assert "anahtarı taşımayan biri tarafından değiştirilmiş" in warning.text()
    warning.accept()
    box = _prompt(qtbot, app)
    assert box.objectName() == "roleGrantBox" and "merve" in box.text()
