"""A case as a bundle's case entry, and an incoming entry back as domain records.

The one place that knows which record goes under which key of an entry (and which
fields travel with their versions), in both directions: export builds entries here,
import reads them back here, each value checked by the domain's own types. It is
separate from the merge (`bundle.merge`), which only compares two records field by
field and never sees an entry; and from the entry's parsing (`bundle.payload`),
which checks the JSON's shape without knowing the domain.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, Final

from kdm_desktop.bundle.payload import CaseEntry, PayloadError, ServiceLogEntry
from kdm_desktop.bundle.wire import PAYLOAD_VERSION
from kdm_desktop.bundle.wire_fields import FIELDS, WireFieldError, decode_fields, encode_fields
from kdm_desktop.domain.cases.attachments import AttachmentInfo, MediaType
from kdm_desktop.domain.cases.choices import (
    AttachmentKind,
    CaseStatus,
    ClosureReason,
    ConsentPurpose,
    NoteKind,
    RecipientKind,
    ServiceKind,
)
from kdm_desktop.domain.cases.consent import ConsentRecord
from kdm_desktop.domain.cases.notes import Note, NoteVersion
from kdm_desktop.domain.cases.records import CaseRecord, shareable_record
from kdm_desktop.domain.cases.service_log import ServiceEntry
from kdm_desktop.domain.cases.shareable import withheld_fields
from kdm_desktop.domain.perpetrator import (
    PerpetratorRow,
    perpetrator_from_mapping,
    perpetrator_to_dict,
)
from kdm_desktop.domain.rules import Problems

# The fields an entry carries with their versions: the ones the merge compares.
# The status travels; the assignee does not (she is another centre's colleague).
STATUS_FIELDS: Final = ("status", "closure_reason")
# Values are compared (and their hashes kept as the merge base) in the wire encoding
# of the newest format, which does not change when the database's encoding does.
DRAFT_WIRE_FIELDS: Final = FIELDS[PAYLOAD_VERSION]
MERGED_FIELDS: Final = (*DRAFT_WIRE_FIELDS, *STATUS_FIELDS)


# --------------------------------------------------------------------------- export


@dataclass(frozen=True)
class CaseHistory:
    """What was done for her: notes with every version, and the services log."""

    notes: tuple[tuple[Note, tuple[NoteVersion, ...]], ...] = ()
    services: tuple[ServiceEntry, ...] = ()
    # The perpetrator section (primary first).
    perpetrators: tuple[PerpetratorRow, ...] = ()


def case_entry(
    record: CaseRecord,
    consents: list[ConsentRecord],
    attachments: list[AttachmentInfo],
    history: CaseHistory | None = None,
) -> dict[str, Any]:
    """The manifest entry of a case, confidential address left out.

    Psychologists' session notes travel too: the receiving centre's role rules
    decide who reads them there, exactly as here.
    """
    history = history or CaseHistory()
    shared = shareable_record(record)
    withheld = set(withheld_fields(record.draft))
    versions = {
        k: v for k, v in record.field_versions.items() if k in MERGED_FIELDS and k not in withheld
    }
    return {
        "id": record.id,
        "case_number": record.case_number,
        "status": record.status.value,
        "closure_reason": None if record.closure_reason is None else record.closure_reason.value,
        "closure_note": record.closure_note,
        "created_at": record.created_at,
        "created_by": record.created_by,
        "updated_at": record.updated_at,
        "fields": encode_fields(shared.draft, PAYLOAD_VERSION),
        "versions": versions,
        "consents": [
            {
                "id": c.id,
                "purpose": c.purpose.value,
                "recipient_kind": None if c.recipient_kind is None else c.recipient_kind.value,
                "granted_on": c.granted_on.isoformat(),
                "recorded_by": c.recorded_by,
                "recorded_at": c.recorded_at,
                "withdrawn_on": None if c.withdrawn_on is None else c.withdrawn_on.isoformat(),
            }
            for c in consents
        ],
        "attachments": [
            {
                "id": a.id,
                "kind": a.kind.value,
                "filename": a.filename,
                "media_type": a.media_type.value,
                "size": a.size,
                "sha256": a.sha256,
                "description": a.description,
                "added_at": a.added_at,
                "added_by": a.added_by,
            }
            for a in attachments
        ],
        "notes": [
            {
                "id": n.id,
                "kind": n.kind.value,
                "created_at": n.created_at,
                "created_by": n.created_by,
            }
            for n, _ in history.notes
        ],
        "note_versions": [
            {
                "note_id": n.id,
                "version": v.version,
                "text": v.text,
                "written_at": v.written_at,
                "written_by": v.written_by,
            }
            for n, versions in history.notes
            for v in versions
        ],
        "services": [
            {
                "id": e.id,
                "kind": e.kind.value,
                "date": e.date.isoformat(),
                "staff": e.staff,
                "duration_minutes": e.duration_minutes,
                "note": e.note,
                "created_at": e.created_at,
                "created_by": e.created_by,
            }
            for e in history.services
        ],
        # Left out when empty: such bundles stay readable by builds without the section.
        **({"perpetrators": _perpetrator_entries(history)} if history.perpetrators else {}),
    }


def _perpetrator_entries(history: CaseHistory) -> list[dict[str, Any]]:
    return [
        {
            "id": row.id,
            "position": row.position,
            **perpetrator_to_dict(row.record),
            "created_at": row.created_at,
            "created_by": row.created_by,
            "updated_at": row.updated_at,
            "updated_by": row.updated_by,
        }
        for row in history.perpetrators
    ]


# --------------------------------------------------------------------------- import


def entry_record(entry: CaseEntry) -> CaseRecord:
    """The incoming case as a record; refuses values the domain does not know.

    The draft fields are read in the entry's own format (`wire_fields`): a field an
    older format did not carry takes its default here and is left out of the merge.
    """
    try:
        draft = decode_fields(dict(entry.fields), entry.version)
    except WireFieldError as exc:
        raise PayloadError("bad_case", exc.field) from None
    except KeyError:
        raise PayloadError("unsupported_version", str(entry.version)) from None
    try:
        status = CaseStatus(entry.status)
        reason = None if entry.closure_reason is None else ClosureReason(entry.closure_reason)
    except ValueError as exc:
        raise PayloadError("bad_case", type(exc).__name__) from None

    if set(entry.versions) - set(MERGED_FIELDS):
        raise PayloadError("bad_case", "versions")
    return CaseRecord(
        id=entry.id,
        case_number=entry.case_number,
        status=status,
        closure_reason=reason,
        closure_note=entry.closure_note,
        assigned_to=None,
        draft=draft,
        field_versions=dict(entry.versions),
        created_at=entry.created_at,
        created_by=entry.created_by,
        updated_at=entry.updated_at,
        updated_by=entry.created_by,
    )


def carried_fields(entry: CaseEntry) -> frozenset[str]:
    """The merged fields an entry's format carries (the status always travels)."""
    return frozenset(FIELDS[entry.version]) | frozenset(STATUS_FIELDS)


