"""'Aktarımlar': this centre's card, trusted centres, sending and receiving bundles.

Everything goes through `TrustService` and `TransferService`; long work (writing,
checking, importing a bundle) runs on `ctx.runner` with progress and cancel.
Importing shows a preview first and asks for an explicit yes.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.cases.numbering import example_case_numbers
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.casefile import Session
from kdm_desktop.services.clock import now_istanbul
from kdm_desktop.services.transfers import ExportResult, ImportResult, Preview, TransferService
from kdm_desktop.services.trust import TrustService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.backup.drives import removable_drives
from kdm_desktop.ui.backup.page import format_moment
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.tasks import IsCancelled, Progress
from kdm_desktop.ui.transfers.conflicts import ConflictsPanel
from kdm_desktop.ui.widgets import heading

_SPLIT = re.compile(r"[\s,;]+")


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


class TransfersPage(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self._session = session
        self._ctx = ctx
        self._trust = TrustService(session)
        self._transfers = TransferService(session)
        manage = session.can(Permission.MANAGE_TRUST)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(heading(self.tr("Transfers between centres")))

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

        send = QGroupBox(self.tr("Send cases"))
        send_form = QFormLayout(send)
        self.recipient = QComboBox()
        send_form.addRow(self.tr("To centre:"), self.recipient)
        self.case_numbers = QLineEdit()
        # The hint uses this centre's own code, never another centre's.
        self.case_numbers.setPlaceholderText(
            example_case_numbers(session.centre().code, now_istanbul().year)
        )
        send_form.addRow(self.tr("Case numbers:"), self.case_numbers)
        self.drive = QComboBox()
        send_form.addRow(self.tr("Removable drive:"), self.drive)
        self.hand_over = QCheckBox(
            self.tr("Hand the files over: they are closed here as “Devredildi”")
        )
        self.hand_over.setObjectName("transferHandOver")
        self.hand_over.setChecked(True)
        self.hand_over.setToolTip(
            self.tr("Untick to send copies for cooperation only: the files then stay open here.")
        )
        send_form.addRow(self.hand_over)
        self.send_button = QPushButton(self.tr("Write the transfer file…"))
        self.send_button.clicked.connect(self._ask_export)
        send_form.addRow(self.send_button)
        send_form.addRow(
            QLabel(
                self.tr(
                    "Each woman must have consented to sharing with other centres. "
                    "A confidential address is never included."
                )
            )
        )
        layout.addWidget(send)

        receive = QGroupBox(self.tr("Receive"))
        receive_layout = QHBoxLayout(receive)
        self.import_button = QPushButton(self.tr("Import a transfer file…"))
        self.import_button.clicked.connect(self._ask_import)
        self.receipt_button = QPushButton(self.tr("Write a receipt…"))
        self.receipt_button.clicked.connect(self._ask_receipt)
        self.import_receipt_button = QPushButton(self.tr("Import a receipt…"))
        self.import_receipt_button.clicked.connect(self._ask_import_receipt)
        for button in (self.import_button, self.receipt_button, self.import_receipt_button):
            receive_layout.addWidget(button)
        receive_layout.addStretch(1)
        self.import_button.setEnabled(session.can(Permission.IMPORT))
        self.receipt_button.setEnabled(session.can(Permission.IMPORT))
        layout.addWidget(receive)

        # Conflicts show case values: only for readers of case content.
        self.conflicts: ConflictsPanel | None = None
        if session.can(Permission.VIEW_CASES):
            self.conflicts = ConflictsPanel(session, self._warn)
            layout.addWidget(self.conflicts)

        sent = QGroupBox(self.tr("Sent transfer files"))
        sent_layout = QVBoxLayout(sent)
        self.outgoing = QTableWidget(0, 4)
        self.outgoing.setHorizontalHeaderLabels(
            [self.tr("Written"), self.tr("To"), self.tr("Cases"), self.tr("Received")]
        )
        self.outgoing.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outgoing.verticalHeader().setVisible(False)
        self.outgoing.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.outgoing.setMinimumHeight(120)
        sent_layout.addWidget(self.outgoing)
        layout.addWidget(sent)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    # ----- showing -----

    def _state_label(self, state: str) -> str:
        return {
            "imported": self.tr("not verified"),
            "verified": self.tr("verified"),
            "replaced": self.tr("old key"),
            "revoked": self.tr("revoked"),
        }.get(state, state)

    def refresh(self) -> None:
        centres = self._trust.centres()
        self.centres.setRowCount(len(centres))
        for row, c in enumerate(centres):
            values = (c.code, c.name, self._state_label(c.state), c.fingerprint)
            for col, value in enumerate(values):
                self.centres.setItem(row, col, QTableWidgetItem(value))
        self.centres.resizeColumnToContents(3)
        current = self.recipient.currentData()
        self.recipient.clear()
        for c in centres:
            if c.state == "verified":
                self.recipient.addItem(f"{c.code} — {c.name}", c.code)
        index = self.recipient.findData(current)
        if index >= 0:
            self.recipient.setCurrentIndex(index)
        self.drive.clear()
        for drive in removable_drives():
            self.drive.addItem(drive.name, drive.root)
        self.drive.addItem(self.tr("Choose a folder or file…"), "")
        out = self._transfers.sent_list()
        self.outgoing.setRowCount(len(out))
        for row, sent in enumerate(out):
            o = sent.row
            received = format_moment(o.received_at) if o.received_at else self.tr("not yet")
            # Which cases were sent: number and initials (a count alone says nothing at
            # the desk); the sekreter sees that files went, not which.
            if sent.cases is None:
                sent_cases = self.tr("{count} file(s)").format(count=len(o.case_ids))
            else:
                sent_cases = ", ".join(c.label for c in sent.cases) or "—"
            values = (format_moment(o.created_at), o.recipient_code, sent_cases, received)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.outgoing.setItem(row, col, item)
        self.send_button.setEnabled(self.recipient.count() > 0)

    def _warn(self, error: KdmError) -> None:
        dialogs.warn(self, error.message)

    # ----- this centre and trust -----

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
        self.refresh()
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
        self.refresh()

    # ----- sending -----

    def _ask_export(self) -> None:
        code = self.recipient.currentData()
        refs = [r for r in _SPLIT.split(self.case_numbers.text().strip()) if r]
        if not code or not refs:
            dialogs.inform(self, self.tr("Choose a centre and type at least one case number."))
            return
        root = self.drive.currentData() or ""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the transfer file"),
            str(Path(root) / f"aktarim-{code}.kdmb") if root else f"aktarim-{code}.kdmb",
            self.tr("Transfer files (*.kdmb)"),
        )
        if path:
            self.export_bundle(code, refs, Path(path))

    def export_bundle(
        self, code: str, refs: list[str], path: Path, hand_over: bool | None = None
    ) -> None:
        service = self._transfers
        hand_over = self.hand_over.isChecked() if hand_over is None else hand_over

        def work(progress: Progress, cancelled: IsCancelled) -> ExportResult:
            return service.export(
                code,
                refs,
                path,
                progress=progress,
                cancelled=cancelled,
                overwrite=True,
                hand_over=hand_over,
            )

        def done(result: ExportResult) -> str:
            text = self.tr("{count} case file(s) were written for {code}:\n{path}").format(
                count=len(result.case_numbers), code=result.recipient_code, path=result.path
            )
            if result.handed_over:
                text += "\n" + self.tr("Marked “Devredildi” here: {numbers}").format(
                    numbers=", ".join(result.handed_over)
                )
            return text

        self._ctx.runner.start(
            self,
            work,
            label=self.tr("Encrypting, signing and writing the transfer file…"),
            cancellable=True,
            on_success=lambda _result: self.refresh(),
            success_message=done,
        )

    # ----- receiving -----

    def _pick(self, title: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", pattern)
        return Path(path) if path else None

    def _ask_import(self) -> None:
        path = self._pick(self.tr("Choose a transfer file"), self.tr("Transfer files (*.kdmb)"))
        if path is not None:
            self.import_bundle(path)

    def import_bundle(self, path: Path) -> None:
        service = self._transfers

        def check(progress: Progress, cancelled: IsCancelled) -> Preview:
            return service.preview(path, progress=progress, cancelled=cancelled)

        self._ctx.runner.start(
            self,
            check,
            label=self.tr("Checking and decrypting the transfer file…"),
            cancellable=True,
            on_success=lambda preview: self._confirm_import(path, preview),
        )

    def preview_text(self, preview: Preview) -> str:
        lines = []
        for c in preview.cases:
            state = self.tr("already here") if c.known else self.tr("new")
            lines.append(f"{c.case_number}  {c.display_name}  ({state})")
        return "\n".join(lines)

    def _confirm_import(self, path: Path, preview: Preview) -> None:
        self.last_confirm = dialogs.confirm(
            self,
            self.tr("Import {count} case file(s) from {code} ({name})?").format(
                count=len(preview.cases), code=preview.sender_code, name=preview.sender_name
            ),
            lambda: self._run_import(path),
            yes_text=self.tr("Import"),
            informative=self.preview_text(preview),
        )

    def _run_import(self, path: Path) -> None:
        service = self._transfers

        def work(progress: Progress, cancelled: IsCancelled) -> ImportResult:
            return service.import_bundle(
                path, confirmed=True, progress=progress, cancelled=cancelled
            )

        def done(result: ImportResult) -> str:
            text = self.tr(
                "Imported: {created} new, {updated} updated, {unchanged} unchanged."
            ).format(
                created=len(result.created),
                updated=len(result.updated),
                unchanged=len(result.unchanged),
            )
            if result.conflicts:
                text += "\n" + self.tr(
                    "{count} field(s) were changed at both centres; both values were kept "
                    "for a colleague to decide."
                ).format(count=result.conflicts)
            return text

        self._ctx.runner.start(
            self,
            work,
            label=self.tr("Importing the transfer file…"),
            cancellable=True,
            on_success=lambda _result: self._after_import(),
            success_message=done,
        )

    def _after_import(self) -> None:
        self.refresh()
        if self.conflicts is not None:
            self.conflicts.refresh()

    def _ask_receipt(self) -> None:
        bundle = self._pick(self.tr("Choose the imported transfer file"), "*.kdmb")
        if bundle is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the receipt"), "alindi.json", self.tr("Receipts (*.json)")
        )
        if path:
            self.save_receipt(bundle, Path(path))

    def save_receipt(self, bundle: Path, path: Path) -> None:
        try:
            self._transfers.save_receipt(bundle, path)
        except KdmError as exc:
            self._warn(exc)
            return
        dialogs.inform(self, self.tr("The receipt was saved:\n{path}").format(path=path))

    def _ask_import_receipt(self) -> None:
        path = self._pick(self.tr("Choose a receipt"), self.tr("Receipts (*.json)"))
        if path is not None:
            self.import_receipt(path)

    def import_receipt(self, path: Path) -> None:
        try:
            result = self._transfers.import_receipt_file(path)
        except KdmError as exc:
            self._warn(exc)
            return
        self.refresh()
        dialogs.inform(
            self,
            self.tr("Centre {code} confirmed receiving the transfer file.").format(
                code=result.recipient_code
            ),
        )
