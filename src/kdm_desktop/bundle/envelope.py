"""Transfer bundles (`.kdmb`): an age file, encrypted then signed by the sending centre.

Byte layout, format version 1 (all integers big-endian; full rationale and the
attacks considered in docs/bundle-format.md)::

    offset      size  field
    0           4     magic "KDMB"
    4           2     format version = 1
    6           2     routing header length H (v1: exactly 48; above 1024: refused)
    8           H     routing header: sender Ed25519 public key (32) || bundle id (16)
    8+H         8     age file length L (at most 2**40)
    16+H        L     age v1 file (X25519 recipients) — see `age`
    16+H+L      64    Ed25519 signature, by the sender key above, over
                      "KDM-BUNDLE-SIG-v1\\0" || SHA-512(bytes 0 .. 16+H+L)
    EOF

Outside the encryption there is only the format version, the sender's signing key
and a random bundle id: enough to pick the key that checks the signature and to spot
a bundle imported before, *before* anything is decrypted. No recipient, date,
sequence number, name or count is visible: a lost stick must not tell where a woman
moved to, or how many files a centre sends.

The age plaintext starts with an *inner binding block* that repeats what the outer
layer claims, so a valid signature cannot be stripped and replaced by another
centre's, and a bundle cannot be re-addressed::

    "KDMI" || u16 version || sender Ed25519 key (32) || bundle id (16)
        || u64 sequence || u64 created (Unix seconds, UTC) || u8 n || n × X25519 key (32)

`open_envelope` checks it against the verified outer header and the opener's own
keys before a single payload byte reaches the caller. The caller's payload follows.

Use: `verify_envelope` (streams the SHA-512, checks the signature against a sender the
trust store vouches for, decrypts nothing) → caller checks the replay table with
(sender, bundle id) → `open_stream` (reads the file again, checks the inner block,
so the caller can check the sequence number before any payload byte) → the caller
reads the payload as it is decrypted, keeping what it makes of it inside a database
transaction → `PayloadStream.finish()` re-verifies that the file did not change
between the two reads → the caller commits. Until `finish()` returns, everything read
is unverified. (`open_envelope` does the same into a writer, for tools and tests.)
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import queue
import secrets
import stat
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kdm_desktop.bundle import age
from kdm_desktop.bundle.identity import CentreIdentity, PublicCard
from kdm_desktop.fsutil import fsync_directory

__all__ = [
    "FORMAT_VERSION",
    "MAX_RECIPIENTS",
    "SIGNATURE_CONTEXT",
    "EnvelopeCancelled",
    "EnvelopeError",
    "EnvelopeInfo",
    "EnvelopeWriteError",
    "MalformedEnvelope",
    "OpenedEnvelope",
    "PayloadRejected",
    "PayloadStream",
    "Reason",
    "TrustedSigners",
    "UntrustedEnvelope",
    "VerifiedEnvelope",
    "VerifiedSender",
    "WrittenEnvelope",
    "WrongRecipient",
    "inspect_envelope",
    "open_envelope",
    "open_stream",
    "verify_envelope",
    "write_envelope",
]

MAGIC: Final = b"KDMB"
FORMAT_VERSION: Final = 1
#: Versions below this are refused as a downgrade, above FORMAT_VERSION as unsupported.
OLDEST_ACCEPTED_VERSION: Final = 1
SIGNATURE_CONTEXT: Final = b"KDM-BUNDLE-SIG-v1\x00"
INNER_MAGIC: Final = b"KDMI"
BUNDLE_ID_SIZE: Final = 16
SIGNATURE_SIZE: Final = 64
ROUTING_HEADER_SIZE: Final = 32 + BUNDLE_ID_SIZE
MAX_ROUTING_HEADER: Final = 1024
MAX_AGE_LENGTH: Final = 1 << 40
MAX_RECIPIENTS: Final = 16
_MAX_AGE_HEADER: Final = 16 * 1024
_SEQUENCE_LIMIT: Final = 1 << 64

_PREFIX = struct.Struct(">4sHH")
_LENGTH = struct.Struct(">Q")
_INNER = struct.Struct(">4sH32s16sQQB")
_HASH_BLOCK: Final = 1 << 20
_WRITE_BUFFER: Final = 1 << 20

ProgressCallback = Callable[[int], None]
CancelCallback = Callable[[], bool]


class Reason(StrEnum):
    """Stable codes for `EnvelopeError.reason`."""

    NOT_A_FILE = "not_a_file"
    TRUNCATED = "truncated"
    BAD_MAGIC = "bad_magic"
    UNSUPPORTED_VERSION = "unsupported_version"
    DOWNGRADE = "downgrade"
    HEADER_TOO_LARGE = "header_too_large"
    BAD_HEADER = "bad_header"
    LENGTH_OUT_OF_RANGE = "length_out_of_range"
    TRAILING_DATA = "trailing_data"
    UNKNOWN_SENDER = "unknown_sender"
    BAD_SIGNATURE = "bad_signature"
    CHANGED_DURING_READ = "changed_during_read"
    WRONG_RECIPIENT = "wrong_recipient"
    PAYLOAD = "payload"
    BAD_INNER_HEADER = "bad_inner_header"
    INNER_SENDER_MISMATCH = "inner_sender_mismatch"
    INNER_BUNDLE_MISMATCH = "inner_bundle_mismatch"
    INNER_RECIPIENT_MISMATCH = "inner_recipient_mismatch"
    CANCELLED = "cancelled"
    WRITE_VERIFY_FAILED = "write_verify_failed"


class EnvelopeError(Exception):
    """Base of every refusal; `reason` is a `Reason`, `age_reason` the age layer's code."""

    def __init__(self, reason: Reason, detail: str = "", *, age_reason: str | None = None) -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail
        self.age_reason = age_reason


