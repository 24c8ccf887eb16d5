"""The bundle's wire codec, format 2: its version, head, entry frames and entry checks.

Format 2 (written since 0.3; inside the age encryption, after the envelope's inner
binding block; integers big-endian)::

    "KDMP" || u16 version (2)
    u32 H || H bytes of UTF-8 JSON, the head:
        {"format": "kdm-transfer-payload", "version": 2,
         "sender": {"code", "name"}, "cases": N, "attachments": A}
    N times: u32 L || L bytes of UTF-8 JSON, one case entry (with its own SHA-256)
    the content of the A attachments, in entry order, back to back

A case entry has the fields of format 1 (`bundle.payload`); its draft fields are
encoded by `bundle.wire_fields`, not by the database's codec. Framing each entry
lets both sides hold one case at a time: the exporter streams entries out of the
database, the importer merges each one as it is decrypted, and the preview reads the
entries without decrypting the attachments. The head declares the counts, so a
bundle over the limits is refused before any case is read.

Format 1 (one JSON manifest with every case, then the attachments) stays readable:
`wire_reader.PayloadReader` gives both formats the same interface.

This module is the format itself, what both sides share: the prefix, the head and
the frame of one entry, each written and read side by side, and the checks that
hold across the entries of a bundle. The reader (`bundle.wire_reader`) and the
writer (`bundle.wire_writer`) are built on these, so they cannot drift apart; they
are separate because the import reads every readable format and the export
writes only the newest.

Extending: `payload.CASE_KEYS` says which keys an entry has in each version and
`payload.OPTIONAL_CASE_KEYS` which it may leave out (the perpetrator section,
`perpetrators`, left out for a case without one). A new section that a case may
lack is a new optional key; a change to what a key means is a new format version.
The reader refuses a version it does not know; old versions keep reading.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from typing import Any, Final

from kdm_desktop.bundle import limits
from kdm_desktop.bundle.payload import (
    MAGIC,
    PAYLOAD_FORMAT,
    CaseEntry,
    PayloadError,
    Readable,
    case_entry_digest,
    loads_strict,
    parse_case,
    read_exact,
)

__all__ = [
    "FRAME_LENGTH",
    "PAYLOAD_VERSION",
    "READABLE_VERSIONS",
    "EntryChecks",
    "Head",
    "encode_entry",
    "encode_head",
    "read_entry",
    "read_head",
    "read_version",
]

PAYLOAD_VERSION: Final = 2
READABLE_VERSIONS: Final = (1, 2)
_PREFIX = struct.Struct(">4sH")
# The length before the head and before each entry.
FRAME_LENGTH: Final = struct.Struct(">I")
_HEAD_KEYS: Final = frozenset({"format", "version", "sender", "cases", "attachments"})
_MAX_HEAD_BYTES: Final = 4096
# Depth of one entry on its own: entry -> list -> item (the manifest added two).
_ENTRY_DEPTH: Final = limits.MAX_DEPTH - 2


def read_version(src: Readable) -> int:
    """The format of the payload `src` starts with (either readable one)."""
    magic, version = _PREFIX.unpack(read_exact(src, _PREFIX.size))
    if magic != MAGIC:
        raise PayloadError("bad_magic")
    if version not in READABLE_VERSIONS:
        raise PayloadError("unsupported_version", str(version))
    return int(version)


@dataclass(frozen=True)
class Head:
    """Who sent the payload and how many cases and attachments follow."""

    sender_code: str
    sender_name: str
    cases: int
    attachments: int


def encode_head(head: Head) -> bytes:
    """The prefix and the head of a payload of the newest format."""
    doc = {
        "format": PAYLOAD_FORMAT,
        "version": PAYLOAD_VERSION,
        "sender": {"code": head.sender_code, "name": head.sender_name},
        "cases": head.cases,
        "attachments": head.attachments,
    }
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(raw) > _MAX_HEAD_BYTES:
        raise PayloadError("too_large", "head")
    return _PREFIX.pack(MAGIC, PAYLOAD_VERSION) + FRAME_LENGTH.pack(len(raw)) + raw


def read_head(src: Readable, version: int) -> Head:
    """The head after the prefix (format 2 on), checked against the limits."""
    (length,) = FRAME_LENGTH.unpack(read_exact(src, FRAME_LENGTH.size))
    if length > _MAX_HEAD_BYTES:
        raise PayloadError("too_large", "head")
    head = loads_strict(read_exact(src, length), 2)
    if not isinstance(head, dict) or set(head) != _HEAD_KEYS:
        raise PayloadError("bad_manifest", "head")
    if head["format"] != PAYLOAD_FORMAT:
        raise PayloadError("bad_manifest", "format")
    if type(head["version"]) is not int or head["version"] != version:
        raise PayloadError("unsupported_version", "head")
    sender = head["sender"]
    if not isinstance(sender, dict) or set(sender) != {"code", "name"}:
        raise PayloadError("bad_manifest", "sender")
    code, name = sender["code"], sender["name"]
    if not isinstance(code, str) or len(code) > 8:
        raise PayloadError("bad_manifest", "sender.code")
    if not isinstance(name, str) or len(name) > limits.MAX_NAME:
        raise PayloadError("bad_manifest", "sender.name")
    cases, attachments = head["cases"], head["attachments"]
    if type(cases) is not int or type(attachments) is not int:
        raise PayloadError("bad_manifest", "counts")
    if cases < 1:
        raise PayloadError("bad_manifest", "cases")
    if cases > limits.MAX_CASES:
        raise PayloadError("too_many", "cases")
    if not 0 <= attachments <= limits.MAX_ATTACHMENTS:
        raise PayloadError("too_many", "attachments")
    return Head(code, name, cases, attachments)


def encode_entry(entry: dict[str, Any]) -> tuple[bytes, dict[str, Any]]:
    """One entry's frame, and the entry with its hash as the frame carries it."""
    hashed = {**entry, "sha256": case_entry_digest(entry)}
    body = json.dumps(hashed, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return FRAME_LENGTH.pack(len(body)) + body, hashed


def read_entry(src: Readable, index: int, version: int) -> tuple[CaseEntry, int]:
    """The next entry, parsed and checked on its own, and its length in bytes."""
    (length,) = FRAME_LENGTH.unpack(read_exact(src, FRAME_LENGTH.size))
    if length > limits.MAX_ENTRY_BYTES:
        raise PayloadError("too_large", f"cases[{index}]")
    raw = loads_strict(read_exact(src, length), _ENTRY_DEPTH)
    return parse_case(raw, index, payload_version=version), length


class EntryChecks:
    """What holds across the entries of one bundle, checked one entry at a time.

    Counts against the limits, no id or case number twice, and (format 2) the
    counts the head declared. Keeps only ids, so memory follows the number of
    records, never their content.
    """

    def __init__(self, declared_cases: int | None = None, declared_attachments: int | None = None):
        self._declared = (declared_cases, declared_attachments)
        self.cases = 0
        self.attachments = 0
        self.entry_bytes = 0
        self._case_ids: set[str] = set()
        self._numbers: set[str] = set()
        self._ids: dict[str, set[str]] = {"attachments": set(), "notes": set(), "services": set()}

    def add(self, entry: CaseEntry, size: int = 0) -> None:
        self.cases += 1
        self.entry_bytes += size
        if self.cases > limits.MAX_CASES:
            raise PayloadError("too_many", "cases")
        if self.entry_bytes > limits.MAX_MANIFEST_BYTES:
            raise PayloadError("too_large", "manifest")
        if entry.id in self._case_ids:
            raise PayloadError("duplicate_entry", "cases")
        if entry.case_number in self._numbers:
            raise PayloadError("duplicate_entry", "case numbers")
        self._case_ids.add(entry.id)
        self._numbers.add(entry.case_number)
        self.attachments += len(entry.attachments)
        if self.attachments > limits.MAX_ATTACHMENTS:
            raise PayloadError("too_many", "attachments")
        for kind, items in (
            ("attachments", entry.attachments),
            ("notes", entry.notes),
            ("services", entry.services),
        ):
            seen = self._ids[kind]
            for item in items:
                if item.id in seen:
                    raise PayloadError("duplicate_entry", kind)
                seen.add(item.id)

    def done(self) -> None:
        cases, attachments = self._declared
        if self.cases == 0:
            raise PayloadError("bad_manifest", "cases")
        if cases is not None and self.cases != cases:
            raise PayloadError("bad_manifest", "case count")
        if attachments is not None and self.attachments != attachments:
            raise PayloadError("bad_manifest", "attachment count")
