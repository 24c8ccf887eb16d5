"""The age v1 file format (c2sp.org/age), X25519 recipients only, streaming.

This module follows the C2SP age specification byte for byte, so files it writes
open with the `age` tool and files `age` writes open here, and the public CCTV test
vectors apply to it. It composes `cryptography`'s primitives (X25519, HKDF-SHA-256,
ChaCha20-Poly1305, HMAC-SHA-256) and writes none of its own. Not implemented: the
scrypt (passphrase) and post-quantum recipient types, plugins and ASCII armor.

File layout::

    age-encryption.org/v1
    -> X25519 <base64 ephemeral share>        one stanza per recipient
    <base64 body: the wrapped 16-byte file key>
    --- <base64 HMAC-SHA-256 of the header up to and including "---">
    <16-byte nonce><STREAM payload: 64 KiB ChaCha20-Poly1305 chunks>

**Streaming decryption releases plaintext before the end is verified.** Every
chunk written to `dst` is authentic on its own, but the file as a whole is only
proven complete and unmodified when `decrypt` *returns*. If it raises, everything
already written to `dst` must be thrown away: callers decrypt into a staging area
(a temporary table in the same database transaction) and commit only after
`decrypt` returns. The same holds for `progress` figures.

Errors: every failure caused by the input raises a subclass of `AgeError`, whose
`reason` is a short stable code (see `Reason`). Misuse of the API itself (keys of
the wrong length, an empty identity list) raises `ValueError`.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final, Protocol

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = [
    "CHUNK_SIZE",
    "DEFAULT_MAX_HEADER_BYTES",
    "DEFAULT_MAX_STANZAS",
    "AgeError",
    "Cancelled",
    "Header",
    "HeaderError",
    "HmacError",
    "KeyEncodingError",
    "NoIdentityMatch",
    "PayloadError",
    "Reason",
    "RecipientError",
    "Stanza",
    "bech32_decode",
    "bech32_encode",
    "decode_identity",
    "decode_recipient",
    "decrypt",
    "decrypt_chunks",
    "encode_identity",
    "encode_recipient",
    "encrypt",
    "encrypted_size",
    "parse_header",
    "recipient_from_identity",
]

VERSION_LINE: Final = b"age-encryption.org/v1\n"
_VERSION_PREFIX: Final = b"age-encryption.org/"
X25519_TYPE: Final = "X25519"
_X25519_INFO: Final = b"age-encryption.org/v1/X25519"

FILE_KEY_SIZE: Final = 16
STREAM_NONCE_SIZE: Final = 16
CHUNK_SIZE: Final = 64 * 1024
TAG_SIZE: Final = 16
ENCRYPTED_CHUNK_SIZE: Final = CHUNK_SIZE + TAG_SIZE
_KEY_SIZE: Final = 32
_COUNTER_LIMIT: Final = 1 << 88  # the chunk counter is 11 bytes
_ZERO_NONCE: Final = bytes(12)

#: Defaults for `decrypt`/`parse_header`. A header for 64 X25519 recipients is
#: about 6 KiB; these bound the work and memory a hostile file can ask for.
DEFAULT_MAX_HEADER_BYTES: Final = 64 * 1024
DEFAULT_MAX_STANZAS: Final = 64

_BODY_LINE_COLUMNS: Final = 64
_READ_BLOCK: Final = 4096

# Bytes of an X25519 stanza as this module writes it: "-> X25519 " share LF body LF.
_X25519_STANZA_SIZE: Final = 3 + len(X25519_TYPE) + 1 + 43 + 1 + 43 + 1
_MAC_LINE_SIZE: Final = 4 + 43 + 1

_B64_CHARS = re.compile(rb"[A-Za-z0-9+/]*")
_MAC_LINE = re.compile(rb"--- ([A-Za-z0-9+/]{43})\n")
_VCHAR_ARG = re.compile(rb"[\x21-\x7e]+")

#: The randomness source. Tests replace it to produce fixed test vectors; nothing
#: else may. Everything random in a file (file key, ephemeral secrets, nonce)
#: comes from here.
_random_bytes: Callable[[int], bytes] = os.urandom

ProgressCallback = Callable[[int], None]
CancelCallback = Callable[[], bool]


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class Writable(Protocol):
    def write(self, data: bytes, /) -> object: ...


class Reason(StrEnum):
    """Stable codes for `AgeError.reason` (for logs, tests and user messages)."""

    # HeaderError
    BAD_VERSION_LINE = "bad_version_line"
    UNSUPPORTED_VERSION = "unsupported_version"
    TRUNCATED_HEADER = "truncated_header"
    HEADER_TOO_LARGE = "header_too_large"
    TOO_MANY_STANZAS = "too_many_stanzas"
    BAD_LINE = "bad_line"
    BAD_STANZA = "bad_stanza"
    NO_STANZAS = "no_stanzas"
    BAD_MAC_LINE = "bad_mac_line"
    BAD_X25519_STANZA = "bad_x25519_stanza"
    SCRYPT_NOT_ALONE = "scrypt_not_alone"
    LOW_ORDER_SHARE = "low_order_share"
    MISSING_NONCE = "missing_nonce"
    # HmacError
    BAD_HEADER_MAC = "bad_header_mac"
    # NoIdentityMatch
    NO_IDENTITY_MATCH = "no_identity_match"
    # PayloadError
    TRUNCATED_PAYLOAD = "truncated_payload"
    EMPTY_FINAL_CHUNK = "empty_final_chunk"
    CHUNK_AUTH_FAILED = "chunk_auth_failed"
    TRAILING_DATA = "trailing_data"
    TOO_MANY_CHUNKS = "too_many_chunks"
    # RecipientError
    NO_RECIPIENTS = "no_recipients"
    BAD_RECIPIENT = "bad_recipient"
    # KeyEncodingError
    BAD_KEY_ENCODING = "bad_key_encoding"
    # Cancelled
    CANCELLED = "cancelled"


class AgeError(Exception):
    """Base of every error this module raises for bad input; `reason` is a `Reason`."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail


