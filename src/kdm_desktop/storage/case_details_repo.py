"""Consents, the services log and notes of a case (SQL only, bound parameters only)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any, Final

from kdm_desktop.domain.cases.choices import ConsentPurpose, NoteKind, RecipientKind, ServiceKind
from kdm_desktop.domain.cases.consent import ConsentRecord
from kdm_desktop.domain.cases.notes import Note, NoteVersion
from kdm_desktop.domain.cases.service_log import ServiceEntry
from kdm_desktop.storage import field_crypto
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.database import register_countable
from kdm_desktop.storage.rolekeys_repo import note_version_context, service_note_context

register_countable("case_consents", "case_services", "case_notes")


def _date(v: str | None) -> datetime.date | None:
    return None if v is None else datetime.date.fromisoformat(v)


# ----- consents -----

_CONSENT_COLUMNS: Final = (
    "id, case_id, purpose, recipient_kind, granted_on, recorded_by, recorded_at, "
    "withdrawn_on, withdrawn_by, withdrawn_recorded_at"
)


def _consent(r: tuple[Any, ...]) -> ConsentRecord:
    return ConsentRecord(
        id=r[0],
        case_id=r[1],
        purpose=ConsentPurpose(r[2]),
        recipient_kind=None if r[3] is None else RecipientKind(r[3]),
        granted_on=datetime.date.fromisoformat(r[4]),
        recorded_by=r[5],
        recorded_at=r[6],
        withdrawn_on=_date(r[7]),
        withdrawn_by=r[8],
        withdrawn_recorded_at=r[9],
    )


class ConsentRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, rec: ConsentRecord) -> None:
        self._conn.execute(
            f"INSERT INTO case_consents ({_CONSENT_COLUMNS}) "  # noqa: S608
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                rec.id,
                rec.case_id,
                rec.purpose.value,
                None if rec.recipient_kind is None else rec.recipient_kind.value,
                rec.granted_on.isoformat(),
                rec.recorded_by,
                rec.recorded_at,
                None if rec.withdrawn_on is None else rec.withdrawn_on.isoformat(),
                rec.withdrawn_by,
                rec.withdrawn_recorded_at,
            ),
        )

    def for_case(self, case_id: str) -> list[ConsentRecord]:
        rows = self._conn.execute(
            f"SELECT {_CONSENT_COLUMNS} FROM case_consents "  # noqa: S608
            "WHERE case_id = ? ORDER BY granted_on, recorded_at, id",
            (case_id,),
        ).fetchall()
        return [_consent(r) for r in rows]

    def by_id(self, consent_id: str) -> ConsentRecord | None:
        r = self._conn.execute(
            f"SELECT {_CONSENT_COLUMNS} FROM case_consents WHERE id = ?",  # noqa: S608
            (consent_id,),
        ).fetchone()
        return None if r is None else _consent(r)

    def withdraw(self, consent_id: str, on: datetime.date, by: str, at: str) -> bool:
        cur = self._conn.execute(
            "UPDATE case_consents SET withdrawn_on = ?, withdrawn_by = ?, "
            "withdrawn_recorded_at = ? WHERE id = ? AND withdrawn_on IS NULL",
            (on.isoformat(), by, at, consent_id),
        )
        return cur.rowcount == 1


# ----- services log -----

_SERVICE_COLUMNS: Final = (
    "id, case_id, kind, service_date, staff, duration_minutes, note, created_at, created_by"
)


class ServiceLogRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add_many(self, entries: Iterable[ServiceEntry]) -> None:
        self._conn.executemany(
            f"INSERT INTO case_services ({_SERVICE_COLUMNS}) "  # noqa: S608
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    e.id,
                    e.case_id,
                    e.kind.value,
                    e.date.isoformat(),
                    e.staff,
                    e.duration_minutes,
                    _seal_service_note(self._conn, e),
                    e.created_at,
                    e.created_by,
                )
                for e in entries
            ),
        )

    def entry_by_id(self, entry_id: str) -> ServiceEntry | None:
        """One entry with its note, whatever its kind (for a merge; never shown as is)."""
        return service_entry_by_id(self._conn, entry_id)

    def for_case(self, case_id: str, *, include_psych_notes: bool) -> list[ServiceEntry]:
        # A psychological service's note is not even read for readers without the
        # permission, so it cannot leak through a later bug in the screen.
        rows = self._conn.execute(
            "SELECT id, case_id, kind, service_date, staff, duration_minutes, "
            "CASE WHEN kind = ? AND NOT ? THEN NULL ELSE note END, created_at, created_by "
            "FROM case_services WHERE case_id = ? ORDER BY service_date, pk",
            (ServiceKind.PSYCHOLOGICAL.value, int(include_psych_notes), case_id),
        ).fetchall()
        return [
            ServiceEntry(
                id=r[0],
                case_id=r[1],
                kind=ServiceKind(r[2]),
                date=datetime.date.fromisoformat(r[3]),
                staff=r[4],
                duration_minutes=r[5],
                note=field_crypto.reveal(self._conn, service_note_context(r[0]), r[6] or ""),
                note_hidden=r[6] is None,
                created_at=r[7],
                created_by=r[8],
            )
            for r in rows
        ]


def _seal_service_note(conn: Connection, e: ServiceEntry) -> str:
    if e.kind != ServiceKind.PSYCHOLOGICAL:
        return e.note
    return field_crypto.seal(conn, service_note_context(e.id), e.note)


# ----- notes -----


class NoteRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, note_id: str, case_id: str, kind: NoteKind, at: str, by: str) -> None:
        self._conn.execute(
            "INSERT INTO case_notes (id, case_id, kind, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?)",
            (note_id, case_id, kind.value, at, by),
        )

    def add_version(self, note_id: str, text: str, at: str, by: str) -> int:
        # Inside the caller's write transaction, so the next number cannot race.
        row = self._conn.execute(
            "SELECT coalesce(max(version), 0) + 1 FROM case_note_versions WHERE note_id = ?",
            (note_id,),
        ).fetchone()
        version = int(row[0])
        kind = self.kind_and_case(note_id)
        if kind is not None and kind[0] == NoteKind.PSYCH_SESSION:
            # Sealed to the psychologists' role key: the master key alone does not read it.
            text = field_crypto.seal(self._conn, note_version_context(note_id, version), text)
        self._conn.execute(
            "INSERT INTO case_note_versions (note_id, version, text, written_at, written_by) "
            "VALUES (?, ?, ?, ?, ?)",
            (note_id, version, text, at, by),
        )
        return version

    def kind_and_case(self, note_id: str) -> tuple[NoteKind, str] | None:
        r = self._conn.execute(
            "SELECT kind, case_id FROM case_notes WHERE id = ?", (note_id,)
        ).fetchone()
        return None if r is None else (NoteKind(r[0]), str(r[1]))

    def for_case(self, case_id: str, *, include_psych: bool) -> list[Note]:
        rows = self._conn.execute(
            "SELECT n.id, n.case_id, n.kind, n.created_at, n.created_by, "
            "v.version, v.text, v.written_at, v.written_by "
            "FROM case_notes n JOIN case_note_versions v ON v.note_id = n.id "
            "AND v.version = (SELECT max(version) FROM case_note_versions WHERE note_id = n.id) "
            "WHERE n.case_id = ? AND (? OR n.kind != ?) ORDER BY n.created_at, n.pk",
            (case_id, int(include_psych), NoteKind.PSYCH_SESSION.value),
        ).fetchall()
        return [
            Note(
                id=r[0],
                case_id=r[1],
                kind=NoteKind(r[2]),
                created_at=r[3],
                created_by=r[4],
                current=NoteVersion(
                    r[5],
                    field_crypto.reveal(self._conn, note_version_context(r[0], int(r[5])), r[6]),
                    r[7],
                    r[8],
                ),
                version_count=int(r[5]),
            )
            for r in rows
        ]

    def count_hidden(self, case_id: str) -> int:
        r = self._conn.execute(
            "SELECT count(*) FROM case_notes WHERE case_id = ? AND kind = ?",
            (case_id, NoteKind.PSYCH_SESSION.value),
        ).fetchone()
        return int(r[0])

    def versions(self, note_id: str) -> list[NoteVersion]:
        rows = self._conn.execute(
            "SELECT version, text, written_at, written_by FROM case_note_versions "
            "WHERE note_id = ? ORDER BY version",
            (note_id,),
        ).fetchall()
        return [
            NoteVersion(
                int(r[0]),
                field_crypto.reveal(self._conn, note_version_context(note_id, int(r[0])), r[1]),
                r[2],
                r[3],
            )
            for r in rows
        ]


# ----- transfers: raw reads for the bundle import (added for services/transfers.py) -----


def service_entry_by_id(conn: Connection, entry_id: str) -> ServiceEntry | None:
    """One services-log entry with its note, whatever its kind (never shown as is)."""
    r = conn.execute(
        f"SELECT {_SERVICE_COLUMNS} FROM case_services WHERE id = ?",  # noqa: S608
        (entry_id,),
    ).fetchone()
    if r is None:
        return None
    return ServiceEntry(
        id=r[0],
        case_id=r[1],
        kind=ServiceKind(r[2]),
        date=datetime.date.fromisoformat(r[3]),
        staff=r[4],
        duration_minutes=r[5],
        note=field_crypto.reveal(conn, service_note_context(r[0]), r[6]),
        note_hidden=False,
        created_at=r[7],
        created_by=r[8],
    )
