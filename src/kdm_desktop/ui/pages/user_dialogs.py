"""Dialogs of the user management tab. They collect input; the tab runs the work."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.accounts import validate_username
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.security.roles import Role
from kdm_desktop.ui.labels import role_label
from kdm_desktop.ui.tasks import TaskFailure
from kdm_desktop.ui.widgets import FieldError, FormErrors, NewPasswordFields, with_error


def role_combo(current: Role | None = None) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_label(role), role.value)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current.value))
    return combo


class AddUserDialog(QDialog):
    submitted = Signal(str, str, str, str)  # username, display name, role, password

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Add user"))
        self.setMinimumWidth(520)
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.username.setAccessibleName(self.tr("User name"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("newDisplayName")
        self.display_name.setAccessibleName(self.tr("Full name"))
        self.role = role_combo(Role.SOCIAL_WORKER)
        self.role.setObjectName("newRole")
        self.role.setAccessibleName(self.tr("Role"))
        self.passwords = NewPasswordFields(self)
        self.username_error = FieldError()
        self.general_error = FieldError()
        self.errors = FormErrors(self.general_error)
        self.errors.add("username", self.username_error)
        self.errors.add("password", self.passwords.password_error)
        self.errors.add("role", self.general_error)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), with_error(self.username, self.username_error))
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&Role:"), self.role)
        self.passwords.add_rows(form, self.tr("&Password:"), self.tr("Re&peat password:"))
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("&Add user"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("dialogOk")
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        self.errors.clear()
        try:
            validate_username(self.username.text())
        except ValidationErrors as exc:
            self.errors.show_validation(exc)
            self.username.setFocus()
            return
        if not self.passwords.validate():
            return
        self.submitted.emit(
            self.username.text(),
            self.display_name.text(),
            str(self.role.currentData()),
            self.passwords.text(),
        )

    def show_failure(self, failure: TaskFailure) -> None:
        self.errors.show(failure.message, failure.field)


class ResetPasswordDialog(QDialog):
    submitted = Signal(str)

    def __init__(self, parent: QWidget, username: str) -> None:
        super().__init__(parent)
        self.setObjectName("resetPasswordDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(480)
        self.passwords = NewPasswordFields(self)
        self.general_error = FieldError()
        intro = QLabel(
            self.tr(
                "Give {user} a new password. Tell it to them in person; they can change "
                "it afterwards in Settings."
            ).format(user=username)
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.passwords.add_rows(form, self.tr("&New password:"), self.tr("Re&peat:"))
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("&Set password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("dialogOk")
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        self.general_error.clear_error()
        if self.passwords.validate():
            self.submitted.emit(self.passwords.text())

    def show_failure(self, failure: TaskFailure) -> None:
        if failure.field == "password":
            self.passwords.show_error(failure.message)
        else:
            self.general_error.show_error(failure.message)


class RoleDialog(QDialog):
    submitted = Signal(str)

    def __init__(self, parent: QWidget, username: str, current: Role) -> None:
        super().__init__(parent)
        self.setObjectName("roleDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Change role"))
        self.role = role_combo(current)
        self.role.setAccessibleName(self.tr("Role"))
        self.general_error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("User:"), QLabel(username))
        form.addRow(self.tr("&Role:"), self.role)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("&Change role"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("dialogOk")
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(lambda: self.submitted.emit(str(self.role.currentData())))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