class MalformedEnvelope(EnvelopeError):
    """Not a bundle, a damaged one, or a version this program does not read."""


class UntrustedEnvelope(EnvelopeError):
    """Unknown or refused sender, a bad signature, or a file that changed under us."""


class WrongRecipient(EnvelopeError):
    """Validly signed, but not encrypted to any of our keys."""


class PayloadRejected(EnvelopeError):
    """Signed, but its encrypted content is invalid or contradicts the outer header."""


class EnvelopeCancelled(EnvelopeError):
    """The caller cancelled; nothing was produced (writer) or staging is incomplete."""


class EnvelopeWriteError(EnvelopeError):
    """The bundle just written did not read back correctly; it was deleted."""


@dataclass(frozen=True)
class VerifiedSender:
    """A sender the trust store vouches for: card confirmed by fingerprint, not revoked."""

    card: PublicCard


#: The trust store's answer for a sender's Ed25519 public key (32 raw bytes): the
#: verified sender, or None (unknown, unconfirmed or revoked). It may also raise
#: `UntrustedEnvelope` with its own reason.
TrustedSigners = Callable[[bytes], VerifiedSender | None]


@dataclass(frozen=True)
class EnvelopeInfo:
    """The unauthenticated routing header, for display before any trust decision."""

    version: int
    sender_key: bytes
    bundle_id: bytes
    age_length: int
    size: int


@dataclass(frozen=True)
class VerifiedEnvelope:
    """A bundle whose signature verified. `digest` is SHA-512 of the signed part."""

    path: Path
    version: int
    sender: VerifiedSender
    bundle_id: bytes
    age_offset: int
    age_length: int
    size: int
    digest: bytes
    signature: bytes


@dataclass(frozen=True)
class OpenedEnvelope:
    """A fully verified and decrypted bundle. Commit staging only after receiving this."""

    envelope: VerifiedEnvelope
    sequence: int
    created_at: datetime
    recipients: tuple[bytes, ...]
    payload_size: int

    @property
    def sender(self) -> VerifiedSender:
        return self.envelope.sender

    @property
    def bundle_id(self) -> bytes:
        return self.envelope.bundle_id


@dataclass(frozen=True)
class WrittenEnvelope:
    path: Path
    bundle_id: bytes
    sequence: int
    created_at: datetime
    size: int
    digest: bytes


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class _Routing:
    raw: bytes
    version: int
    sender_key: bytes
    bundle_id: bytes
    age_length: int


