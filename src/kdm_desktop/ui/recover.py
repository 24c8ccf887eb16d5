"""'I forgot my password': the recovery key opens the file and sets a new password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from kdm_desktop.domain.accounts import validate_username
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.services.casefile import recover_access
from kdm_desktop.services.session import Session
from kdm_desktop.ui.fonts import mono_font
from kdm_desktop.ui.panel import centred_column
from kdm_desktop.ui.tasks import IsCancelled, Progress, TaskFailure, TaskRunner
from kdm_desktop.ui.widgets import (
    FieldError,
    FormErrors,
    NewPasswordFields,
    heading,
    note,
    with_error,
)


class RecoverPanel(QWidget):
    unlocked = Signal(object)
    back_requested = Signal()

    def __init__(self, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoverPanel")
        self._data_dir = data_dir
        self._runner = runner
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKey")
        self.key.setFont(mono_font())
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-…")
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.username = QLineEdit()
        self.username.setObjectName("recoverUsername")
        self.username.setAccessibleName(self.tr("User name"))
        self.passwords = NewPasswordFields(self)
        self.error = FieldError()
        self.error.setObjectName("recoverError")
        self.key_error = FieldError()
        self.username_error = FieldError()
        self.errors = FormErrors(self.error)
        self.errors.add("username", self.username_error)
        self.errors.add("password", self.passwords.password_error)
        self.recover_button = QPushButton(self.tr("&Recover access"))
        self.recover_button.setObjectName("recoverButton")
        self.recover_button.setDefault(True)
        self.back_button = QPushButton(self.tr("&Back to login"))
        self.back_button.setFlat(True)

        column = centred_column(self, 560)
        column.addWidget(heading(self.tr("Recover access"), 1.5))
        column.addWidget(
            note(
                self.tr(
                    "Use this only if you forgot your password. Type the recovery key "
                    "from the sheet printed when the case file was created, then choose "
                    "a new password. This is recorded in the audit log."
                )
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Recovery &key:"), with_error(self.key, self.key_error))
        form.addRow(self.tr("&User name:"), with_error(self.username, self.username_error))
        self.passwords.add_rows(form, self.tr("&New password:"), self.tr("Re&peat:"))
        column.addLayout(form)
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        column.addLayout(buttons)

        self.recover_button.clicked.connect(self.submit)
        self.back_button.clicked.connect(self.back_requested)

    def reset(self) -> None:
        self.key.clear()
        self.username.clear()
        self.passwords.clear()
        self.errors.clear()
        self.key_error.clear_error()
        self.key.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        self.key_error.clear_error()
        key, name = self.key.text(), self.username.text()
        if not key.strip():
            self.key_error.show_error(self.tr("Type the recovery key."))
            return
        try:
            validate_username(name)
        except ValidationErrors as exc:
            self.errors.show_validation(exc)
            return
        if not self.passwords.validate():
            return
        data_dir, password = self._data_dir, self.passwords.text()

        def work(progress: Progress, cancelled: IsCancelled) -> Session:
            return recover_access(data_dir, key, name, password)

        self._runner.start(
            self,
            work,
            label=self.tr("Checking the recovery key…"),
            on_success=self._succeeded,
            on_failure=self._failed,
        )

    def _succeeded(self, session: Session) -> None:
        self.reset()
        self.unlocked.emit(session)

    def _failed(self, failure: TaskFailure) -> None:
        if failure.error is not None and failure.error.key.startswith("auth.recovery"):
            self.key_error.show_error(failure.message)
        else:
            self.errors.show(failure.message, failure.field)
