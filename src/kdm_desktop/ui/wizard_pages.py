"""The three pages of the set-up wizard: centre, administrator, recovery key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from kdm_desktop.domain.accounts import validate_username
from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.reports.recovery_sheet import format_key_lines
from kdm_desktop.ui.centre_form import CentreForm
from kdm_desktop.ui.fonts import mono_font
from kdm_desktop.ui.panel import form_widget, limited
from kdm_desktop.ui.tasks import TaskFailure
from kdm_desktop.ui.widgets import (
    FieldError,
    FormErrors,
    NewPasswordFields,
    note,
    with_error,
)

if TYPE_CHECKING:
    from kdm_desktop.ui.wizard import SetupWizard

KEY_POINT_SIZE = 22


class CentrePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("wizardCentrePage")
        self.setTitle(self.tr("The centre"))
        self.setSubTitle(
            self.tr(
                "This computer has no case file yet. Enter the centre's details: "
                "they appear on letterheads and can be changed later in Settings."
            )
        )
        self.form = CentreForm()
        layout = QVBoxLayout(self)
        layout.addWidget(limited(self.form))
        layout.addStretch(1)

    def centre(self) -> CentreInfo:
        return self.form.centre()

    def validatePage(self) -> bool:
        return self.form.validated() is not None


class AdminPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setObjectName("wizardAdminPage")
        self._wizard = wizard
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(
            self.tr(
                "The administrator adds the other staff later. Choose a long password: "
                "it protects every case in the file."
            )
        )
        # After this page the case file exists; going back would make a second one.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create case file"))
        self.username = QLineEdit()
        self.username.setObjectName("admin_username")
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setPlaceholderText(self.tr("e.g. ayse.yilmaz"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("admin_display_name")
        self.display_name.setAccessibleName(self.tr("Full name"))
        self.passwords = NewPasswordFields(self)
        self.username_error = FieldError()
        self.general_error = FieldError()
        self.general_error.setObjectName("adminError")
        self.errors = FormErrors(self.general_error)
        self.errors.add("username", self.username_error)
        self.errors.add("password", self.passwords.password_error)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), with_error(self.username, self.username_error))
        form.addRow(self.tr("&Full name:"), self.display_name)
        self.passwords.add_rows(form, self.tr("&Password:"), self.tr("&Repeat password:"))
        column = QVBoxLayout()
        column.addLayout(form)
        column.addWidget(self.general_error)
        layout = QVBoxLayout(self)
        layout.addWidget(form_widget(column))
        layout.addStretch(1)

    def validatePage(self) -> bool:
        if self._wizard.created is not None:
            return True
        self.errors.clear()
        try:
            validate_username(self.username.text())
        except ValidationErrors as exc:
            self.errors.show_validation(exc)
            self.username.setFocus()
            return False
        if not self.passwords.validate():
            self.passwords.password.setFocus()
            return False
        # Creation runs off the UI thread; the wizard moves on when it is done.
        self._wizard.create_case_file(
            self.username.text(), self.display_name.text(), self.passwords.text()
        )
        return False

    def show_failure(self, failure: TaskFailure) -> None:
        self.errors.show(failure.message, failure.field)

    def forget_passwords(self) -> None:
        self.passwords.clear()


class KeyPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setObjectName("wizardKeyPage")
        self._wizard = wizard
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(
            self.tr(
                "The case file has been created. If every password is forgotten, only "
                "this key can open it. It is shown now and never again."
            )
        )
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKeyLabel")
        self.key_label.setFont(mono_font(KEY_POINT_SIZE))
        # Left-aligned like the printed sheet, so the short last line reads as the end.
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Not selectable: copying would put the key on the clipboard, a digital medium.
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.Box)
        frame_layout = QHBoxLayout(frame)
        frame_layout.setContentsMargins(24, 16, 24, 16)
        frame_layout.addStretch(1)
        frame_layout.addWidget(self.key_label)
        frame_layout.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("savePdfButton")
        self.save_button.setAccessibleName(self.tr("Save the recovery sheet as PDF"))
        self.save_button.clicked.connect(self._wizard.save_sheet)
        self.confirm = QCheckBox(self.tr("I have stored the recovery key in a &safe place"))
        self.confirm.setObjectName("keySavedCheck")
        self.registerField("keySaved*", self.confirm)
        advice = note(
            self.tr(
                "Print the sheet or copy the key onto paper by hand, and keep it locked away "
                "from the computer. Never photograph it and never store it on a computer, "
                "phone, USB stick or e-mail. Anyone with this key and the case file can "
                "read every case."
            )
        )
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(frame)
        column.addWidget(advice)
        column.addLayout(save_row)
        column.addSpacing(12)
        column.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(form_widget(column, 900))
        layout.addStretch(1)

    def initializePage(self) -> None:
        created = self._wizard.created
        if created is not None:
            self.key_label.setText("\n".join(format_key_lines(created.recovery_key)))

    def show_key_for_screenshot(self, key: str) -> None:
        self.key_label.setText("\n".join(format_key_lines(key)))

    def clear_key(self) -> None:
        self.key_label.clear()
        self.key_label.setAccessibleDescription("")