def _read_exact(fh: io.BufferedReader, size: int) -> bytes:
    data = fh.read(size)
    while len(data) < size:
        more = fh.read(size - len(data))
        if not more:
            break
        data += more
    return data


def _open_regular(path: Path) -> tuple[io.BufferedReader, int]:
    # O_NONBLOCK: opening a FIFO planted under a bundle's name must not hang.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise MalformedEnvelope(Reason.NOT_A_FILE) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise MalformedEnvelope(Reason.NOT_A_FILE)
    except BaseException:
        os.close(fd)
        raise
    return open(fd, "rb"), info.st_size


def _read_routing(fh: io.BufferedReader, size: int) -> _Routing:
    first = _read_exact(fh, _PREFIX.size)
    if first[:4] != MAGIC:
        if len(first) < len(MAGIC) and MAGIC.startswith(first):
            raise MalformedEnvelope(Reason.TRUNCATED)
        raise MalformedEnvelope(Reason.BAD_MAGIC)
    if len(first) < _PREFIX.size:
        raise MalformedEnvelope(Reason.TRUNCATED)
    _, version, header_length = _PREFIX.unpack(first)
    if version < OLDEST_ACCEPTED_VERSION:
        raise MalformedEnvelope(Reason.DOWNGRADE, f"version {version}")
    if version > FORMAT_VERSION:
        raise MalformedEnvelope(Reason.UNSUPPORTED_VERSION, f"version {version}")
    if header_length > MAX_ROUTING_HEADER:
        raise MalformedEnvelope(Reason.HEADER_TOO_LARGE, f"{header_length} bytes")
    if header_length != ROUTING_HEADER_SIZE:
        raise MalformedEnvelope(Reason.BAD_HEADER, f"routing header of {header_length} bytes")
    routing = _read_exact(fh, header_length)
    length_raw = _read_exact(fh, _LENGTH.size)
    if len(routing) != header_length or len(length_raw) != _LENGTH.size:
        raise MalformedEnvelope(Reason.TRUNCATED)
    (age_length,) = _LENGTH.unpack(length_raw)
    if age_length > MAX_AGE_LENGTH:
        raise MalformedEnvelope(Reason.LENGTH_OUT_OF_RANGE, f"age length {age_length}")
    expected = _PREFIX.size + header_length + _LENGTH.size + age_length + SIGNATURE_SIZE
    if size < expected:
        raise MalformedEnvelope(Reason.TRUNCATED, f"{size} of {expected} bytes")
    if size > expected:
        raise MalformedEnvelope(Reason.TRAILING_DATA, f"{size - expected} extra bytes")
    return _Routing(
        raw=first + routing + length_raw,
        version=version,
        sender_key=routing[:32],
        bundle_id=routing[32:],
        age_length=age_length,
    )


def inspect_envelope(path: Path | str) -> EnvelopeInfo:
    """Read the routing header only. Nothing in it is authenticated yet."""
    fh, size = _open_regular(Path(path))
    with fh:
        routing = _read_routing(fh, size)
    return EnvelopeInfo(
        routing.version, routing.sender_key, routing.bundle_id, routing.age_length, size
    )


def _check_cancel(cancelled: CancelCallback | None) -> None:
    if cancelled is not None and cancelled():
        raise EnvelopeCancelled(Reason.CANCELLED)


def _hash_span(
    fh: io.BufferedReader,
    length: int,
    digest: hashlib._Hash,
    progress: ProgressCallback | None,
    cancelled: CancelCallback | None,
) -> None:
    remaining = length
    while remaining:
        _check_cancel(cancelled)
        block = fh.read(min(_HASH_BLOCK, remaining))
        if not block:
            raise MalformedEnvelope(Reason.TRUNCATED)
        digest.update(block)
        remaining -= len(block)
        if progress is not None:
            progress(length - remaining)


