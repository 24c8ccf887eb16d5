"""Merging a decrypted bundle into the case file, one case at a time.

Split from `transfer_import` (which verifies, opens and previews the bundle and
owns the transaction): a `CaseMerger` only writes what one entry brings into that
open transaction (a new case, the fields nobody changed here, a conflict where
both centres did) and then checks each attachment against its hash. It never
commits; a refusal it raises rolls the whole import back.
"""

from __future__ import annotations

from collections.abc import Iterator

from kdm_desktop.bundle.case_entries import (
    carried_fields,
    entry_attachments,
    entry_consents,
    entry_record,
)
from kdm_desktop.bundle.envelope import (
    PayloadStream,
)
from kdm_desktop.bundle.handover import as_received, handed_back_to, handed_over, handover_note
from kdm_desktop.bundle.merge import base_of, merge_case
from kdm_desktop.bundle.payload import AttachmentEntry, CaseEntry, PayloadError
from kdm_desktop.domain.cases.attachments import check_declared_type
from kdm_desktop.domain.cases.choices import CaseStatus
from kdm_desktop.domain.cases.numbering import parse_case_number
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.session import Session
from kdm_desktop.services.transfer_history import (
    merge_notes,
    merge_perpetrators,
    merge_services,
)
from kdm_desktop.storage.cases_repo import NewCase
from kdm_desktop.storage.unit_of_work import UnitOfWork


class CaseMerger:
    """Merges one case entry at a time; attachments follow, after every case."""

    def __init__(self, s: Session, uow: UnitOfWork, stream: PayloadStream) -> None:
        self._s = s
        self._uow = uow
        self._bundle_id = stream.envelope.bundle_id
        self._sender = stream.envelope.sender.card.code
        self._sender_name = stream.envelope.sender.card.name
        self._own_code = s.centre().code
        self._cases_service = CaseService(s)
        self._now = s.timestamp()
        self._cases = uow.cases
        self._transfers = uow.transfers
        self._files = uow.attachments
        self._known_files: set[str] = set()  # already here: content is only checked
        self._new_files: dict[str, str] = {}  # attachment id -> media type expected
        self.outcomes: dict[str, list[str]] = {"created": [], "updated": [], "unchanged": []}
        self.conflicts = 0

    def case(self, entry: CaseEntry) -> None:
        user = self._s.user.username
        incoming = entry_record(entry)
        local = self._cases.by_id(entry.id)
        conflicts = 0
        changed = False
        if local is None:
            number = parse_case_number(entry.case_number)
            if number is None or str(number) != entry.case_number:
                raise PayloadError("bad_case", "case number")
            if self._cases.id_for_number(entry.case_number) is not None:
                raise PayloadError("case_number_taken", entry.case_number)
            # Handed over at the sender: an open file here (see `as_received`).
            incoming = as_received(incoming)
            self._cases.insert(NewCase(incoming, number.centre_code, number.year, number.seq))
            self._cases.add_status_history(
                entry.id,
                incoming.status,
                incoming.closure_reason,
                incoming.closure_note,
                self._now,
                user,
            )
            self._transfers.set_sync_base(entry.id, base_of(incoming))
            outcome = "created"
        else:
            merged = merge_case(
                local, incoming, self._transfers.sync_base(entry.id), carried_fields(entry)
            )
            if merged.taken:
                record = merged.record
                self._cases.update(record)
                if {"status", "closure_reason"} & set(merged.taken):
                    self._cases.set_status(
                        record.id,
                        record.status,
                        record.closure_reason,
                        record.closure_note,
                        record.field_versions,
                        self._now,
                        user,
                    )
                changed = True
            for c in merged.conflicts:
                self._transfers.add_conflict(
                    entry.id,
                    c.field,
                    (c.local_value, c.local_version),
                    (c.incoming_value, c.incoming_version),
                    self._bundle_id,
                    self._now,
                )
            conflicts = len(merged.conflicts)
            if handed_over(local) and handed_back_to(incoming, self._own_code):
                # This centre handed the file over and it is handed back: open here
                # again, the way a new file handed over arrives open.
                record = merged.record if merged.taken else local
                self._cases_service.store_status(
                    self._uow,
                    record,
                    CaseStatus.REOPENED,
                    None,
                    handover_note(self._sender, self._sender_name),
                )
                changed = True
            self._transfers.set_sync_base(entry.id, merged.base)
            outcome = "updated" if changed or conflicts else "unchanged"
        changed = self._consents(entry) or changed
        changed = self._attachment_rows(entry) or changed
        notes, versions = merge_notes(self._uow, entry)
        services = merge_services(self._uow, entry)
        perpetrators = merge_perpetrators(self._uow, entry)
        changed = bool(notes or versions or services or perpetrators) or changed
        if outcome == "unchanged" and changed:
            outcome = "updated"
        self._uow.audit(
            AuditAction.IMPORT,
            "case",
            entry.id,
            f"bundle={self._bundle_id.hex()} from={self._sender} {outcome}"
            + (f" conflicts={conflicts}" if conflicts else "")
            + f" notes+={notes} note_versions+={versions} services+={services}"
            + (f" perpetrators+={perpetrators}" if perpetrators else ""),
        )
        self.outcomes[outcome].append(entry.case_number)
        self.conflicts += conflicts

    def _consents(self, entry: CaseEntry) -> bool:
        repo = self._uow.consents
        changed = False
        for consent in entry_consents(entry):
            existing = repo.by_id(consent.id)
            if existing is None:
                repo.add(consent)
                changed = True
            elif existing.case_id != entry.id:
                raise PayloadError("bad_case", "consent of another case")
            elif consent.withdrawn_on is not None and existing.withdrawn_on is None:
                repo.withdraw(
                    consent.id, consent.withdrawn_on, consent.recorded_by, self._s.timestamp()
                )
                changed = True
        return changed

    def _attachment_rows(self, entry: CaseEntry) -> bool:
        """The attachments' records now; their content comes after the last case."""
        changed = False
        for info in entry_attachments(entry):
            existing = self._files.by_id(info.id)
            if existing is not None:
                if existing.case_id != entry.id or existing.sha256 != info.sha256:
                    raise PayloadError("attachment_mismatch", info.id)
                self._known_files.add(info.id)
                continue
            self._files.add(info)
            self._new_files[info.id] = info.media_type.value
            changed = True
        return changed

    def attachment(self, entry: AttachmentEntry, pieces: Iterator[bytes]) -> None:
        """Store a new attachment's content; an attachment already here is only checked."""
        if entry.id in self._known_files:
            for _ in pieces:
                pass  # consumed, and checked against its hash by the reader
            return
        media_type = self._new_files[entry.id]
        for idx, piece in enumerate(pieces):
            if idx == 0:
                try:
                    media = check_declared_type(entry.filename, piece[:8])
                except ValidationErrors:
                    raise PayloadError("attachment_type", entry.id) from None
                if media.value != media_type:
                    raise PayloadError("attachment_type", entry.id)
            self._files.add_chunk(entry.id, idx, piece)
