"""Transfers between centres: export, preview and import of bundles; receipts; conflicts.

The reading and writing of bundles live in `transfer_import` and `transfer_export`
(streamed case by case, in constant memory); this service is what the CLI and the
window call, and keeps the receipts; the conflicts a person decides are in
`transfer_conflicts`.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from kdm_desktop.bundle.receipt import (
    MAX_RECEIPT_BYTES,
    Receipt,
    ReceiptError,
    parse_receipt,
    signature_valid,
    write_receipt,
)
from kdm_desktop.domain.calendar.privacy import initials
from kdm_desktop.domain.transfers.records import OutgoingBundle
from kdm_desktop.errors import RefusedInput
from kdm_desktop.inputfiles import read_input_file
from kdm_desktop.oserrors import write_user_file
from kdm_desktop.progress import CancelFn, ProgressFn, never_cancelled, no_progress
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services import anchor_log
from kdm_desktop.services.transfer_conflicts import ConflictView, TransferConflicts
from kdm_desktop.services.transfer_export import ExportResult, export_cases
from kdm_desktop.services.transfer_import import (
    ImportResult,
    Preview,
    PreviewCase,
    import_bundle,
    preview_bundle,
)
from kdm_desktop.services.transfer_refusals import (
    inspect_bundle,
    payload_refusal,
    refusal,
    unreadable,
)
from kdm_desktop.services.trust import TrustService, own_identity

__all__ = [
    "ConflictView",
    "ExportResult",
    "ImportResult",
    "Preview",
    "PreviewCase",
    "ReceiptResult",
    "SentCase",
    "SentTransfer",
    "TransferService",
    "inspect_bundle",
    "payload_refusal",
    "refusal",
    "unreadable",
]


@dataclass(frozen=True)
class SentCase:
    """A case of a sent transfer file as the sent list names it: number and initials."""

    case_number: str
    initials: str

    @property
    def label(self) -> str:
        return f"{self.case_number} ({self.initials})" if self.initials else self.case_number


@dataclass(frozen=True)
class SentTransfer:
    """One written transfer file with the cases it carried (None: not for this reader)."""

    row: OutgoingBundle
    cases: tuple[SentCase, ...] | None


@dataclass(frozen=True)
class ReceiptResult:
    bundle_id: str
    recipient_code: str
    received_at: str
    already: bool


class TransferService(TransferConflicts):
    """Export, preview, import and receipts; the conflicts are in the base."""

    # ----------------------------------------------------------------- export

    def export(
        self,
        to_code: str,
        refs: list[str],
        dst: Path,
        progress: ProgressFn = no_progress,
        cancelled: CancelFn = never_cancelled,
        *,
        overwrite: bool = False,
        hand_over: bool = False,
    ) -> ExportResult:
        """Write the cases to `dst` for centre `to_code`; every case needs her consent.

        An existing `dst` is replaced only with `overwrite` (the window's save dialog
        has asked); otherwise a bundle already on the stick is never lost. What an
        import would refuse (more cases or attachments than a bundle may carry) is
        refused here, before anything is written.
        With `hand_over` every open file sent is closed here as "devredildi" with the
        receiving centre, in the same transaction that records the bundle: the mark
        and the file on the stick exist together or not at all.
        """
        return export_cases(
            self._s,
            to_code,
            refs,
            dst,
            progress,
            cancelled,
            overwrite=overwrite,
            hand_over=hand_over,
        )

    # ----------------------------------------------------------------- import

    def preview(
        self, path: Path, progress: ProgressFn = no_progress, cancelled: CancelFn = never_cancelled
    ) -> Preview:
        """Check the sender and the signature, show what would come in, keep nothing."""
        self._s.require(Permission.IMPORT)
        self._s.require(Permission.VIEW_CASES)
        preview = preview_bundle(self._s, path, progress, cancelled)
        # Names were shown: record it.
        with self._s.work() as uow:
            uow.audit(
                AuditAction.VIEW,
                "transfer_bundle",
                preview.bundle_id,
                f"preview from={preview.sender_code} cases={len(preview.cases)}",
            )
        return preview

    def import_bundle(
        self,
        path: Path,
        *,
        confirmed: bool,
        progress: ProgressFn = no_progress,
        cancelled: CancelFn = never_cancelled,
    ) -> ImportResult:
        """Import all of the bundle or nothing. `confirmed`: a person said yes to the preview."""
        self._s.require(Permission.IMPORT)
        self._s.require(Permission.EDIT_CASES)
        if not confirmed:
            raise RefusedInput("transfer.confirm_needed")
        return import_bundle(self._s, path, progress, cancelled)

    # ----------------------------------------------------------------- receipts

    def receipt(self, bundle_path: Path) -> bytes:
        """A signed receipt for a bundle this centre has imported."""
        self._s.require(Permission.IMPORT)
        info = inspect_bundle(bundle_path)
        row = self._s.reading().transfers.received(info.sender_key, info.bundle_id)
        if row is None:
            raise RefusedInput("transfer.receipt_not_imported")
        identity = own_identity(self._s)
        receipt = Receipt(
            receiver_key=identity.card.signing_public,
            sender_key=row.sender_key,
            bundle_id=row.bundle_id,
            bundle_digest=row.digest,
            received_at=row.imported_at,
            case_ids=row.case_ids,
        )
        with self._s.work() as uow:
            uow.audit(AuditAction.EXPORT, "transfer_receipt", row.bundle_id.hex())
            # The receipt carries our audit head to the other centre (issue 13).
            anchor = anchor_log.current_anchor(uow, self._s.timestamp(), "receipt")
        with contextlib.suppress(OSError):
            anchor_log.append_to_log(anchor_log.anchor_log_path(self._s.paths.data_dir), anchor)
        return write_receipt(receipt, identity.signing_private, anchor.to_json())

    def save_receipt(self, bundle_path: Path, path: Path) -> None:
        data = self.receipt(bundle_path)
        write_user_file(path, data, key="transfer.write_failed")

    def import_receipt_file(self, path: Path) -> ReceiptResult:
        return self.import_receipt(read_input_file(path, MAX_RECEIPT_BYTES))

    def import_receipt(self, data: bytes) -> ReceiptResult:
        self._s.require(Permission.EXPORT)
        try:
            receipt, signature = parse_receipt(data)
        except ReceiptError as exc:
            raise RefusedInput("transfer.receipt_invalid", reason=exc.reason) from exc
        signer = TrustService(self._s).trusted_signer(receipt.receiver_key)
        if signer is None:
            raise RefusedInput("transfer.receipt_untrusted")
        if not signature_valid(receipt, signature):
            raise RefusedInput("transfer.receipt_invalid", reason="bad_signature")
        repo = self._s.reading().transfers
        out = repo.outgoing(receipt.bundle_id)
        own = own_identity(self._s).card.signing_public
        if (
            out is None
            or out.digest != receipt.bundle_digest
            or receipt.sender_key != own
            or out.recipient_code != signer.card.code
            or sorted(out.case_ids) != sorted(receipt.case_ids)
        ):
            raise RefusedInput("transfer.receipt_mismatch")
        if out.received_at is not None:
            return ReceiptResult(out.bundle_id.hex(), out.recipient_code, out.received_at, True)
        with self._s.work() as uow:
            uow.transfers.set_received_at(out.bundle_id, receipt.received_at)
            uow.audit(AuditAction.IMPORT, "transfer_receipt", out.bundle_id.hex())
        return ReceiptResult(out.bundle_id.hex(), out.recipient_code, receipt.received_at, False)

    # ----------------------------------------------------------------- lists

    def outgoing(self) -> list[OutgoingBundle]:
        self._s.require(Permission.EXPORT)
        return self._s.reading().transfers.all_outgoing()

    def sent_list(self) -> list[SentTransfer]:
        """The sent files with WHICH cases went: case number and her initials.

        Readers without case access (the sekreter) see that files went, not which.
        Initials are personal data, so showing them is audited like a case list."""
        rows = self.outgoing()
        if not self._s.can(Permission.VIEW_CASES):
            return [SentTransfer(r, None) for r in rows]
        repo = self._s.reading().cases
        out: list[SentTransfer] = []
        shown = 0
        for r in rows:
            sent: list[SentCase] = []
            for case_id in r.case_ids:
                record = repo.by_id(case_id)
                if record is None:
                    continue  # destroyed here since it was sent
                d = record.draft
                name = "" if d.anonymous else f"{d.first_name} {d.last_name}"
                sent.append(SentCase(record.case_number, initials(name)))
            shown += len(sent)
            out.append(SentTransfer(r, tuple(sent)))
        with self._s.work(durable=False) as uow:
            uow.audit(AuditAction.SEARCH, "case_list", "*", f"rows={shown} sent")
        return out