def _signature_valid(sender_key: bytes, signature: bytes, digest: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(sender_key).verify(signature, SIGNATURE_CONTEXT + digest)
    except (InvalidSignature, ValueError):
        return False
    return True


def verify_envelope(
    path: Path | str,
    trusted_signers: TrustedSigners,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCallback | None = None,
) -> VerifiedEnvelope:
    """Check structure and signature of the bundle at `path`, decrypting nothing.

    Streams the file once (constant memory). `trusted_signers` is asked about the
    sender key before the file is hashed. `progress(bytes)` reports the hashed part
    of the age file. Raises `MalformedEnvelope`, `UntrustedEnvelope` or
    `EnvelopeCancelled`.
    """
    path = Path(path)
    fh, size = _open_regular(path)
    with fh:
        routing = _read_routing(fh, size)
        sender = trusted_signers(routing.sender_key)
        if sender is None:
            raise UntrustedEnvelope(Reason.UNKNOWN_SENDER)
        if sender.card.signing_public != routing.sender_key:
            raise UntrustedEnvelope(Reason.UNKNOWN_SENDER, "the trust store answered another key")
        digest = hashlib.sha512(routing.raw)
        _hash_span(fh, routing.age_length, digest, progress, cancelled)
        signature = _read_exact(fh, SIGNATURE_SIZE)
        if len(signature) != SIGNATURE_SIZE:
            raise MalformedEnvelope(Reason.TRUNCATED)
        if fh.read(1):
            raise MalformedEnvelope(Reason.TRAILING_DATA)
    signed_digest = digest.digest()
    if not _signature_valid(routing.sender_key, signature, signed_digest):
        raise UntrustedEnvelope(Reason.BAD_SIGNATURE)
    return VerifiedEnvelope(
        path=path,
        version=routing.version,
        sender=sender,
        bundle_id=routing.bundle_id,
        age_offset=len(routing.raw),
        age_length=routing.age_length,
        size=size,
        digest=signed_digest,
        signature=signature,
    )


class _HashedSpan:
    """`read()` over the age part of the file, hashing every byte handed out."""

    def __init__(self, fh: io.BufferedReader, length: int, digest: hashlib._Hash) -> None:
        self._fh = fh
        self.remaining = length
        self._digest = digest

    def read(self, size: int = -1, /) -> bytes:
        if size < 0 or size > self.remaining:
            size = self.remaining
        if size == 0:
            return b""
        data = self._fh.read(size)
        self._digest.update(data)
        self.remaining -= len(data)
        return data

    def drain(self) -> None:
        while self.remaining and self.read(_HASH_BLOCK):
            pass


@dataclass(frozen=True)
class _InnerHeader:
    sequence: int
    created: int
    recipients: tuple[bytes, ...]


def _encode_inner(
    version: int,
    sender_key: bytes,
    bundle_id: bytes,
    sequence: int,
    created: int,
    recipients: Sequence[bytes],
) -> bytes:
    fixed = _INNER.pack(
        INNER_MAGIC, version, sender_key, bundle_id, sequence, created, len(recipients)
    )
    return fixed + b"".join(recipients)


def _check_inner(
    pending: bytes, envelope: VerifiedEnvelope, own: set[bytes]
) -> tuple[_InnerHeader, int] | None:
    """The binding block at the start of the plaintext, once enough of it is there.

    None while more bytes are needed; else the header and its length. Every field
    is checked against the verified outer layer and the opener's own keys.
    """
    if len(pending) < _INNER.size:
        return None
    magic, version, sender, bundle_id, sequence, created, count = _INNER.unpack_from(pending)
    if magic != INNER_MAGIC or version != envelope.version:
        raise PayloadRejected(Reason.BAD_INNER_HEADER)
    if not 1 <= count <= MAX_RECIPIENTS:
        raise PayloadRejected(Reason.BAD_INNER_HEADER, f"{count} recipients")
    size = _INNER.size + 32 * count
    if len(pending) < size:
        return None
    if sender != envelope.sender.card.signing_public:
        raise PayloadRejected(Reason.INNER_SENDER_MISMATCH)
    if bundle_id != envelope.bundle_id:
        raise PayloadRejected(Reason.INNER_BUNDLE_MISMATCH)
    recipients = tuple(bytes(pending[i : i + 32]) for i in range(_INNER.size, size, 32))
    if len(set(recipients)) != len(recipients):
        raise PayloadRejected(Reason.BAD_INNER_HEADER, "duplicate recipients")
    if not own.intersection(recipients):
        raise PayloadRejected(Reason.INNER_RECIPIENT_MISMATCH)
    return _InnerHeader(sequence, created, recipients), size


class _ReadAhead:
    """The next chunks of an iterator, made on a worker thread while the caller works.

    An import spends most of its time in SQLite (encrypting pages) with Python's
    lock released; reading, hashing (SHA-512) and decrypting the next chunks on a
    second thread overlaps with that. The chunks come out in order, exactly as the
    iterator gives them, and an error comes out where the iterator raised it: the
    caller sees what it would have seen without the thread. Chunks travel in
    batches of `batch` (fewer hand-overs between the threads); at most two batches
    wait while a third is made, so memory stays constant (3 MiB for batches of 16
    chunks of 64 KiB). `close()` stops the worker and waits for it, so the file it
    reads is the caller's again.
    """

    def __init__(self, chunks: Iterator[bytes], batch: int) -> None:
        self._queue: queue.Queue[tuple[list[bytes], bool, BaseException | None]] = queue.Queue(2)
        self._batch = batch
        self._stop = threading.Event()
        self._pending: list[bytes] = []
        self._index = 0
        self._last = False
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(chunks,), name="kdm-bundle-read-ahead", daemon=True
        )
        self._thread.start()

    def _run(self, chunks: Iterator[bytes]) -> None:
        batch: list[bytes] = []
        try:
            for chunk in chunks:
                batch.append(chunk)
                if len(batch) >= self._batch:
                    if not self._put((batch, False, None)):
                        return
                    batch = []
            self._put((batch, True, None))
        except BaseException as exc:  # handed to the caller, raised after `batch`
            self._put((batch, True, exc))

    def _put(self, item: tuple[list[bytes], bool, BaseException | None]) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        while self._index >= len(self._pending):
            if self._last:
                self._thread.join()
                error, self._error = self._error, None
                if error is not None:
                    raise error
                raise StopIteration
            self._pending, self._last, self._error = self._queue.get()
            self._index = 0
        chunk = self._pending[self._index]
        self._index += 1
        return chunk

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self._pending, self._index, self._last, self._error = [], 0, True, None


