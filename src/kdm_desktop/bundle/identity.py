"""A centre's bundle identity: two key pairs, and the public card other centres trust.

`CentreIdentity` holds the private keys (Ed25519 to sign bundles, X25519 to receive
them); it lives only inside the encrypted case file. `PublicCard` is what other
centres import: name, stable code, both public keys and the creation time.

The card file is small JSON, self-signed with the card's own Ed25519 key. The
self-signature only proves the card is intact and that its author holds the
signing key; it proves nothing about *who* that is. Trust comes from comparing the
fingerprint (`fingerprint.fingerprint`) by phone.

Card file (UTF-8 JSON, one object, every field required, nothing else allowed)::

    {
      "format": "kdm-centre-card",
      "version": 1,
      "name": "…", "code": "NRL",
      "signing_key": "<64 hex: Ed25519 public key>",
      "encryption_key": "<64 hex: X25519 public key>",
      "created": "2026-05-01T09:30:00Z",
      "signature": "<128 hex: Ed25519>"
    }

The signature covers a binary encoding, not the JSON text, so no JSON
canonicalisation is involved::

    "KDM-CARD-SIG-v1\\0" || u16be(version) || lp(name) || lp(code)
        || signing_key || encryption_key || lp(created)       lp(x) = u16be(len) || x

Parsing is strict: at most 4 KiB, UTF-8 without BOM, nesting depth checked before
`json` sees the text, duplicate keys refused, no floats or NaN, exact types.
"""

from __future__ import annotations

import json
import re
import struct
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from kdm_desktop.strictjson import json_depth_ok, unique_keys

__all__ = [
    "CARD_FORMAT",
    "CARD_VERSION",
    "CardError",
    "CentreIdentity",
    "PublicCard",
    "export_card",
    "parse_card",
]

CARD_FORMAT: Final = "kdm-centre-card"
CARD_VERSION: Final = 1
CARD_SIGNATURE_CONTEXT: Final = b"KDM-CARD-SIG-v1\x00"
MAX_CARD_BYTES: Final = 4096
MAX_JSON_DEPTH: Final = 2
MAX_NAME: Final = 200  # as domain.centre.MAX_NAME

_CODE = re.compile(r"[A-Z0-9]{2,8}")  # as domain.centre
_CREATED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX128 = re.compile(r"[0-9a-f]{128}")
_FIELDS: Final = frozenset(
    {"format", "version", "name", "code", "signing_key", "encryption_key", "created", "signature"}
)


class CardError(ValueError):
    """A card that is damaged, malformed or not a card; `reason` says which check failed."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


def _normalise_name(name: str) -> str:
    name = " ".join(unicodedata.normalize("NFC", name).split())
    if not name or len(name) > MAX_NAME:
        raise CardError("bad_field", "name")
    # Control and format characters (bidi overrides, zero-width joiners) could make
    # one centre's name display like another's.
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in name):
        raise CardError("bad_field", "name")
    return name


def _utc_timestamp(created: datetime | str) -> str:
    if isinstance(created, str):
        try:
            created = datetime.fromisoformat(created)
        except ValueError:
            raise CardError("bad_field", "created") from None
    if created.tzinfo is None:
        raise CardError("bad_field", "created: a time zone is required")
    return created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_x25519_public(key: bytes) -> None:
    if len(key) != 32:
        raise CardError("bad_field", "encryption_key")
    try:  # a low-order point would make every exchange fail (or be all zero)
        X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(key))
    except ValueError:
        raise CardError("bad_field", "encryption_key: low-order point") from None


@dataclass(frozen=True)
class PublicCard:
    """A centre's public identity. Construct through `parse_card` or an identity."""

    name: str
    code: str
    signing_public: bytes
    encryption_public: bytes
    created: str  # UTC, "YYYY-MM-DDTHH:MM:SSZ"

    def __post_init__(self) -> None:
        if _normalise_name(self.name) != self.name:
            raise CardError("bad_field", "name is not normalised")
        if not _CODE.fullmatch(self.code):
            raise CardError("bad_field", "code")
        if len(self.signing_public) != 32:
            raise CardError("bad_field", "signing_key")
        _check_x25519_public(self.encryption_public)
        if not _CREATED.fullmatch(self.created) or _utc_timestamp(self.created) != self.created:
            raise CardError("bad_field", "created")

    def signed_bytes(self) -> bytes:
        """The exact bytes the card's self-signature covers."""

        def lp(text: str) -> bytes:
            raw = text.encode("utf-8")
            return struct.pack(">H", len(raw)) + raw

        return b"".join(
            (
                CARD_SIGNATURE_CONTEXT,
                struct.pack(">H", CARD_VERSION),
                lp(self.name),
                lp(self.code),
                self.signing_public,
                self.encryption_public,
                lp(self.created),
            )
        )


