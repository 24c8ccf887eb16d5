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
from kdm_desktop.bundle.payload import CaseEntry, PayloadError
from kdm_desktop.bundle.wire_reader import PayloadReader
from kdm_desktop.domain.cases.draft import display_name
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import RefusedInput
from kdm_desktop.progress import CancelFn, ProgressFn
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.session import Session
from kdm_desktop.services.transfer_merge import CaseMerger
from kdm_desktop.services.transfer_refusals import payload_refusal, refusal, unreadable
from kdm_desktop.services.trust import TrustService, own_identity
from kdm_desktop.storage.transfer_repo import ReceivedRow
from kdm_desktop.storage.unit_of_work import UnitOfWork

# Chunks of 64 KiB decrypted ahead of the import (1 MiB: one attachment piece).
_READ_AHEAD = 16


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


def _preview_case(uow: UnitOfWork, entry: CaseEntry) -> PreviewCase:
    try:
        name = display_name(
            bool(entry.fields.get("anonymous")),
            str(entry.fields.get("first_name") or ""),
            str(entry.fields.get("last_name") or ""),
        )
    except (TypeError, ValueError):
        name = "?"
    known = uow.cases.case_number_of(entry.id) is not None
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
    s: Session,
    uow: UnitOfWork,
    path: Path,
    progress: ProgressFn,
    cancelled: CancelFn,
    read_ahead: int = 0,
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
    repo = uow.transfers
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
            read_ahead=read_ahead,
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
            except (PayloadError, ValidationErrors) as exc:
                if stream.file_changed():
                    raise refusal(UntrustedEnvelope(Reason.CHANGED_DURING_READ)) from exc
                if isinstance(exc, ValidationErrors):
                    raise RefusedInput("transfer.payload.bad_case", detail=exc.key) from exc
                raise payload_refusal(exc) from exc
    except EnvelopeError as exc:
        raise refusal(exc) from exc
    except OSError as exc:
        raise unreadable(path, exc) from exc


def preview_bundle(s: Session, path: Path, progress: ProgressFn, cancelled: CancelFn) -> Preview:
    """Who sent it and which cases, checked as far as showing them needs; keeps nothing."""
    uow = s.reading()
    with _opened(s, uow, path, progress, cancelled) as opened:
        cases = [_preview_case(uow, entry) for entry in opened.reader.cases()]
        opened.stream.finish(skip_rest=True)
        return _preview(opened.stream, cases)


def import_bundle(
    s: Session, path: Path, progress: ProgressFn, cancelled: CancelFn
) -> ImportResult:
    """Merge every case of the bundle, or nothing (see the module docstring)."""
    # The bulk transaction writes the attachments once, straight into the file; the
    # next chunks are decrypted on a second thread while SQLite stores the last ones.
    with (
        s.work(bulk=True) as uow,
        _opened(s, uow, path, progress, cancelled, _READ_AHEAD) as opened,
    ):
        merger = CaseMerger(s, uow, opened.stream)
        shown: list[PreviewCase] = []
        ids: list[str] = []
        for entry in opened.reader.cases():
            shown.append(_preview_case(uow, entry))
            ids.append(entry.id)
            merger.case(entry)
        for attachment, pieces in opened.reader.attachments():
            merger.attachment(attachment, pieces)
        opened.reader.finish()
        envelope = opened.stream.finish()
        uow.transfers.record_received(
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
        uow.audit(
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
