"""Receiving: import a transfer file after its preview, write and import receipts.

Importing checks and decrypts the file on the task runner, shows which cases it
holds and imports only after an explicit yes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QMessageBox, QPushButton

from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.services.transfers import ImportResult, Preview, TransferService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.tasks import IsCancelled, Progress


class ReceivePanel(QGroupBox):
    def __init__(
        self,
        session: Session,
        ctx: PageContext,
        changed: Callable[[], None],
        imported: Callable[[], None],
    ) -> None:
        """`changed`: the receipts changed the sent list; `imported`: cases came in."""
        super().__init__()
        self._ctx = ctx
        self._transfers = TransferService(session)
        self._changed = changed
        self._imported = imported
        self.last_confirm: QMessageBox | None = None
        self.setTitle(self.tr("Receive"))
        receive_layout = QHBoxLayout(self)
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

    def _warn(self, error: KdmError) -> None:
        dialogs.warn(self, error.message)

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
            on_success=lambda _result: self._imported(),
            success_message=done,
        )

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
        self._changed()
        dialogs.inform(
            self,
            self.tr("Centre {code} confirmed receiving the transfer file.").format(
                code=result.recipient_code
            ),
        )
