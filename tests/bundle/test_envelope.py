"""Signed bundles: what the importer must survive (docs/bundle-format.md, "Attacks")."""

from __future__ import annotations

import hashlib
import io
import os
import struct
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bundlekit import CHUNK, plaintext, trusting
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kdm_desktop.bundle import age, envelope
from kdm_desktop.bundle.envelope import (
    EnvelopeCancelled,
    EnvelopeError,
    EnvelopeWriteError,
    MalformedEnvelope,
    PayloadRejected,
    Reason,
    UntrustedEnvelope,
    VerifiedEnvelope,
    VerifiedSender,
    WrongRecipient,
    inspect_envelope,
    open_envelope,
    verify_envelope,
    write_envelope,
)
from kdm_desktop.bundle.identity import CentreIdentity

WHEN = datetime(2026, 2, 1, 8, 30, tzinfo=UTC)
BUNDLE_ID = bytes(range(16))


def _write(
    path: Path,
    sender: CentreIdentity,
    recipients: list[CentreIdentity],
    payload: bytes,
    *,
    sequence: int = 1,
    bundle_id: bytes = BUNDLE_ID,
) -> envelope.WrittenEnvelope:
    return write_envelope(
        path,
        sender,
        [r.card.encryption_public for r in recipients],
        io.BytesIO(payload),
        sequence=sequence,
        bundle_id=bundle_id,
        created_at=WHEN,
    )


def _open(
    path: Path, sender: CentreIdentity, me: CentreIdentity
) -> tuple[bytes, envelope.OpenedEnvelope]:
    verified = verify_envelope(path, trusting(sender.card))
    staging = io.BytesIO()
    opened = open_envelope(verified, [me.encryption_private], staging)
    return staging.getvalue(), opened


def _assemble(
    signer: CentreIdentity,
    age_recipients: list[bytes],
    plaintext_bytes: bytes,
    *,
    sender_key: bytes | None = None,
    bundle_id: bytes = BUNDLE_ID,
    version: int = 1,
) -> bytes:
    """A bundle built by hand (as an attacker or a buggy sender would), validly signed."""
    out = io.BytesIO()
    age.encrypt(age_recipients, io.BytesIO(plaintext_bytes), out)
    age_file = out.getvalue()
    routing = (sender_key or signer.card.signing_public) + bundle_id
    signed = b"KDMB" + struct.pack(">HH", version, len(routing)) + routing
    signed += struct.pack(">Q", len(age_file)) + age_file
    digest = hashlib.sha512(signed).digest()
    key = Ed25519PrivateKey.from_private_bytes(signer.signing_private)
    return signed + key.sign(b"KDM-BUNDLE-SIG-v1\x00" + digest)


def _inner(
    sender: CentreIdentity,
    recipients: list[bytes],
    *,
    bundle_id: bytes = BUNDLE_ID,
    magic: bytes = b"KDMI",
    version: int = 1,
    sequence: int = 5,
    count: int | None = None,
) -> bytes:
    return struct.pack(
        ">4sH32s16sQQB",
        magic,
        version,
        sender.card.signing_public,
        bundle_id,
        sequence,
        int(WHEN.timestamp()),
        len(recipients) if count is None else count,
    ) + b"".join(recipients)


# ------------------------------------------------------------------ round trips


@pytest.mark.parametrize("size", [0, 1, 1000, CHUNK - 100, 3 * CHUNK + 7])
def test_round_trip(tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity, size: int) -> None:
    data = plaintext(size, seed=size)
    path = tmp_path / "a.kdmb"
    written = _write(path, alice, [bora], data, sequence=42)
    assert written.size == path.stat().st_size
    assert written.bundle_id == BUNDLE_ID

    verified = verify_envelope(path, trusting(alice.card))
    assert verified.sender.card == alice.card
    assert verified.bundle_id == BUNDLE_ID
    assert verified.digest == written.digest
    assert verified.version == 1

    staging = io.BytesIO()
    progress: list[int] = []
    opened = open_envelope(verified, [bora.encryption_private], staging, progress=progress.append)
    assert staging.getvalue() == data
    assert opened.sequence == 42
    assert opened.created_at == WHEN
    assert opened.recipients == (bora.card.encryption_public,)
    assert opened.payload_size == size
    assert opened.sender.card == alice.card
    assert opened.bundle_id == BUNDLE_ID
    assert progress and progress[-1] == size


