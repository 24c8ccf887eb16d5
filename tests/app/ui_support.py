"""Helpers for driving the window in tests. Synthetic data only."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from kdm_desktop.ui.controller import AppController

# The same administrator as tests/conftest.py's `casefile` fixture.
ADMIN = "yonetici"
ADMIN_PASSWORD = "Gizli-Parola-2026"
CENTRE_NAME = "Nilüfer Belediyesi Kadın Danışma Merkezi"


def unlock(qtbot: Any, app: AppController, user: str = ADMIN, password: str = ADMIN_PASSWORD):
    panel = app.lock_screen.unlock
    panel.username.setText(user)
    panel.password.setText(password)
    qtbot.mouseClick(panel.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not app.runner.busy)
    return panel


def activate(qtbot: Any, window: QWidget) -> None:
    """Make `window` the active one, as it is for anyone typing at a real desk.

    The offscreen platform does not hand activation back after a modal dialog
    closes, and shortcuts only fire in an active window.
    """
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def wait_idle(qtbot: Any, app: AppController) -> None:
    qtbot.waitUntil(lambda: not app.runner.busy)


def message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def close_message_boxes() -> list[str]:
    texts = []
    for box in message_boxes():
        texts.append(box.text())
        box.close()
    return texts


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person could read in `root` and its visible children."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
    return [t for t in texts if t]


def file_digests(data_dir: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.iterdir())
        if p.is_file() and p.name.startswith("casefile")
    }
