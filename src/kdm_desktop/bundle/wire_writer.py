"""Writing a payload of the newest format: planned and checked first, then streamed.

The export uses this: `plan_payload` reads every entry once, checks it exactly as
the importer will and measures the payload (its size goes into the envelope before
a byte is written); `PayloadPlan.source()` then streams it. Apart from the reader
(`bundle.wire_reader`) because it writes one format only and carries the export's
memory policy (encoded entries kept compressed within a budget, else read again).
The format's pieces (head, entry frames, the checks across entries) are in
`bundle.wire`.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final

from kdm_desktop.bundle import limits
from kdm_desktop.bundle.payload import AttachmentEntry, CaseEntry, PayloadError, parse_case
from kdm_desktop.bundle.wire import (
    FRAME_LENGTH,
    PAYLOAD_VERSION,
    EntryChecks,
    Head,
    encode_entry,
    encode_head,
)

__all__ = ["ChunkReader", "PayloadPlan", "plan_payload"]

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
                frame, _ = encode_entry(entry)
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
            frame, hashed = encode_entry(entry)
            if len(frame) - FRAME_LENGTH.size > limits.MAX_ENTRY_BYTES:
                raise PayloadError("too_large", f"cases[{index}]")
            parsed = parse_case(hashed, index, payload_version=PAYLOAD_VERSION, hashed=True)
            checks.add(parsed, len(frame) - FRAME_LENGTH.size)
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
    head = encode_head(Head(sender_code, sender_name, checks.cases, checks.attachments))
    size = len(head) + entry_bytes + sum(a.size for a in attachments)
    return PayloadPlan(
        head, size, attachments, entries, held.close(), digest.digest(), cases=checks.cases
    )
