"""Settings › My password."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kdm_desktop.errors import AuthenticationError
from kdm_desktop.services.session import Session
from kdm_desktop.services.users import UserService
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.panel import form_widget
from kdm_desktop.ui.tasks import IsCancelled, Progress, TaskFailure
from kdm_desktop.ui.widgets import FieldError, NewPasswordFields, note, password_edit, with_error


class PasswordTab(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self.setObjectName("passwordTab")
        self._service = UserService(session)
        self._runner = ctx.runner
        self.current = password_edit(self.tr("Current password"))
        self.current.setObjectName("currentPassword")
        self.current_error = FieldError()
        self.passwords = NewPasswordFields(self)
        self.general_error = FieldError()
        self.change_button = QPushButton(self.tr("&Change password"))
        self.change_button.setObjectName("changePasswordButton")
        self.change_button.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("C&urrent password:"), with_error(self.current, self.current_error))
        self.passwords.add_rows(form, self.tr("&New password:"), self.tr("Re&peat:"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Your password protects the case file. Do not write it down near the "
                    "computer and do not share it with colleagues."
                )
            )
        )
        column = QVBoxLayout()
        column.addLayout(form)
        column.addWidget(self.general_error)
        column.addLayout(buttons)
        layout.addWidget(form_widget(column))
        layout.addStretch(1)

    def submit(self) -> None:
        self.current_error.clear_error()
        self.general_error.clear_error()
        if not self.current.text():
            self.current_error.show_error(self.tr("Enter your current password."))
            return
        if not self.passwords.validate():
            return
        service, current, new = self._service, self.current.text(), self.passwords.text()

        def work(progress: Progress, cancelled: IsCancelled) -> None:
            service.change_own_password(current, new)

        self._runner.start(
            self,
            work,
            label=self.tr("Changing your password…"),
            on_success=lambda _: self._clear(),
            on_failure=self._failed,
            success_message=self.tr("Your password was changed. Use the new one from now on."),
        )

    def _clear(self) -> None:
        self.current.clear()
        self.passwords.clear()

    def _failed(self, failure: TaskFailure) -> None:
        if isinstance(failure.error, AuthenticationError):
            self.current_error.show_error(self.tr("The current password is not correct."))
            self.current.clear()
            self.current.setFocus()
        elif failure.field == "password":
            self.passwords.show_error(failure.message)
        else:
            self.general_error.show_error(failure.message)
