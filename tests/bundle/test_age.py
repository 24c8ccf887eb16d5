"""bundle.age on its own: round trips, every kind of tampering, limits, bech32."""

from __future__ import annotations

import io
import tracemalloc

import pytest
from bundlekit import (
    CHUNK,
    ENC_CHUNK,
    FILE_KEY,
    NONCE,
    b64,
    build_header,
    craft,
    decrypt_bytes,
    decrypt_partial,
    encrypt_bytes,
    keypair,
    plaintext,
    raw_stanza,
    stream_chunks,
    x25519_stanza,
)

from kdm_desktop.bundle import age
from kdm_desktop.bundle.age import Reason

ME = keypair(7)
OTHER = keypair(9)


def header_size(data: bytes) -> int:
    return age.parse_header(io.BytesIO(data)).size


# ------------------------------------------------------------------ round trips


@pytest.mark.parametrize(
    "size",
    [0, 1, 100, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 5, 3 * CHUNK],
)
def test_round_trip_sizes(size: int) -> None:
    data = plaintext(size)
    encrypted = encrypt_bytes([ME.public], data)
    assert len(encrypted) == age.encrypted_size(1, size)
    assert decrypt_bytes([ME.private], encrypted) == data


def test_every_recipient_can_decrypt_and_nobody_else() -> None:
    a, b, c = keypair(), keypair(), keypair()
    data = plaintext(5000)
    encrypted = encrypt_bytes([a.public, b.public, c.public], data)
    assert len(encrypted) == age.encrypted_size(3, len(data))
    for key in (a, b, c):
        assert decrypt_bytes([key.private], encrypted) == data
    assert decrypt_bytes([OTHER.private, b.private], encrypted) == data
    with pytest.raises(age.NoIdentityMatch) as info:
        decrypt_bytes([OTHER.private], encrypted)
    assert info.value.reason is Reason.NO_IDENTITY_MATCH


def test_files_are_randomised() -> None:
    data = b"the same plaintext"
    assert encrypt_bytes([ME.public], data) != encrypt_bytes([ME.public], data)


def test_header_shape_matches_the_spec() -> None:
    encrypted = encrypt_bytes([ME.public, OTHER.public], b"x")
    text = encrypted[: header_size(encrypted)].decode("ascii")
    lines = text.split("\n")
    assert lines[0] == "age-encryption.org/v1"
    assert lines[1].startswith("-> X25519 ") and len(lines[1]) == 10 + 43
    assert len(lines[2]) == 43
    assert lines[5].startswith("--- ") and len(lines[5]) == 4 + 43
    header = age.parse_header(io.BytesIO(encrypted))
    assert [s.type for s in header.stanzas] == ["X25519", "X25519"]
    assert all(len(s.body) == 32 for s in header.stanzas)
    assert len(header.mac) == 32
    assert header.mac_input.endswith(b"\n---")


def test_progress_and_cancel() -> None:
    data = plaintext(3 * CHUNK + 10)
    seen: list[int] = []
    out = io.BytesIO()
    age.encrypt([ME.public], io.BytesIO(data), out, progress=seen.append)
    assert seen == [CHUNK, 2 * CHUNK, 3 * CHUNK, 3 * CHUNK + 10]
    seen.clear()
    age.decrypt([ME.private], io.BytesIO(out.getvalue()), io.BytesIO(), progress=seen.append)
    assert seen == [CHUNK, 2 * CHUNK, 3 * CHUNK, 3 * CHUNK + 10]

    calls = iter([False, False, True])
    with pytest.raises(age.Cancelled) as info:
        age.decrypt(
            [ME.private],
            io.BytesIO(out.getvalue()),
            io.BytesIO(),
            cancelled=lambda: next(calls),
        )
    assert info.value.reason is Reason.CANCELLED
    with pytest.raises(age.Cancelled):
        age.encrypt([ME.public], io.BytesIO(data), io.BytesIO(), cancelled=lambda: True)


class _Zeros:
    """A large plaintext source that does not exist in memory."""

    def __init__(self, size: int) -> None:
        self.left = size

    def read(self, n: int = -1) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        self.left -= n
        return bytes(n)


