"""Reading a payload: formats 1 and 2 through one interface, one case at a time.

The import and the preview use this; they must read every format ever written
(format 1 from before 0.3 too), while the writer (`bundle.wire_writer`) writes only
the newest, so the two are apart. The format's pieces (head, entry frames, the
checks across entries) are in `bundle.wire`.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from kdm_desktop.bundle import limits
from kdm_desktop.bundle.payload import (
    AttachmentEntry,
    CaseEntry,
    PayloadError,
    Readable,
    parse_manifest_bytes,
    read_attachment,
    read_exact,
)
from kdm_desktop.bundle.wire import EntryChecks, read_entry, read_head, read_version

__all__ = ["PayloadReader"]

# Format 1: the manifest's length after the prefix.
_V1_LENGTH = struct.Struct(">I")


class PayloadReader:
    """A payload of format 1 or 2, read in order: `cases()`, `attachments()`, `finish()`.

    Every entry is checked (`payload.parse_case` and `EntryChecks`) before it is
    handed out. Attachments come after all the cases, in entry order; each is
    checked against its hash after its last piece. Nothing here is trusted until
    the envelope's `finish()` proved the bundle (the caller works in a transaction).
    """

    def __init__(self, src: Readable) -> None:
        self._src = src
        version = read_version(src)
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
            head = read_head(src, version)
            self.sender_code, self.sender_name = head.sender_code, head.sender_name
            self.case_count = head.cases
            self._checks = EntryChecks(head.cases, head.attachments)

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
                entry, length = read_entry(self._src, index, self.version)
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
