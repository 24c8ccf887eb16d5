"""Helpers for the bundle tests: key pairs, a file-crafting kit, trust callbacks.

The crafting helpers rebuild age headers and STREAM chunks from `cryptography`'s
primitives directly (not from the module under test), so tampered files are made
independently of the code that must reject them.
"""

from __future__ import annotations

import base64
import io
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kdm_desktop.bundle import age
from kdm_desktop.bundle.envelope import VerifiedSender
from kdm_desktop.bundle.identity import PublicCard

CHUNK = 64 * 1024
ENC_CHUNK = CHUNK + 16


@dataclass(frozen=True)
class KeyPair:
    private: bytes
    public: bytes


def keypair(seed: int | None = None) -> KeyPair:
    if seed is None:
        key = X25519PrivateKey.generate()
    else:
        key = X25519PrivateKey.from_private_bytes(bytes([seed]) * 32)
    return KeyPair(key.private_bytes_raw(), key.public_key().public_bytes_raw())


def plaintext(size: int, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(size)


def encrypt_bytes(recipients: list[bytes], data: bytes) -> bytes:
    out = io.BytesIO()
    age.encrypt(recipients, io.BytesIO(data), out)
    return out.getvalue()


def decrypt_bytes(identities: list[bytes], data: bytes) -> bytes:
    out = io.BytesIO()
    age.decrypt(identities, io.BytesIO(data), out)
    return out.getvalue()


def decrypt_partial(identities: list[bytes], data: bytes) -> tuple[bytes, age.AgeError | None]:
    """Plaintext released and the error (if any)."""
    out = io.BytesIO()
    try:
        age.decrypt(identities, io.BytesIO(data), out)
    except age.AgeError as exc:
        return out.getvalue(), exc
    return out.getvalue(), None


# ----------------------------------------------------------------- crafting kit


def b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def hkdf(ikm: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def header_mac(file_key: bytes, up_to_dashes: bytes) -> bytes:
    mac = crypto_hmac.HMAC(hkdf(file_key, None, b"header"), hashes.SHA256())
    mac.update(up_to_dashes)
    return mac.finalize()


def x25519_stanza(file_key: bytes, recipient: bytes, ephemeral: bytes | None = None) -> bytes:
    eph = X25519PrivateKey.from_private_bytes(ephemeral or bytes(range(1, 33)))
    share = eph.public_key().public_bytes_raw()
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient))
    wrap = hkdf(shared, share + recipient, b"age-encryption.org/v1/X25519")
    body = ChaCha20Poly1305(wrap).encrypt(bytes(12), file_key, None)
    return b"-> X25519 " + b64(share) + b"\n" + b64(body) + b"\n"


def raw_stanza(args: bytes, body: bytes) -> bytes:
    encoded = b64(body)
    lines = [encoded[i : i + 64] for i in range(0, len(encoded), 64)]
    if not lines or len(lines[-1]) == 64:
        lines.append(b"")
    return b"-> " + args + b"\n" + b"".join(line + b"\n" for line in lines)


def build_header(file_key: bytes, stanzas: list[bytes]) -> bytes:
    head = b"age-encryption.org/v1\n" + b"".join(stanzas) + b"---"
    return head + b" " + b64(header_mac(file_key, head)) + b"\n"


def stream_chunks(file_key: bytes, nonce: bytes, pieces: list[tuple[bytes, bool]]) -> bytes:
    """Encrypt (plaintext, last_flag) pieces with counters 0, 1, 2, …"""
    aead = ChaCha20Poly1305(hkdf(file_key, nonce, b"payload"))
    return b"".join(
        aead.encrypt(i.to_bytes(11, "big") + (b"\x01" if last else b"\x00"), data, None)
        for i, (data, last) in enumerate(pieces)
    )


FILE_KEY = bytes(range(100, 116))
NONCE = bytes(range(200, 216))


def craft(
    recipient: bytes, pieces: list[tuple[bytes, bool]], extra_stanzas: Sequence[bytes] = ()
) -> bytes:
    """A complete age file with a chosen payload chunking."""
    stanzas = [x25519_stanza(FILE_KEY, recipient), *extra_stanzas]
    return build_header(FILE_KEY, stanzas) + NONCE + stream_chunks(FILE_KEY, NONCE, pieces)


def trusting(*cards: PublicCard) -> Callable[[bytes], VerifiedSender | None]:
    by_key = {c.signing_public: VerifiedSender(c) for c in cards}
    return by_key.get
