"""'Aktarımlar': this centre's card, trusted centres, sending and receiving bundles.

Everything goes through `TrustService` and `TransferService`; long work (writing,
checking, importing a bundle) runs on `ctx.runner` with progress and cancel.
Importing shows a preview first and asks for an explicit yes.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
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
from kdm_desktop.services.clock import now_istanbul
from kdm_desktop.services.session import Session
from kdm_desktop.services.transfers import ExportResult, TransferService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.backup.drives import removable_drives
from kdm_desktop.ui.backup.page import table_moment
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.tasks import IsCancelled, Progress
from kdm_desktop.ui.transfers.conflicts import ConflictsPanel
from kdm_desktop.ui.transfers.receive import ReceivePanel
from kdm_desktop.ui.transfers.trust import TrustPanel
from kdm_desktop.ui.widgets import heading

_SPLIT = re.compile(r"[\s,;]+")


class TransfersPage(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self._session = session
        self._ctx = ctx
        self._transfers = TransferService(session)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(heading(self.tr("Transfers between centres")))
        self.trust = TrustPanel(session, self.refresh)
        layout.addWidget(self.trust)

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
            self.tr("Hand the files over: they are closed here as “Handed over”")
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

        self.receive = ReceivePanel(session, ctx, self.refresh, self._after_import)
        layout.addWidget(self.receive)

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

    def refresh(self) -> None:
        centres = self.trust.refresh()
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
            received = table_moment(o.received_at) if o.received_at else self.tr("not yet")
            # Which cases were sent: number and initials (a count alone says nothing at
            # the desk); the sekreter sees that files went, not which.
            if sent.cases is None:
                sent_cases = self.tr("{count} file(s)").format(count=len(o.case_ids))
            else:
                sent_cases = ", ".join(c.label for c in sent.cases) or "—"
            values = (table_moment(o.created_at), o.recipient_code, sent_cases, received)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.outgoing.setItem(row, col, item)
        self.send_button.setEnabled(self.recipient.count() > 0)

    def _warn(self, error: KdmError) -> None:
        dialogs.warn(self, error.message)

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
                text += "\n" + self.tr("Marked “Handed over” here: {numbers}").format(
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

    def _after_import(self) -> None:
        self.refresh()
        if self.conflicts is not None:
            self.conflicts.refresh()