def test_several_recipients_and_old_keys(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity, cemre: CentreIdentity
) -> None:
    path = tmp_path / "a.kdmb"
    _write(path, alice, [bora, cemre], b"vaka dosyasi")
    for me in (bora, cemre):
        assert _open(path, alice, me)[0] == b"vaka dosyasi"
    # A centre that changed its key keeps the old one to open bundles in transit.
    verified = verify_envelope(path, trusting(alice.card))
    staging = io.BytesIO()
    new_key = CentreIdentity.generate(name="x", code="XX", created=WHEN).encryption_private
    open_envelope(verified, [new_key, cemre.encryption_private], staging)
    assert staging.getvalue() == b"vaka dosyasi"


def test_random_bundle_id_and_default_time(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity
) -> None:
    a = write_envelope(
        tmp_path / "a", alice, [bora.card.encryption_public], io.BytesIO(b"x"), sequence=1
    )
    b = write_envelope(
        tmp_path / "b", alice, [bora.card.encryption_public], io.BytesIO(b"x"), sequence=2
    )
    assert a.bundle_id != b.bundle_id and len(a.bundle_id) == 16
    assert abs((a.created_at - datetime.now(UTC)).total_seconds()) < 60


def test_inspect_routing_header(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity
) -> None:
    path = tmp_path / "a.kdmb"
    _write(path, alice, [bora], b"x")
    info = inspect_envelope(path)
    assert info.version == 1
    assert info.sender_key == alice.card.signing_public
    assert info.bundle_id == BUNDLE_ID
    assert info.size == path.stat().st_size


def test_nothing_personal_is_visible_outside(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity
) -> None:
    secret = "Ayşe Yılmaz, 12345678901, Bursa'ya taşındı".encode()
    # Three independent encryptions: a short needle (a 3-letter centre code) can turn
    # up in random ciphertext by chance (about 1 in 16,000 per KiB), but a real leak is
    # in every one of them.
    samples = []
    for n in range(3):
        path = tmp_path / f"a{n}.kdmb"
        _write(path, alice, [bora], secret, sequence=0x0102030405060708, bundle_id=b"\xee" * 16)
        samples.append(path.read_bytes())
    for needle in (
        secret[:8],
        alice.card.name.encode(),
        alice.card.code.encode(),
        bora.card.name.encode(),
        bora.card.code.encode(),
        bora.card.encryption_public,  # where it goes
        alice.card.encryption_public,
        bytes.fromhex("0102030405060708"),  # how many bundles alice has sent
        struct.pack(">Q", int(WHEN.timestamp())),
    ):
        assert not all(needle in data for data in samples), needle


# ------------------------------------------------------------------ writing


def test_write_is_atomic_and_private(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity
) -> None:
    path = tmp_path / "a.kdmb"
    path.write_bytes(b"an older file")
    _write(path, alice, [bora], b"new")
    assert _open(path, alice, bora)[0] == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.kdmb"]
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


def test_cancel_leaves_nothing(tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity) -> None:
    calls = iter([False, True])
    with pytest.raises(EnvelopeCancelled) as info:
        write_envelope(
            tmp_path / "a.kdmb",
            alice,
            [bora.card.encryption_public],
            io.BytesIO(plaintext(3 * CHUNK)),
            sequence=1,
            cancelled=lambda: next(calls),
        )
    assert info.value.reason is Reason.CANCELLED
    assert list(tmp_path.iterdir()) == []


class _Stream:
    """A non-seekable source."""

    def __init__(self, data: bytes) -> None:
        self._io = io.BytesIO(data)

    def read(self, n: int = -1) -> bytes:
        return self._io.read(n)


