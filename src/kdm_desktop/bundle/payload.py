"""Case entries of a transfer bundle, checked strictly; and payload format 1.

Format 2, written since 0.3, frames each case entry on its own (`bundle.wire`). The
entries themselves are the same in both formats and are parsed here. Format 1,
kept readable for bundles written before::

    "KDMP" || u16 version (1) || u32 manifest length M || M bytes of UTF-8 JSON
        || the content of every attachment, in manifest order, back to back

The manifest names each case with all its fields, their versions, consents and
attachments; every case entry carries the SHA-256 of its own canonical JSON and
every attachment the SHA-256 of its content. Nothing from the manifest is ever
used as a file name or path: attachments are stored by id and checked by hash.

Parsing is strict and bounded: size, nesting depth (checked before `json`),
duplicate keys, duplicate ids, counts, string lengths and attachment names
(`check_entry_name`). Every refusal is a `PayloadError` with a stable reason.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final, Protocol

from kdm_desktop.bundle import limits
from kdm_desktop.bundle.limits import (
    MAX_ATTACHMENT_BYTES,
    MAX_CONSENTS_PER_CASE,
    MAX_DEPTH,
    MAX_NAME,
    MAX_NOTE,
    MAX_NOTE_VERSIONS_PER_CASE,
    MAX_NOTES_PER_CASE,
    MAX_PERPETRATORS_PER_CASE,
    MAX_SERVICE_MINUTES,
    MAX_SERVICE_NOTE,
    MAX_SERVICES_PER_CASE,
    MAX_STRING,
)
from kdm_desktop.domain.filenames import name_key, name_problem
from kdm_desktop.strictjson import unique_keys

__all__ = [
    "PAYLOAD_FORMAT",
    "PAYLOAD_VERSION",
    "AttachmentEntry",
    "CaseEntry",
    "Manifest",
    "NoteEntry",
    "NoteVersionEntry",
    "PayloadError",
    "PerpetratorEntry",
    "ServiceLogEntry",
    "case_entry_digest",
    "check_entry_name",
    "encode_manifest",
    "loads_strict",
    "parse_case",
    "read_attachment",
    "read_exact",
]

MAGIC: Final = b"KDMP"
PAYLOAD_FORMAT: Final = "kdm-transfer-payload"
#: Format 1: one manifest. The format written now is `wire.PAYLOAD_VERSION`.
PAYLOAD_VERSION: Final = 1
_HEAD = struct.Struct(">4sHI")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_FIELD_NAME = re.compile(r"[a-z_]{1,40}")


class PayloadError(ValueError):
    """The decrypted content is malformed or abusive; `reason` is a stable code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        # Which case entry (0-based, in bundle order) the problem is in, when known.
        self.case_index: int | None = None


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True)
class AttachmentEntry:
    id: str
    kind: str
    filename: str
    media_type: str
    size: int
    sha256: str
    description: str
    added_at: str
    added_by: str


@dataclass(frozen=True)
class NoteEntry:
    id: str
    kind: str
    created_at: str
    created_by: str


@dataclass(frozen=True)
class NoteVersionEntry:
    note_id: str
    version: int
    text: str
    written_at: str
    written_by: str


@dataclass(frozen=True)
class ServiceLogEntry:
    id: str
    kind: str
    date: str
    staff: str
    duration_minutes: int | None
    note: str
    created_at: str
    created_by: str


@dataclass(frozen=True)
class PerpetratorEntry:
    """One record of the perpetrator section; `fields` are checked again by the
    domain's rules when merged (a choice this build does not know is refused)."""

    id: str
    position: int
    fields: dict[str, str | int | None]
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str


@dataclass(frozen=True)
class CaseEntry:
    id: str
    case_number: str
    status: str
    closure_reason: str | None
    closure_note: str
    created_at: str
    created_by: str
    updated_at: str
    fields: dict[str, str | int | None]
    versions: dict[str, str]
    consents: tuple[dict[str, str | None], ...]
    attachments: tuple[AttachmentEntry, ...]
    # Versions are a flat list beside the notes so the manifest stays within MAX_DEPTH.
    notes: tuple[NoteEntry, ...] = ()
    note_versions: tuple[NoteVersionEntry, ...] = ()
    services: tuple[ServiceLogEntry, ...] = ()
    perpetrators: tuple[PerpetratorEntry, ...] = ()
    # The payload format it came in: says which draft fields it carries.
    version: int = 1


@dataclass(frozen=True)
class Manifest:
    sender_code: str
    sender_name: str
    cases: tuple[CaseEntry, ...]

    @property
    def attachments(self) -> Iterator[AttachmentEntry]:
        for case in self.cases:
            yield from case.attachments


