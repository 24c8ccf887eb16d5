"""Attachments of a case, kept only inside the encrypted case file.

Files are read in 1 MiB pieces, checked (type by content, size) while they
stream in, and stored in the same transaction as their metadata and audit entry,
so a refused or interrupted file leaves nothing behind. Exporting one is the
only way it reaches the disk again: permission-checked, consent-checked, audited,
and written atomically.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kdm_desktop import messages
from kdm_desktop.domain.cases.attachments import (
    CHUNK_BYTES,
    MAGIC_BYTES_NEEDED,
    MAX_ATTACHMENT_BYTES,
    MAX_DESCRIPTION,
    AttachmentInfo,
    check_declared_type,
    check_size,
    clean_filename,
)
from kdm_desktop.domain.cases.choices import AttachmentKind, ConsentPurpose, RecipientKind
from kdm_desktop.domain.cases.validation import clean_text
from kdm_desktop.domain.filenames import name_key
from kdm_desktop.domain.rules import Problems, ValidationErrors
from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.fsutil import write_chunks_atomically
from kdm_desktop.oserrors import os_error_refusal
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import CaseNotFound, resolve_case
from kdm_desktop.services.consents import ConsentService
from kdm_desktop.services.session import Session


def _read_exactly(source: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes; a pipe or socket may return fewer per read."""
    parts: list[bytes] = []
    remaining = size
    while remaining > 0:
        piece = source.read(remaining)
        if not piece:
            break
        parts.append(piece)
        remaining -= len(piece)
    return b"".join(parts)


class AttachmentService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(
        self,
        ref: str,
        source: BinaryIO,
        filename: str,
        kind: AttachmentKind,
        description: str = "",
    ) -> AttachmentInfo:
        """Store `source` (read to its end) as an attachment of the case."""
        self._s.require(Permission.EDIT_CASES)
        case = resolve_case(self._s, ref)
        name = clean_filename(filename)
        problems = Problems()
        desc = clean_text(
            problems,
            "description",
            messages.text("field.description"),
            description,
            MAX_DESCRIPTION,
        )
        problems.raise_if_any()

        first = _read_exactly(source, CHUNK_BYTES)
        check_size(len(first), MAX_ATTACHMENT_BYTES)
        media = check_declared_type(name, first[:MAGIC_BYTES_NEEDED])
        attachment_id = str(uuid.uuid4())
        digest = hashlib.sha256()
        size = 0
        with self._s.work() as uow:
            repo = uow.attachments
            # Two attachments named alike (rapor.pdf, RAPOR.pdf) would make the
            # receiving centre refuse the whole bundle: refused here instead.
            if any(name_key(a.filename) == name_key(name) for a in repo.for_case(case.id)):
                raise ValidationErrors.one("filename", "attachment.duplicate_name", name=name)
            # The metadata row goes first (the pieces reference it) with a placeholder
            # size and digest, completed below; all of it commits or none does.
            info = AttachmentInfo(
                attachment_id, case.id, kind, name, media, 1, "", desc,
                self._s.timestamp(), self._s.user.username,
            )  # fmt: skip
            repo.add(info)
            piece, idx = first, 0
            while piece:
                size += len(piece)
                # Raises past the limit; the transaction then rolls back every piece.
                check_size(size, MAX_ATTACHMENT_BYTES)
                digest.update(piece)
                repo.add_chunk(attachment_id, idx, piece)
                idx += 1
                piece = _read_exactly(source, CHUNK_BYTES)
            repo.set_content_facts(attachment_id, size, digest.hexdigest())
            uow.audit(AuditAction.CREATE, "case_attachment", attachment_id, f"case={case.id}")
        return AttachmentInfo(
            info.id, info.case_id, kind, name, media, size, digest.hexdigest(), desc,
            info.added_at, info.added_by,
        )  # fmt: skip

    def add_file(
        self, ref: str, path: Path, kind: AttachmentKind, description: str = ""
    ) -> AttachmentInfo:
        try:
            size = path.stat().st_size
            check_size(max(size, 1), MAX_ATTACHMENT_BYTES)  # refuse before reading a byte
            with path.open("rb") as fh:
                return self.add(ref, fh, path.name, kind, description)
        except OSError as exc:
            raise os_error_refusal(exc, path, key="attachment.unreadable") from exc

    def for_case(self, ref: str) -> list[AttachmentInfo]:
        self._s.require(Permission.VIEW_CASES)
        case = resolve_case(self._s, ref)
        items = self._s.reading().attachments.for_case(case.id)
        with self._s.work() as uow:
            uow.audit(AuditAction.VIEW, "case_attachments", case.id)
        return items

    def _info(self, attachment_id: str) -> AttachmentInfo:
        info = self._s.reading().attachments.by_id(attachment_id.strip())
        if info is None:
            raise CaseNotFound("attachment.not_found", ref=attachment_id.strip())
        return info

    def read(self, attachment_id: str) -> Iterator[bytes]:
        """The content in pieces, for showing it in the window (audited as a view).
        The digest is checked as the last piece is read."""
        self._s.require(Permission.VIEW_CASES)
        info = self._info(attachment_id)
        with self._s.work() as uow:
            uow.audit(AuditAction.VIEW, "case_attachment", info.id, f"case={info.case_id}")
        return self._verified_chunks(info)

    def _verified_chunks(self, info: AttachmentInfo) -> Iterator[bytes]:
        digest = hashlib.sha256()
        for piece in self._s.reading().attachments.chunks(info.id):
            digest.update(piece)
            yield piece
        if digest.hexdigest() != info.sha256:
            raise KdmError("attachment.damaged")

    def export(
        self,
        attachment_id: str,
        target: Path,
        *,
        overwrite: bool = False,
        recipient_kind: RecipientKind | None = None,
    ) -> AttachmentInfo:
        """Write the attachment to `target` (a path the user chose), atomically.

        The file leaves the encrypted store, so it needs the export permission and
        her consent to processing; when it is for an institution, pass
        `recipient_kind` and her consent to sharing with that kind is needed too.
        A damaged attachment (digest mismatch) leaves no file behind.
        """
        self._s.require(Permission.EXPORT)
        info = self._info(attachment_id)
        purpose = (
            ConsentPurpose.PROCESSING
            if recipient_kind is None
            else ConsentPurpose.SHARE_WITH_INSTITUTION
        )
        ConsentService(self._s).require_consent(info.case_id, purpose, recipient_kind)
        if target.exists() and not overwrite:
            raise RefusedInput("attachment.target_exists", path=str(target))
        detail = f"case={info.case_id}"
        if recipient_kind is not None:
            detail += f" recipient={recipient_kind.value}"
        written = False
        try:
            # The audit entry and the file succeed together: a failed write rolls the
            # entry back, and a failed commit removes the file again.
            with self._s.work() as uow:
                uow.audit(AuditAction.EXPORT, "case_attachment", info.id, detail)
                write_chunks_atomically(target, self._verified_chunks(info))
                written = True
        except OSError as exc:
            raise os_error_refusal(exc, target, key="io.write_failed") from exc
        except BaseException:
            if written:
                target.unlink(missing_ok=True)
            raise
        return info