def entry_consents(entry: CaseEntry) -> list[ConsentRecord]:
    out = []
    try:
        for c in entry.consents:
            kind = c["recipient_kind"]
            withdrawn = c["withdrawn_on"]
            out.append(
                ConsentRecord(
                    id=str(c["id"]),
                    case_id=entry.id,
                    purpose=ConsentPurpose(str(c["purpose"])),
                    recipient_kind=None if kind is None else RecipientKind(kind),
                    granted_on=datetime.date.fromisoformat(str(c["granted_on"])),
                    recorded_by=str(c["recorded_by"]),
                    recorded_at=str(c["recorded_at"]),
                    withdrawn_on=None
                    if withdrawn is None
                    else datetime.date.fromisoformat(withdrawn),
                )
            )
    except (ValueError, TypeError) as exc:
        raise PayloadError("bad_case", f"consent: {type(exc).__name__}") from None
    return out


def entry_attachments(entry: CaseEntry) -> list[AttachmentInfo]:
    try:
        return [
            AttachmentInfo(
                a.id,
                entry.id,
                AttachmentKind(a.kind),
                a.filename,
                MediaType(a.media_type),
                a.size,
                a.sha256,
                a.description,
                a.added_at,
                a.added_by,
            )
            for a in entry.attachments
        ]
    except ValueError as exc:
        raise PayloadError("bad_case", f"attachment: {type(exc).__name__}") from None


def entry_notes(entry: CaseEntry) -> list[tuple[Note, tuple[NoteVersion, ...]]]:
    """The incoming notes with their versions, oldest first; unknown kinds refused."""
    out = []
    for raw in entry.notes:
        try:
            kind = NoteKind(raw.kind)
        except ValueError:
            raise PayloadError("bad_case", "note kind") from None
        versions = tuple(
            NoteVersion(v.version, v.text, v.written_at, v.written_by)
            for v in sorted(entry.note_versions, key=lambda v: v.version)
            if v.note_id == raw.id
        )
        if any(not v.text.strip() or "\x00" in v.text for v in versions):
            raise PayloadError("bad_case", "note text")
        note = Note(
            raw.id, entry.id, kind, raw.created_at, raw.created_by, versions[-1], len(versions)
        )
        out.append((note, versions))
    return out


def _service(entry: CaseEntry, raw: ServiceLogEntry) -> ServiceEntry:
    try:
        kind = ServiceKind(raw.kind)
        date = datetime.date.fromisoformat(raw.date)
    except ValueError:
        raise PayloadError("bad_case", "service") from None
    if date.isoformat() != raw.date or not raw.staff or "\x00" in raw.note:
        raise PayloadError("bad_case", "service")
    return ServiceEntry(
        raw.id,
        entry.id,
        kind,
        date,
        raw.staff,
        raw.duration_minutes,
        raw.note,
        False,
        raw.created_at,
        raw.created_by,
    )


def entry_services(entry: CaseEntry) -> list[ServiceEntry]:
    return [_service(entry, raw) for raw in entry.services]


def entry_perpetrators(entry: CaseEntry) -> list[PerpetratorRow]:
    """The section's records, each checked by the domain's own rules."""
    out = []
    for raw in entry.perpetrators:
        problems = Problems(prefix="perpetrators.")
        record = perpetrator_from_mapping(raw.fields, problems)
        problems.raise_if_any()
        out.append(
            PerpetratorRow(
                raw.id,
                entry.id,
                raw.position,
                record,
                raw.created_at,
                raw.created_by,
                raw.updated_at,
                raw.updated_by,
            )
        )
    return out