class HeaderError(AgeError):
    """The header is malformed, unsupported, too large, or a stanza is invalid."""


class HmacError(AgeError):
    """A file key was found but the header MAC does not match: the header was altered."""


class NoIdentityMatch(AgeError):
    """None of the given identities can open any stanza: the file is not for us."""


class PayloadError(AgeError):
    """The payload is truncated, altered, reordered or followed by extra data."""


class RecipientError(AgeError):
    """A recipient public key cannot be encrypted to (wrong size, low-order point)."""


class KeyEncodingError(AgeError):
    """An `age1…` or `AGE-SECRET-KEY-1…` string is malformed."""


class Cancelled(AgeError):
    """The caller's `cancelled()` returned true; the output is incomplete."""


# --------------------------------------------------------------------------- base64


def _b64encode(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _b64decode(text: bytes) -> bytes | None:
    """Strict canonical unpadded standard base64, or None."""
    if not _B64_CHARS.fullmatch(text) or len(text) % 4 == 1:
        return None
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    # Non-canonical encodings (non-zero unused bits) decode too; reject them.
    return data if _b64encode(data) == text else None


# --------------------------------------------------------------------------- header


@dataclass(frozen=True)
class Stanza:
    """A recipient stanza: its arguments (`args[0]` is the type) and decoded body."""

    args: tuple[str, ...]
    body: bytes

    @property
    def type(self) -> str:
        return self.args[0]


@dataclass(frozen=True)
class Header:
    """A parsed, syntactically valid age v1 header (not yet authenticated)."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    #: The bytes the MAC covers: the header up to and including "---".
    mac_input: bytes
    #: Total size of the header in bytes, MAC line included.
    size: int


class _Source:
    """Buffered reads over any `read(n)` object: header lines, then exact blocks."""

    def __init__(self, raw: Readable) -> None:
        self._raw = raw
        self._buf = b""

    def readline(self, limit: int) -> bytes:
        """One line including its LF, at most `limit` bytes long."""
        while True:
            idx = self._buf.find(b"\n", 0, limit)
            if idx >= 0:
                line, self._buf = self._buf[: idx + 1], self._buf[idx + 1 :]
                return line
            if len(self._buf) >= limit:
                raise HeaderError(Reason.HEADER_TOO_LARGE)
            more = self._raw.read(_READ_BLOCK)
            if not more:
                raise HeaderError(Reason.TRUNCATED_HEADER)
            self._buf += more

    def read(self, size: int) -> bytes:
        """Exactly `size` bytes, fewer only at end of input."""
        if self._buf:
            head, self._buf = self._buf[:size], self._buf[size:]
            if len(head) == size:
                return head
            parts = [head]
            missing = size - len(head)
        else:
            first = self._raw.read(size)
            if len(first) == size or not first:
                return first
            parts = [first]
            missing = size - len(first)
        while missing:
            more = self._raw.read(missing)
            if not more:
                break
            parts.append(more)
            missing -= len(more)
        return b"".join(parts)


def _parse_args(raw: bytes) -> tuple[str, ...]:
    parts = raw.split(b" ")
    if not all(_VCHAR_ARG.fullmatch(p) for p in parts):
        raise HeaderError(Reason.BAD_STANZA, "stanza arguments must be non-empty VCHAR strings")
    return tuple(p.decode("ascii") for p in parts)


def _read_header(src: _Source, max_header_bytes: int, max_stanzas: int) -> Header:
    consumed: list[bytes] = []
    budget = max_header_bytes

    def line() -> bytes:
        nonlocal budget
        if budget <= 0:
            raise HeaderError(Reason.HEADER_TOO_LARGE)
        text = src.readline(budget)
        budget -= len(text)
        consumed.append(text)
        return text

    first = line()
    if first != VERSION_LINE:
        if first.startswith(_VERSION_PREFIX):
            raise HeaderError(Reason.UNSUPPORTED_VERSION, repr(first[:64]))
        raise HeaderError(Reason.BAD_VERSION_LINE)

    stanzas: list[Stanza] = []
    current = line()
    while current.startswith(b"-> "):
        if len(stanzas) >= max_stanzas:
            raise HeaderError(Reason.TOO_MANY_STANZAS, f"more than {max_stanzas}")
        args = _parse_args(current[3:-1])
        encoded: list[bytes] = []
        while True:
            body_line = line()[:-1]
            if len(body_line) > _BODY_LINE_COLUMNS or not _B64_CHARS.fullmatch(body_line):
                raise HeaderError(Reason.BAD_STANZA, "invalid stanza body line")
            encoded.append(body_line)
            if len(body_line) < _BODY_LINE_COLUMNS:
                break
        body = _b64decode(b"".join(encoded))
        if body is None:
            raise HeaderError(Reason.BAD_STANZA, "stanza body is not canonical base64")
        stanzas.append(Stanza(args, body))
        current = line()

    if not current.startswith(b"---"):
        raise HeaderError(Reason.BAD_LINE, "expected a stanza or the MAC line")
    match = _MAC_LINE.fullmatch(current)
    mac = _b64decode(match.group(1)) if match else None
    if mac is None:
        raise HeaderError(Reason.BAD_MAC_LINE)
    if not stanzas:
        raise HeaderError(Reason.NO_STANZAS)
    _check_stanzas(stanzas)
    whole = b"".join(consumed)
    mac_input = whole[: len(whole) - len(current) + 3]
    return Header(tuple(stanzas), mac, mac_input, len(whole))


def _x25519_share(stanza: Stanza) -> bytes:
    """The ephemeral share of a well-formed X25519 stanza (see `_check_stanzas`)."""
    if len(stanza.args) != 2:
        raise HeaderError(Reason.BAD_X25519_STANZA, "X25519 stanzas take exactly one argument")
    share = _b64decode(stanza.args[1].encode("ascii"))
    if share is None or len(share) != _KEY_SIZE:
        raise HeaderError(Reason.BAD_X25519_STANZA, "the share must be 32 bytes, canonical")
    if len(stanza.body) != FILE_KEY_SIZE + TAG_SIZE:
        # Checked before any decryption attempt (partitioning-oracle defence).
        raise HeaderError(Reason.BAD_X25519_STANZA, "the body must be 32 bytes")
    return share


def _check_stanzas(stanzas: Sequence[Stanza]) -> None:
    """The spec's MUST-reject rules that need no key."""
    for stanza in stanzas:
        if stanza.type == "scrypt" and len(stanzas) != 1:
            raise HeaderError(Reason.SCRYPT_NOT_ALONE)
        if stanza.type == X25519_TYPE:
            _x25519_share(stanza)


def parse_header(
    src: Readable,
    *,
    max_header_bytes: int = DEFAULT_MAX_HEADER_BYTES,
    max_stanzas: int = DEFAULT_MAX_STANZAS,
) -> Header:
    """Parse and syntax-check an age header without any key (for inspection).

    The header is *not* authenticated: its MAC can only be checked with the file
    key. `src` may have been read past the header afterwards.
    """
    return _read_header(_Source(src), max_header_bytes, max_stanzas)


# --------------------------------------------------------------------------- keys


def _hkdf(ikm: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _header_mac(file_key: bytes, mac_input: bytes) -> crypto_hmac.HMAC:
    mac = crypto_hmac.HMAC(_hkdf(file_key, None, b"header"), hashes.SHA256())
    mac.update(mac_input)
    return mac


def _payload_aead(file_key: bytes, nonce: bytes) -> ChaCha20Poly1305:
    return ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def recipient_from_identity(identity: bytes) -> bytes:
    """The X25519 public key (recipient) of a raw 32-byte X25519 private key."""
    if len(identity) != _KEY_SIZE:
        raise ValueError("an X25519 identity is 32 bytes")
    return X25519PrivateKey.from_private_bytes(identity).public_key().public_bytes_raw()


def _wrap_x25519(file_key: bytes, recipient: bytes) -> Stanza:
    if len(recipient) != _KEY_SIZE:
        raise RecipientError(Reason.BAD_RECIPIENT, "an X25519 recipient is 32 bytes")
    ephemeral = X25519PrivateKey.from_private_bytes(_random_bytes(_KEY_SIZE))
    share = ephemeral.public_key().public_bytes_raw()
    try:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    except ValueError as exc:  # all-zero shared secret: a low-order point
        raise RecipientError(Reason.BAD_RECIPIENT, "low-order X25519 recipient") from exc
    wrap_key = _hkdf(shared, share + recipient, _X25519_INFO)
    body = ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)
    return Stanza((X25519_TYPE, _b64encode(share).decode("ascii")), body)


def _unwrap_x25519(identities: Sequence[bytes], stanzas: Sequence[Stanza]) -> bytes:
    keys = [
        (X25519PrivateKey.from_private_bytes(i), recipient_from_identity(i)) for i in identities
    ]
    for stanza in stanzas:
        if stanza.type != X25519_TYPE:
            continue  # unknown stanza types are ignored, as the spec requires
        share = _x25519_share(stanza)
        peer = X25519PublicKey.from_public_bytes(share)
        for private, public in keys:
            try:
                shared = private.exchange(peer)
            except ValueError as exc:
                raise HeaderError(Reason.LOW_ORDER_SHARE) from exc
            if shared == bytes(_KEY_SIZE):  # OpenSSL refuses this already; belt and braces
                raise HeaderError(Reason.LOW_ORDER_SHARE)
            wrap_key = _hkdf(shared, share + public, _X25519_INFO)
            try:
                return ChaCha20Poly1305(wrap_key).decrypt(_ZERO_NONCE, stanza.body, None)
            except InvalidTag:
                continue
    raise NoIdentityMatch(Reason.NO_IDENTITY_MATCH)


# --------------------------------------------------------------------------- encrypt


def _encode_stanza(stanza: Stanza) -> bytes:
    encoded = _b64encode(stanza.body)
    lines = [encoded[i : i + _BODY_LINE_COLUMNS] for i in range(0, len(encoded), 64)]
    if not lines or len(lines[-1]) == _BODY_LINE_COLUMNS:
        lines.append(b"")  # the body always ends with a short (maybe empty) line
    arg_line = b"-> " + " ".join(stanza.args).encode("ascii") + b"\n"
    return arg_line + b"".join(line + b"\n" for line in lines)


def _read_full(src: Readable, size: int) -> bytes:
    data = src.read(size)
    if len(data) == size or not data:
        return data
    parts = [data]
    missing = size - len(data)
    while missing:
        more = src.read(missing)
        if not more:
            break
        parts.append(more)
        missing -= len(more)
    return b"".join(parts)


def _check_cancel(cancelled: CancelCallback | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled(Reason.CANCELLED)


def encrypted_size(recipient_count: int, plaintext_size: int) -> int:
    """The exact size of the age file `encrypt` writes for these sizes."""
    chunks = max(1, -(-plaintext_size // CHUNK_SIZE))
    header = len(VERSION_LINE) + recipient_count * _X25519_STANZA_SIZE + _MAC_LINE_SIZE
    return header + STREAM_NONCE_SIZE + plaintext_size + chunks * TAG_SIZE


def encrypt(
    recipients: Sequence[bytes],
    src: Readable,
    dst: Writable,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCallback | None = None,
) -> int:
    """Encrypt `src` (read to its end) to X25519 `recipients` (raw 32-byte public keys).

    Streams in 64 KiB chunks with constant memory. Returns the plaintext size.
    `progress(bytes_done)` is called after each chunk; `cancelled()` is polled
    before each chunk and raises `Cancelled` when it returns true (`dst` then
    holds an incomplete file that must be deleted).
    """
    if isinstance(recipients, bytes | bytearray):
        raise TypeError("recipients is a list of keys, not one key")
    if not recipients:
        raise RecipientError(Reason.NO_RECIPIENTS)
    file_key = _random_bytes(FILE_KEY_SIZE)
    stanzas = [_wrap_x25519(file_key, bytes(r)) for r in recipients]
    header = VERSION_LINE + b"".join(_encode_stanza(s) for s in stanzas) + b"---"
    mac = _header_mac(file_key, header).finalize()
    nonce = _random_bytes(STREAM_NONCE_SIZE)
    dst.write(header + b" " + _b64encode(mac) + b"\n" + nonce)

    aead = _payload_aead(file_key, nonce)
    counter = 0
    done = 0
    current = _read_full(src, CHUNK_SIZE)
    while True:
        _check_cancel(cancelled)
        following = _read_full(src, CHUNK_SIZE) if len(current) == CHUNK_SIZE else b""
        last = not following
        if counter >= _COUNTER_LIMIT:
            raise PayloadError(Reason.TOO_MANY_CHUNKS)
        dst.write(aead.encrypt(_chunk_nonce(counter, last), current, None))
        done += len(current)
        if progress is not None:
            progress(done)
        if last:
            return done
        current = following
        counter += 1


# --------------------------------------------------------------------------- decrypt


def decrypt(
    identities: Sequence[bytes],
    src: Readable,
    dst: Writable,
    *,
    max_header_bytes: int = DEFAULT_MAX_HEADER_BYTES,
    max_stanzas: int = DEFAULT_MAX_STANZAS,
    progress: ProgressCallback | None = None,
    cancelled: CancelCallback | None = None,
) -> int:
    """Decrypt the age file in `src` with raw X25519 private keys; plaintext to `dst`.

    Returns the plaintext size once the whole file has verified: correct header
    MAC, every chunk authentic and in order, a valid final chunk, nothing after it.

    Raises `HeaderError`, `HmacError`, `NoIdentityMatch`, `PayloadError` or
    `Cancelled` (all `AgeError`). On any error, the bytes already written to `dst`
    are unverified and must be discarded (see the module docstring).
    """
    done = 0
    chunks = decrypt_chunks(
        identities, src, max_header_bytes=max_header_bytes, max_stanzas=max_stanzas,
        cancelled=cancelled,
    )  # fmt: skip
    for plain in chunks:
        dst.write(plain)
        done += len(plain)
        if progress is not None:
            progress(done)
    return done


def decrypt_chunks(
    identities: Sequence[bytes],
    src: Readable,
    *,
    max_header_bytes: int = DEFAULT_MAX_HEADER_BYTES,
    max_stanzas: int = DEFAULT_MAX_STANZAS,
    cancelled: CancelCallback | None = None,
) -> Iterator[bytes]:
    """`decrypt` as a generator: the plaintext of each chunk, in order, as it is read.

    The caller pulls, so it can consume the plaintext as it comes (constant memory).
    The file has verified only when the generator is exhausted without an error;
    every chunk handed out before that is authentic on its own but unverified as a
    whole, exactly as with `decrypt`. The header is read at the first `next()`.
    """
    if isinstance(identities, bytes | bytearray):
        raise TypeError("identities is a list of keys, not one key")
    if not identities:
        raise ValueError("at least one identity is needed")
    for identity in identities:
        if len(identity) != _KEY_SIZE:
            raise ValueError("an X25519 identity is 32 bytes")
    return _decrypt_chunks(list(identities), src, max_header_bytes, max_stanzas, cancelled)


def _decrypt_chunks(
    identities: list[bytes],
    src: Readable,
    max_header_bytes: int,
    max_stanzas: int,
    cancelled: CancelCallback | None,
) -> Iterator[bytes]:
    source = _Source(src)
    header = _read_header(source, max_header_bytes, max_stanzas)
    file_key = _unwrap_x25519(identities, header.stanzas)
    if len(file_key) != FILE_KEY_SIZE:  # guaranteed by the 32-byte body check
        raise HeaderError(Reason.BAD_X25519_STANZA)
    try:
        _header_mac(file_key, header.mac_input).verify(header.mac)
    except InvalidSignature as exc:
        raise HmacError(Reason.BAD_HEADER_MAC) from exc
    nonce = source.read(STREAM_NONCE_SIZE)
    if len(nonce) != STREAM_NONCE_SIZE:
        raise HeaderError(Reason.MISSING_NONCE)
    yield from _payload_chunks(source, _payload_aead(file_key, nonce), cancelled)


def _open_chunk(aead: ChaCha20Poly1305, counter: int, last: bool, chunk: bytes) -> bytes:
    try:
        return aead.decrypt(_chunk_nonce(counter, last), chunk, None)
    except InvalidTag as exc:
        raise PayloadError(Reason.CHUNK_AUTH_FAILED, f"chunk {counter}") from exc


def _payload_chunks(
    source: _Source, aead: ChaCha20Poly1305, cancelled: CancelCallback | None
) -> Iterator[bytes]:
    # The same decisions as the reference implementation, so the plaintext released
    # before an error is exactly what the CCTV vectors expect.
    counter = 0
    while True:
        _check_cancel(cancelled)
        if counter >= _COUNTER_LIMIT:
            raise PayloadError(Reason.TOO_MANY_CHUNKS)
        chunk = source.read(ENCRYPTED_CHUNK_SIZE)
        if not chunk:
            raise PayloadError(Reason.TRUNCATED_PAYLOAD, "no final chunk")
        if len(chunk) < ENCRYPTED_CHUNK_SIZE:
            # A short chunk can only be the final one; it may be empty (a bare
            # tag) only when it is also the first, i.e. the payload is empty.
            if counter > 0 and len(chunk) == TAG_SIZE:
                raise PayloadError(Reason.EMPTY_FINAL_CHUNK)
            last = True
            plain = _open_chunk(aead, counter, True, chunk)
        else:
            try:
                plain = aead.decrypt(_chunk_nonce(counter, False), chunk, None)
                last = False
            except InvalidTag:
                last = True  # a full-length final chunk
                plain = _open_chunk(aead, counter, True, chunk)
        yield plain
        if last:
            if source.read(1):
                raise PayloadError(Reason.TRAILING_DATA)
            return
        counter += 1


# --------------------------------------------------------------------------- bech32

# BIP-173 Bech32, as age uses it: no length limit on the data part, and the
# checksum is computed over the lower-case string. This is an encoding (with a
# BCH checksum against typos), not cryptography.

_BECH32_CHARSET: Final = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_GEN: Final = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_BECH32_MAX: Final = 8192


def _bech32_polymod(values: Sequence[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ value
        for i, gen in enumerate(_BECH32_GEN):
            if (top >> i) & 1:
                chk ^= gen
    return chk


def _bech32_hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: Sequence[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    maxv = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & maxv)
    elif bits >= from_bits or (acc << (to_bits - bits)) & maxv:
        raise KeyEncodingError(Reason.BAD_KEY_ENCODING, "invalid padding")
    return out


def bech32_encode(hrp: str, data: bytes) -> str:
    """Bech32 (BIP-173) of `data` under the lower-case human-readable part `hrp`."""
    if not hrp or hrp != hrp.lower() or any(not 33 <= ord(c) <= 126 for c in hrp):
        raise ValueError("the hrp must be lower-case printable ASCII")
    words = _convert_bits(data, 8, 5, True)
    poly = _bech32_polymod([*_bech32_hrp_expand(hrp), *words, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32_CHARSET[w] for w in words + checksum)


def bech32_decode(text: str) -> tuple[str, bytes]:
    """(lower-case hrp, data) of a Bech32 string; raises `KeyEncodingError`."""
    bad = KeyEncodingError(Reason.BAD_KEY_ENCODING)
    if len(text) > _BECH32_MAX or any(not 33 <= ord(c) <= 126 for c in text):
        raise bad
    if text != text.lower() and text != text.upper():
        raise KeyEncodingError(Reason.BAD_KEY_ENCODING, "mixed case")
    text = text.lower()
    sep = text.rfind("1")
    if sep < 1 or len(text) - sep - 1 < 6:
        raise bad
    hrp, rest = text[:sep], text[sep + 1 :]
    try:
        words = [_BECH32_CHARSET.index(c) for c in rest]
    except ValueError:
        raise bad from None
    if _bech32_polymod([*_bech32_hrp_expand(hrp), *words]) != 1:
        raise KeyEncodingError(Reason.BAD_KEY_ENCODING, "checksum mismatch")
    return hrp, bytes(_convert_bits(words[:-6], 5, 8, False))


_RECIPIENT_HRP: Final = "age"
_IDENTITY_HRP: Final = "age-secret-key-"


def encode_recipient(public_key: bytes) -> str:
    """`age1…` for a raw X25519 public key."""
    if len(public_key) != _KEY_SIZE:
        raise ValueError("an X25519 public key is 32 bytes")
    return bech32_encode(_RECIPIENT_HRP, public_key)


def decode_recipient(text: str) -> bytes:
    """The raw X25519 public key in an `age1…` string."""
    hrp, data = bech32_decode(text.strip())
    if hrp != _RECIPIENT_HRP or len(data) != _KEY_SIZE:
        raise KeyEncodingError(Reason.BAD_KEY_ENCODING, "not an age X25519 recipient")
    return data


def encode_identity(private_key: bytes) -> str:
    """`AGE-SECRET-KEY-1…` for a raw X25519 private key."""
    if len(private_key) != _KEY_SIZE:
        raise ValueError("an X25519 private key is 32 bytes")
    return bech32_encode(_IDENTITY_HRP, private_key).upper()


def decode_identity(text: str) -> bytes:
    """The raw X25519 private key in an `AGE-SECRET-KEY-1…` string."""
    hrp, data = bech32_decode(text.strip())
    if hrp != _IDENTITY_HRP or len(data) != _KEY_SIZE:
        raise KeyEncodingError(Reason.BAD_KEY_ENCODING, "not an age X25519 identity")
    return data
