"""Helpers of the notes/services and conflict tests: crafted payloads, notes of every kind."""

from __future__ import annotations

import datetime
import struct
import uuid
from pathlib import Path
from typing import Any

from kdm_desktop.bundle.case_entries import CaseHistory, case_entry
from kdm_desktop.bundle.envelope import write_envelope
from kdm_desktop.domain.cases.choices import NoteKind, ServiceKind
from kdm_desktop.domain.cases.service_log import ServiceEntryDraft
from kdm_desktop.services.case_notes import NoteService
from kdm_desktop.services.service_log import ServiceLogService
from kdm_desktop.services.session import Session
from kdm_desktop.services.trust import TrustService, own_identity
from kdm_desktop.storage import field_crypto
from kdm_desktop.storage.attachments_repo import AttachmentRepository
from kdm_desktop.storage.case_details_repo import (
    ConsentRepository,
    NoteRepository,
    ServiceLogRepository,
)
from kdm_desktop.storage.cases_repo import CaseRepository
from kdm_testing import ADMIN


def add_history(session: Session, case_id: str) -> dict[str, str]:
    """A general note edited once, a psychologist's session note, two services."""
    notes = NoteService(session)
    general = notes.add(case_id, NoteKind.GENERAL, "İlk görüşme yapıldı.")
    notes.edit(general.id, "İlk görüşme yapıldı; şiddet önleme planı konuşuldu.")
    # The admin may not write session notes; a psychologist's note is written directly.
    psych = str(uuid.uuid4())
    with session.db.transaction() as conn:
        repo = NoteRepository(conn)
        repo.add(psych, case_id, NoteKind.PSYCH_SESSION, "2026-01-05T10:00:00+03:00", "psikolog")
        repo.add_version(
            psych, "Seans: kaygı düzeyi yüksek.", "2026-01-05T10:00:00+03:00", "psikolog"
        )
    services = ServiceLogService(session)
    day = datetime.date(2026, 1, 5)
    s1 = services.add(case_id, ServiceEntryDraft(ServiceKind.SOCIAL, day, ADMIN, 45, "Başvuru."))
    s2 = services.add(case_id, ServiceEntryDraft(ServiceKind.LEGAL, day, ADMIN, None, ""))
    return {"general": general.id, "psych": psych, "s1": s1.id, "s2": s2.id}


def history_of(session: Session, case_id: str) -> tuple[object, ...]:
    conn = session.db.conn
    notes = NoteRepository(conn)
    # Session notes are sealed to the psychologists' role key: only holders read them.
    psych = field_crypto.can_read(conn)
    every = notes.for_case(case_id, include_psych=psych)
    return (
        sorted(
            (n.id, n.kind, n.created_at, n.created_by, tuple(notes.versions(n.id))) for n in every
        ),
        sorted(
            (e.id, e.kind, e.date, e.staff, e.duration_minutes, e.note, e.created_at, e.created_by)
            for e in ServiceLogRepository(conn).for_case(case_id, include_psych_notes=psych)
        ),
    )


def entry_of(session: Session, case_id: str) -> dict[str, Any]:
    conn = session.db.conn
    record = CaseRepository(conn).by_id(case_id)
    assert record is not None
    notes = NoteRepository(conn)
    psych = field_crypto.can_read(conn)
    history = CaseHistory(
        tuple(
            (n, tuple(notes.versions(n.id))) for n in notes.for_case(case_id, include_psych=psych)
        ),
        tuple(ServiceLogRepository(conn).for_case(case_id, include_psych_notes=psych)),
    )
    return case_entry(
        record,
        ConsentRepository(conn).for_case(case_id),
        AttachmentRepository(conn).for_case(case_id),
        history,
    )


class _Bytes:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            size = len(self._data)
        out, self._data = self._data[:size], self._data[size:]
        return out


def send_payload(a: Session, tmp_path: Path, payload: bytes, sequence: int) -> Path:
    """A correctly signed and encrypted bundle from A to KDZ around any payload bytes."""
    path = tmp_path / f"crafted-{sequence}.kdmb"
    recipient = TrustService(a).recipient("KDZ")
    write_envelope(
        path,
        own_identity(a),
        [recipient.encryption_public],
        _Bytes(payload),
        sequence=sequence,
        payload_size=len(payload),
    )
    return path


def raw_payload(manifest: bytes) -> bytes:
    return b"KDMP" + struct.pack(">HI", 1, len(manifest)) + manifest
