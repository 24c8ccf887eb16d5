"""Asking how to open a backup: your password or the recovery key."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.services.backup import Credentials
from kdm_desktop.ui.widgets import password_edit


class CredentialsDialog(QDialog):
    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open the backup"))
        self._username = username
        self.use_password = QRadioButton(self.tr("With my &password"))
        self.use_password.setChecked(True)
        self.use_recovery = QRadioButton(self.tr("With the &recovery key"))
        self.password = password_edit(self.tr("Password"))
        self.recovery_key = QLineEdit()
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXXX-XXXXX-…")
        self.recovery_key.setEnabled(False)
        self.use_recovery.toggled.connect(self._toggle)
        form = QFormLayout()
        form.addRow(self.use_password)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.use_recovery)
        form.addRow(self.tr("Recovery key:"), self.recovery_key)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A backup opens with the password a user had when it was made, "
                "or with the recovery key."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _toggle(self, recovery: bool) -> None:
        self.recovery_key.setEnabled(recovery)
        self.password.setEnabled(not recovery)

    def credentials(self) -> Credentials:
        if self.use_recovery.isChecked():
            return Credentials(recovery_key=self.recovery_key.text())
        return Credentials(username=self._username, password=self.password.text())
