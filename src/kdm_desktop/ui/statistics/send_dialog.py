"""The dialog before a statistics file leaves: the recipient and exactly what leaves."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.statistics.periods import Period
from kdm_desktop.services.session import Session
from kdm_desktop.services.statistics_exchange import StatisticsExchange, document_text
from kdm_desktop.services.trust import TrustService


class SendDialog(QDialog):
    """Choose the coordinating body; see exactly which numbers will leave."""

    def __init__(self, session: Session, period: Period, k: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._period = period
        self._k = k
        self.setWindowTitle(self.tr("Send statistics"))
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Coordinating body"))
        for centre in TrustService(session).centres():
            if centre.state == "verified":
                self.recipient.addItem(f"{centre.name} ({centre.code})", centre.code)
        self.suppressed = QCheckBox(
            self.tr("Send suppressed counts only (no data-sharing protocol)")
        )
        self.suppressed.toggled.connect(self._refresh)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("The numbers that will leave the centre"))
        self.preview.setMinimumSize(560, 320)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Encrypt and save…"))
        self.ok.setEnabled(self.recipient.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.recipient)
        form.addRow("", self.suppressed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.recipient.count() == 0:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "No verified coordinating body yet: import its centre card and "
                        "compare the fingerprint on the Transfers page first."
                    )
                )
            )
        layout.addWidget(QLabel(self.tr("Exactly these numbers leave the centre:")))
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self._refresh()

    def _refresh(self) -> None:
        doc = StatisticsExchange(self._session).document(
            self._period, suppressed_only=self.suppressed.isChecked(), k=self._k
        )
        self.preview.setPlainText(document_text(doc))

    def choice(self) -> tuple[str, bool] | None:
        if self.recipient.count() == 0:
            return None
        return str(self.recipient.currentData()), self.suppressed.isChecked()