@dataclass(frozen=True, repr=False)
class CentreIdentity:
    """This centre's private keys (raw bytes) and the public card that matches them."""

    signing_private: bytes
    encryption_private: bytes
    card: PublicCard

    def __post_init__(self) -> None:
        if len(self.signing_private) != 32 or len(self.encryption_private) != 32:
            raise ValueError("private keys are 32 bytes")
        signing = Ed25519PrivateKey.from_private_bytes(self.signing_private)
        encryption = X25519PrivateKey.from_private_bytes(self.encryption_private)
        if (
            signing.public_key().public_bytes_raw() != self.card.signing_public
            or encryption.public_key().public_bytes_raw() != self.card.encryption_public
        ):
            raise ValueError("the card's public keys do not match the private keys")

    def __repr__(self) -> str:
        return f"CentreIdentity(code={self.card.code!r}, private keys hidden)"

    @classmethod
    def from_private_keys(
        cls,
        signing_private: bytes,
        encryption_private: bytes,
        *,
        name: str,
        code: str,
        created: datetime | str,
    ) -> CentreIdentity:
        """Rebuild the identity from stored keys (e.g. the `centre_identity` row).

        `name` is normalised (NFC, single spaces); `created` may be any aware
        datetime or ISO string and is stored in UTC.
        """
        signing = Ed25519PrivateKey.from_private_bytes(signing_private)
        encryption = X25519PrivateKey.from_private_bytes(encryption_private)
        card = PublicCard(
            name=_normalise_name(name),
            code=code,
            signing_public=signing.public_key().public_bytes_raw(),
            encryption_public=encryption.public_key().public_bytes_raw(),
            created=_utc_timestamp(created),
        )
        return cls(signing_private, encryption_private, card)

    @classmethod
    def generate(cls, *, name: str, code: str, created: datetime | str) -> CentreIdentity:
        """A new identity with fresh random keys."""
        return cls.from_private_keys(
            Ed25519PrivateKey.generate().private_bytes_raw(),
            X25519PrivateKey.generate().private_bytes_raw(),
            name=name,
            code=code,
            created=created,
        )


def export_card(identity: CentreIdentity) -> bytes:
    """The self-signed public card file of `identity` (UTF-8 JSON)."""
    card = identity.card
    signature = Ed25519PrivateKey.from_private_bytes(identity.signing_private).sign(
        card.signed_bytes()
    )
    document = {
        "format": CARD_FORMAT,
        "version": CARD_VERSION,
        "name": card.name,
        "code": card.code,
        "signing_key": card.signing_public.hex(),
        "encryption_key": card.encryption_public.hex(),
        "created": card.created,
        "signature": signature.hex(),
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _reject_constant(token: str) -> object:
    raise CardError("bad_json", f"{token} is not allowed")


def _string(document: dict[str, object], key: str) -> str:
    value = document[key]
    if not isinstance(value, str):
        raise CardError("bad_field", key)
    return value


def parse_card(data: bytes) -> PublicCard:
    """Parse and check a card file; raise `CardError` (a `ValueError`) if anything is off."""
    if len(data) > MAX_CARD_BYTES:
        raise CardError("too_large", f"more than {MAX_CARD_BYTES} bytes")
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        raise CardError("bad_encoding") from None
    if not json_depth_ok(text, MAX_JSON_DEPTH):
        raise CardError("too_deep")
    try:
        document = json.loads(
            text,
            object_pairs_hook=_UNIQUE_KEYS,
            parse_constant=_reject_constant,
            parse_float=_reject_constant,
        )
    except CardError:
        raise
    except (ValueError, RecursionError) as exc:
        raise CardError("bad_json", type(exc).__name__) from None
    if not isinstance(document, dict):
        raise CardError("bad_json", "not an object")
    if document.get("format") != CARD_FORMAT:
        raise CardError("bad_format")
    version = document.get("version")
    if type(version) is not int or version != CARD_VERSION:
        raise CardError("unsupported_version")
    missing = _FIELDS - document.keys()
    if missing:
        raise CardError("missing_field", ", ".join(sorted(missing)))
    unknown = document.keys() - _FIELDS
    if unknown:
        raise CardError("unknown_field", ", ".join(sorted(unknown)))
    signing_hex = _string(document, "signing_key")
    encryption_hex = _string(document, "encryption_key")
    signature_hex = _string(document, "signature")
    if not _HEX64.fullmatch(signing_hex) or not _HEX64.fullmatch(encryption_hex):
        raise CardError("bad_field", "keys are 64 lower-case hex digits")
    if not _HEX128.fullmatch(signature_hex):
        raise CardError("bad_field", "signature")
    card = PublicCard(
        name=_string(document, "name"),
        code=_string(document, "code"),
        signing_public=bytes.fromhex(signing_hex),
        encryption_public=bytes.fromhex(encryption_hex),
        created=_string(document, "created"),
    )
    try:
        Ed25519PublicKey.from_public_bytes(card.signing_public).verify(
            bytes.fromhex(signature_hex), card.signed_bytes()
        )
    except (InvalidSignature, ValueError):
        raise CardError("bad_signature", "the card is damaged or was altered") from None
    return card


_UNIQUE_KEYS = unique_keys(lambda key: CardError("duplicate_key", key))