class PayloadStream:
    """The caller's payload of a verified bundle, decrypted as it is read.

    Made by `open_stream`. On opening, the inner binding block has been read and
    checked, so `sequence` and `created_at` are known before a payload byte is
    handed out. `read(n)` decrypts as far as needed (constant memory). Every byte
    is authentic chunk by chunk, but the bundle as a whole is proven only by
    `finish()`: the caller keeps what it read inside a transaction and commits only
    after `finish()` returned. `finish(skip_rest=True)` stops decrypting and only
    hashes the rest of the file (a preview that needs the beginning).
    """

    header: _InnerHeader

    def __init__(
        self,
        envelope: VerifiedEnvelope,
        identities: Sequence[bytes],
        fh: io.BufferedReader,
        progress: ProgressCallback | None,
        cancelled: CancelCallback | None,
        read_ahead: int = 0,
    ) -> None:
        self._envelope = envelope
        self._fh = fh
        self._progress = progress
        self._cancelled = cancelled
        self._read_ahead = read_ahead
        self._ahead: _ReadAhead | None = None
        self._digest = hashlib.sha512()
        self._span: _HashedSpan | None = None
        self._chunks: Iterator[bytes] = iter(())
        self._piece = b""
        self._offset = 0
        self._ended = False
        self.payload_size = 0  # plaintext handed out so far
        self._decrypted = 0  # payload plaintext decrypted so far (for progress)
        self._open(identities)

    def _open(self, identities: Sequence[bytes]) -> None:
        own = {age.recipient_from_identity(bytes(i)) for i in identities}
        try:
            routing = _read_routing(self._fh, self._envelope.size)
        except MalformedEnvelope as exc:
            raise UntrustedEnvelope(Reason.CHANGED_DURING_READ) from exc
        env = self._envelope
        if (
            routing.version != env.version
            or routing.sender_key != env.sender.card.signing_public
            or routing.bundle_id != env.bundle_id
            or routing.age_length != env.age_length
        ):
            raise UntrustedEnvelope(Reason.CHANGED_DURING_READ)
        self._digest.update(routing.raw)
        self._span = _HashedSpan(self._fh, routing.age_length, self._digest)
        # Cancelling is asked here, on the caller's thread, before each chunk.
        self._chunks = age.decrypt_chunks(
            list(identities),
            self._span,
            max_header_bytes=_MAX_AGE_HEADER,
            max_stanzas=MAX_RECIPIENTS,
        )
        if self._read_ahead:
            self._ahead = _ReadAhead(self._chunks, self._read_ahead)
            self._chunks = self._ahead
        try:
            self._read_inner(env, own)
        except BaseException:
            self.close()  # the caller never gets the stream to close
            raise

    def _read_inner(self, env: VerifiedEnvelope, own: set[bytes]) -> None:
        pending = b""
        while True:
            piece = self._next_chunk()
            if piece is None:
                raise PayloadRejected(Reason.BAD_INNER_HEADER, "the content ends inside it")
            pending += piece
            try:
                found = _check_inner(pending, env, own)
            except PayloadRejected as exc:
                self._explain(exc)
                raise
            if found is not None:
                self.header, size = found
                self._piece, self._offset = pending, size
                self._decrypted = len(pending) - size
                if self._progress is not None:
                    self._progress(self._decrypted)
                return

    @property
    def envelope(self) -> VerifiedEnvelope:
        return self._envelope

    @property
    def sequence(self) -> int:
        return self.header.sequence

    @property
    def created_at(self) -> datetime:
        return datetime.fromtimestamp(self.header.created, UTC)

    def _next_chunk(self) -> bytes | None:
        """The next plaintext chunk, None at the verified end; errors as envelope errors."""
        if self._ended:
            return None
        try:
            if self._cancelled is not None and self._cancelled():
                raise age.Cancelled(age.Reason.CANCELLED)
            return next(self._chunks)
        except StopIteration:
            self._ended = True
            return None
        except age.Cancelled as exc:
            raise EnvelopeCancelled(Reason.CANCELLED) from exc
        except age.NoIdentityMatch as exc:
            raise WrongRecipient(Reason.WRONG_RECIPIENT, age_reason=exc.reason) from exc
        except age.AgeError as exc:
            if self.file_changed():
                raise UntrustedEnvelope(Reason.CHANGED_DURING_READ) from exc
            raise PayloadRejected(Reason.PAYLOAD, str(exc), age_reason=exc.reason) from exc

    def _explain(self, exc: Exception) -> None:
        if self.file_changed():
            raise UntrustedEnvelope(Reason.CHANGED_DURING_READ) from exc

    def read(self, size: int = -1, /) -> bytes:
        """Up to `size` bytes of the payload (fewer only at its end); -1: all of it."""
        parts: list[bytes] = []
        want = size if size >= 0 else 1 << 62
        while want:
            if self._offset >= len(self._piece):
                piece = self._next_chunk()
                if piece is None:
                    break
                self._piece, self._offset = piece, 0
                self._decrypted += len(piece)
                if self._progress is not None:
                    self._progress(self._decrypted)
                continue
            take = self._piece[self._offset : self._offset + want]
            self._offset += len(take)
            want -= len(take)
            parts.append(take)
        out = parts[0] if len(parts) == 1 else b"".join(parts)
        self.payload_size += len(out)
        return out

    def file_changed(self) -> bool:
        """After a failure: was it caused by the file changing since it was verified?"""
        if self._span is None:
            return False
        self.close()
        self._span.drain()
        signature = _read_exact(self._fh, SIGNATURE_SIZE)
        env = self._envelope
        return self._digest.digest() != env.digest or signature != env.signature

    def close(self) -> None:
        """Stop reading ahead (the file is then read on this thread only)."""
        if self._ahead is not None:
            self._ahead.close()

    def finish(self, *, skip_rest: bool = False) -> OpenedEnvelope:
        """Prove the whole bundle: every byte hashed and signed as verified.

        Without `skip_rest` the payload must have been read to its end (the age
        layer then has checked the final chunk and that nothing follows it).
        """
        assert self._span is not None
        if not skip_rest and (self._offset < len(self._piece) or self._next_chunk() is not None):
            raise PayloadRejected(Reason.PAYLOAD, "the payload was not read to its end")
        self.close()
        self._span.drain()
        signature = _read_exact(self._fh, SIGNATURE_SIZE)
        trailing = self._fh.read(1)
        final_digest = self._digest.digest()
        env = self._envelope
        if (
            self._span.remaining
            or trailing
            or final_digest != env.digest
            or signature != env.signature
            or not _signature_valid(env.sender.card.signing_public, signature, final_digest)
        ):
            raise UntrustedEnvelope(Reason.CHANGED_DURING_READ)
        return OpenedEnvelope(
            envelope=env,
            sequence=self.header.sequence,
            created_at=self.created_at,
            recipients=self.header.recipients,
            payload_size=self.payload_size,
        )


