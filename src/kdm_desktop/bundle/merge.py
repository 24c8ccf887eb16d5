"""Cases to manifest entries and back, and the field-by-field merge of a known case.

Merge rule per field, against the values both centres had at their last
exchange of this case (the *base*, kept as a hash per field). Comparing values,
not clock times, keeps the rule right when two edits fall in the same second or
the two PCs' clocks disagree:

* equal values: nothing to do;
* only the incoming side changed since the base: the incoming value is taken;
* only the local side changed: the local value stays;
* both changed to different values: the local value stays and a conflict is
  recorded with both values for a person to resolve. Never last-write-wins.

A known case without a base (never exchanged) treats every differing field as
changed on both sides, so it cannot silently lose a value either.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import json
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
from kdm_desktop.domain.cases.draft import CaseDraft
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

# The status travels; the assignee does not (she is another centre's colleague).
STATUS_FIELDS: Final = ("status", "closure_reason")
# Values are compared (and their hashes kept as the merge base) in the wire encoding
# of the newest format, which does not change when the database's encoding does.
DRAFT_WIRE_FIELDS: Final = FIELDS[PAYLOAD_VERSION]
MERGED_FIELDS: Final = (*DRAFT_WIRE_FIELDS, *STATUS_FIELDS)


def _encode(draft: CaseDraft) -> dict[str, object]:
    return encode_fields(draft, PAYLOAD_VERSION)


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
        "fields": _encode(shared.draft),
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


def handed_over(record: CaseRecord) -> bool:
    """Closed at the sender because it was handed over (to us, or to a third centre)."""
    return record.status == CaseStatus.CLOSED and record.closure_reason == ClosureReason.TRANSFERRED


def handover_note(code: str, name: str) -> str:
    """The closure note of a hand-over: the receiving centre's code and name."""
    return f"{code} — {name}"


def handed_back_to(incoming: CaseRecord, own_code: str) -> bool:
    """A hand-over whose receiving centre is `own_code`: the file comes back here."""
    if not handed_over(incoming):
        return False
    return incoming.closure_note.split(" — ", 1)[0] == own_code


def as_received(incoming: CaseRecord) -> CaseRecord:
    """A new file as the receiving centre stores it.

    Handing a file over closes it at the centre that sent it, never at the one that
    takes it on: there it arrives as an open file."""
    if not handed_over(incoming):
        return incoming
    return dataclasses.replace(
        incoming, status=CaseStatus.OPEN, closure_reason=None, closure_note=""
    )


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


@dataclass(frozen=True)
class FieldConflict:
    field: str
    local_value: str
    local_version: str
    incoming_value: str
    incoming_version: str


@dataclass(frozen=True)
class MergeResult:
    record: CaseRecord
    taken: tuple[str, ...]
    conflicts: tuple[FieldConflict, ...]
    base: dict[str, str]

    @property
    def changed(self) -> bool:
        return bool(self.taken)


def _values(record: CaseRecord) -> dict[str, object]:
    values = _encode(record.draft)
    values["status"] = record.status.value
    values["closure_reason"] = (
        None if record.closure_reason is None else record.closure_reason.value
    )
    return values


_JSON_STRING: Final = json.encoder.encode_basestring  # what json.dumps uses for a str


def _as_text(value: object) -> str:
    """`json.dumps(value, ensure_ascii=False)`, quicker for the wire's scalar values.

    The text is hashed into the merge base kept in the database, so it must stay
    byte for byte what `json.dumps` gives (the tests compare the two).
    """
    if value is None:
        return "null"
    if type(value) is str:
        return _JSON_STRING(value)
    if type(value) is int:
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def base_of(record: CaseRecord) -> dict[str, str]:
    """The hashes of the fields as exchanged now (the withheld address is not shared)."""
    skipped = set(withheld_fields(record.draft))
    values = _values(record)
    return {name: _hash(values[name]) for name in MERGED_FIELDS if name not in skipped}


def _hash(value: object) -> str:
    return hashlib.sha256(_as_text(value).encode("utf-8")).hexdigest()


def merge_case(
    local: CaseRecord,
    incoming: CaseRecord,
    base: dict[str, str] | None,
    carried: frozenset[str] = frozenset(MERGED_FIELDS),
) -> MergeResult:
    """Merge `incoming` into `local` field by field (see the module docstring).

    Fields outside `carried` (not in the incoming bundle's format) are left alone.
    """
    mine, theirs = _values(local), _values(incoming)
    skipped = set(withheld_fields(incoming.draft)) | (set(MERGED_FIELDS) - carried)
    new_values = dict(mine)
    versions = dict(local.field_versions)
    new_base = dict(base or {})
    taken: list[str] = []
    conflicts: list[FieldConflict] = []
    # The sender's handover closure is its own business (see `as_received`).
    if handed_over(incoming):
        skipped |= set(STATUS_FIELDS)
    for name in MERGED_FIELDS:
        if name in skipped:
            continue
        in_v, my_v = incoming.field_version(name), local.field_version(name)
        if mine[name] == theirs[name]:
            new_base[name] = _hash(theirs[name])
            continue
        known = (base or {}).get(name)
        incoming_changed = known is None or _hash(theirs[name]) != known
        local_changed = known is None or _hash(mine[name]) != known
        if not incoming_changed:
            continue
        if local_changed:
            conflicts.append(
                FieldConflict(name, _as_text(mine[name]), my_v, _as_text(theirs[name]), in_v)
            )
            continue
        new_values[name] = theirs[name]
        versions[name] = max(in_v, my_v)
        new_base[name] = _hash(theirs[name])
        taken.append(name)
    if not taken:
        return MergeResult(local, (), tuple(conflicts), new_base)
    draft = decode_fields({k: new_values[k] for k in DRAFT_WIRE_FIELDS}, PAYLOAD_VERSION)
    status = CaseStatus(str(new_values["status"]))
    reason_raw = new_values["closure_reason"]
    reason = None if reason_raw is None else ClosureReason(str(reason_raw))
    note = incoming.closure_note if "closure_reason" in taken else local.closure_note
    record = dataclasses.replace(
        local,
        draft=draft,
        status=status,
        closure_reason=reason,
        closure_note=note if status == CaseStatus.CLOSED else "",
        field_versions=versions,
    )
    return MergeResult(record, tuple(taken), tuple(conflicts), new_base)


# --------------------------------------------------------------------------- resolving


def field_text(record: CaseRecord, field: str) -> str:
    """A merged field's current value in the form conflicts store it (JSON text)."""
    return _as_text(_values(record)[field])


def seen_hash(value_text: str) -> str:
    """The base hash of a value a person has now seen: it no longer counts as new."""
    return hashlib.sha256(value_text.encode("utf-8")).hexdigest()


def draft_with(record: CaseRecord, field: str, value_text: str) -> CaseDraft:
    """The record's draft with one draft field set to a conflict's stored value."""
    if field not in DRAFT_WIRE_FIELDS:
        raise PayloadError("bad_case", field)
    values = _encode(record.draft)
    values[field] = json.loads(value_text)
    try:
        return decode_fields(values, PAYLOAD_VERSION)
    except WireFieldError:
        raise PayloadError("bad_case", field) from None
