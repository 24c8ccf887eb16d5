"""Centre-key fingerprints to read aloud by phone, after Signal's safety numbers.

Two centres exchange public cards (on a stick, by e-mail — any channel) and then
confirm them by phone: each reads the digits of its own card and the other checks
them against the card it received. A card that does not match was swapped or
damaged on the way and must not be trusted.

Derivation (Signal's displayable fingerprint, version 0 of its numeric scheme,
with this app's own key material and version number)::

    h = u16be(FINGERPRINT_VERSION) || key || code        key = Ed25519 pub || X25519 pub
    repeat ITERATIONS times: h = SHA-512(h || key)
    digits: for i in 0..5: u40be(h[5i : 5i+5]) mod 100000, as 5 digits

so one centre's fingerprint is 6 groups of 5 digits (30 digits, ~99.6 bits), and
`pair_fingerprint` puts two of them in a fixed order (60 digits) so both ends read
the same string. The iterations make a brute-force search for a second key with
the same digits cost 5200 SHA-512 per try; the centre code is stable, so renaming a
centre does not change its fingerprint, but a new key always does.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
from typing import Final, Protocol

__all__ = [
    "FINGERPRINT_DIGITS",
    "FingerprintError",
    "fingerprint",
    "fingerprint_of_keys",
    "fingerprints_match",
    "pair_fingerprint",
    "parse_fingerprint",
]

FINGERPRINT_VERSION: Final = 1
ITERATIONS: Final = 5200
GROUPS: Final = 6
GROUP_DIGITS: Final = 5
FINGERPRINT_DIGITS: Final = GROUPS * GROUP_DIGITS

# Separators people type or that text tools insert: spaces of all kinds, dashes.
_SEPARATORS = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u2060\-\u2010-\u2015\u2212]+")
_DIGITS = re.compile(r"[0-9]+")
_MAX_INPUT = 400


class FingerprintError(ValueError):
    """Text that is not 30 or 60 ASCII digits (ignoring spaces and dashes)."""


class _CardKeys(Protocol):
    @property
    def signing_public(self) -> bytes: ...
    @property
    def encryption_public(self) -> bytes: ...
    @property
    def code(self) -> str: ...


@functools.lru_cache(maxsize=64)  # 5200 SHA-512 a card: cards are shown and checked often
def _digits_of(signing_public: bytes, encryption_public: bytes, code: str) -> str:
    if len(signing_public) != 32 or len(encryption_public) != 32:
        raise ValueError("both public keys are 32 bytes")
    key = signing_public + encryption_public
    # The keys have fixed lengths, so the code that follows them is unambiguous.
    digest = FINGERPRINT_VERSION.to_bytes(2, "big") + key + code.encode("utf-8")
    for _ in range(ITERATIONS):
        digest = hashlib.sha512(digest + key).digest()
    return "".join(
        f"{int.from_bytes(digest[i * 5 : i * 5 + 5], 'big') % 100000:05d}" for i in range(GROUPS)
    )


def _grouped(digits: str) -> str:
    return " ".join(digits[i : i + GROUP_DIGITS] for i in range(0, len(digits), GROUP_DIGITS))


def fingerprint_of_keys(signing_public: bytes, encryption_public: bytes, code: str) -> str:
    """`fingerprint` from the raw parts: "12345 67890 12345 67890 12345 67890"."""
    return _grouped(_digits_of(signing_public, encryption_public, code))


def fingerprint(card: _CardKeys) -> str:
    """The 30-digit fingerprint of one centre's public card, in six groups."""
    return fingerprint_of_keys(card.signing_public, card.encryption_public, card.code)


def pair_fingerprint(a: _CardKeys, b: _CardKeys) -> str:
    """The 60-digit safety number of two centres, the same whichever side asks."""
    first, second = sorted(
        _digits_of(c.signing_public, c.encryption_public, c.code) for c in (a, b)
    )
    return _grouped(first + second)


def parse_fingerprint(text: str) -> str:
    """Normalise typed or pasted digits to the grouped form; raise `FingerprintError`.

    Spaces and dashes anywhere are ignored; anything else (letters, non-ASCII
    digits) is refused. Accepts one side (30 digits) or a pair (60 digits).
    """
    if len(text) > _MAX_INPUT:
        raise FingerprintError("too long")
    digits = _SEPARATORS.sub("", text)
    if not _DIGITS.fullmatch(digits) or len(digits) not in (
        FINGERPRINT_DIGITS,
        2 * FINGERPRINT_DIGITS,
    ):
        raise FingerprintError(f"expected {FINGERPRINT_DIGITS} or {2 * FINGERPRINT_DIGITS} digits")
    return _grouped(digits)


def fingerprints_match(expected: str, typed: str) -> bool:
    """Compare two fingerprints in constant time; false if either is malformed."""
    try:
        a = parse_fingerprint(expected).encode("ascii")
        b = parse_fingerprint(typed).encode("ascii")
    except FingerprintError:
        return False
    return hmac.compare_digest(a, b)