# --------------------------------------------------------------------------- names


def check_entry_name(name: str) -> str:
    """An attachment's file name as sent: refuse anything path-like or ambiguous.

    The name is kept for display only, never used as a path; refusing rather
    than repairing means the receiving centre sees exactly what was sent. The
    rule is `domain.filenames`, the one upload uses too.
    """
    problem = name_problem(name)
    if problem is not None:
        raise PayloadError("bad_name", problem)
    return name


def _name_key(name: str) -> str:
    return name_key(name)


# --------------------------------------------------------------------------- writing


def case_entry_digest(entry: dict[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != "sha256"}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def encode_manifest(sender_code: str, sender_name: str, cases: list[dict[str, Any]]) -> bytes:
    """The payload head: magic, version, length and the manifest (entries get their hash)."""
    entries = [{**c, "sha256": case_entry_digest(c)} for c in cases]
    document = {
        "format": PAYLOAD_FORMAT,
        "version": PAYLOAD_VERSION,
        "sender": {"code": sender_code, "name": sender_name},
        "cases": entries,
    }
    raw = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(raw) > limits.MAX_MANIFEST_BYTES:
        raise PayloadError("too_large", "manifest")
    return _HEAD.pack(MAGIC, PAYLOAD_VERSION, len(raw)) + raw


# --------------------------------------------------------------------------- reading


def read_exact(src: Readable, size: int) -> bytes:
    parts: list[bytes] = []
    left = size
    while left:
        piece = src.read(min(left, 1 << 20))
        if not piece:
            raise PayloadError("truncated")
        parts.append(piece)
        left -= len(piece)
    return b"".join(parts)


def _refuse_constant(token: str) -> Any:
    raise PayloadError("bad_json", f"{token[:20]} is not allowed")


def _obj(value: Any, where: str, keys: frozenset[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PayloadError("bad_manifest", f"{where}: not an object")
    if set(value) != keys:
        raise PayloadError("bad_manifest", f"{where}: fields {sorted(set(value) ^ keys)}")
    return value


def _str(value: Any, where: str, *, optional: bool = False, limit: int = MAX_STRING) -> Any:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise PayloadError("bad_manifest", where)
    return value


def _int(value: Any, where: str, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise PayloadError("bad_manifest", where)
    return value


def _uuid(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _UUID.fullmatch(value):
        raise PayloadError("bad_manifest", f"{where}: not a UUID")
    return value


_CASE_KEYS = frozenset(
    {
        "id",
        "case_number",
        "status",
        "closure_reason",
        "closure_note",
        "created_at",
        "created_by",
        "updated_at",
        "fields",
        "versions",
        "consents",
        "attachments",
        "notes",
        "note_versions",
        "services",
        "sha256",
    }
)
#: The keys every case entry has, in each payload format.
CASE_KEYS: Final[dict[int, frozenset[str]]] = {1: _CASE_KEYS, 2: _CASE_KEYS}
#: Keys an entry may leave out, in each payload format. A case without a
#: perpetrator section leaves `perpetrators` out, so its entry reads the same as
#: before the section existed. A new optional section of a case is a new key here
#: (parsed in `parse_case` when present); a change to what an existing key means is
#: a new format: add the version here and in `wire.READABLE_VERSIONS`, then bump
#: `wire.PAYLOAD_VERSION`; older formats keep reading.
OPTIONAL_CASE_KEYS: Final[dict[int, frozenset[str]]] = {
    1: frozenset({"perpetrators"}),
    2: frozenset({"perpetrators"}),
}
PERPETRATOR_FIELDS: Final = (
    "relation",
    "name",
    "age_band",
    "weapon_access",
    "prior_orders",
    "shared_children",
    "note",
)
_PERPETRATOR_KEYS = frozenset(
    {"id", "position", *PERPETRATOR_FIELDS, "created_at", "created_by", "updated_at", "updated_by"}
)
_NOTE_KEYS = frozenset({"id", "kind", "created_at", "created_by"})
_NOTE_VERSION_KEYS = frozenset({"note_id", "version", "text", "written_at", "written_by"})
_SERVICE_KEYS = frozenset(
    {"id", "kind", "date", "staff", "duration_minutes", "note", "created_at", "created_by"}
)
_CONSENT_KEYS = frozenset(
    {"id", "purpose", "recipient_kind", "granted_on", "recorded_by", "recorded_at", "withdrawn_on"}
)
_ATTACHMENT_KEYS = frozenset(
    {
        "id",
        "kind",
        "filename",
        "media_type",
        "size",
        "sha256",
        "description",
        "added_at",
        "added_by",
    }
)


def _attachment(raw: Any, where: str) -> AttachmentEntry:
    a = _obj(raw, where, _ATTACHMENT_KEYS)
    digest = _str(a["sha256"], f"{where}.sha256")
    if not _HEX64.fullmatch(digest):
        raise PayloadError("bad_manifest", f"{where}.sha256")
    return AttachmentEntry(
        id=_uuid(a["id"], f"{where}.id"),
        kind=_str(a["kind"], f"{where}.kind", limit=40),
        filename=check_entry_name(_str(a["filename"], f"{where}.filename", limit=4096)),
        media_type=_str(a["media_type"], f"{where}.media_type", limit=40),
        size=_int(a["size"], f"{where}.size", 1, MAX_ATTACHMENT_BYTES),
        sha256=digest,
        description=_str(a["description"], f"{where}.description"),
        added_at=_str(a["added_at"], f"{where}.added_at", limit=40),
        added_by=_str(a["added_by"], f"{where}.added_by", limit=100),
    )


def _list(value: Any, where: str, limit: int) -> list[Any]:
    if not isinstance(value, list):
        raise PayloadError("bad_manifest", where)
    if len(value) > limit:
        raise PayloadError("too_many", where)
    return value


def _notes(
    c: dict[str, Any], where: str
) -> tuple[tuple[NoteEntry, ...], tuple[NoteVersionEntry, ...]]:
    notes = []
    for j, item in enumerate(_list(c["notes"], f"{where}.notes", MAX_NOTES_PER_CASE)):
        nw = f"{where}.notes[{j}]"
        n = _obj(item, nw, _NOTE_KEYS)
        notes.append(
            NoteEntry(
                id=_uuid(n["id"], f"{nw}.id"),
                kind=_str(n["kind"], f"{nw}.kind", limit=40),
                created_at=_str(n["created_at"], f"{nw}.created_at", limit=40),
                created_by=_str(n["created_by"], f"{nw}.created_by", limit=100),
            )
        )
    if len({n.id for n in notes}) != len(notes):
        raise PayloadError("duplicate_entry", f"{where}.notes")
    versions = []
    raw_versions = _list(c["note_versions"], f"{where}.note_versions", MAX_NOTE_VERSIONS_PER_CASE)
    for j, item in enumerate(raw_versions):
        vw = f"{where}.note_versions[{j}]"
        rv = _obj(item, vw, _NOTE_VERSION_KEYS)
        versions.append(
            NoteVersionEntry(
                note_id=_uuid(rv["note_id"], f"{vw}.note_id"),
                version=_int(rv["version"], f"{vw}.version", 1, MAX_NOTE_VERSIONS_PER_CASE),
                text=_str(rv["text"], f"{vw}.text", limit=MAX_NOTE),
                written_at=_str(rv["written_at"], f"{vw}.written_at", limit=40),
                written_by=_str(rv["written_by"], f"{vw}.written_by", limit=100),
            )
        )
    # Every note has versions 1..n exactly once, and every version belongs to a note.
    numbers: dict[str, list[int]] = {n.id: [] for n in notes}
    for v in versions:
        if v.note_id not in numbers:
            raise PayloadError("bad_manifest", f"{where}.note_versions: unknown note")
        numbers[v.note_id].append(v.version)
    for found in numbers.values():
        if sorted(found) != list(range(1, len(found) + 1)) or not found:
            raise PayloadError("bad_manifest", f"{where}.note_versions: numbering")
    return tuple(notes), tuple(versions)


def _services(c: dict[str, Any], where: str) -> tuple[ServiceLogEntry, ...]:
    out = []
    for j, item in enumerate(_list(c["services"], f"{where}.services", MAX_SERVICES_PER_CASE)):
        sw = f"{where}.services[{j}]"
        e = _obj(item, sw, _SERVICE_KEYS)
        minutes = e["duration_minutes"]
        out.append(
            ServiceLogEntry(
                id=_uuid(e["id"], f"{sw}.id"),
                kind=_str(e["kind"], f"{sw}.kind", limit=40),
                date=_str(e["date"], f"{sw}.date", limit=10),
                staff=_str(e["staff"], f"{sw}.staff", limit=100),
                duration_minutes=None
                if minutes is None
                else _int(minutes, f"{sw}.duration_minutes", 1, MAX_SERVICE_MINUTES),
                note=_str(e["note"], f"{sw}.note", limit=MAX_SERVICE_NOTE),
                created_at=_str(e["created_at"], f"{sw}.created_at", limit=40),
                created_by=_str(e["created_by"], f"{sw}.created_by", limit=100),
            )
        )
    if len({e.id for e in out}) != len(out):
        raise PayloadError("duplicate_entry", f"{where}.services")
    return tuple(out)


def _perpetrators(c: dict[str, Any], where: str) -> tuple[PerpetratorEntry, ...]:
    out = []
    raw = _list(c.get("perpetrators", []), f"{where}.perpetrators", MAX_PERPETRATORS_PER_CASE)
    for j, item in enumerate(raw):
        pw = f"{where}.perpetrators[{j}]"
        p = _obj(item, pw, _PERPETRATOR_KEYS)
        fields: dict[str, str | int | None] = {}
        for key in PERPETRATOR_FIELDS:
            value = p[key]
            if key == "shared_children":
                fields[key] = None if value is None else _int(value, f"{pw}.{key}", 0, 99)
            else:
                fields[key] = _str(value, f"{pw}.{key}", optional=key not in ("name", "note"))
        out.append(
            PerpetratorEntry(
                id=_uuid(p["id"], f"{pw}.id"),
                position=_int(p["position"], f"{pw}.position", 1, 1_000),
                fields=fields,
                created_at=_str(p["created_at"], f"{pw}.created_at", limit=40),
                created_by=_str(p["created_by"], f"{pw}.created_by", limit=100),
                updated_at=_str(p["updated_at"], f"{pw}.updated_at", limit=40),
                updated_by=_str(p["updated_by"], f"{pw}.updated_by", limit=100),
            )
        )
    if len({e.id for e in out}) != len(out):
        raise PayloadError("duplicate_entry", f"{where}.perpetrators")
    return tuple(out)


def parse_case(
    raw: Any, index: int, *, payload_version: int = PAYLOAD_VERSION, hashed: bool = False
) -> CaseEntry:
    """One case entry (a parsed JSON object), checked field by field and by its hash.

    `hashed`: the caller has just computed the entry's hash itself (the exporter).
    """
    where = f"cases[{index}]"
    keys = CASE_KEYS[payload_version]
    if isinstance(raw, dict):
        keys = keys | (OPTIONAL_CASE_KEYS[payload_version] & set(raw))
    c = _obj(raw, where, keys)
    digest = _str(c["sha256"], f"{where}.sha256", limit=64)
    if not hashed and digest != case_entry_digest(c):
        raise PayloadError("entry_hash", where)
    fields = c["fields"]
    versions = c["versions"]
    if not isinstance(fields, dict) or not isinstance(versions, dict):
        raise PayloadError("bad_manifest", f"{where}.fields")
    for name, value in fields.items():
        if not _FIELD_NAME.fullmatch(name):
            raise PayloadError("bad_manifest", f"{where}.fields")
        if value is not None and type(value) is not int:
            _str(value, f"{where}.fields.{name}")
    for name, version in versions.items():
        if not _FIELD_NAME.fullmatch(name):
            raise PayloadError("bad_manifest", f"{where}.versions")
        _str(version, f"{where}.versions.{name}", limit=40)
    consents = c["consents"]
    if not isinstance(consents, list) or len(consents) > MAX_CONSENTS_PER_CASE:
        raise PayloadError("too_many", f"{where}.consents")
    checked: list[dict[str, str | None]] = []
    for j, item in enumerate(consents):
        cw = f"{where}.consents[{j}]"
        cons = _obj(item, cw, _CONSENT_KEYS)
        _uuid(cons["id"], f"{cw}.id")
        for key in _CONSENT_KEYS - {"id"}:
            _str(cons[key], f"{cw}.{key}", optional=key in ("recipient_kind", "withdrawn_on"))
        checked.append(cons)
    if len({x["id"] for x in checked}) != len(checked):
        raise PayloadError("duplicate_entry", f"{where}.consents")
    attachments = c["attachments"]
    if not isinstance(attachments, list) or len(attachments) > limits.MAX_ATTACHMENTS_PER_CASE:
        raise PayloadError("too_many", f"{where}.attachments")
    items = tuple(_attachment(a, f"{where}.attachments[{j}]") for j, a in enumerate(attachments))
    names = [_name_key(a.filename) for a in items]
    if len(set(names)) != len(names):
        raise PayloadError("duplicate_name", where)
    notes, note_versions = _notes(c, where)
    return CaseEntry(
        id=_uuid(c["id"], f"{where}.id"),
        case_number=_str(c["case_number"], f"{where}.case_number", limit=40),
        status=_str(c["status"], f"{where}.status", limit=40),
        closure_reason=_str(c["closure_reason"], f"{where}.closure_reason", optional=True),
        closure_note=_str(c["closure_note"], f"{where}.closure_note"),
        created_at=_str(c["created_at"], f"{where}.created_at", limit=40),
        created_by=_str(c["created_by"], f"{where}.created_by", limit=100),
        updated_at=_str(c["updated_at"], f"{where}.updated_at", limit=40),
        fields=dict(fields),
        versions=dict(versions),
        consents=tuple(checked),
        attachments=items,
        notes=notes,
        note_versions=note_versions,
        services=_services(c, where),
        version=payload_version,
        perpetrators=_perpetrators(c, where),
    )


def _depth_ok(value: Any, limit: int) -> bool:
    """No array or object nests deeper than `limit` (the top level counts 1)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        if depth > limit:
            return False
        stack.extend((c, depth + 1) for c in children if isinstance(c, dict | list))
    return True


def loads_strict(raw: bytes, depth: int) -> Any:
    """JSON from a bundle: UTF-8, bounded nesting, no repeated keys, no floats.

    The nesting is measured on the parsed value: the C parser stops a hostile depth
    itself (RecursionError, refused as too deep) long before the stack is at risk,
    and measuring after is linear where a character-by-character scan in Python
    cost seconds per 10,000 cases.
    """
    try:
        text = raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        raise PayloadError("bad_json", "not UTF-8") from None
    try:
        value = json.loads(
            text,
            object_pairs_hook=_UNIQUE_KEYS,
            parse_float=_refuse_constant,
            parse_constant=_refuse_constant,
        )
    except PayloadError:
        raise
    except RecursionError:
        raise PayloadError("too_deep") from None
    except ValueError as exc:
        raise PayloadError("bad_json", type(exc).__name__) from None
    if isinstance(value, dict | list) and not _depth_ok(value, depth):
        raise PayloadError("too_deep")
    return value


def parse_manifest_bytes(raw: bytes) -> Manifest:
    """A format-1 manifest: every case at once (bounded by MAX_MANIFEST_BYTES)."""
    document = loads_strict(raw, MAX_DEPTH)
    doc = _obj(document, "manifest", frozenset({"format", "version", "sender", "cases"}))
    if doc["format"] != PAYLOAD_FORMAT:
        raise PayloadError("bad_manifest", "format")
    if type(doc["version"]) is not int or doc["version"] != PAYLOAD_VERSION:
        raise PayloadError("unsupported_version")
    sender = _obj(doc["sender"], "sender", frozenset({"code", "name"}))
    cases = doc["cases"]
    if not isinstance(cases, list) or not cases:
        raise PayloadError("bad_manifest", "cases")
    if len(cases) > limits.MAX_CASES:
        raise PayloadError("too_many", "cases")
    entries = tuple(parse_case(c, i) for i, c in enumerate(cases))
    if len({c.id for c in entries}) != len(entries):
        raise PayloadError("duplicate_entry", "cases")
    if len({c.case_number for c in entries}) != len(entries):
        raise PayloadError("duplicate_entry", "case numbers")
    attachment_ids = [a.id for c in entries for a in c.attachments]
    if len(attachment_ids) > limits.MAX_ATTACHMENTS:
        raise PayloadError("too_many", "attachments")
    if len(set(attachment_ids)) != len(attachment_ids):
        raise PayloadError("duplicate_entry", "attachments")
    for kind in ("notes", "services"):
        ids = [x.id for c in entries for x in getattr(c, kind)]
        if len(set(ids)) != len(ids):
            raise PayloadError("duplicate_entry", kind)
    return Manifest(
        sender_code=_str(sender["code"], "sender.code", limit=8),
        sender_name=_str(sender["name"], "sender.name", limit=MAX_NAME),
        cases=entries,
    )


def read_attachment(src: Readable, entry: AttachmentEntry, piece: int = 1 << 20) -> Iterator[bytes]:
    """The content of one attachment in pieces; its hash is checked after the last one.

    The caller must discard what it stored if this raises (it runs in a transaction).
    """
    digest = hashlib.sha256()
    left = entry.size
    while left:
        data = read_exact(src, min(piece, left))
        digest.update(data)
        left -= len(data)
        yield data
    if digest.hexdigest() != entry.sha256:
        raise PayloadError("attachment_hash", entry.id)


def expect_end(src: Readable) -> None:
    if src.read(1):
        raise PayloadError("trailing_data")


_UNIQUE_KEYS = unique_keys(lambda key: PayloadError("duplicate_key", key[:40]))