@contextlib.contextmanager
def open_stream(
    envelope: VerifiedEnvelope,
    identities: Sequence[bytes],
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCallback | None = None,
    read_ahead: int = 0,
) -> Iterator[PayloadStream]:
    """Open a verified bundle for reading its payload as it is decrypted.

    `identities` are raw X25519 private keys (the current one, and older ones kept
    after a key change). The file is read again and hashed; `PayloadStream.finish`
    proves it is the same bytes `verify_envelope` checked, signature included.
    `progress(bytes)` counts payload bytes read. Raises `WrongRecipient`,
    `PayloadRejected`, `UntrustedEnvelope`, `MalformedEnvelope` or `EnvelopeCancelled`.
    `read_ahead=n` decrypts ahead on a worker thread, in batches of n chunks of
    64 KiB (at most three batches ahead), for a caller that reads the whole payload
    (an import); a preview, which stops after the case list, leaves it at 0 so
    nothing more is decrypted than it reads.
    """
    fh, size = _open_regular(envelope.path)
    with fh:
        if size != envelope.size:
            raise UntrustedEnvelope(Reason.CHANGED_DURING_READ)
        stream = PayloadStream(envelope, identities, fh, progress, cancelled, read_ahead)
        try:
            yield stream
        finally:
            stream.close()