class _Sink:
    def __init__(self) -> None:
        self.size = 0
        self.tail = b""

    def write(self, data: bytes) -> int:
        self.size += len(data)
        self.tail = (self.tail + data[-ENC_CHUNK:])[-2 * ENC_CHUNK :]
        return len(data)


class _Replay:
    """Re-reads an encrypted stream from a generator-like source without storing it."""

    def __init__(self, chunks: list[bytes]) -> None:
        self._data = io.BytesIO(b"".join(chunks))

    def read(self, n: int = -1) -> bytes:
        return self._data.read(n)


def test_streaming_memory_is_constant() -> None:
    size = 16 * 1024 * 1024
    sink = _Sink()
    tracemalloc.start()
    try:
        age.encrypt([ME.public], _Zeros(size), sink)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.size == age.encrypted_size(1, size)
    assert peak < 1024 * 1024, f"peak {peak} bytes for a {size}-byte payload"


def test_decrypt_memory_is_constant(tmp_path) -> None:  # type: ignore[no-untyped-def]
    size = 16 * 1024 * 1024
    path = tmp_path / "big.age"
    with open(path, "wb") as fh:
        age.encrypt([ME.public], _Zeros(size), fh)
    sink = _Sink()
    tracemalloc.start()
    try:
        with open(path, "rb") as fh:
            assert age.decrypt([ME.private], fh, sink) == size
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024


# ------------------------------------------------------------------ truncation


def test_truncation_at_every_offset_of_a_small_file() -> None:
    data = plaintext(200)
    encrypted = encrypt_bytes([ME.public], data)
    hsize = header_size(encrypted)
    for cut in range(len(encrypted)):
        released, error = decrypt_partial([ME.private], encrypted[:cut])
        assert error is not None, f"truncation at {cut} was accepted"
        if cut < hsize:
            assert isinstance(error, age.HeaderError), (cut, error)
            assert error.reason is Reason.TRUNCATED_HEADER or cut >= hsize - 44, (cut, error)
        elif cut < hsize + 16:
            assert error.reason is Reason.MISSING_NONCE
        else:
            assert isinstance(error, age.PayloadError)
        assert released == b""


