"""Helpers for the case-screen tests. Invented people only."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.security.roles import Role
from kdm_desktop.ui.cases.page import CasesPage
from kdm_desktop.ui.controller import AppController

ADMIN = "yonetici"
ADMIN_PASSWORD = "Gizli-Parola-2026"
STAFF_PASSWORD = "Personel-Parola-2026"
STAFF: tuple[tuple[str, Role, str], ...] = (
    ("sosyal", Role.SOCIAL_WORKER, "Derya Kaya"),
    ("psikolog", Role.PSYCHOLOGIST, "Elif Arslan"),
    ("sekreter", Role.SECRETARY, "Gülşen Ateş"),
)
VALID_TC = "10000000146"


def draft(**changes: Any) -> CaseDraft:
    base: dict[str, Any] = {
        "first_name": "Ayşe",
        "last_name": "Yılmaz",
        "tc_kimlik_no": VALID_TC,
        "birth_date": datetime.date(1988, 4, 12),
        "phone": "0532 123 45 67",
        "district": "Karşıyaka",
    }
    base.update(changes)
    return CaseDraft(**base)


def unlock(qtbot: Any, app: AppController, user: str = ADMIN) -> None:
    panel = app.lock_screen.unlock
    panel.username.setText(user)
    panel.password.setText(ADMIN_PASSWORD if user == ADMIN else STAFF_PASSWORD)
    qtbot.mouseClick(panel.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not app.runner.busy and app.workspace is not None)


def cases_page(qtbot: Any, app: AppController, user: str = ADMIN) -> CasesPage:
    unlock(qtbot, app, user)
    assert app.workspace is not None
    assert app.workspace.select("cases")
    page = app.workspace.page("cases")
    assert isinstance(page, CasesPage)
    activate(qtbot, app.window)
    return page


def activate(qtbot: Any, window: QWidget) -> None:
    """Shortcuts only fire in the active window; offscreen needs telling."""
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def click(qtbot: Any, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def table_texts(table: QTableWidget) -> list[list[str]]:
    return [
        [(table.item(r, c).text() if table.item(r, c) else "") for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def all_texts(root: QWidget) -> list[str]:
    """Every text held by `root` and its children, visible or not."""
    texts = [root.windowTitle(), root.accessibleName(), root.toolTip()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
    return [t for t in texts if t]