def open_envelope(
    envelope: VerifiedEnvelope,
    identities: Sequence[bytes],
    staging: age.Writable,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCallback | None = None,
) -> OpenedEnvelope:
    """Decrypt a verified bundle into `staging` (`open_stream`, read to the end).

    On any exception, staging holds unverified data: discard it.
    """
    with open_stream(envelope, identities, progress=progress, cancelled=cancelled) as stream:
        while piece := stream.read(_HASH_BLOCK):
            staging.write(piece)
        return stream.finish()


# --------------------------------------------------------------------------- writing


class _HashingWriter:
    def __init__(self, raw: age.Writable) -> None:
        self._raw = raw
        self.digest = hashlib.sha512()
        self.count = 0

    def write(self, data: bytes, /) -> int:
        self._raw.write(data)
        self.digest.update(data)
        self.count += len(data)
        return len(data)


class _PayloadSource:
    """The inner block, then exactly `size` bytes of the caller's payload."""

    def __init__(self, inner: bytes, src: age.Readable, size: int) -> None:
        self._inner = inner
        self._src = src
        self._left = size

    def read(self, size: int = -1, /) -> bytes:
        if self._inner:
            head, self._inner = self._inner[:size], self._inner[size:]
            return head
        size = self._left if size < 0 else min(size, self._left)
        if size == 0:
            return b""
        data = self._src.read(size)
        self._left -= len(data)
        return data

    def check_complete(self) -> None:
        if self._left:
            raise ValueError("payload_src ended before payload_size bytes")
        if self._src.read(1):
            raise ValueError("payload_src is longer than payload_size")


def _payload_size(src: age.Readable, declared: int | None) -> int:
    if declared is not None:
        if declared < 0:
            raise ValueError("payload_size is negative")
        return declared
    if isinstance(src, io.IOBase) and src.seekable():
        here = src.tell()
        end = src.seek(0, io.SEEK_END)
        src.seek(here)
        return end - here
    raise ValueError("payload_size is required for a source that cannot seek")