def test_truncation_at_chunk_boundaries_of_a_multi_chunk_file() -> None:
    for size in (3 * CHUNK, 3 * CHUNK + 777):
        data = plaintext(size, seed=size)
        encrypted = encrypt_bytes([ME.public], data)
        start = header_size(encrypted) + 16
        chunks = -(-size // CHUNK)
        cuts = set()
        for k in range(chunks + 1):
            boundary = start + k * ENC_CHUNK
            cuts |= {boundary - 17, boundary - 16, boundary - 1, boundary, boundary + 1}
            cuts |= {boundary + 16, boundary + 17}
        for cut in sorted(c for c in cuts if start <= c < len(encrypted)):
            released, error = decrypt_partial([ME.private], encrypted[:cut])
            assert isinstance(error, age.PayloadError), (size, cut, error)
            # What was released before the error is a prefix of the real plaintext,
            # whole chunks only.
            assert data.startswith(released)
            assert len(released) % CHUNK == 0


def test_missing_final_chunk_is_detected() -> None:
    data = plaintext(2 * CHUNK)
    encrypted = encrypt_bytes([ME.public], data)
    # The file has exactly two full chunks; drop the final one.
    released, error = decrypt_partial([ME.private], encrypted[:-ENC_CHUNK])
    assert error is not None and error.reason is Reason.TRUNCATED_PAYLOAD
    assert released == data[:CHUNK]


# ------------------------------------------------------------------ bit flips


def test_a_bit_flip_anywhere_in_a_small_file_is_rejected() -> None:
    data = plaintext(300)
    encrypted = encrypt_bytes([ME.public], data)
    for pos in range(len(encrypted)):
        for bit in (pos % 8, (pos + 3) % 8):
            mutated = bytearray(encrypted)
            mutated[pos] ^= 1 << bit
            released, error = decrypt_partial([ME.private], bytes(mutated))
            assert error is not None, f"flip at {pos} bit {bit} accepted"
            assert released == b""


def test_bit_flips_in_each_part_give_the_right_error() -> None:
    data = plaintext(2 * CHUNK + 50)
    encrypted = encrypt_bytes([ME.public], data)
    header = age.parse_header(io.BytesIO(encrypted))
    hsize = header.size
    text = encrypted[:hsize]

    def flipped_b64(line_prefix: bytes, new_value: bytes) -> bytes:
        start = text.index(line_prefix) + len(line_prefix)
        end = text.index(b"\n", start)
        return encrypted[:start] + b64(new_value) + encrypted[end:]

    # The ephemeral share: still a valid point, but the wrap key changes.
    share = age._b64decode(header.stanzas[0].args[1].encode())
    assert share is not None
    bad_share = bytes([share[0] ^ 1]) + share[1:]
    with pytest.raises(age.NoIdentityMatch):
        decrypt_bytes([ME.private], flipped_b64(b"-> X25519 ", bad_share))

    # The wrapped file key (stanza body): its tag fails.
    body = header.stanzas[0].body
    body_line = b64(body)
    pos = encrypted.index(body_line)
    mutated = encrypted[:pos] + b64(bytes([body[0] ^ 0x80]) + body[1:]) + encrypted[pos + 43 :]
    with pytest.raises(age.NoIdentityMatch):
        decrypt_bytes([ME.private], mutated)

    # The MAC.
    with pytest.raises(age.HmacError) as info:
        decrypt_bytes(
            [ME.private], flipped_b64(b"--- ", bytes([header.mac[0] ^ 1]) + header.mac[1:])
        )
    assert info.value.reason is Reason.BAD_HEADER_MAC

    # The payload nonce: every chunk key changes.
    mutated = bytearray(encrypted)
    mutated[hsize] ^= 1
    with pytest.raises(age.PayloadError):
        decrypt_bytes([ME.private], bytes(mutated))

    # Each chunk's ciphertext and each chunk's tag.
    start = hsize + 16
    for k in range(3):
        chunk_end = min(start + (k + 1) * ENC_CHUNK, len(encrypted))
        for pos in (start + k * ENC_CHUNK, chunk_end - 1):  # first byte, last tag byte
            mutated = bytearray(encrypted)
            mutated[pos] ^= 0x40
            released, error = decrypt_partial([ME.private], bytes(mutated))
            assert isinstance(error, age.PayloadError)
            assert error.reason is Reason.CHUNK_AUTH_FAILED
            assert released == data[: k * CHUNK]


# ------------------------------------------------------------------ chunk tampering


def _chunks(encrypted: bytes) -> tuple[bytes, list[bytes]]:
    start = header_size(encrypted) + 16
    body = encrypted[start:]
    return encrypted[:start], [body[i : i + ENC_CHUNK] for i in range(0, len(body), ENC_CHUNK)]


def test_swapped_duplicated_and_dropped_chunks_are_rejected() -> None:
    data = plaintext(3 * CHUNK + 123)
    encrypted = encrypt_bytes([ME.public], data)
    head, chunks = _chunks(encrypted)
    assert len(chunks) == 4
    variants = {
        "swap 0-1": [chunks[1], chunks[0], chunks[2], chunks[3]],
        "swap 1-2": [chunks[0], chunks[2], chunks[1], chunks[3]],
        "duplicate 0": [chunks[0], chunks[0], chunks[1], chunks[2], chunks[3]],
        "duplicate 1": [chunks[0], chunks[1], chunks[1], chunks[2], chunks[3]],
        "duplicate final": [*chunks, chunks[3]],
        "drop 0": chunks[1:],
        "drop 1": [chunks[0], chunks[2], chunks[3]],
        "drop final": chunks[:3],
        "final first": [chunks[3], *chunks[:3]],
    }
    for name, parts in variants.items():
        released, error = decrypt_partial([ME.private], head + b"".join(parts))
        assert isinstance(error, age.PayloadError), name
        assert data.startswith(released), name


def test_final_flag_on_the_wrong_chunk() -> None:
    me = ME.public
    full = plaintext(CHUNK, seed=2)
    # A full first chunk marked final, then more data: its plaintext is released
    # (as the reference implementation does) and the extra data is refused.
    released, error = decrypt_partial([ME.private], craft(me, [(full, True), (b"more", True)]))
    assert error is not None and error.reason is Reason.TRAILING_DATA
    assert released == full
    # A short chunk marked final followed by another: a short chunk must be last.
    released, error = decrypt_partial([ME.private], craft(me, [(b"abc", True), (b"def", True)]))
    assert error is not None and error.reason is Reason.CHUNK_AUTH_FAILED
    assert released == b""
    # The real last chunk not marked final.
    released, error = decrypt_partial([ME.private], craft(me, [(full, False), (b"end", False)]))
    assert error is not None and error.reason is Reason.CHUNK_AUTH_FAILED
    assert released == full
    # No chunk marked final at all, every chunk full.
    released, error = decrypt_partial([ME.private], craft(me, [(full, False), (full, False)]))
    assert error is not None and error.reason is Reason.TRUNCATED_PAYLOAD
    # An empty final chunk after a full one.
    released, error = decrypt_partial([ME.private], craft(me, [(full, False), (b"", True)]))
    assert error is not None and error.reason is Reason.EMPTY_FINAL_CHUNK
    # ...but an empty payload is a single empty final chunk.
    assert decrypt_bytes([ME.private], craft(me, [(b"", True)])) == b""
    # A full final chunk is valid.
    assert decrypt_bytes([ME.private], craft(me, [(full, False), (full, True)])) == full + full
    # No chunk at all.
    released, error = decrypt_partial([ME.private], craft(me, []))
    assert error is not None and error.reason is Reason.TRUNCATED_PAYLOAD


@pytest.mark.parametrize("extra", [b"\x00", b"garbage", bytes(ENC_CHUNK), bytes(3 * ENC_CHUNK)])
def test_trailing_garbage_is_rejected(extra: bytes) -> None:
    # After a full-length final chunk, extra bytes are "trailing data"; the final
    # chunk itself is authentic and released (the caller must discard it on error).
    data = plaintext(2 * CHUNK)
    released, error = decrypt_partial([ME.private], encrypt_bytes([ME.public], data) + extra)
    assert error is not None and error.reason is Reason.TRAILING_DATA
    assert released == data
    # After a short final chunk, extra bytes become part of that chunk (chunks are
    # framed by size), so its tag fails and nothing of it is released.
    data = plaintext(CHUNK + 1000)
    released, error = decrypt_partial([ME.private], encrypt_bytes([ME.public], data) + extra)
    assert isinstance(error, age.PayloadError)
    assert released == data[:CHUNK]


def test_a_valid_chunk_from_another_file_is_rejected() -> None:
    one = encrypt_bytes([ME.public], plaintext(2 * CHUNK, seed=1))
    two = encrypt_bytes([ME.public], plaintext(2 * CHUNK, seed=2))
    head, chunks = _chunks(one)
    _, other = _chunks(two)
    released, error = decrypt_partial([ME.private], head + chunks[0] + other[1])
    assert error is not None and error.reason is Reason.CHUNK_AUTH_FAILED
    assert released == plaintext(2 * CHUNK, seed=1)[:CHUNK]


# ------------------------------------------------------------------ header rules


def _with_stanzas(*stanzas: bytes, payload: bytes = b"hi") -> bytes:
    return (
        build_header(FILE_KEY, list(stanzas))
        + NONCE
        + stream_chunks(FILE_KEY, NONCE, [(payload, True)])
    )


def test_unknown_stanzas_are_ignored() -> None:
    data = _with_stanzas(
        raw_stanza(b"grease !x", b""),
        x25519_stanza(FILE_KEY, ME.public),
        raw_stanza(b"example.org/other a b c", bytes(100)),
        raw_stanza(b"x25519 lowercase-is-another-type", bytes(48)),
    )
    assert decrypt_bytes([ME.private], data) == b"hi"
    header = age.parse_header(io.BytesIO(data))
    assert [s.type for s in header.stanzas] == ["grease", "X25519", "example.org/other", "x25519"]


def test_only_unknown_stanzas_means_no_match() -> None:
    with pytest.raises(age.NoIdentityMatch):
        decrypt_bytes([ME.private], _with_stanzas(raw_stanza(b"other", b"")))


@pytest.mark.parametrize(
    ("stanza", "reason"),
    [
        (b"-> X25519\n" + b64(bytes(32)) + b"\n", Reason.BAD_X25519_STANZA),
        (
            b"-> X25519 " + b64(bytes(range(32))) + b" extra\n" + b64(bytes(32)) + b"\n",
            Reason.BAD_X25519_STANZA,
        ),
        (b"-> X25519 " + b64(bytes(31)) + b"\n" + b64(bytes(32)) + b"\n", Reason.BAD_X25519_STANZA),
        (b"-> X25519 " + b64(bytes(33)) + b"\n" + b64(bytes(32)) + b"\n", Reason.BAD_X25519_STANZA),
        (
            b"-> X25519 " + b64(bytes(range(32))) + b"\n" + b64(bytes(33)) + b"\n",
            Reason.BAD_X25519_STANZA,
        ),
        (
            b"-> X25519 " + b64(bytes(range(32))) + b"\n" + b64(bytes(16)) + b"\n",
            Reason.BAD_X25519_STANZA,
        ),
        (
            b"-> scrypt c2FsdHNhbHRzYWx0c2FsdA 10\n" + b64(bytes(32)) + b"\n",
            Reason.SCRYPT_NOT_ALONE,
        ),
        (b"-> a  b\n\n", Reason.BAD_STANZA),
        (b"-> a \n\n", Reason.BAD_STANZA),
        (b"-> \n\n", Reason.BAD_STANZA),
        (b"-> caf\xc3\xa9\n\n", Reason.BAD_STANZA),
        (b"-> a\n" + b"A" * 65 + b"\n\n", Reason.BAD_STANZA),
        (b"-> a\n" + b"A" * 64 + b"\n", Reason.BAD_STANZA),  # no final short line
        (b"-> a\nAA==\n", Reason.BAD_STANZA),  # padding
        (b"-> a\nAB\n", Reason.BAD_STANZA),  # non-canonical: unused bits set
        (b"-> a\nA\n", Reason.BAD_STANZA),  # impossible length
        (b"-> a\nAAA\r\n", Reason.BAD_STANZA),
        (b"->a\n\n", Reason.BAD_LINE),
    ],
)
def test_malformed_stanzas_are_header_errors(stanza: bytes, reason: Reason) -> None:
    data = _with_stanzas(x25519_stanza(FILE_KEY, ME.public), stanza)
    with pytest.raises(age.HeaderError) as info:
        decrypt_bytes([ME.private], data)
    assert info.value.reason is reason
    # The same rules apply without any key.
    with pytest.raises(age.HeaderError):
        age.parse_header(io.BytesIO(data))


@pytest.mark.parametrize(
    "share",
    [
        bytes(32),  # the identity point
        bytes([1]) + bytes(31),  # order 1 in the u-coordinate encoding
        bytes.fromhex(
            "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"
        ),  # order 8
    ],
)
def test_low_order_shares_abort(share: bytes) -> None:
    stanza = b"-> X25519 " + b64(share) + b"\n" + b64(bytes(32)) + b"\n"
    with pytest.raises(age.HeaderError) as info:
        decrypt_bytes([ME.private], _with_stanzas(stanza, x25519_stanza(FILE_KEY, ME.public)))
    assert info.value.reason is Reason.LOW_ORDER_SHARE


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", Reason.TRUNCATED_HEADER),
        (b"age-encryption.org/v1", Reason.TRUNCATED_HEADER),
        (b"age-encryption.org/v2\n", Reason.UNSUPPORTED_VERSION),
        (b"age-encryption.org/v1\r\n", Reason.UNSUPPORTED_VERSION),
        (b"age-encryption.org/v1 \n", Reason.UNSUPPORTED_VERSION),
        (b"-----BEGIN AGE ENCRYPTED FILE-----\n", Reason.BAD_VERSION_LINE),
        (b"KDMB\x00\x01\n", Reason.BAD_VERSION_LINE),
        (b"age-encryption.org/v1\n--- " + b64(bytes(32)) + b"\n", Reason.NO_STANZAS),
        (b"age-encryption.org/v1\n-> a\n\n---\n", Reason.BAD_MAC_LINE),
        (b"age-encryption.org/v1\n-> a\n\n--- " + b64(bytes(31)) + b"\n", Reason.BAD_MAC_LINE),
        (b"age-encryption.org/v1\n-> a\n\n--- " + b64(bytes(32)) + b" \n", Reason.BAD_MAC_LINE),
        (b"age-encryption.org/v1\n-> a\n\nfoo\n", Reason.BAD_LINE),
    ],
)
def test_malformed_headers(data: bytes, reason: Reason) -> None:
    with pytest.raises(age.HeaderError) as info:
        decrypt_bytes([ME.private], data)
    assert info.value.reason is reason


