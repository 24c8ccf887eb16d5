"""The bundle's wire codec: the payload written case by case and read the same way.

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
`PayloadReader` gives both formats the same interface.

Extending: `payload.CASE_KEYS` says which keys an entry has in each version and
`payload.OPTIONAL_CASE_KEYS` which it may leave out (the perpetrator section,
`perpetrators`, left out for a case without one). A new section that a case may
lack is a new optional key; a change to what a key means is a new format version.
The reader refuses a version it does not know; old versions keep reading.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final

from kdm_desktop.bundle import limits
from kdm_desktop.bundle.payload import (
    MAGIC,
    PAYLOAD_FORMAT,
    AttachmentEntry,
    CaseEntry,
    PayloadError,
    Readable,
    case_entry_digest,
    loads_strict,
    parse_case,
    parse_manifest_bytes,
    read_attachment,
    read_exact,
)

__all__ = [
    "PAYLOAD_VERSION",
    "READABLE_VERSIONS",
    "ChunkReader",
    "EntryChecks",
    "PayloadPlan",
    "PayloadReader",
    "plan_payload",
]

PAYLOAD_VERSION: Final = 2
READABLE_VERSIONS: Final = (1, 2)
_PREFIX = struct.Struct(">4sH")
_LENGTH = struct.Struct(">I")
_V1_LENGTH = _LENGTH
_HEAD_KEYS: Final = frozenset({"format", "version", "sender", "cases", "attachments"})
_MAX_HEAD_BYTES: Final = 4096
# Depth of one entry on its own: entry -> list -> item (the manifest added two).
_ENTRY_DEPTH: Final = limits.MAX_DEPTH - 2
# Refusals about the bundle as a whole, not about the case that tipped it over.
_BUNDLE_WIDE: Final = {
    ("too_many", "cases"),
    ("too_many", "attachments"),
    ("too_large", "manifest"),
}


class ChunkReader:
    """`read(n)` over an iterator of byte strings, copying each byte once."""

    def __init__(self, pieces: Iterable[bytes]) -> None:
        self._pieces = iter(pieces)
        self._piece = b""
        self._offset = 0

    def read(self, size: int = -1, /) -> bytes:
        parts: list[bytes] = []
        want = size if size >= 0 else 1 << 62
        while want:
            if self._offset >= len(self._piece):
                piece = next(self._pieces, None)
                if piece is None:
                    break
                self._piece, self._offset = piece, 0
                continue
            take = self._piece[self._offset : self._offset + want]
            self._offset += len(take)
            want -= len(take)
            parts.append(take)
        return parts[0] if len(parts) == 1 else b"".join(parts)


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


# --------------------------------------------------------------------------- reading


class PayloadReader:
    """A payload of format 1 or 2, read in order: `cases()`, `attachments()`, `finish()`.

    Every entry is checked (`payload.parse_case` and `EntryChecks`) before it is
    handed out. Attachments come after all the cases, in entry order; each is
    checked against its hash after its last piece. Nothing here is trusted until
    the envelope's `finish()` proved the bundle (the caller works in a transaction).
    """

    def __init__(self, src: Readable) -> None:
        self._src = src
        magic, version = _PREFIX.unpack(read_exact(src, _PREFIX.size))
        if magic != MAGIC:
            raise PayloadError("bad_magic")
        if version not in READABLE_VERSIONS:
            raise PayloadError("unsupported_version", str(version))
        self.version: int = version
        self._pending: list[AttachmentEntry] = []
        self._stage = "cases"
        self._manifest_cases: tuple[CaseEntry, ...] = ()
        if version == 1:
            (length,) = _V1_LENGTH.unpack(read_exact(src, _V1_LENGTH.size))
            if length > limits.MAX_MANIFEST_BYTES:
                raise PayloadError("too_large", "manifest")
            manifest = parse_manifest_bytes(read_exact(src, length))
            self.sender_code, self.sender_name = manifest.sender_code, manifest.sender_name
            self._manifest_cases = manifest.cases
            self.case_count = len(manifest.cases)
            self._checks = EntryChecks()
        else:
            self._read_head()

    def _read_head(self) -> None:
        (length,) = _LENGTH.unpack(read_exact(self._src, _LENGTH.size))
        if length > _MAX_HEAD_BYTES:
            raise PayloadError("too_large", "head")
        head = loads_strict(read_exact(self._src, length), 2)
        if not isinstance(head, dict) or set(head) != _HEAD_KEYS:
            raise PayloadError("bad_manifest", "head")
        if head["format"] != PAYLOAD_FORMAT:
            raise PayloadError("bad_manifest", "format")
        if type(head["version"]) is not int or head["version"] != self.version:
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
        self.sender_code, self.sender_name = code, name
        self.case_count = cases
        self._checks = EntryChecks(cases, attachments)

    def cases(self) -> Iterator[CaseEntry]:
        """Each case entry, checked, as it is read (format 2) or parsed (format 1)."""
        if self._stage != "cases":
            raise RuntimeError("cases() is read once, first")
        self._stage = "attachments"
        if self.version == 1:
            for entry in self._manifest_cases:
                self._checks.add(entry)
                self._pending.extend(entry.attachments)
                yield entry
            self._manifest_cases = ()
        else:
            for index in range(self.case_count):
                (length,) = _LENGTH.unpack(read_exact(self._src, _LENGTH.size))
                if length > limits.MAX_ENTRY_BYTES:
                    raise PayloadError("too_large", f"cases[{index}]")
                raw = loads_strict(read_exact(self._src, length), _ENTRY_DEPTH)
                entry = parse_case(raw, index, payload_version=self.version)
                self._checks.add(entry, length)
                self._pending.extend(entry.attachments)
                yield entry
        self._checks.done()

    def attachments(self) -> Iterator[tuple[AttachmentEntry, Iterator[bytes]]]:
        """Each attachment with its content in pieces; consume one before the next."""
        if self._stage != "attachments":
            raise RuntimeError("attachments() comes after cases(), once")
        self._stage = "end"
        pending, self._pending = self._pending, []
        for entry in pending:
            yield entry, read_attachment(self._src, entry)

    def finish(self) -> None:
        """Nothing may follow the last attachment."""
        if self._stage != "end":
            raise RuntimeError("finish() comes after attachments()")
        if self._src.read(1):
            raise PayloadError("trailing_data")


# --------------------------------------------------------------------------- writing


EntrySource = Callable[[], Iterable[dict[str, Any]]]
EntryCheck = Callable[[CaseEntry], None]
_BLOCK: Final = 1 << 20


class _HeldFrames:
    """The encoded entries kept for the writing, compressed in memory, within a budget.

    JSON of case entries shrinks about fivefold at zlib level 1, so the entries of
    the largest bundle an import accepts (64 MiB) fit in a few MiB and are written
    without reading the database again. Over the budget, nothing is kept. Only in
    this process's memory, like every other plaintext the export handles.
    """

    def __init__(self, budget: int) -> None:
        self._budget = budget
        self._raw: list[bytes] = []
        self._raw_size = 0
        self._blocks: list[bytes] | None = []
        self._held = 0

    @property
    def complete(self) -> bool:
        return self._blocks is not None

    def add(self, frame: bytes) -> None:
        if self._blocks is None:
            return
        self._raw.append(frame)
        self._raw_size += len(frame)
        if self._raw_size >= _BLOCK:
            self._seal()

    def _seal(self) -> None:
        if self._blocks is None or not self._raw:
            return
        block = zlib.compress(b"".join(self._raw), 1)
        self._raw, self._raw_size = [], 0
        self._held += len(block)
        if self._held > self._budget:
            self._blocks = None  # too much to hold: encoded again when written
        else:
            self._blocks.append(block)

    def close(self) -> list[bytes] | None:
        self._seal()
        return self._blocks


def _frame(entry: dict[str, Any]) -> tuple[bytes, dict[str, Any]]:
    hashed = {**entry, "sha256": case_entry_digest(entry)}
    body = json.dumps(hashed, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return _LENGTH.pack(len(body)) + body, hashed


@dataclass
class PayloadPlan:
    """A payload measured and checked before a byte of it is written.

    `plan_payload` reads every entry once: checks it exactly as the importer will,
    counts its bytes, and keeps the encoded frames (compressed) while they fit in
    a budget. `source()` then writes the payload, reading the entries a second time
    if they were not kept, and refuses to go on if they came out different.
    """

    head: bytes
    size: int
    attachments: list[AttachmentEntry]
    entries: EntrySource
    frames: list[bytes] | None
    digest: bytes
    cases: int = field(default=0)

    def source(self, pieces: Callable[[AttachmentEntry], Iterable[bytes]]) -> ChunkReader:
        """The payload's bytes; `pieces(entry)` gives an attachment's stored content."""
        return ChunkReader(self._stream(pieces))

    def _stream(self, pieces: Callable[[AttachmentEntry], Iterable[bytes]]) -> Iterator[bytes]:
        yield self.head
        if self.frames is not None:
            for block in self.frames:
                yield zlib.decompress(block)
        else:
            digest = hashlib.sha256()
            for entry in self.entries():
                frame, _ = _frame(entry)
                digest.update(frame)
                yield frame
            if digest.digest() != self.digest:
                raise PayloadError("changed", "the cases changed while they were written")
        for attachment in self.attachments:
            yield from pieces(attachment)


def plan_payload(
    sender_code: str,
    sender_name: str,
    entries: EntrySource,
    *,
    check: EntryCheck | None = None,
    keep_bytes: int = 16 * 1024 * 1024,
) -> PayloadPlan:
    """Measure and check the payload of `entries()` (called once, or twice if large).

    Each entry is parsed back exactly as the importer parses it (`payload.parse_case`,
    `EntryChecks`) and handed to `check`, so whatever an import of this release
    would refuse is refused here, before anything is written; `PayloadError` says
    what. Memory: the frames kept (at most `keep_bytes` compressed) and the ids of
    the records.
    """
    checks = EntryChecks()
    attachments: list[AttachmentEntry] = []
    held = _HeldFrames(keep_bytes)
    entry_bytes = 0
    digest = hashlib.sha256()
    for index, entry in enumerate(entries()):
        try:
            frame, hashed = _frame(entry)
            if len(frame) - _LENGTH.size > limits.MAX_ENTRY_BYTES:
                raise PayloadError("too_large", f"cases[{index}]")
            parsed = parse_case(hashed, index, payload_version=PAYLOAD_VERSION, hashed=True)
            checks.add(parsed, len(frame) - _LENGTH.size)
            if check is not None:
                check(parsed)
        except PayloadError as exc:
            if (exc.reason, exc.detail) not in _BUNDLE_WIDE:
                exc.case_index = index
            raise
        attachments.extend(parsed.attachments)
        digest.update(frame)
        entry_bytes += len(frame)
        held.add(frame)
    checks.done()
    head_doc = {
        "format": PAYLOAD_FORMAT,
        "version": PAYLOAD_VERSION,
        "sender": {"code": sender_code, "name": sender_name},
        "cases": checks.cases,
        "attachments": checks.attachments,
    }
    head_json = json.dumps(head_doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(head_json) > _MAX_HEAD_BYTES:
        raise PayloadError("too_large", "head")
    head = _PREFIX.pack(MAGIC, PAYLOAD_VERSION) + _LENGTH.pack(len(head_json)) + head_json
    size = len(head) + entry_bytes + sum(a.size for a in attachments)
    return PayloadPlan(
        head, size, attachments, entries, held.close(), digest.digest(), cases=checks.cases
    )
