"""The login form, with a visible countdown while the user is locked out."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security.throttle import LoginThrottle
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.demo import DEMO_ADMIN, DEMO_PASSWORD
from kdm_desktop.services.session import Session
from kdm_desktop.ui.panel import centred_column
from kdm_desktop.ui.tasks import IsCancelled, Progress, TaskFailure, TaskRunner
from kdm_desktop.ui.widgets import FieldError, heading, note, password_edit

_COUNTDOWN_TICK_MS = 250


class UnlockPanel(QWidget):
    unlocked = Signal(object)
    forgot_requested = Signal()

    def __init__(
        self,
        data_dir: Path,
        runner: TaskRunner,
        *,
        demo: bool = False,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPanel")
        self._data_dir = data_dir
        self._runner = runner
        self._demo = demo
        # The same throttle (and clock) for the countdown and for the login itself.
        self._throttle = LoginThrottle(CaseFilePaths(data_dir).login_state, clock)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("User name"))
        self.password = password_edit(self.tr("Password"))
        self.password.setObjectName("password")
        self.error = FieldError()
        self.error.setObjectName("unlockError")
        self.countdown = QLabel()
        self.countdown.setObjectName("lockoutCountdown")
        self.countdown.setWordWrap(True)
        self.countdown.setStyleSheet("font-weight: bold;")
        self.countdown.hide()
        self.login_button = QPushButton(self.tr("&Log in"))
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.login_button.setAccessibleName(self.tr("Log in"))
        self.forgot_button = QPushButton(self.tr("I &forgot my password"))
        self.forgot_button.setObjectName("forgotButton")
        self.forgot_button.setFlat(True)
        self.forgot_button.setAccessibleName(self.tr("I forgot my password"))

        column = centred_column(self)
        column.addWidget(heading("KDM Desktop", 1.8))
        column.addWidget(QLabel(self.tr("Log in to open the case file.")))
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.countdown)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        column.addLayout(buttons)
        self.demo_note = note(
            self.tr(
                "This is a demo case file: every person in it is invented. "
                "The password of every demo user is {password}."
            ).format(password=f"<nobr><b>{html.escape(DEMO_PASSWORD)}</b></nobr>")
        )
        # Rich text only so the password never breaks at its hyphen.
        self.demo_note.setTextFormat(Qt.TextFormat.RichText)
        self.demo_note.setObjectName("demoNote")
        self.demo_note.setVisible(demo)
        column.addWidget(self.demo_note)

        self._ticker = QTimer(self)
        self._ticker.setInterval(_COUNTDOWN_TICK_MS)
        self._ticker.timeout.connect(self.refresh_countdown)
        self.username.textChanged.connect(self.refresh_countdown)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.login_button.clicked.connect(self.submit)
        self.forgot_button.clicked.connect(self.forgot_requested)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.login_button)
        self.setTabOrder(self.login_button, self.forgot_button)

    def reset(self, username: str = "") -> None:
        if not username and self._demo:
            username = DEMO_ADMIN
        self.username.setText(username)
        self.password.clear()
        self.error.clear_error()
        self.refresh_countdown()
        (self.password if username else self.username).setFocus()

    def _name(self) -> str:
        return self.username.text().strip().lower()

    def seconds_remaining(self) -> int:
        name = self._name()
        return self._throttle.seconds_remaining(name) if name else 0

    def refresh_countdown(self) -> None:
        seconds = self.seconds_remaining()
        if seconds > 0:
            self.countdown.setText(
                self.tr("Too many failed attempts. You can try again in {seconds} s.").format(
                    seconds=seconds
                )
            )
            self.countdown.setAccessibleName(self.countdown.text())
            self.countdown.show()
            self.login_button.setEnabled(False)
            if not self._ticker.isActive():
                self._ticker.start()
        else:
            self.countdown.hide()
            self.login_button.setEnabled(True)
            self._ticker.stop()

    def submit(self) -> None:
        if not self.login_button.isEnabled():
            return
        name, password = self.username.text(), self.password.text()
        if not name.strip():
            self.error.show_error(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        self.error.clear_error()
        data_dir, throttle = self._data_dir, self._throttle

        def work(progress: Progress, cancelled: IsCancelled) -> Session:
            return open_session(data_dir, name, password, throttle=throttle)

        self._runner.start(
            self,
            work,
            label=self.tr("Checking the password…"),
            on_success=self._succeeded,
            on_failure=self._failed,
        )

    def _succeeded(self, session: Session) -> None:
        self.password.clear()
        self.error.clear_error()
        self.unlocked.emit(session)

    def _failed(self, failure: TaskFailure) -> None:
        self.password.clear()
        self.error.show_error(failure.message)
        self.refresh_countdown()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