def test_non_canonical_mac_encoding_is_rejected() -> None:
    encrypted = encrypt_bytes([ME.public], b"x")
    hsize = header_size(encrypted)
    mac_line_start = encrypted.rindex(b"--- ", 0, hsize) + 4
    last = encrypted[mac_line_start + 42 : mac_line_start + 43]
    # The 43rd character carries 2 unused bits; setting one keeps the decoded MAC.
    alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    index = alphabet.index(last)
    assert index % 4 == 0
    mutated = bytearray(encrypted)
    mutated[mac_line_start + 42] = alphabet[index + 1]
    with pytest.raises(age.HeaderError) as info:
        decrypt_bytes([ME.private], bytes(mutated))
    assert info.value.reason is Reason.BAD_MAC_LINE


def test_missing_or_short_nonce() -> None:
    encrypted = encrypt_bytes([ME.public], b"x")
    hsize = header_size(encrypted)
    for cut in (hsize, hsize + 1, hsize + 15):
        with pytest.raises(age.HeaderError) as info:
            decrypt_bytes([ME.private], encrypted[:cut])
        assert info.value.reason is Reason.MISSING_NONCE


# ------------------------------------------------------------------ limits


def test_stanza_count_limit() -> None:
    keys = [keypair() for _ in range(5)]
    encrypted = encrypt_bytes([k.public for k in keys], b"x")
    assert decrypt_bytes([keys[-1].private], encrypted) == b"x"
    with pytest.raises(age.HeaderError) as info:
        age.decrypt([keys[0].private], io.BytesIO(encrypted), io.BytesIO(), max_stanzas=4)
    assert info.value.reason is Reason.TOO_MANY_STANZAS
    many = encrypt_bytes([keypair().public for _ in range(age.DEFAULT_MAX_STANZAS + 1)], b"x")
    with pytest.raises(age.HeaderError) as info:
        decrypt_bytes([ME.private], many)
    assert info.value.reason is Reason.TOO_MANY_STANZAS


