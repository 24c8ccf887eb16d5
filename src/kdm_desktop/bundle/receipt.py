"""Signed receipts: the receiving centre confirms which bundle and cases it imported.

A receipt is small JSON, signed with the receiver's Ed25519 key over a binary
encoding (never over the JSON text)::

    "KDM-RECEIPT-SIG-v1\\0" || u16 version || receiver key (32) || sender key (32)
        || bundle id (16) || bundle digest (64) || lp(received_at) || u16 n || n × lp(case id)

It names only ids and hashes: a receipt on a stick says nothing about a woman.
"""

from __future__ import annotations

import json
import re
import struct
from dataclasses import dataclass
from typing import Any, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kdm_desktop.strictjson import unique_keys

RECEIPT_FORMAT: Final = "kdm-transfer-receipt"
RECEIPT_VERSION: Final = 1
CONTEXT: Final = b"KDM-RECEIPT-SIG-v1\x00"
MAX_RECEIPT_BYTES: Final = 1024 * 1024
MAX_CASES: Final = 10_000
_FIELDS: Final = frozenset(
    {
        "format",
        "version",
        "receiver_key",
        "sender_key",
        "bundle_id",
        "bundle_digest",
        "received_at",
        "case_ids",
        "signature",
    }
)
# Optional: the receiving centre's signed audit head (checked by `kdm audit verify --against`).
ANCHOR_FIELD: Final = "audit_anchor"
_HEX = re.compile(r"[0-9a-f]+")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class ReceiptError(ValueError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Receipt:
    receiver_key: bytes
    sender_key: bytes
    bundle_id: bytes
    bundle_digest: bytes
    received_at: str
    case_ids: tuple[str, ...]

    def signed_bytes(self) -> bytes:
        def lp(text: str) -> bytes:
            raw = text.encode("utf-8")
            return struct.pack(">H", len(raw)) + raw

        return b"".join(
            (
                CONTEXT,
                struct.pack(">H", RECEIPT_VERSION),
                self.receiver_key,
                self.sender_key,
                self.bundle_id,
                self.bundle_digest,
                lp(self.received_at),
                struct.pack(">H", len(self.case_ids)),
                *(lp(c) for c in self.case_ids),
            )
        )


def write_receipt(
    receipt: Receipt, signing_private: bytes, audit_anchor: dict[str, Any] | None = None
) -> bytes:
    """The receipt as JSON. `audit_anchor` is the receiver's signed audit head
    (security/anchor.py, signed on its own): a copy of it then lives at the other
    centre, out of reach of anyone rewriting the receiver's log."""
    signature = Ed25519PrivateKey.from_private_bytes(signing_private).sign(receipt.signed_bytes())
    document: dict[str, Any] = {
        "format": RECEIPT_FORMAT,
        "version": RECEIPT_VERSION,
        "receiver_key": receipt.receiver_key.hex(),
        "sender_key": receipt.sender_key.hex(),
        "bundle_id": receipt.bundle_id.hex(),
        "bundle_digest": receipt.bundle_digest.hex(),
        "received_at": receipt.received_at,
        "case_ids": list(receipt.case_ids),
        "signature": signature.hex(),
    }
    if audit_anchor is not None:
        document[ANCHOR_FIELD] = audit_anchor
    return (json.dumps(document, indent=1) + "\n").encode("ascii")


def _hex(document: dict[str, Any], key: str, size: int) -> bytes:
    value = document[key]
    if not isinstance(value, str) or len(value) != 2 * size or not _HEX.fullmatch(value):
        raise ReceiptError("bad_field")
    return bytes.fromhex(value)


def parse_receipt(data: bytes) -> tuple[Receipt, bytes]:
    """The receipt and its signature; the caller checks it with `signature_valid`."""
    if len(data) > MAX_RECEIPT_BYTES:
        raise ReceiptError("too_large")
    try:
        document = json.loads(data.decode("ascii"), object_pairs_hook=_UNIQUE_KEYS)
    except ReceiptError:
        raise
    except (ValueError, RecursionError):
        raise ReceiptError("bad_json") from None
    if not isinstance(document, dict) or set(document) - {ANCHOR_FIELD} != _FIELDS:
        raise ReceiptError("bad_json")
    if ANCHOR_FIELD in document and not isinstance(document[ANCHOR_FIELD], dict):
        raise ReceiptError("bad_field")
    if document["format"] != RECEIPT_FORMAT or document["version"] != RECEIPT_VERSION:
        raise ReceiptError("unsupported_version")
    case_ids = document["case_ids"]
    received_at = document["received_at"]
    if not isinstance(case_ids, list) or len(case_ids) > MAX_CASES:
        raise ReceiptError("bad_field")
    if not all(isinstance(c, str) and _UUID.fullmatch(c) for c in case_ids):
        raise ReceiptError("bad_field")
    if not isinstance(received_at, str) or len(received_at) > 40:
        raise ReceiptError("bad_field")
    receipt = Receipt(
        receiver_key=_hex(document, "receiver_key", 32),
        sender_key=_hex(document, "sender_key", 32),
        bundle_id=_hex(document, "bundle_id", 16),
        bundle_digest=_hex(document, "bundle_digest", 64),
        received_at=received_at,
        case_ids=tuple(case_ids),
    )
    return receipt, _hex(document, "signature", 64)


def receipt_anchor(data: bytes) -> dict[str, Any] | None:
    """The audit anchor a receipt carries, if any (checked by the anchor code)."""
    parse_receipt(data)
    document = json.loads(data.decode("ascii"))
    anchor = document.get(ANCHOR_FIELD)
    return anchor if isinstance(anchor, dict) else None


def signature_valid(receipt: Receipt, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(receipt.receiver_key).verify(
            signature, receipt.signed_bytes()
        )
    except (InvalidSignature, ValueError):
        return False
    return True


_UNIQUE_KEYS = unique_keys(lambda key: ReceiptError("duplicate_key"))