def test_non_seekable_source_needs_its_size(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity
) -> None:
    key = [bora.card.encryption_public]
    data = plaintext(CHUNK + 5)
    with pytest.raises(ValueError, match="payload_size"):
        write_envelope(tmp_path / "a", alice, key, _Stream(data), sequence=1)
    write_envelope(tmp_path / "a", alice, key, _Stream(data), sequence=1, payload_size=len(data))
    assert _open(tmp_path / "a", alice, bora)[0] == data
    for wrong in (len(data) - 1, len(data) + 1):
        with pytest.raises(ValueError, match="payload"):
            write_envelope(
                tmp_path / "b", alice, key, _Stream(data), sequence=1, payload_size=wrong
            )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]


def test_seekable_source_is_read_from_its_position(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity
) -> None:
    src = io.BytesIO(b"HEADERpayload")
    src.seek(6)
    write_envelope(tmp_path / "a", alice, [bora.card.encryption_public], src, sequence=1)
    assert _open(tmp_path / "a", alice, bora)[0] == b"payload"


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"recipients": []}, "recipients"),
        ({"recipients": [b"x" * 31]}, "recipients"),
        ({"recipients": "dup"}, "recipients"),
        ({"recipients": [bytes(32)]}, "recipient"),  # low-order point
        ({"sequence": -1}, "sequence"),
        ({"sequence": 1 << 64}, "sequence"),
        ({"bundle_id": b"short"}, "bundle id"),
        ({"created_at": datetime(2026, 1, 1)}, "created_at"),
        ({"payload_size": -1}, "negative"),
    ],
)
def test_bad_arguments(
    tmp_path: Path,
    alice: CentreIdentity,
    bora: CentreIdentity,
    kwargs: dict[str, object],
    match: str,
) -> None:
    recipients = kwargs.pop("recipients", [bora.card.encryption_public])
    if recipients == "dup":
        recipients = [bora.card.encryption_public] * 2
    args: dict[str, object] = {"sequence": 1, **kwargs}
    with pytest.raises(ValueError, match=match):
        write_envelope(tmp_path / "a", alice, recipients, io.BytesIO(b"x"), **args)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_too_many_recipients(tmp_path: Path, alice: CentreIdentity) -> None:
    keys = [
        CentreIdentity.generate(name="r", code="RR", created=WHEN).card.encryption_public
        for _ in range(envelope.MAX_RECIPIENTS + 1)
    ]
    with pytest.raises(ValueError, match="recipients"):
        write_envelope(tmp_path / "a", alice, keys, io.BytesIO(b"x"), sequence=1)
    write_envelope(tmp_path / "a", alice, keys[:-1], io.BytesIO(b"x"), sequence=1)