class _CountingReader:
    def __init__(self, data: bytes) -> None:
        self._io = io.BytesIO(data)
        self.consumed = 0

    def read(self, n: int = -1) -> bytes:
        data = self._io.read(n)
        self.consumed += len(data)
        return data


@pytest.mark.parametrize(
    "data",
    [
        b"age-encryption.org/v1\n-> " + b"a" * 10_000_000,  # one endless line
        b"age-encryption.org/v1\n" + b"-> a\n\n" * 2_000_000,  # endless stanzas
        b"age-encryption.org/v1\n-> a\n" + (b"A" * 64 + b"\n") * 200_000,  # endless body
    ],
)
def test_header_size_limit_stops_reading_early(data: bytes) -> None:
    reader = _CountingReader(data)
    with pytest.raises(age.HeaderError) as info:
        age.decrypt(
            [ME.private], reader, io.BytesIO(), max_header_bytes=8192, max_stanzas=10_000_000
        )
    assert info.value.reason is Reason.HEADER_TOO_LARGE
    assert reader.consumed <= 8192 + 4096


def test_api_misuse_raises_value_error() -> None:
    with pytest.raises(TypeError):
        age.decrypt(ME.private, io.BytesIO(b""), io.BytesIO())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        age.encrypt(ME.public, io.BytesIO(b""), io.BytesIO())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="identity"):
        age.decrypt([], io.BytesIO(b""), io.BytesIO())
    with pytest.raises(ValueError, match="32 bytes"):
        age.decrypt([b"short"], io.BytesIO(b""), io.BytesIO())
    with pytest.raises(age.RecipientError) as info:
        age.encrypt([], io.BytesIO(b""), io.BytesIO())
    assert info.value.reason is Reason.NO_RECIPIENTS
    with pytest.raises(age.RecipientError):
        age.encrypt([b"short"], io.BytesIO(b""), io.BytesIO())
    with pytest.raises(age.RecipientError):  # a low-order point as recipient
        age.encrypt([bytes(32)], io.BytesIO(b""), io.BytesIO())


