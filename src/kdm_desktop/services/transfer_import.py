"""Reading a bundle: preview and import, streamed case by case (docs/bundle-format.md §6).

Order: the signature and the sender's *verified* card are checked before anything is
decrypted (`verify_envelope`, one pass that hashes the file); the replay table is
asked next; then the file is read a second time and decrypted as it is read
(`open_stream`): the inner block and the sequence number are checked before the
first payload byte, and each case is merged as soon as it is decrypted, in the same
database transaction. That transaction is the staging area: it commits only after
every attachment matched its hash, nothing followed the payload, and the stream's
`finish()` proved that the bytes decrypted are the bytes whose signature verified.
Any refusal rolls everything back, so the case file is exactly as it was. Nothing is
written twice and memory holds one case at a time.

The preview reads only the case list (the entries come first) and then hashes the
rest of the file to prove it unchanged; the attachments are decrypted and checked
by the import.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kdm_desktop.bundle.envelope import (
    EnvelopeError,
    PayloadStream,
    Reason,
    UntrustedEnvelope,
    open_stream,
    verify_envelope,
)
from kdm_desktop.bundle.merge import (
    as_received,
    base_of,
    carried_fields,
    entry_attachments,
    entry_consents,
    entry_record,
    handed_back_to,
    handed_over,
    handover_note,
    merge_case,
)
from kdm_desktop.bundle.payload import AttachmentEntry, CaseEntry, PayloadError
from kdm_desktop.bundle.wire import PayloadReader
from kdm_desktop.domain.cases.attachments import check_declared_type
from kdm_desktop.domain.cases.choices import CaseStatus
from kdm_desktop.domain.cases.draft import display_name
from kdm_desktop.domain.cases.numbering import parse_case_number
from kdm_desktop.errors import RefusedInput, ValidationError
from kdm_desktop.progress import CancelFn, ProgressFn
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.casefile import Session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.transfer_history import (
    merge_notes,
    merge_perpetrators,
    merge_services,
)
from kdm_desktop.services.transfer_refusals import payload_refusal, refusal, unreadable
from kdm_desktop.services.trust import TrustService, own_identity
from kdm_desktop.storage.attachments_repo import AttachmentRepository
from kdm_desktop.storage.case_details_repo import ConsentRepository
from kdm_desktop.storage.cases_repo import CaseRepository, NewCase
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.transfer_repo import ReceivedRow, TransferRepository


@dataclass(frozen=True)
class PreviewCase:
    case_number: str
    display_name: str
    known: bool
    attachments: int


@dataclass(frozen=True)
class Preview:
    sender_code: str
    sender_name: str
    bundle_id: str
    sequence: int
    created_at: str
    cases: tuple[PreviewCase, ...]


@dataclass(frozen=True)
class ImportResult:
    preview: Preview
    created: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    conflicts: int


@dataclass
class _Opened:
    stream: PayloadStream
    reader: PayloadReader


def _preview_case(conn: Connection, entry: CaseEntry) -> PreviewCase:
    try:
        name = display_name(
            bool(entry.fields.get("anonymous")),
            str(entry.fields.get("first_name") or ""),
            str(entry.fields.get("last_name") or ""),
        )
    except (TypeError, ValueError):
        name = "?"
    known = CaseRepository(conn).case_number_of(entry.id) is not None
    return PreviewCase(entry.case_number, name, known, len(entry.attachments))


def _preview(stream: PayloadStream, cases: list[PreviewCase]) -> Preview:
    env = stream.envelope
    return Preview(
        env.sender.card.code,
        env.sender.card.name,
        env.bundle_id.hex(),
        stream.sequence,
        stream.created_at.isoformat(),
        tuple(cases),
    )


@contextlib.contextmanager
def _opened(
    s: Session, conn: Connection, path: Path, progress: ProgressFn, cancelled: CancelFn
) -> Iterator[_Opened]:
    """The verified bundle, open for reading its payload; refusals said in Turkish.

    Errors of the body are mapped too: an envelope refusal by its reason, a payload
    refusal by its reason unless the file changed since it was verified (then that
    is what is said, not the garbage it produced).
    """
    trust = TrustService(s)
    identity = own_identity(s)
    try:
        size = max(1, path.stat().st_size)
    except OSError as exc:
        raise unreadable(path, exc) from exc
    repo = TransferRepository(conn)
    try:
        verified = verify_envelope(
            path,
            trust.trusted_signer,
            progress=lambda done: progress(done, 2 * size),
            cancelled=cancelled,
        )
        if repo.received(verified.sender.card.signing_public, verified.bundle_id):
            raise RefusedInput("transfer.already_imported")
        with open_stream(
            verified,
            [identity.encryption_private],
            progress=lambda done: progress(size + min(done, size), 2 * size),
            cancelled=cancelled,
        ) as stream:
            try:
                last = repo.last_sequence(verified.sender.card.signing_public)
                if last is not None and stream.sequence <= last:
                    raise RefusedInput("transfer.old_sequence", sequence=stream.sequence, last=last)
                reader = PayloadReader(stream)
                if reader.sender_code != verified.sender.card.code:
                    raise RefusedInput(
                        "transfer.payload.sender_mismatch", detail=reader.sender_code[:8]
                    )
                yield _Opened(stream, reader)
            except (PayloadError, ValidationError) as exc:
                if stream.file_changed():
                    raise refusal(UntrustedEnvelope(Reason.CHANGED_DURING_READ)) from exc
                if isinstance(exc, ValidationError):
                    raise RefusedInput("transfer.payload.bad_case", detail=exc.key) from exc
                raise payload_refusal(exc) from exc
    except EnvelopeError as exc:
        raise refusal(exc) from exc
    except OSError as exc:
        raise unreadable(path, exc) from exc


def preview_bundle(s: Session, path: Path, progress: ProgressFn, cancelled: CancelFn) -> Preview:
    """Who sent it and which cases, checked as far as showing them needs; keeps nothing."""
    conn = s.db.conn
    with _opened(s, conn, path, progress, cancelled) as opened:
        cases = [_preview_case(conn, entry) for entry in opened.reader.cases()]
        opened.stream.finish(skip_rest=True)
        return _preview(opened.stream, cases)


def import_bundle(
    s: Session, path: Path, progress: ProgressFn, cancelled: CancelFn
) -> ImportResult:
    """Merge every case of the bundle, or nothing (see the module docstring)."""
    with s.db.transaction() as conn, _opened(s, conn, path, progress, cancelled) as opened:
        merger = _Merger(s, conn, opened.stream)
        shown: list[PreviewCase] = []
        ids: list[str] = []
        for entry in opened.reader.cases():
            shown.append(_preview_case(conn, entry))
            ids.append(entry.id)
            merger.case(entry)
        for attachment, pieces in opened.reader.attachments():
            merger.attachment(attachment, pieces)
        opened.reader.finish()
        envelope = opened.stream.finish()
        TransferRepository(conn).record_received(
            ReceivedRow(
                envelope.envelope.sender.card.signing_public,
                envelope.bundle_id,
                envelope.envelope.digest,
                envelope.sequence,
                tuple(ids),
                s.timestamp(),
            ),
            s.user.username,
        )
        s.audit(
            AuditAction.IMPORT,
            "transfer_bundle",
            envelope.bundle_id.hex(),
            f"from={envelope.sender.card.code} cases={len(ids)}",
        )
        result = ImportResult(
            _preview(opened.stream, shown),
            tuple(merger.outcomes["created"]),
            tuple(merger.outcomes["updated"]),
            tuple(merger.outcomes["unchanged"]),
            merger.conflicts,
        )
    return result


class _Merger:
    """Merges one case entry at a time; attachments follow, after every case."""

    def __init__(self, s: Session, conn: Connection, stream: PayloadStream) -> None:
        self._s = s
        self._conn = conn
        self._bundle_id = stream.envelope.bundle_id
        self._sender = stream.envelope.sender.card.code
        self._sender_name = stream.envelope.sender.card.name
        self._own_code = s.centre().code
        self._cases_service = CaseService(s)
        self._now = s.timestamp()
        self._cases = CaseRepository(conn)
        self._transfers = TransferRepository(conn)
        self._files = AttachmentRepository(conn)
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
                    self._conn,
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
        notes, versions = merge_notes(self._conn, entry)
        services = merge_services(self._conn, entry)
        perpetrators = merge_perpetrators(self._conn, entry)
        changed = bool(notes or versions or services or perpetrators) or changed
        if outcome == "unchanged" and changed:
            outcome = "updated"
        self._s.audit(
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
        repo = ConsentRepository(self._conn)
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
                except ValidationError:
                    raise PayloadError("attachment_type", entry.id) from None
                if media.value != media_type:
                    raise PayloadError("attachment_type", entry.id)
            self._files.add_chunk(entry.id, idx, piece)
