"""Validation of Turkish identity numbers (T.C. Kimlik No and foreign-resident numbers).

A T.C. Kimlik No is 11 ASCII digits, does not start with 0, and ends in two check digits:

* d10 = ((d1 + d3 + d5 + d7 + d9) * 7 - (d2 + d4 + d6 + d8)) mod 10
* d11 = (d1 + ... + d10) mod 10

Foreign residents get a "yabancı kimlik numarası" starting with 99.  Whether those always
carry valid check digits is not something we can confirm, so they are accepted on shape
alone rather than risk turning away a client whose card is genuine.
"""

from __future__ import annotations

import enum
import random
from typing import Final, Literal

__all__ = [
    "ID_LENGTH",
    "IdKind",
    "InvalidIdNumber",
    "InvalidIdReason",
    "check_digits",
    "classify_id",
    "generate_valid_tc",
    "is_valid_tc",
]

ID_LENGTH: Final = 11
_FOREIGN_PREFIX: Final = "99"
_ASCII_DIGITS: Final = frozenset("0123456789")

InvalidIdReason = Literal["length", "digits", "leading_zero", "checksum"]


class IdKind(enum.StrEnum):
    TC = "tc"
    FOREIGN = "foreign"


class InvalidIdNumber(ValueError):
    """Raised for a malformed identity number; ``reason`` says which rule failed."""

    reason: InvalidIdReason

    def __init__(self, reason: InvalidIdReason) -> None:
        # The number itself is deliberately left out of the message: identity numbers are
        # sensitive personal data and exception messages end up in logs and crash reports.
        # A code, not a sentence: callers show a keyed message chosen by `reason`.
        super().__init__(f"invalid_identity_number:{reason}")
        self.reason = reason


def check_digits(first_nine: str) -> str:
    """Return the two check digits (d10, d11) for the first nine digits of a T.C. number."""
    if len(first_nine) != ID_LENGTH - 2 or not _ASCII_DIGITS.issuperset(first_nine):
        raise ValueError("expected exactly nine ASCII digits")
    d = [int(ch) for ch in first_nine]
    odd = d[0] + d[2] + d[4] + d[6] + d[8]
    even = d[1] + d[3] + d[5] + d[7]
    # Python's % is non-negative for a positive modulus, which is what the rule intends
    # when the even-position sum exceeds seven times the odd-position sum.
    d10 = (odd * 7 - even) % 10
    d11 = (odd + even + d10) % 10
    return f"{d10}{d11}"


def _normalise(value: str) -> str:
    # Numbers are commonly copied with grouping spaces ("123 456 789 01").
    return "".join(value.split())


def classify_id(value: str) -> IdKind:
    """Classify ``value`` as a T.C. or foreign identity number, or raise InvalidIdNumber.

    Whitespace anywhere in ``value`` is ignored.
    """
    digits = _normalise(value)
    # Checked before length so that "12345678a01" is reported as a typo in a character
    # rather than as a number of the wrong length.
    if not _ASCII_DIGITS.issuperset(digits):
        raise InvalidIdNumber("digits")
    if len(digits) != ID_LENGTH:
        raise InvalidIdNumber("length")
    if digits[0] == "0":
        raise InvalidIdNumber("leading_zero")
    if digits.startswith(_FOREIGN_PREFIX):
        return IdKind.FOREIGN
    if digits[9:] != check_digits(digits[:9]):
        raise InvalidIdNumber("checksum")
    return IdKind.TC


def is_valid_tc(value: str) -> bool:
    """True if ``value`` is a well-formed T.C. Kimlik No with correct check digits.

    Foreign (99-prefixed) numbers give False here; use :func:`classify_id` to accept both.
    """
    try:
        return classify_id(value) is IdKind.TC
    except InvalidIdNumber:
        return False


def generate_valid_tc(rng: random.Random) -> str:
    """Generate a checksum-valid T.C. Kimlik No for synthetic demo data and tests.

    The result never starts with 99, so it always classifies as :attr:`IdKind.TC`.
    """
    first = rng.randint(1, 9)
    # A leading 9 must not be followed by another 9, or the number would read as foreign.
    second = rng.randint(0, 8) if first == 9 else rng.randint(0, 9)
    rest = "".join(str(rng.randint(0, 9)) for _ in range(7))
    first_nine = f"{first}{second}{rest}"
    return first_nine + check_digits(first_nine)