def test_all_errors_share_one_base() -> None:
    for cls in (
        age.HeaderError,
        age.HmacError,
        age.NoIdentityMatch,
        age.PayloadError,
        age.RecipientError,
        age.KeyEncodingError,
        age.Cancelled,
    ):
        assert issubclass(cls, age.AgeError)
    assert str(age.PayloadError(Reason.TRAILING_DATA, "x")) == "trailing_data: x"


def test_short_reads_from_the_source_are_handled() -> None:
    class Trickle:
        def __init__(self, data: bytes) -> None:
            self._io = io.BytesIO(data)

        def read(self, n: int = -1) -> bytes:
            return self._io.read(min(n, 1000) if n >= 0 else 1000)

    data = plaintext(3 * CHUNK + 5)
    encrypted = encrypt_bytes([ME.public], data)
    out = io.BytesIO()
    age.decrypt([ME.private], Trickle(encrypted), out)
    assert out.getvalue() == data
    out = io.BytesIO()
    age.encrypt([ME.public], Trickle(data), out)
    assert decrypt_bytes([ME.private], out.getvalue()) == data


# ------------------------------------------------------------------ bech32


BIP173_VALID = [
    "A12UEL5L",
    "a12uel5l",
    "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
    "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
    "11" + "q" * 82 + "c8247j",
    "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
    "?1ezyfcl",
]

