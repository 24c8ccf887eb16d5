"""This centre's card and the trusted centres: save the card, import another's, revoke.

Trusting a centre needs its 30-digit fingerprint read out by phone; only an
administrator may trust or revoke. After a change the page shows everything again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.services.trust import TrustedCentre, TrustService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.transfers.card_dialog import CardImportDialog


class TrustPanel(QWidget):
    def __init__(self, session: Session, changed: Callable[[], None]) -> None:
        super().__init__()
        self._session = session
        self._trust = TrustService(session)
        self._changed = changed
        manage = session.can(Permission.MANAGE_TRUST)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        own = QGroupBox(self.tr("This centre"))
        own_layout = QVBoxLayout(own)
        own_layout.addWidget(QLabel(self.tr("Fingerprint to read out to the other centre:")))
        self.fingerprint = QLabel(self._trust.own_fingerprint())
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.4)
        mono.setWeight(QFont.Weight.Bold)
        self.fingerprint.setFont(mono)
        self.fingerprint.setObjectName("ownFingerprint")
        own_layout.addWidget(self.fingerprint)
        self.save_card_button = QPushButton(self.tr("Save this centre's card…"))
        self.save_card_button.clicked.connect(self._ask_save_card)
        own_layout.addWidget(self.save_card_button)
        layout.addWidget(own)

        trusted = QGroupBox(self.tr("Trusted centres"))
        trusted_layout = QVBoxLayout(trusted)
        self.centres = QTableWidget(0, 4)
        self.centres.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("State"), self.tr("Fingerprint")]
        )
        self.centres.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.centres.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.centres.verticalHeader().setVisible(False)
        self.centres.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.centres.setMinimumHeight(120)
        trusted_layout.addWidget(self.centres)
        buttons = QHBoxLayout()
        self.import_card_button = QPushButton(self.tr("Import a centre's card…"))
        self.import_card_button.clicked.connect(self._ask_import_card)
        self.revoke_button = QPushButton(self.tr("Revoke trust…"))
        self.revoke_button.clicked.connect(self._ask_revoke)
        for button in (self.import_card_button, self.revoke_button):
            button.setEnabled(manage)
            buttons.addWidget(button)
        # A greyed-out button says nothing; say who may use it and why.
        self.admin_only = QLabel(
            self.tr(
                "Only an administrator can trust or revoke a centre: a wrong card would "
                "send her file to the wrong place. Ask your administrator."
            )
        )
        self.admin_only.setObjectName("trustAdminOnly")
        self.admin_only.setWordWrap(True)
        self.admin_only.setVisible(not manage)
        if not manage:
            for button in (self.import_card_button, self.revoke_button):
                button.setToolTip(self.admin_only.text())
        buttons.addStretch(1)
        trusted_layout.addLayout(buttons)
        trusted_layout.addWidget(self.admin_only)
        layout.addWidget(trusted)

    def _state_label(self, state: str) -> str:
        return {
            "imported": self.tr("not verified"),
            "verified": self.tr("verified"),
            "replaced": self.tr("old key"),
            "revoked": self.tr("revoked"),
        }.get(state, state)

    def refresh(self) -> list[TrustedCentre]:
        """Show the trusted centres; the list, for the page's recipients."""
        centres = self._trust.centres()
        self.centres.setRowCount(len(centres))
        for row, c in enumerate(centres):
            values = (c.code, c.name, self._state_label(c.state), c.fingerprint)
            for col, value in enumerate(values):
                self.centres.setItem(row, col, QTableWidgetItem(value))
        self.centres.resizeColumnToContents(3)
        return centres

    def _warn(self, error: KdmError) -> None:
        dialogs.warn(self, error.message)

    def _ask_save_card(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save this centre's card"),
            f"{self._session.centre().code}-kart.json",
            self.tr("Centre cards (*.json)"),
        )
        if path:
            self.save_card(Path(path))

    def save_card(self, path: Path) -> None:
        try:
            self._trust.save_own_card(path)
        except KdmError as exc:
            self._warn(exc)
            return
        dialogs.inform(self, self.tr("The card was saved:\n{path}").format(path=path))

    def _ask_import_card(self) -> None:
        dialog = CardImportDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.import_card(Path(dialog.path.text()), dialog.fingerprint.text())

    def import_card(self, path: Path, fingerprint: str) -> None:
        try:
            data = self._trust.read_card_file(path)
            centre = self._trust.import_card(data, fingerprint)
        except KdmError as exc:
            self._warn(exc)
            return
        self._changed()
        dialogs.inform(
            self,
            self.tr("{code} ({name}) is verified and trusted.").format(
                code=centre.code, name=centre.name
            ),
        )

    def _selected_code(self) -> str | None:
        rows = self.centres.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.centres.item(rows[0].row(), 0)
        return None if item is None else item.text()

    def _ask_revoke(self) -> None:
        code = self._selected_code()
        if code is None:
            dialogs.inform(self, self.tr("Select a centre in the list first."))
            return
        dialogs.confirm(
            self,
            self.tr("Revoke trust in centre {code}?").format(code=code),
            lambda: self.revoke(code),
            yes_text=self.tr("Revoke"),
            informative=self.tr(
                "Bundles from this centre will be refused until a new card "
                "is imported and verified."
            ),
        )

    def revoke(self, code: str) -> None:
        try:
            self._trust.revoke(code)
        except KdmError as exc:
            self._warn(exc)
            return
        self._changed()
