"""The dialog that imports another centre's card with the fingerprint read out by phone."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


class CardImportDialog(QDialog):
    """Choose another centre's card and type the fingerprint read out by phone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a centre's card"))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Card file:"), row)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText("12345 67890 …")
        form.addRow(self.tr("Fingerprint read out by phone:"), self.fingerprint)
        hint = QLabel(
            self.tr(
                "Call the other centre on a number you already know and have them read "
                "their 30-digit fingerprint aloud. The card is trusted only if it matches."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a centre card"), "", self.tr("Centre cards (*.json *.card)")
        )
        if path:
            self.path.setText(path)