BIP173_INVALID = [
    "\x201nwldj5",  # HRP character out of range
    "\x7f1axkwrx",
    "pzry9x0s0muk",  # no separator
    "1pzry9x0s0muk",  # empty HRP
    "x1b4n0q5v",  # invalid data character
    "li1dgmt3",  # too short checksum
    "de1lg7wt\xff",
    "A1G7SGD8",  # checksum computed with an upper-case HRP
    "10a06t8",  # empty HRP
    "1qzzfhee",  # empty HRP
    "a12UEL5L",  # mixed case
]


@pytest.mark.parametrize("text", BIP173_VALID)
def test_bech32_bip173_valid(text: str) -> None:
    hrp, _ = age.bech32_decode(text)
    assert hrp == text.lower()[: text.rfind("1")]


@pytest.mark.parametrize("text", BIP173_INVALID)
def test_bech32_bip173_invalid(text: str) -> None:
    with pytest.raises(age.KeyEncodingError):
        age.bech32_decode(text)


def test_bech32_round_trip_and_typo_detection() -> None:
    for data in (b"", b"\x00", bytes(range(32)), bytes(range(256))):
        text = age.bech32_encode("test", data)
        assert age.bech32_decode(text) == ("test", data)
        assert age.bech32_decode(text.upper()) == ("test", data)
    text = age.bech32_encode("age", bytes(range(32)))
    for i in range(4, len(text)):
        typo = text[:i] + ("q" if text[i] != "q" else "p") + text[i + 1 :]
        with pytest.raises(age.KeyEncodingError):
            age.bech32_decode(typo)


def test_age_key_strings_from_the_spec() -> None:
    identity = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
    recipient = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"
    private = age.decode_identity(identity)
    assert age.encode_identity(private) == identity
    assert age.encode_recipient(age.recipient_from_identity(private)) == recipient
    assert age.decode_recipient(recipient) == age.recipient_from_identity(private)
    with pytest.raises(age.KeyEncodingError):
        age.decode_identity(recipient)
    with pytest.raises(age.KeyEncodingError):
        age.decode_recipient(identity)
    with pytest.raises(age.KeyEncodingError):  # the post-quantum identity type
        age.decode_identity(
            "AGE-SECRET-KEY-PQ-1XX76JRALNLXDMEW0CRK45QMCCH4X06SE84UN3VPM33W6HWDX0H3SK3ZQFR"
        )
