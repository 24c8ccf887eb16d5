"""Role-sealed fields: text only some roles may read, encrypted inside the database.

The database is encrypted with the master key, which every user's slot opens. A
field that a role must not see (a psychologist's session notes) is therefore
encrypted a second time, to a *role key*: an X25519 key pair whose public key is
kept in the database and whose private key is sealed only to the slots of users
whose role may read the field (and to the recovery slot), as the master key is
sealed to every slot (security/keyslots.py).

Each field value is sealed to the role's public key the way age seals a file key
to a recipient: an ephemeral X25519 exchange, HKDF-SHA256 with salt = ephemeral ‖
recipient, then ChaCha20-Poly1305 with a random nonce. The AAD binds the role, the
key id and the row the value belongs to, so a ciphertext moved to another row or
column does not open. Anyone may *write* such a field (only the public key is
needed); only a holder of the private key reads it.

Stored form (text, so the columns keep their type):
    kdmrf1:<role>:<key id>:<base64(ephemeral ‖ nonce ‖ ciphertext)>
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PREFIX = "kdmrf1:"
_INFO = b"kdm-role-field-v1"
PSYCH_NOTES = "psych"


class FieldLocked(Exception):
    """The reader holds no key for this field (or the value was tampered with)."""


def key_id(public_key: bytes) -> str:
    return hashlib.sha256(b"kdm-role-key-id-v1" + public_key).hexdigest()[:16]


def new_role_key() -> tuple[bytes, bytes]:
    """(private, public) raw bytes of a fresh role key pair."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def public_of(private_key: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes_raw()


def is_sealed(value: str | None) -> bool:
    return value is not None and value.startswith(PREFIX)


def _aad(role: str, kid: str, context: str) -> bytes:
    return f"{PREFIX}{role}:{kid}:{context}".encode()


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=ephemeral + recipient, info=_INFO).derive(shared)


def seal(role: str, public_key: bytes, context: str, text: str) -> str:
    kid = key_id(public_key)
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    nonce = secrets.token_bytes(12)
    ct = ChaCha20Poly1305(_key(shared, eph_pub, public_key)).encrypt(
        nonce, text.encode("utf-8"), _aad(role, kid, context)
    )
    body = base64.b64encode(eph_pub + nonce + ct).decode("ascii")
    return f"{PREFIX}{role}:{kid}:{body}"


def sealed_key_id(value: str) -> str:
    parts = value.split(":", 3)
    if len(parts) != 4:
        raise FieldLocked("malformed")
    return parts[2]


def open_sealed(value: str, private_keys: dict[str, bytes], context: str) -> str:
    """Decrypt with whichever of `private_keys` (by key id) the value was sealed to."""
    parts = value.split(":", 3)
    if len(parts) != 4 or parts[0] + ":" != PREFIX:
        raise FieldLocked("malformed")
    _, role, kid, body = parts
    private = private_keys.get(kid)
    if private is None:
        raise FieldLocked("no key")
    try:
        raw = base64.b64decode(body.encode("ascii"), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise FieldLocked("malformed") from exc
    if len(raw) < 32 + 12 + 16:
        raise FieldLocked("malformed")
    eph_pub, nonce, ct = raw[:32], raw[32:44], raw[44:]
    priv = X25519PrivateKey.from_private_bytes(private)
    recipient = priv.public_key().public_bytes_raw()
    shared = priv.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    try:
        plain = ChaCha20Poly1305(_key(shared, eph_pub, recipient)).decrypt(
            nonce, ct, _aad(role, kid, context)
        )
    except InvalidTag as exc:
        raise FieldLocked("tampered") from exc
    return plain.decode("utf-8")


@dataclass
class RoleFieldCipher:
    """What one session can do with one role's fields: always seal, open if it holds keys."""

    role: str
    public_key: bytes
    private_keys: dict[str, bytes] = field(default_factory=dict)

    @property
    def current_id(self) -> str:
        return key_id(self.public_key)

    @property
    def can_read(self) -> bool:
        return self.current_id in self.private_keys

    def seal(self, context: str, text: str) -> str:
        return seal(self.role, self.public_key, context, text)

    def open(self, value: str, context: str) -> str:
        if not is_sealed(value):
            return value
        return open_sealed(value, self.private_keys, context)
