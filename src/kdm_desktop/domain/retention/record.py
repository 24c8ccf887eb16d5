"""The destruction record's canonical form, its digest and the centre's signature.

The digest covers everything the minutes (imha tutanağı) state; the centre's
Ed25519 key signs it, so a printed minutes sheet can be checked against the
record kept in the case file and against the centre's public key.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

_CONTEXT = b"kdm-destruction-record-v1\x00"


@dataclass(frozen=True)
class RecordItem:
    kind: str
    label: str
    count: int
    case_numbers: tuple[str, ...]


@dataclass(frozen=True)
class RecordFacts:
    id: str
    run_at: str
    run_by: str
    trigger: str
    method: str
    legal_basis: str
    policy_version: int
    backups_clear_after: str
    keep_until: str
    items: Sequence[RecordItem]


def canonical(facts: RecordFacts) -> bytes:
    body = {
        "id": facts.id,
        "run_at": facts.run_at,
        "run_by": facts.run_by,
        "trigger": facts.trigger,
        "method": facts.method,
        "legal_basis": facts.legal_basis,
        "policy_version": facts.policy_version,
        "backups_clear_after": facts.backups_clear_after,
        "keep_until": facts.keep_until,
        "items": [
            {"kind": i.kind, "count": i.count, "case_numbers": list(i.case_numbers)}
            for i in facts.items
        ],
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def digest(facts: RecordFacts) -> str:
    return hashlib.sha256(canonical(facts)).hexdigest()


def sign(digest_hex: str, private_key: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(
        _CONTEXT + bytes.fromhex(digest_hex)
    )


def public_key_of(private_key: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes_raw()


def verify(digest_hex: str, signature: bytes, public_key: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            signature, _CONTEXT + bytes.fromhex(digest_hex)
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def key_fingerprint(public_key: bytes) -> str:
    """SHA-256 of the public key, 16 groups of 4 hex digits (printed on the minutes)."""
    h = hashlib.sha256(public_key).hexdigest().upper()
    return " ".join(h[i : i + 4] for i in range(0, len(h), 4))