def test_a_bad_read_back_deletes_the_file(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> VerifiedEnvelope:
        raise UntrustedEnvelope(Reason.BAD_SIGNATURE)

    monkeypatch.setattr(envelope, "verify_envelope", broken)
    with pytest.raises(EnvelopeWriteError) as info:
        _write(tmp_path / "a.kdmb", alice, [bora], b"x")
    assert info.value.reason is Reason.WRITE_VERIFY_FAILED
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ structure


@pytest.fixture
def small(tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity) -> bytes:
    path = tmp_path / "small.kdmb"
    _write(path, alice, [bora], b"kisa bir icerik")
    return path.read_bytes()


def _verify_bytes(tmp_path: Path, data: bytes, *cards: CentreIdentity) -> VerifiedEnvelope:
    path = tmp_path / "candidate.kdmb"
    path.write_bytes(data)
    return verify_envelope(path, trusting(*(c.card for c in cards)))


def test_truncation_at_every_offset(tmp_path: Path, small: bytes, alice: CentreIdentity) -> None:
    for cut in range(len(small)):
        with pytest.raises(MalformedEnvelope) as info:
            _verify_bytes(tmp_path, small[:cut], alice)
        assert info.value.reason is Reason.TRUNCATED, cut


def test_signature_missing(tmp_path: Path, small: bytes, alice: CentreIdentity) -> None:
    with pytest.raises(MalformedEnvelope) as info:
        _verify_bytes(tmp_path, small[:-64], alice)
    assert info.value.reason is Reason.TRUNCATED


@pytest.mark.parametrize("extra", [b"\x00", b"x" * 100, bytes(64)])
def test_trailing_data(tmp_path: Path, small: bytes, alice: CentreIdentity, extra: bytes) -> None:
    with pytest.raises(MalformedEnvelope) as info:
        _verify_bytes(tmp_path, small + extra, alice)
    assert info.value.reason is Reason.TRAILING_DATA


@pytest.mark.parametrize(
    ("offset", "value", "reason"),
    [
        (0, b"KDMA", Reason.BAD_MAGIC),
        (0, b"age-", Reason.BAD_MAGIC),
        (4, struct.pack(">H", 0), Reason.DOWNGRADE),
        (4, struct.pack(">H", 2), Reason.UNSUPPORTED_VERSION),
        (4, struct.pack(">H", 0xFFFF), Reason.UNSUPPORTED_VERSION),
        (6, struct.pack(">H", 0xFFFF), Reason.HEADER_TOO_LARGE),
        (6, struct.pack(">H", 1025), Reason.HEADER_TOO_LARGE),
        (6, struct.pack(">H", 47), Reason.BAD_HEADER),
        (6, struct.pack(">H", 0), Reason.BAD_HEADER),
        (56, struct.pack(">Q", 1 << 63), Reason.LENGTH_OUT_OF_RANGE),
        (56, struct.pack(">Q", (1 << 40) + 1), Reason.LENGTH_OUT_OF_RANGE),
    ],
)
def test_header_fields(
    tmp_path: Path, small: bytes, alice: CentreIdentity, offset: int, value: bytes, reason: Reason
) -> None:
    data = small[:offset] + value + small[offset + len(value) :]
    with pytest.raises(MalformedEnvelope) as info:
        _verify_bytes(tmp_path, data, alice)
    assert info.value.reason is reason


def test_declared_length_must_match(tmp_path: Path, small: bytes, alice: CentreIdentity) -> None:
    (length,) = struct.unpack(">Q", small[56:64])
    for declared, reason in ((length + 1, Reason.TRUNCATED), (length - 1, Reason.TRAILING_DATA)):
        data = small[:56] + struct.pack(">Q", declared) + small[64:]
        with pytest.raises(MalformedEnvelope) as info:
            _verify_bytes(tmp_path, data, alice)
        assert info.value.reason is reason


def test_not_a_regular_file(tmp_path: Path, alice: CentreIdentity) -> None:
    with pytest.raises(MalformedEnvelope) as info:
        verify_envelope(tmp_path, trusting(alice.card))
    assert info.value.reason is Reason.NOT_A_FILE
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "fifo.kdmb"
        os.mkfifo(fifo)
        with pytest.raises(MalformedEnvelope) as info:  # and it does not hang
            verify_envelope(fifo, trusting(alice.card))
        assert info.value.reason is Reason.NOT_A_FILE


# ------------------------------------------------------------------ signature and sender


def test_unknown_sender(tmp_path: Path, small: bytes, bora: CentreIdentity) -> None:
    with pytest.raises(UntrustedEnvelope) as info:
        _verify_bytes(tmp_path, small, bora)
    assert info.value.reason is Reason.UNKNOWN_SENDER


def test_trust_store_answering_for_another_key(
    tmp_path: Path, small: bytes, bora: CentreIdentity
) -> None:
    path = tmp_path / "x.kdmb"
    path.write_bytes(small)
    with pytest.raises(UntrustedEnvelope) as info:
        verify_envelope(path, lambda key: VerifiedSender(bora.card))
    assert info.value.reason is Reason.UNKNOWN_SENDER


def test_revoked_sender_can_be_refused_by_the_trust_store(
    tmp_path: Path, small: bytes, alice: CentreIdentity
) -> None:
    path = tmp_path / "x.kdmb"
    path.write_bytes(small)

    def revoked(key: bytes) -> VerifiedSender | None:
        raise UntrustedEnvelope(Reason.UNKNOWN_SENDER, "revoked")

    with pytest.raises(UntrustedEnvelope):
        verify_envelope(path, revoked)


def test_every_bit_flip_is_refused_before_decryption(
    tmp_path: Path, small: bytes, alice: CentreIdentity
) -> None:
    reasons = set()
    for pos in range(len(small)):
        mutated = bytearray(small)
        mutated[pos] ^= 1 << (pos % 8)
        with pytest.raises(EnvelopeError) as info:
            _verify_bytes(tmp_path, bytes(mutated), alice)
        reasons.add(info.value.reason)
        if pos >= 8 + 32 and not 56 <= pos < 64:  # not the fixed fields or the sender key
            assert info.value.reason is Reason.BAD_SIGNATURE, pos
    assert Reason.UNKNOWN_SENDER in reasons  # flips in the sender key


def test_signature_moved_to_another_bundle(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity
) -> None:
    _write(tmp_path / "a", alice, [bora], b"one", bundle_id=bytes(16))
    _write(tmp_path / "b", alice, [bora], b"two", bundle_id=bytes(16))
    a, b = (tmp_path / "a").read_bytes(), (tmp_path / "b").read_bytes()
    with pytest.raises(UntrustedEnvelope) as info:
        _verify_bytes(tmp_path, b[:-64] + a[-64:], alice)
    assert info.value.reason is Reason.BAD_SIGNATURE


def test_changed_bundle_id_or_sender_key(
    tmp_path: Path, small: bytes, alice: CentreIdentity, cemre: CentreIdentity
) -> None:
    other_id = small[:40] + bytes(16) + small[56:]
    with pytest.raises(UntrustedEnvelope) as info:
        _verify_bytes(tmp_path, other_id, alice)
    assert info.value.reason is Reason.BAD_SIGNATURE
    # Claiming to be another trusted centre without its key.
    claimed = small[:8] + cemre.card.signing_public + small[40:]
    with pytest.raises(UntrustedEnvelope) as info:
        _verify_bytes(tmp_path, claimed, alice, cemre)
    assert info.value.reason is Reason.BAD_SIGNATURE


def test_signature_stripped_and_replaced_by_another_trusted_centre(
    tmp_path: Path, small: bytes, alice: CentreIdentity, bora: CentreIdentity, cemre: CentreIdentity
) -> None:
    """Cemre takes Alice's bundle, signs its ciphertext as her own (encrypt-then-sign's
    weakness): the signature is valid, but the inner block names Alice."""
    age_file = small[64:-64]
    routing = cemre.card.signing_public + BUNDLE_ID
    signed = (
        b"KDMB" + struct.pack(">HH", 1, 48) + routing + struct.pack(">Q", len(age_file)) + age_file
    )
    key = Ed25519PrivateKey.from_private_bytes(cemre.signing_private)
    forged = signed + key.sign(b"KDM-BUNDLE-SIG-v1\x00" + hashlib.sha512(signed).digest())
    verified = _verify_bytes(tmp_path, forged, alice, cemre)
    assert verified.sender.card == cemre.card
    staging = io.BytesIO()
    with pytest.raises(PayloadRejected) as info:
        open_envelope(verified, [bora.encryption_private], staging)
    assert info.value.reason is Reason.INNER_SENDER_MISMATCH
    assert staging.getvalue() == b""


def test_re_addressed_content(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity, cemre: CentreIdentity
) -> None:
    """Bora decrypts Alice's bundle and re-encrypts it to Cemre, signing as Bora."""
    _write(tmp_path / "a", alice, [bora], b"for bora only")
    verified = verify_envelope(tmp_path / "a", trusting(alice.card))
    whole = io.BytesIO()
    # Bora recovers the whole plaintext (inner block included) with plain age.
    with open(tmp_path / "a", "rb") as fh:
        fh.seek(verified.age_offset)
        age.decrypt([bora.encryption_private], io.BytesIO(fh.read(verified.age_length)), whole)
    forged = _assemble(bora, [cemre.card.encryption_public], whole.getvalue())
    again = _verify_bytes(tmp_path, forged, alice, bora)
    with pytest.raises(PayloadRejected) as info:
        open_envelope(again, [cemre.encryption_private], io.BytesIO())
    assert info.value.reason is Reason.INNER_SENDER_MISMATCH


# ------------------------------------------------------------------ inner block


def _open_forged(
    tmp_path: Path, data: bytes, sender: CentreIdentity, me: CentreIdentity
) -> io.BytesIO:
    verified = _verify_bytes(tmp_path, data, sender)
    staging = io.BytesIO()
    try:
        open_envelope(verified, [me.encryption_private], staging)
    finally:
        # Nothing reaches staging before the inner block checks out.
        if staging.getvalue():
            assert staging.getvalue().startswith(b"payload")
    return staging


@pytest.mark.parametrize(
    ("variant", "reason"),
    [
        ("magic", Reason.BAD_INNER_HEADER),
        ("version", Reason.BAD_INNER_HEADER),
        ("bundle", Reason.INNER_BUNDLE_MISMATCH),
        ("sender", Reason.INNER_SENDER_MISMATCH),
        ("recipients", Reason.INNER_RECIPIENT_MISMATCH),
        ("zero", Reason.BAD_INNER_HEADER),
        ("seventeen", Reason.BAD_INNER_HEADER),
        ("duplicate", Reason.BAD_INNER_HEADER),
        ("short", Reason.BAD_INNER_HEADER),
        ("empty", Reason.BAD_INNER_HEADER),
    ],
)
def test_inner_block_must_match(
    tmp_path: Path,
    alice: CentreIdentity,
    bora: CentreIdentity,
    cemre: CentreIdentity,
    variant: str,
    reason: Reason,
) -> None:
    me = [bora.card.encryption_public]
    inner = {
        "magic": _inner(alice, me, magic=b"KDMX"),
        "version": _inner(alice, me, version=2),
        "bundle": _inner(alice, me, bundle_id=bytes(16)),
        "sender": _inner(cemre, me),
        "recipients": _inner(alice, [cemre.card.encryption_public]),
        "zero": _inner(alice, [], count=0),
        "seventeen": _inner(alice, me * 17, count=17),
        "duplicate": _inner(alice, me * 2),
        "short": _inner(alice, me)[:80],
        "empty": b"",
    }[variant]
    data = _assemble(alice, [bora.card.encryption_public], inner + b"payload")
    if variant in ("short", "empty"):
        data = _assemble(alice, [bora.card.encryption_public], inner)
    with pytest.raises(PayloadRejected) as info:
        _open_forged(tmp_path, data, alice, bora)
    assert info.value.reason is reason


def test_a_correct_hand_made_bundle_opens(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity
) -> None:
    inner = _inner(alice, [bora.card.encryption_public], sequence=9)
    data = _assemble(alice, [bora.card.encryption_public], inner + b"payload")
    staging = _open_forged(tmp_path, data, alice, bora)
    assert staging.getvalue() == b"payload"


# ------------------------------------------------------------------ decryption failures


def test_wrong_recipient(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity, cemre: CentreIdentity
) -> None:
    path = tmp_path / "a.kdmb"
    _write(path, alice, [bora], b"not for cemre")
    verified = verify_envelope(path, trusting(alice.card))
    staging = io.BytesIO()
    with pytest.raises(WrongRecipient) as info:
        open_envelope(verified, [cemre.encryption_private], staging)
    assert info.value.reason is Reason.WRONG_RECIPIENT
    assert info.value.age_reason == "no_identity_match"
    assert staging.getvalue() == b""


def test_a_trusted_sender_signing_a_broken_age_file(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity
) -> None:
    good = _assemble(
        alice, [bora.card.encryption_public], _inner(alice, [bora.card.encryption_public]) + b"x"
    )
    age_file = bytearray(good[64:-64])
    age_file[-1] ^= 1  # the last tag
    routing = alice.card.signing_public + BUNDLE_ID
    signed = (
        b"KDMB" + struct.pack(">HH", 1, 48) + routing + struct.pack(">Q", len(age_file)) + age_file
    )
    key = Ed25519PrivateKey.from_private_bytes(alice.signing_private)
    data = signed + key.sign(b"KDM-BUNDLE-SIG-v1\x00" + hashlib.sha512(signed).digest())
    verified = _verify_bytes(tmp_path, data, alice)
    with pytest.raises(PayloadRejected) as info:
        open_envelope(verified, [bora.encryption_private], io.BytesIO())
    assert info.value.reason is Reason.PAYLOAD
    assert info.value.age_reason == "chunk_auth_failed"


def test_age_header_limits_apply(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity
) -> None:
    others = [
        CentreIdentity.generate(name="r", code="RR", created=WHEN).card.encryption_public
        for _ in range(17)
    ]
    data = _assemble(
        alice, [*others, bora.card.encryption_public], _inner(alice, [bora.card.encryption_public])
    )
    verified = _verify_bytes(tmp_path, data, alice)
    with pytest.raises(PayloadRejected) as info:
        open_envelope(verified, [bora.encryption_private], io.BytesIO())
    assert info.value.age_reason == "too_many_stanzas"


# ------------------------------------------------------------------ time of check, time of use


def _verified_then(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity, change
) -> EnvelopeError:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.kdmb"
    _write(path, alice, [bora], plaintext(2 * CHUNK), bundle_id=bytes(16))
    verified = verify_envelope(path, trusting(alice.card))
    change(path)
    with pytest.raises(EnvelopeError) as info:
        open_envelope(verified, [bora.encryption_private], io.BytesIO())
    return info.value


def test_file_changed_between_verify_and_open(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity
) -> None:
    def flip_payload(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 1
        path.write_bytes(bytes(data))

    def flip_signature(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[-1] ^= 1
        path.write_bytes(bytes(data))

    def append(path: Path) -> None:
        with open(path, "ab") as fh:
            fh.write(b"x")

    def swap_for_same_size_bundle(path: Path) -> None:
        # Another valid bundle by the same sender, same id and length, different content.
        _write(path, alice, [bora], plaintext(2 * CHUNK, seed=99), bundle_id=bytes(16))

    def truncate(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[:-100])

    for change in (flip_payload, flip_signature, append, swap_for_same_size_bundle, truncate):
        error = _verified_then(tmp_path, alice, bora, change)
        assert isinstance(error, UntrustedEnvelope), change.__name__
        assert error.reason is Reason.CHANGED_DURING_READ, change.__name__


def test_open_cancel(tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity) -> None:
    path = tmp_path / "a.kdmb"
    _write(path, alice, [bora], plaintext(3 * CHUNK))
    verified = verify_envelope(path, trusting(alice.card))
    with pytest.raises(EnvelopeCancelled):
        open_envelope(verified, [bora.encryption_private], io.BytesIO(), cancelled=lambda: True)
    with pytest.raises(EnvelopeCancelled):
        verify_envelope(path, trusting(alice.card), cancelled=lambda: True)


def test_staging_errors_propagate(
    tmp_path: Path, alice: CentreIdentity, bora: CentreIdentity
) -> None:
    class Full:
        def write(self, data: bytes) -> int:
            raise OSError(28, "No space left on device")

    path = tmp_path / "a.kdmb"
    _write(path, alice, [bora], b"payload")
    verified = verify_envelope(path, trusting(alice.card))
    with pytest.raises(OSError, match="space"):
        open_envelope(verified, [bora.encryption_private], Full())


# ------------------------------------------------------------------ property


@pytest.fixture(scope="module")
def fuzz_bundle(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[bytes, CentreIdentity, CentreIdentity]:
    sender = CentreIdentity.generate(name="Gönderen", code="GON", created=WHEN)
    receiver = CentreIdentity.generate(name="Alan", code="ALN", created=WHEN)
    path = tmp_path_factory.mktemp("fuzz") / "f.kdmb"
    _write(path, sender, [receiver], b"icerik " * 40)
    return path.read_bytes(), sender, receiver


@settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_mutation_survives(
    tmp_path: Path, fuzz_bundle: tuple[bytes, CentreIdentity, CentreIdentity], data: st.DataObject
) -> None:
    original, sender, receiver = fuzz_bundle
    pos = data.draw(st.integers(0, len(original) - 1))
    kind = data.draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
    if kind == "flip":
        mutated = bytearray(original)
        mutated[pos] ^= 1 << data.draw(st.integers(0, 7))
        candidate = bytes(mutated)
    elif kind == "delete":
        candidate = original[:pos] + original[pos + data.draw(st.integers(1, 40)) :]
    elif kind == "insert":
        candidate = original[:pos] + data.draw(st.binary(min_size=1, max_size=40)) + original[pos:]
    else:
        candidate = original[:pos]
    with pytest.raises(EnvelopeError):
        verified = _verify_bytes(tmp_path, candidate, sender)
        open_envelope(verified, [receiver.encryption_private], io.BytesIO())
