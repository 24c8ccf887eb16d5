"""Writing a bundle: cases checked against what an import accepts, then streamed out.

Memory stays flat in the number of cases: the entries are built one case at a time
from the database, measured and checked once (`wire.plan_payload`), then built again
as the bundle is written (unless they fit the plan's small budget), and the
attachments go straight from their stored pieces into the encryption. Everything
runs in one database transaction, so the second reading sees what the first did,
and the outgoing record, the merge bases and the audit entries commit only with a
bundle that was written and read back.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kdm_desktop import messages
from kdm_desktop.bundle import limits
from kdm_desktop.bundle.case_entries import (
    case_entry,
    entry_attachments,
    entry_consents,
    entry_notes,
    entry_perpetrators,
    entry_services,
)
from kdm_desktop.bundle.envelope import EnvelopeError, write_envelope
from kdm_desktop.bundle.handover import handover_note
from kdm_desktop.bundle.merge import base_of
from kdm_desktop.bundle.payload import AttachmentEntry, CaseEntry, PayloadError
from kdm_desktop.bundle.wire_writer import plan_payload
from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason, ConsentPurpose
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.domain.transfers.records import OutgoingBundle
from kdm_desktop.errors import KdmError, RefusedInput, UsageError
from kdm_desktop.oserrors import os_error_refusal
from kdm_desktop.progress import CancelFn, ProgressFn
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import resolve_case
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.consents import ConsentService
from kdm_desktop.services.session import Session
from kdm_desktop.services.transfer_history import case_history
from kdm_desktop.services.transfer_refusals import refusal
from kdm_desktop.services.trust import TrustService, own_identity
from kdm_desktop.storage.unit_of_work import UnitOfWork

_STATUSES = frozenset(s.value for s in CaseStatus)
_REASONS = frozenset(r.value for r in ClosureReason)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    sequence: int
    recipient_code: str
    case_numbers: tuple[str, ...]
    size: int
    # Session notes the sender cannot read (sealed to psychologists) stayed behind.
    withheld_psych_notes: int = 0
    # The files closed here as "devredildi" because they were handed over.
    handed_over: tuple[str, ...] = ()


def _resolve(s: Session, refs: list[str]) -> tuple[list[str], list[str]]:
    """Case ids and numbers in the order given, each once; refused over the limit."""
    ids: list[str] = []
    numbers: list[str] = []
    seen: set[str] = set()
    for ref in refs:
        case = resolve_case(s, ref)
        if case.id not in seen:
            seen.add(case.id)
            ids.append(case.id)
            numbers.append(case.case_number)
    if len(ids) > limits.MAX_CASES:
        raise RefusedInput(
            "transfer.limit.cases",
            limit=limits.count_text(limits.MAX_CASES),
            count=limits.count_text(len(ids)),
        )
    return ids, numbers


def _check_attachment_counts(uow: UnitOfWork, ids: list[str], numbers: list[str]) -> None:
    repo = uow.attachments
    total = 0
    for case_id, number in zip(ids, numbers, strict=True):
        count = len(repo.for_case(case_id))
        if count > limits.MAX_ATTACHMENTS_PER_CASE:
            raise RefusedInput(
                "transfer.limit.case_attachments",
                case_number=number,
                count=limits.count_text(count),
                limit=limits.count_text(limits.MAX_ATTACHMENTS_PER_CASE),
            )
        total += count
    if total > limits.MAX_ATTACHMENTS:
        raise RefusedInput(
            "transfer.limit.attachments",
            limit=limits.count_text(limits.MAX_ATTACHMENTS),
            count=limits.count_text(total),
        )


def _as_imported(entry: CaseEntry) -> None:
    """What the receiving merge reads of an entry; raises what it would raise.

    The draft fields are left out: they were just encoded from a valid record by the
    codec the receiver decodes with (its round trip is tested), and decoding them
    again cost a tenth of a large export.
    """
    if entry.status not in _STATUSES or (
        entry.closure_reason is not None and entry.closure_reason not in _REASONS
    ):
        raise PayloadError("bad_case", "status")
    entry_consents(entry)
    entry_attachments(entry)
    entry_notes(entry)
    entry_services(entry)
    try:
        entry_perpetrators(entry)
    except ValidationErrors:
        raise PayloadError("bad_case", "perpetrators") from None


def _limit_refusal(exc: PayloadError, numbers: list[str]) -> RefusedInput:
    reason_key = f"transfer.limit.reason.{exc.reason}"
    if reason_key not in messages.CATALOGUE:
        reason_key = "transfer.limit.reason.other"
    reason = messages.text(reason_key)
    if exc.case_index is not None:
        return RefusedInput(
            "transfer.limit.case", case_number=numbers[exc.case_index], reason=reason
        )
    return RefusedInput(
        "transfer.limit.bundle",
        reason=reason,
        limit=f"{limits.MAX_MANIFEST_BYTES // (1024 * 1024)} MB",
    )


class _Entries:
    """The entries of the chosen cases, built from the database each time it is asked.

    The first reading also sets each case's merge base and counts the session notes
    that stay behind (the sender cannot read them)."""

    def __init__(
        self, uow: UnitOfWork, ids: list[str], handed_to: tuple[str, str] | None = None
    ) -> None:
        self._uow = uow
        self._ids = ids
        self._handed_to = handed_to
        self.readings = 0
        self.withheld = 0

    def __call__(self) -> Iterator[dict[str, Any]]:
        self.readings += 1
        first = self.readings == 1
        cases, files = self._uow.cases, self._uow.attachments
        consents, transfers = self._uow.consents, self._uow.transfers
        for case_id in self._ids:
            record = cases.by_id(case_id)
            assert record is not None  # resolved in this transaction
            history, held_back = case_history(self._uow, case_id)
            if first:
                self.withheld += held_back
                transfers.set_sync_base(case_id, base_of(record))
            if self._handed_to is not None and record.status != CaseStatus.CLOSED:
                # A hand-over travels as what it is: the file as this centre closes
                # it in the same transaction. The receiver opens it (`as_received`);
                # the centre it is handed back to knows to reopen its own copy.
                record = dataclasses.replace(
                    record,
                    status=CaseStatus.CLOSED,
                    closure_reason=ClosureReason.TRANSFERRED,
                    closure_note=handover_note(*self._handed_to),
                )
            yield case_entry(record, consents.for_case(case_id), files.for_case(case_id), history)


def export_cases(
    s: Session,
    to_code: str,
    refs: list[str],
    dst: Path,
    progress: ProgressFn,
    cancelled: CancelFn,
    *,
    overwrite: bool,
    hand_over: bool = False,
) -> ExportResult:
    s.require(Permission.EXPORT)
    if not refs:
        raise UsageError("usage.error", detail="--case")
    if dst.exists() and not overwrite:
        raise RefusedInput("attachment.target_exists", path=str(dst))
    recipient = TrustService(s).recipient(to_code)
    identity = own_identity(s)
    case_ids, numbers = _resolve(s, refs)
    consents = ConsentService(s)
    for case_id in case_ids:
        consents.require_consent(case_id, ConsentPurpose.SHARE_WITH_CENTRES)
    now = s.timestamp()
    try:
        with s.work() as uow:
            _check_attachment_counts(uow, case_ids, numbers)
            entries = _Entries(
                uow, case_ids, (recipient.code, recipient.name) if hand_over else None
            )
            try:
                plan = plan_payload(
                    s.centre().code, identity.card.name, entries, check=_as_imported
                )
            except PayloadError as exc:
                raise _limit_refusal(exc, numbers) from exc
            stored = uow.attachments

            def pieces(entry: AttachmentEntry) -> Iterator[bytes]:
                digest = hashlib.sha256()
                for piece in stored.chunks(entry.id):
                    digest.update(piece)
                    yield piece
                if digest.hexdigest() != entry.sha256:
                    raise KdmError("attachment.damaged")

            repo = uow.transfers
            sequence = repo.next_outgoing_sequence()
            try:
                written = write_envelope(
                    dst,
                    identity,
                    [recipient.encryption_public],
                    plan.source(pieces),
                    sequence=sequence,
                    payload_size=plan.size,
                    progress=lambda done: progress(done, plan.size),
                    cancelled=cancelled,
                )
            except PayloadError as exc:  # the cases changed between the two readings
                raise KdmError("transfer.export_changed") from exc
            bundle_hex = written.bundle_id.hex()
            repo.add_outgoing(
                OutgoingBundle(
                    written.bundle_id,
                    written.digest,
                    sequence,
                    recipient.code,
                    recipient.encryption_public,
                    tuple(case_ids),
                    now,
                    s.user.username,
                    None,
                )
            )
            for case_id in case_ids:
                uow.audit(
                    AuditAction.EXPORT, "case", case_id, f"bundle={bundle_hex} to={recipient.code}"
                )
            handed: tuple[str, ...] = ()
            if hand_over:
                handed = _hand_over(s, uow, case_ids, (recipient.code, recipient.name))
    except EnvelopeError as exc:
        raise refusal(exc) from exc
    except OSError as exc:
        raise os_error_refusal(exc, dst, key="transfer.write_failed") from exc
    return ExportResult(
        written.path,
        bundle_hex,
        sequence,
        recipient.code,
        tuple(numbers),
        written.size,
        entries.withheld,
        handed,
    )


def _hand_over(
    s: Session, uow: UnitOfWork, case_ids: list[str], centre: tuple[str, str]
) -> tuple[str, ...]:
    """Close each still-open file as handed over to `centre`; their numbers.

    Runs in the export's transaction, after the bundle was written and read back:
    the mark and the file on the stick exist together or not at all. A file already
    closed (for another reason) keeps its closure: it was sent as it was, and its
    history says why it closed."""
    cases = CaseService(s)
    repo = uow.cases
    done: list[str] = []
    for case_id in case_ids:
        record = repo.by_id(case_id)
        assert record is not None  # resolved in this export
        if record.status == CaseStatus.CLOSED:
            continue
        note = handover_note(*centre)
        cases.store_status(uow, record, CaseStatus.CLOSED, ClosureReason.TRANSFERRED, note, centre)
        done.append(record.case_number)
    return tuple(done)
