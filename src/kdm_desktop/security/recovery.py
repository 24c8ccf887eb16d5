"""The printable recovery key: 32 random bytes, shown once, in groups with a checksum.

Encoding: the 32 bytes plus the first 2 bytes of their SHA-256 are written in
Crockford's base32 (no I, L, O, U, so nothing is misread from paper), 55 characters
in 11 groups of 5. The checksum catches a mistyped group before any slot is tried.
"""

from __future__ import annotations

import hashlib
import secrets

from kdm_desktop import messages
from kdm_desktop.errors import RefusedInput

SECRET_BYTES = 32
_CHECKSUM_BYTES = 2
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)}
# Crockford's rule: letters easily confused with digits read as those digits.
_DECODE.update({"O": 0, "I": 1, "L": 1})
GROUP = 5
_CHARS = 55


def new_recovery_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


def _checksum(secret: bytes) -> bytes:
    return hashlib.sha256(b"kdm-recovery-key-v1" + secret).digest()[:_CHECKSUM_BYTES]


def format_recovery_key(secret: bytes) -> str:
    if len(secret) != SECRET_BYTES:
        raise ValueError("recovery secret must be 32 bytes")
    number = int.from_bytes(secret + _checksum(secret), "big")
    # 34 bytes = 272 bits; 55 characters hold 275 bits, padded with 3 zero bits.
    number <<= _CHARS * 5 - (SECRET_BYTES + _CHECKSUM_BYTES) * 8
    chars = []
    for _ in range(_CHARS):
        chars.append(_ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + GROUP] for i in range(0, _CHARS, GROUP))


def parse_recovery_key(text: str) -> bytes:
    """Accept the key as typed: any case, with or without dashes and spaces."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if len(cleaned) != _CHARS:
        raise RefusedInput(
            "auth.recovery_format",
            detail=messages.text("security.recovery.length", count=len(cleaned), total=_CHARS),
        )
    number = 0
    for ch in cleaned:
        value = _DECODE.get(ch)
        if value is None:
            raise RefusedInput(
                "auth.recovery_format", detail=messages.text("security.recovery.bad_char", char=ch)
            )
        number = (number << 5) | value
    pad = _CHARS * 5 - (SECRET_BYTES + _CHECKSUM_BYTES) * 8
    if number & ((1 << pad) - 1):
        raise RefusedInput(
            "auth.recovery_format", detail=messages.text("security.recovery.checksum")
        )
    raw = (number >> pad).to_bytes(SECRET_BYTES + _CHECKSUM_BYTES, "big")
    secret, check = raw[:SECRET_BYTES], raw[SECRET_BYTES:]
    if not secrets.compare_digest(check, _checksum(secret)):
        raise RefusedInput(
            "auth.recovery_format", detail=messages.text("security.recovery.checksum")
        )
    return secret
