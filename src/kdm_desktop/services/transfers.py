"""Export cases to another centre as a signed, encrypted bundle; import one; receipts.

Import order (docs/bundle-format.md §6): signature and the sender's *verified*
card are checked before anything is decrypted; the replay table is asked next;
the content is decrypted into a staging table inside the same database
transaction as the merge, which commits only once `open_envelope` has returned
and every check passed. Any refusal rolls back everything, staging included, so
the case file is exactly as it was.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kdm_desktop import messages
from kdm_desktop.bundle.envelope import (
    EnvelopeCancelled,
    EnvelopeError,
    EnvelopeInfo,
    OpenedEnvelope,
    VerifiedEnvelope,
    inspect_envelope,
    open_envelope,
    verify_envelope,
    write_envelope,
)
from kdm_desktop.bundle.merge import (
    CaseHistory,
    as_received,
    base_of,
    case_entry,
    draft_with,
    entry_attachments,
    entry_consents,
    entry_notes,
    entry_perpetrators,
    entry_record,
    entry_services,
    field_text,
    merge_case,
    seen_hash,
)
from kdm_desktop.bundle.payload import (
    CaseEntry,
    Manifest,
    PayloadError,
    PayloadSource,
    encode_manifest,
    expect_end,
    read_attachment,
    read_manifest,
)
from kdm_desktop.bundle.receipt import (
    MAX_RECEIPT_BYTES,
    Receipt,
    ReceiptError,
    parse_receipt,
    signature_valid,
    write_receipt,
)
from kdm_desktop.domain.calendar.privacy import initials
from kdm_desktop.domain.cases.attachments import check_declared_type
from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason, ConsentPurpose
from kdm_desktop.domain.cases.draft import FIELD_LABELS, display_name
from kdm_desktop.domain.cases.numbering import parse_case_number
from kdm_desktop.domain.cases.records import CaseRecord
from kdm_desktop.errors import KdmError, RefusedInput, UsageError, ValidationError
from kdm_desktop.oserrors import os_error_refusal, write_user_file
from kdm_desktop.progress import CancelFn, Cancelled, ProgressFn, never_cancelled, no_progress
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services import anchor_log
from kdm_desktop.services.case_access import resolve_case
from kdm_desktop.services.casefile import Session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.consents import ConsentService
from kdm_desktop.services.trust import TrustService, own_identity
from kdm_desktop.storage import field_crypto
from kdm_desktop.storage.attachments_repo import AttachmentRepository
from kdm_desktop.storage.case_details_repo import (
    ConsentRepository,
    NoteRepository,
    ServiceLogRepository,
    service_entry_by_id,
)
from kdm_desktop.storage.cases_repo import CaseRepository, NewCase
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.perpetrator_repo import PerpetratorRepository
from kdm_desktop.storage.transfer_repo import (
    ConflictRow,
    OutgoingRow,
    ReceivedRow,
    TransferRepository,
)

_STAGE_PIECE = 1 << 20


def refusal(exc: EnvelopeError) -> KdmError:
    """The user-facing error of an envelope refusal (one message key per reason)."""
    if isinstance(exc, EnvelopeCancelled):
        return Cancelled()
    if exc.age_reason:
        return RefusedInput(f"transfer.age.{exc.age_reason}")
    return RefusedInput(f"transfer.env.{exc.reason.value}")


def unreadable(path: Path, exc: OSError) -> KdmError:
    """A bundle file the drive would not give back (pulled stick, bad sector …)."""
    return os_error_refusal(exc, path, key="transfer.unreadable")


def inspect_bundle(path: Path) -> EnvelopeInfo:
    """What can be said of a bundle before decryption, with Turkish refusals."""
    try:
        return inspect_envelope(path)
    except EnvelopeError as exc:
        raise refusal(exc) from exc
    except OSError as exc:
        raise unreadable(path, exc) from exc


_EXCEPTION_NAME = re.compile(r"\b[A-Z][A-Za-z]*(?:Error|Exception)\b")


def payload_refusal(exc: PayloadError) -> RefusedInput:
    detail = exc.detail[:120] or "—"
    if exc.reason == "bad_name" and f"filename.problem.{detail}" in messages.CATALOGUE:
        # The shared file-name rule's problem code, said in words.
        detail = messages.text(f"filename.problem.{detail}")
    # A Python exception's class name ("ValueError") means nothing to a reader.
    detail = _EXCEPTION_NAME.sub(messages.text("diagnostic.other"), detail)
    return RefusedInput(f"transfer.payload.{exc.reason}", detail=detail)


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

    row: OutgoingRow
    cases: tuple[SentCase, ...] | None


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


@dataclass(frozen=True)
class ConflictView:
    """An open conflict as a person decides it: values as shown, local one current."""

    id: int
    case_id: str
    case_number: str
    field: str
    field_label: str
    local_value: str
    incoming_value: str
    bundle_id: str
    created_at: str


_STATUS_LABELS = {"status": "Durum", "closure_reason": "Kapanış nedeni"}


def _shown(value_text: str) -> str:
    value = json.loads(value_text)
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "Evet" if value else "Hayır"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


def _conflict_view(row: ConflictRow, record: CaseRecord) -> ConflictView:
    return ConflictView(
        row.pk,
        row.case_id,
        record.case_number,
        row.field,
        FIELD_LABELS.get(row.field) or _STATUS_LABELS.get(row.field, row.field),
        _shown(field_text(record, row.field)),
        _shown(row.incoming_value),
        row.bundle_id.hex(),
        row.created_at,
    )


@dataclass(frozen=True)
class ReceiptResult:
    bundle_id: str
    recipient_code: str
    received_at: str
    already: bool


class _Staging:
    """The writer `open_envelope` decrypts into: rows of the staging table."""

    def __init__(self, repo: TransferRepository) -> None:
        self._repo = repo
        self._buffer = bytearray()
        self._idx = 0

    def write(self, data: bytes, /) -> int:
        self._buffer += data
        while len(self._buffer) >= _STAGE_PIECE:
            self._put(bytes(self._buffer[:_STAGE_PIECE]))
            del self._buffer[:_STAGE_PIECE]
        return len(data)

    def flush(self) -> None:
        if self._buffer:
            self._put(bytes(self._buffer))
            self._buffer.clear()

    def _put(self, piece: bytes) -> None:
        self._repo.stage(self._idx, piece)
        self._idx += 1


class _StagedReader:
    def __init__(self, pieces: Iterator[bytes]) -> None:
        self._pieces = pieces
        self._buffer = b""

    def read(self, size: int = -1, /) -> bytes:
        while size < 0 or len(self._buffer) < size:
            piece = next(self._pieces, None)
            if piece is None:
                break
            self._buffer += piece
        if size < 0:
            size = len(self._buffer)
        out, self._buffer = self._buffer[:size], self._buffer[size:]
        return out


class _Rollback(Exception):
    """Leaves the transaction of a preview without keeping anything."""

    def __init__(self, preview: Preview) -> None:
        super().__init__("preview")
        self.preview = preview


def _history(conn: Connection, case_id: str) -> tuple[CaseHistory, int]:
    """The notes and services that travel, and how many session notes stay behind.

    Session notes are sealed to the psychologists' role key: a sender who does not
    hold it (an administrator) cannot read them, so cannot send them; a psychologist
    sends them. What stays behind is counted and told, never dropped silently.
    """
    notes = NoteRepository(conn)
    readable = field_crypto.can_read(conn)
    every = notes.for_case(case_id, include_psych=readable)
    withheld = 0 if readable else notes.count_hidden(case_id)
    services = ServiceLogRepository(conn).for_case(case_id, include_psych_notes=readable)
    withheld += sum(1 for e in services if e.note_hidden)
    history = CaseHistory(
        tuple((n, tuple(notes.versions(n.id))) for n in every),
        tuple(services),
        tuple(PerpetratorRepository(conn).for_case(case_id)),
    )
    return history, withheld


def _merge_notes(conn: Connection, entry: CaseEntry) -> tuple[int, int]:
    """New notes and new versions are added; versions already here are skipped.

    A version counts as already here when a local version of that note has the
    same text, author and time: both centres may have edited the same note, and
    then both wordings are kept (appended in order) rather than one lost.
    """
    repo = NoteRepository(conn)
    added_notes = added_versions = 0
    for note, versions in entry_notes(entry):
        known = repo.kind_and_case(note.id)
        if known is None:
            repo.add(note.id, entry.id, note.kind, note.created_at, note.created_by)
            added_notes += 1
            have: set[tuple[str, str, str]] = set()
        elif known != (note.kind, entry.id):
            raise PayloadError("bad_case", "note of another case")
        else:
            have = {(v.text, v.written_at, v.written_by) for v in repo.versions(note.id)}
        for v in versions:
            if (v.text, v.written_at, v.written_by) in have:
                continue
            repo.add_version(note.id, v.text, v.written_at, v.written_by)
            have.add((v.text, v.written_at, v.written_by))
            added_versions += 1
    return added_notes, added_versions


def _merge_services(conn: Connection, entry: CaseEntry) -> int:
    """Entries with new ids are added; a known id must hold the same entry."""
    new = []
    for item in entry_services(entry):
        existing = service_entry_by_id(conn, item.id)
        if existing is None:
            new.append(item)
        elif existing != item:
            raise PayloadError("service_mismatch", item.id)
    ServiceLogRepository(conn).add_many(new)
    return len(new)


def _merge_perpetrators(conn: Connection, entry: CaseEntry) -> int:
    """New records are added; of two edits of one record the later one stays.

    A record removed at one centre is not removed at the other by a transfer: a
    deletion does not travel (the other centre may still need him in a letter).
    """
    repo = PerpetratorRepository(conn)
    changed = 0
    for item in entry_perpetrators(entry):
        local = repo.by_id(item.id)
        if local is None:
            repo.add(item)
            changed += 1
        elif local.case_id != entry.id:
            raise PayloadError("bad_case", "perpetrator of another case")
        elif _instant(item.updated_at) > _instant(local.updated_at):
            repo.replace(item)
            changed += 1
    if changed:
        # Positions stay 1..n; the sender's order wins where both centres added one.
        repo.set_positions(entry.id, [r.id for r in repo.for_case(entry.id)])
    return changed


def _instant(stamp: str) -> datetime.datetime:
    try:
        moment = datetime.datetime.fromisoformat(stamp)
    except ValueError:
        raise PayloadError("bad_manifest", "perpetrator timestamp") from None
    if moment.tzinfo is None:
        raise PayloadError("bad_manifest", "perpetrator timestamp")
    return moment


class TransferService:
    def __init__(self, session: Session) -> None:
        self._s = session

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
        has asked); otherwise a bundle already on the stick is never lost.
        With `hand_over` every open file sent is closed here as "devredildi" with the
        receiving centre, in the same transaction that records the bundle: the mark
        and the file on the stick exist together or not at all.
        """
        self._s.require(Permission.EXPORT)
        if not refs:
            raise UsageError("usage.error", detail="--case")
        if dst.exists() and not overwrite:
            raise RefusedInput("attachment.target_exists", path=str(dst))
        recipient = TrustService(self._s).recipient(to_code)
        identity = own_identity(self._s)
        consents = ConsentService(self._s)
        case_ids: list[str] = []
        numbers: list[str] = []
        for ref in refs:
            case = resolve_case(self._s, ref)
            if case.id in case_ids:
                continue
            consents.require_consent(case.id, ConsentPurpose.SHARE_WITH_CENTRES)
            case_ids.append(case.id)
            numbers.append(case.case_number)
        conn = self._s.db.conn
        cases, attachments = CaseRepository(conn), AttachmentRepository(conn)
        entries = []
        files = []
        versions: dict[str, dict[str, str]] = {}
        withheld = 0
        for case_id in case_ids:
            record = cases.by_id(case_id)
            assert record is not None  # resolved above
            items = attachments.for_case(case_id)
            files.extend(items)
            history, held_back = _history(conn, case_id)
            withheld += held_back
            entries.append(
                case_entry(record, ConsentRepository(conn).for_case(case_id), items, history)
            )
            versions[case_id] = base_of(record)
        head = encode_manifest(self._s.centre().code, identity.card.name, entries)
        size = len(head) + sum(a.size for a in files)

        def pieces() -> Iterator[bytes]:
            for info in files:
                digest = hashlib.sha256()
                for piece in attachments.chunks(info.id):
                    digest.update(piece)
                    yield piece
                if digest.hexdigest() != info.sha256:
                    raise KdmError("attachment.damaged")

        now = self._s.timestamp()
        handed: tuple[str, ...] = ()
        try:
            with self._s.db.transaction() as tx:
                repo = TransferRepository(tx)
                sequence = repo.next_outgoing_sequence()
                written = write_envelope(
                    dst,
                    identity,
                    [recipient.encryption_public],
                    PayloadSource(head, pieces()),
                    sequence=sequence,
                    payload_size=size,
                    progress=lambda done: progress(done, size),
                    cancelled=cancelled,
                )
                bundle_hex = written.bundle_id.hex()
                repo.add_outgoing(
                    OutgoingRow(
                        written.bundle_id,
                        written.digest,
                        sequence,
                        recipient.code,
                        recipient.encryption_public,
                        tuple(case_ids),
                        now,
                        self._s.user.username,
                        None,
                    )
                )
                for case_id in case_ids:
                    repo.set_sync_base(case_id, versions[case_id])
                    self._s.audit(
                        AuditAction.EXPORT,
                        "case",
                        case_id,
                        f"bundle={bundle_hex} to={recipient.code}",
                    )
                if hand_over:
                    handed = self._hand_over(tx, case_ids, (recipient.code, recipient.name))
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
            withheld,
            handed,
        )

    def _hand_over(
        self, conn: Connection, case_ids: list[str], centre: tuple[str, str]
    ) -> tuple[str, ...]:
        """Close each still-open file as handed over to `centre`; their numbers.

        A file already closed (for another reason) keeps its closure: it was sent
        as it was, and its history says why it closed."""
        cases = CaseService(self._s)
        repo = CaseRepository(conn)
        done: list[str] = []
        for case_id in case_ids:
            record = repo.by_id(case_id)
            assert record is not None  # resolved in this export
            if record.status == CaseStatus.CLOSED:
                continue
            note = f"{centre[0]} — {centre[1]}"
            cases.store_status(
                conn, record, CaseStatus.CLOSED, ClosureReason.TRANSFERRED, note, centre
            )
            done.append(record.case_number)
        return tuple(done)

    # ----------------------------------------------------------------- import

    def preview(
        self, path: Path, progress: ProgressFn = no_progress, cancelled: CancelFn = never_cancelled
    ) -> Preview:
        """Decrypt and check everything, show what would come in, keep nothing."""
        self._s.require(Permission.IMPORT)
        self._s.require(Permission.VIEW_CASES)
        try:
            with self._s.db.transaction() as conn:
                opened, manifest, _ = self._open(conn, path, progress, cancelled)
                raise _Rollback(self._preview(conn, opened, manifest))
        except _Rollback as done:
            preview = done.preview
        # Names were shown: record it, after the rollback that discarded the content.
        with self._s.db.transaction():
            self._s.audit(
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
        with self._s.db.transaction() as conn:
            opened, manifest, reader = self._open(conn, path, progress, cancelled)
            preview = self._preview(conn, opened, manifest)
            result = self._merge(conn, opened, manifest, reader)
            try:
                expect_end(reader)
            except PayloadError as exc:
                raise payload_refusal(exc) from exc
            repo = TransferRepository(conn)
            repo.clear_staging()
            repo.record_received(
                ReceivedRow(
                    opened.envelope.sender.card.signing_public,
                    opened.bundle_id,
                    opened.envelope.digest,
                    opened.sequence,
                    tuple(c.id for c in manifest.cases),
                    self._s.timestamp(),
                ),
                self._s.user.username,
            )
            self._s.audit(
                AuditAction.IMPORT,
                "transfer_bundle",
                opened.bundle_id.hex(),
                f"from={opened.sender.card.code} cases={len(manifest.cases)}",
            )
        created, updated, unchanged, conflicts = result
        return ImportResult(preview, created, updated, unchanged, conflicts)

    def _open(
        self,
        conn: Connection,
        path: Path,
        progress: ProgressFn,
        cancelled: CancelFn,
    ) -> tuple[OpenedEnvelope, Manifest, _StagedReader]:
        trust = TrustService(self._s)
        identity = own_identity(self._s)
        try:
            size = max(1, path.stat().st_size)
        except OSError as exc:
            raise unreadable(path, exc) from exc
        repo = TransferRepository(conn)
        try:
            verified: VerifiedEnvelope = verify_envelope(
                path,
                trust.trusted_signer,
                progress=lambda done: progress(done, 2 * size),
                cancelled=cancelled,
            )
            if repo.received(verified.sender.card.signing_public, verified.bundle_id):
                raise RefusedInput("transfer.already_imported")
            repo.clear_staging()  # only ever filled inside this transaction
            staging = _Staging(repo)
            opened = open_envelope(
                verified,
                [identity.encryption_private],
                staging,
                progress=lambda done: progress(size + min(done, size), 2 * size),
                cancelled=cancelled,
            )
            staging.flush()
        except EnvelopeError as exc:
            raise refusal(exc) from exc
        except OSError as exc:
            raise unreadable(path, exc) from exc
        last = repo.last_sequence(opened.sender.card.signing_public)
        if last is not None and opened.sequence <= last:
            raise RefusedInput("transfer.old_sequence", sequence=opened.sequence, last=last)
        reader = _StagedReader(repo.staged())
        try:
            manifest = read_manifest(reader)
        except PayloadError as exc:
            raise payload_refusal(exc) from exc
        if manifest.sender_code != opened.sender.card.code:
            raise RefusedInput("transfer.payload.sender_mismatch", detail=manifest.sender_code[:8])
        return opened, manifest, reader

    def _preview(self, conn: Connection, opened: OpenedEnvelope, manifest: Manifest) -> Preview:
        cases = CaseRepository(conn)
        items = []
        for entry in manifest.cases:
            try:
                anonymous = bool(entry.fields.get("anonymous"))
                name = display_name(
                    anonymous,
                    str(entry.fields.get("first_name") or ""),
                    str(entry.fields.get("last_name") or ""),
                )
            except (TypeError, ValueError):
                name = "?"
            known = cases.by_id(entry.id) is not None
            items.append(PreviewCase(entry.case_number, name, known, len(entry.attachments)))
        return Preview(
            opened.sender.card.code,
            opened.sender.card.name,
            opened.bundle_id.hex(),
            opened.sequence,
            opened.created_at.isoformat(),
            tuple(items),
        )

    def _merge(
        self, conn: Connection, opened: OpenedEnvelope, manifest: Manifest, reader: _StagedReader
    ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], int]:
        created: list[str] = []
        updated: list[str] = []
        unchanged: list[str] = []
        conflicts = 0
        for entry in manifest.cases:
            try:
                outcome, count = self._merge_case(conn, opened, entry, reader)
            except PayloadError as exc:
                raise payload_refusal(exc) from exc
            except ValidationError as exc:
                raise RefusedInput("transfer.payload.bad_case", detail=exc.key) from exc
            {"created": created, "updated": updated, "unchanged": unchanged}[outcome].append(
                entry.case_number
            )
            conflicts += count
        return tuple(created), tuple(updated), tuple(unchanged), conflicts

    def _merge_case(
        self, conn: Connection, opened: OpenedEnvelope, entry: CaseEntry, reader: _StagedReader
    ) -> tuple[str, int]:
        now = self._s.timestamp()
        user = self._s.user.username
        cases = CaseRepository(conn)
        transfers = TransferRepository(conn)
        incoming = entry_record(entry)
        local = cases.by_id(entry.id)
        conflicts = 0
        changed = False
        if local is None:
            number = parse_case_number(entry.case_number)
            if number is None or str(number) != entry.case_number:
                raise PayloadError("bad_case", "case number")
            if cases.id_for_number(entry.case_number) is not None:
                raise PayloadError("case_number_taken", entry.case_number)
            incoming = as_received(incoming)
            cases.insert(NewCase(incoming, number.centre_code, number.year, number.seq))
            cases.add_status_history(
                entry.id, incoming.status, incoming.closure_reason, incoming.closure_note, now, user
            )
            transfers.set_sync_base(entry.id, base_of(incoming))
            outcome = "created"
        else:
            merged = merge_case(local, incoming, transfers.sync_base(entry.id))
            if merged.taken:
                record = merged.record
                cases.update(record)
                if {"status", "closure_reason"} & set(merged.taken):
                    cases.set_status(
                        record.id,
                        record.status,
                        record.closure_reason,
                        record.closure_note,
                        record.field_versions,
                        now,
                        user,
                    )
                changed = True
            for c in merged.conflicts:
                transfers.add_conflict(
                    entry.id,
                    c.field,
                    (c.local_value, c.local_version),
                    (c.incoming_value, c.incoming_version),
                    opened.bundle_id,
                    now,
                )
            conflicts = len(merged.conflicts)
            transfers.set_sync_base(entry.id, merged.base)
            outcome = "updated" if changed or conflicts else "unchanged"
        changed = self._merge_consents(conn, entry) or changed
        changed = self._store_attachments(conn, entry, reader) or changed
        notes, versions = _merge_notes(conn, entry)
        services = _merge_services(conn, entry)
        perpetrators = _merge_perpetrators(conn, entry)
        changed = bool(notes or versions or services or perpetrators) or changed
        if outcome == "unchanged" and changed:
            outcome = "updated"
        self._s.audit(
            AuditAction.IMPORT,
            "case",
            entry.id,
            f"bundle={opened.bundle_id.hex()} from={opened.sender.card.code} {outcome}"
            + (f" conflicts={conflicts}" if conflicts else "")
            + f" notes+={notes} note_versions+={versions} services+={services}"
            + (f" perpetrators+={perpetrators}" if perpetrators else ""),
        )
        return outcome, conflicts

    def _merge_consents(self, conn: Connection, entry: CaseEntry) -> bool:
        repo = ConsentRepository(conn)
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

    def _store_attachments(self, conn: Connection, entry: CaseEntry, reader: _StagedReader) -> bool:
        repo = AttachmentRepository(conn)
        changed = False
        for info, raw in zip(entry_attachments(entry), entry.attachments, strict=True):
            existing = repo.by_id(info.id)
            if existing is not None:
                if existing.case_id != entry.id or existing.sha256 != info.sha256:
                    raise PayloadError("attachment_mismatch", info.id)
                for _ in read_attachment(reader, raw):
                    pass  # already here: consume and check, store nothing
                continue
            repo.add(info)
            for idx, piece in enumerate(read_attachment(reader, raw)):
                if idx == 0:
                    try:
                        media = check_declared_type(info.filename, piece[:8])
                    except ValidationError:
                        raise PayloadError("attachment_type", info.id) from None
                    if media != info.media_type:
                        raise PayloadError("attachment_type", info.id)
                repo.add_chunk(info.id, idx, piece)
            changed = True
        return changed

    # ----------------------------------------------------------------- receipts

    def receipt(self, bundle_path: Path) -> bytes:
        """A signed receipt for a bundle this centre has imported."""
        self._s.require(Permission.IMPORT)
        info = inspect_bundle(bundle_path)
        row = TransferRepository(self._s.db.conn).received(info.sender_key, info.bundle_id)
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
        with self._s.db.transaction() as conn:
            self._s.audit(AuditAction.EXPORT, "transfer_receipt", row.bundle_id.hex())
            # The receipt carries our audit head to the other centre (issue 13).
            anchor = anchor_log.current_anchor(
                conn, self._s.casefile_id, self._s.timestamp(), "receipt"
            )
        with contextlib.suppress(OSError):
            anchor_log.append_to_log(anchor_log.anchor_log_path(self._s.paths.data_dir), anchor)
        return write_receipt(receipt, identity.signing_private, anchor.to_json())

    def save_receipt(self, bundle_path: Path, path: Path) -> None:
        data = self.receipt(bundle_path)
        write_user_file(path, data, key="transfer.write_failed")

    def import_receipt_file(self, path: Path) -> ReceiptResult:
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_RECEIPT_BYTES + 1)
        except OSError as exc:
            raise os_error_refusal(exc, path, key="input.file_unreadable") from exc
        return self.import_receipt(data)

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
        repo = TransferRepository(self._s.db.conn)
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
        with self._s.db.transaction() as conn:
            TransferRepository(conn).set_received_at(out.bundle_id, receipt.received_at)
            self._s.audit(AuditAction.IMPORT, "transfer_receipt", out.bundle_id.hex())
        return ReceiptResult(out.bundle_id.hex(), out.recipient_code, receipt.received_at, False)

    # ----------------------------------------------------------------- lists

    def outgoing(self) -> list[OutgoingRow]:
        self._s.require(Permission.EXPORT)
        return TransferRepository(self._s.db.conn).all_outgoing()

    def sent_list(self) -> list[SentTransfer]:
        """The sent files with WHICH cases went: case number and her initials.

        Readers without case access (the sekreter) see that files went, not which.
        Initials are personal data, so showing them is audited like a case list."""
        rows = self.outgoing()
        if not self._s.can(Permission.VIEW_CASES):
            return [SentTransfer(r, None) for r in rows]
        repo = CaseRepository(self._s.db.conn)
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
        with self._s.db.transaction(durable=False):
            self._s.audit(AuditAction.SEARCH, "case_list", "*", f"rows={shown} sent")
        return out

    def conflicts(self, ref: str | None = None) -> list[ConflictRow]:
        self._s.require(Permission.VIEW_CASES)
        case_id = None if ref is None else resolve_case(self._s, ref).id
        return TransferRepository(self._s.db.conn).open_conflicts(case_id)

    def open_conflict_case_ids(self) -> set[str]:
        """Ids of cases with an open conflict, for a flag in the case list and view."""
        self._s.require(Permission.VIEW_CASES)
        return TransferRepository(self._s.db.conn).open_conflict_case_ids()

    def conflict_list(self) -> list[ConflictView]:
        """Open conflicts with both values, for a person to decide (audited: values shown)."""
        self._s.require(Permission.VIEW_CASES)
        conn = self._s.db.conn
        cases = CaseRepository(conn)
        out: list[ConflictView] = []
        for row in TransferRepository(conn).open_conflicts():
            record = cases.by_id(row.case_id)
            if record is None:
                continue  # the case was destroyed since; nothing left to decide
            out.append(_conflict_view(row, record))
        with self._s.db.transaction(durable=False):
            for case_id in sorted({c.case_id for c in out}):
                self._s.audit(AuditAction.VIEW, "case", case_id, "transfer_conflicts")
        return out

    def resolve_conflict(self, conflict_id: int, keep: str) -> ConflictView:
        """Keep the local value or take the incoming one; the conflict is closed.

        Taking the incoming value goes through `CaseService`, so the field's version,
        the search index and the change audit follow as for any edit. Either way the
        incoming value becomes the field's base, so the same value arriving again is
        not a new conflict.
        """
        self._s.require(Permission.EDIT_CASES)
        if keep not in ("local", "incoming"):
            raise UsageError("usage.error", detail="--keep local|incoming")
        conn = self._s.db.conn
        # An id outside SQLite's integer range cannot name a conflict (and would
        # overflow the query): it is simply not found.
        in_range = 0 < conflict_id < 2**63
        row = TransferRepository(conn).open_conflict(conflict_id) if in_range else None
        record = None if row is None else CaseRepository(conn).by_id(row.case_id)
        if row is None or record is None:
            raise RefusedInput("transfer.conflict_not_found", id=conflict_id)
        view = _conflict_view(row, record)
        with self._s.db.transaction() as tx:
            if keep == "incoming":
                self._take_incoming(row.case_id, row.field, row.incoming_value)
            repo = TransferRepository(tx)
            base = repo.sync_base(row.case_id) or {}
            base[row.field] = seen_hash(row.incoming_value)
            repo.set_sync_base(row.case_id, base)
            repo.resolve_conflict(conflict_id, self._s.timestamp())
            self._s.audit(
                AuditAction.CHANGE,
                "case",
                row.case_id,
                f"conflict={conflict_id} field={row.field} keep={keep}",
            )
        return view

    def _take_incoming(self, case_id: str, field: str, value_text: str) -> None:
        cases = CaseService(self._s)
        record = cases.get(case_id)
        try:
            if field == "status":
                cases.set_status(
                    case_id,
                    CaseStatus(json.loads(value_text)),
                    reason=record.closure_reason,
                    note=record.closure_note,
                )
            elif field == "closure_reason":
                raw = json.loads(value_text)
                cases.set_status(
                    case_id,
                    record.status,
                    reason=None if raw is None else ClosureReason(raw),
                    note=record.closure_note,
                )
            else:
                cases.update(case_id, draft_with(record, field, value_text))
        except (PayloadError, ValueError) as exc:
            raise RefusedInput("transfer.conflict_bad_value", field=field) from exc
