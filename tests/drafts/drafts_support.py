"""Helpers for the drafts tests. Invented people only."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kdm_desktop.domain.cases.intake import Intake
from kdm_desktop.security.roles import Role
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.session import Session
from kdm_desktop.ui.controller import AppController

ADMIN = "yonetici"
ADMIN_PASSWORD = "Gizli-Parola-2026"
STAFF_PASSWORD = "Personel-Parola-2026"
STAFF: tuple[tuple[str, Role, str], ...] = (
    ("sosyal", Role.SOCIAL_WORKER, "Derya Kaya"),
    ("sekreter", Role.SECRETARY, "Gülşen Ateş"),
)


def add_case(session: Session, first: str = "Ayşe", last: str = "Yılmaz") -> str:
    service = CaseService(session)
    intake = service.parse_intake(
        {
            "application_date": datetime.date(2026, 11, 2).isoformat(),
            "first_name": first,
            "last_name": last,
            "phone": "0532 123 45 67",
            "consent": {"processing": True, "date": datetime.date(2026, 11, 2).isoformat()},
        }
    )
    assert isinstance(intake, Intake)
    return service.create_intake(intake).id


def unlock(qtbot: Any, app: AppController, user: str = ADMIN) -> None:
    panel = app.lock_screen.unlock
    panel.username.setText(user)
    panel.password.setText(ADMIN_PASSWORD if user == ADMIN else STAFF_PASSWORD)
    qtbot.mouseClick(panel.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not app.runner.busy and app.workspace is not None)


def activate(qtbot: Any, window: QWidget) -> None:
    """Shortcuts only fire in the active window; offscreen needs telling."""
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