def _check_recipients(recipients: Sequence[bytes]) -> list[bytes]:
    keys = [bytes(r) for r in recipients]
    if not 1 <= len(keys) <= MAX_RECIPIENTS:
        raise ValueError(f"1 to {MAX_RECIPIENTS} recipients")
    if any(len(k) != 32 for k in keys) or len(set(keys)) != len(keys):
        raise ValueError("recipients are distinct 32-byte X25519 public keys")
    return keys


def write_envelope(
    dst_path: Path | str,
    sender: CentreIdentity,
    recipients: Sequence[bytes],
    payload_src: age.Readable,
    *,
    sequence: int,
    payload_size: int | None = None,
    bundle_id: bytes | None = None,
    created_at: datetime | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCallback | None = None,
) -> WrittenEnvelope:
    """Encrypt `payload_src` to `recipients`, sign as `sender`, write `dst_path` atomically.

    `recipients` are X25519 public keys (`card.encryption_public`). `sequence` is the
    sender's next bundle number (the receiver expects it to increase). The payload
    is streamed into a temp file beside `dst_path` (mode 0600), fsynced and renamed
    over `dst_path`; the result is read back and its signature verified before
    returning. `payload_size` is needed only when `payload_src` cannot seek; the
    source must deliver exactly that many bytes. Raises `EnvelopeCancelled`,
    `EnvelopeWriteError`, `ValueError` (bad arguments) or `OSError`.
    """
    dst = Path(dst_path)
    keys = _check_recipients(recipients)
    if not 0 <= sequence < _SEQUENCE_LIMIT:
        raise ValueError("sequence must fit in 64 bits")
    if bundle_id is None:
        bundle_id = secrets.token_bytes(BUNDLE_ID_SIZE)
    if len(bundle_id) != BUNDLE_ID_SIZE:
        raise ValueError("a bundle id is 16 bytes")
    created_at = (created_at or datetime.now(UTC)).replace(microsecond=0)
    if created_at.tzinfo is None or created_at.timestamp() < 0:
        raise ValueError("created_at must be an aware datetime after 1970")
    size = _payload_size(payload_src, payload_size)

    sender_key = sender.card.signing_public
    inner = _encode_inner(
        FORMAT_VERSION, sender_key, bundle_id, sequence, int(created_at.timestamp()), keys
    )
    age_length = age.encrypted_size(len(keys), len(inner) + size)
    if age_length > MAX_AGE_LENGTH:
        raise ValueError("payload too large")
    routing = sender_key + bundle_id
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(routing)) + routing
    prefix += _LENGTH.pack(age_length)

    tmp = dst.with_name(f".{dst.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        with open(os.open(tmp, flags, 0o600), "wb", buffering=_WRITE_BUFFER) as fh:
            out = _HashingWriter(fh)
            out.write(prefix)
            source = _PayloadSource(inner, payload_src, size)

            def report(plaintext: int) -> None:
                if progress is not None:
                    progress(max(0, plaintext - len(inner)))

            try:
                age.encrypt(keys, source, out, progress=report, cancelled=cancelled)
            except age.Cancelled as exc:
                raise EnvelopeCancelled(Reason.CANCELLED) from exc
            except age.RecipientError as exc:
                raise ValueError(f"unusable recipient key: {exc}") from exc
            source.check_complete()
            if out.count != len(prefix) + age_length:
                raise RuntimeError("the age file has an unexpected length")
            digest = out.digest.digest()
            signing = Ed25519PrivateKey.from_private_bytes(sender.signing_private)
            fh.write(signing.sign(SIGNATURE_CONTEXT + digest))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dst)
        fsync_directory(dst.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise

    def only_self(key: bytes) -> VerifiedSender | None:
        return VerifiedSender(sender.card) if key == sender_key else None

    try:
        verified = verify_envelope(dst, only_self)
        if verified.digest != digest:
            raise EnvelopeWriteError(Reason.WRITE_VERIFY_FAILED, "digest differs")
    except EnvelopeError as exc:
        with contextlib.suppress(FileNotFoundError):
            dst.unlink()
        raise EnvelopeWriteError(Reason.WRITE_VERIFY_FAILED, str(exc)) from exc
    return WrittenEnvelope(
        path=dst,
        bundle_id=bundle_id,
        sequence=sequence,
        created_at=created_at,
        size=verified.size,
        digest=digest,
    )
