"""Normalisation and display of Turkish phone numbers.

Numbers are stored in E.164 form ("+905321234567") so that the same number typed in
different styles ("0532 123 45 67", "+90 (532) 123-45-67", "5321234567") is recognised as
one, and shown grouped the way Turkish users write them ("+90 532 123 45 67").
"""

from __future__ import annotations

from typing import Final, Literal

__all__ = [
    "COUNTRY_CODE",
    "InvalidPhone",
    "InvalidPhoneReason",
    "format_phone",
    "is_mobile",
    "normalise_phone",
]

COUNTRY_CODE: Final = "90"
_NATIONAL_LENGTH: Final = 10
_ASCII_DIGITS: Final = frozenset("0123456789")
_SEPARATORS: Final = frozenset(" -().")
# National significant numbers start with 5 (mobile), 2/3/4 (geographic landlines) or 8;
# of the 8xx ranges only 850 is an ordinary subscriber number a client could give.
_LANDLINE_AND_MOBILE_LEADS: Final = frozenset("2345")
_NON_GEOGRAPHIC_PREFIX: Final = "850"

InvalidPhoneReason = Literal["empty", "characters", "length", "area_code"]


class InvalidPhone(ValueError):
    """Raised for input that is not a usable Turkish phone number; see ``reason``."""

    reason: InvalidPhoneReason

    def __init__(self, reason: InvalidPhoneReason) -> None:
        # The number is left out of the message: a client's phone number is personal data
        # and exception messages can end up in logs.
        # A code, not a sentence: callers show a keyed message chosen by `reason`.
        super().__init__(f"invalid_phone_number:{reason}")
        self.reason = reason


def _national_number(raw: str) -> str:
    text = raw.strip()
    if not text:
        raise InvalidPhone("empty")
    international = text.startswith("+")
    body = text[1:] if international else text
    for ch in body:
        if ch not in _ASCII_DIGITS and ch not in _SEPARATORS and not ch.isspace():
            raise InvalidPhone("characters")
    digits = "".join(ch for ch in body if ch in _ASCII_DIGITS)
    if not digits:
        raise InvalidPhone("length")

    if international or digits.startswith("00"):
        # Explicit international form: "+90…" or the "00" international dialling prefix.
        if not international:
            digits = digits[2:]
        if not digits.startswith(COUNTRY_CODE):
            # Only Turkish numbers are supported; a foreign country code is the wrong
            # "area" for this field rather than a wrong length.
            raise InvalidPhone("area_code")
        digits = digits[len(COUNTRY_CODE) :]
    elif len(digits) == len(COUNTRY_CODE) + _NATIONAL_LENGTH and digits.startswith(COUNTRY_CODE):
        # "905321234567": country code typed without "+".  Unambiguous because a national
        # number never starts with 9.
        digits = digits[len(COUNTRY_CODE) :]
    # The domestic trunk prefix 0 ("0532…"); people also write it after the country code
    # ("+90 0532…"), which is a harmless habit worth tolerating.
    if digits.startswith("0"):
        digits = digits[1:]

    if len(digits) != _NATIONAL_LENGTH:
        raise InvalidPhone("length")
    lead = digits[0]
    if lead not in _LANDLINE_AND_MOBILE_LEADS and not digits.startswith(_NON_GEOGRAPHIC_PREFIX):
        raise InvalidPhone("area_code")
    return digits


def normalise_phone(raw: str) -> str:
    """Return ``raw`` as an E.164 Turkish number ("+905321234567") or raise InvalidPhone.

    Accepted: digits with spaces, ``-``, ``(``, ``)`` or ``.`` as separators, an optional
    leading ``+``, an optional trunk ``0`` and an optional ``90``/``+90``/``0090`` country
    code.  The function is idempotent.
    """
    return f"+{COUNTRY_CODE}{_national_number(raw)}"


def is_mobile(normalised: str) -> bool:
    """True for a mobile (5xx) number.  Accepts any form :func:`normalise_phone` does."""
    return _national_number(normalised).startswith("5")


def format_phone(normalised: str) -> str:
    """Group a number for display: "+90 532 123 45 67".

    Accepts any form :func:`normalise_phone` does and raises InvalidPhone otherwise.
    """
    n = _national_number(normalised)
    return f"+{COUNTRY_CODE} {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"


def format_phone_local(normalised: str) -> str:
    """A number as people in Turkey write it: "0532 111 22 33" ("0232 …" for İzmir).

    Accepts any form :func:`normalise_phone` does; a number that cannot be read is
    returned unchanged, so a display never fails on an old or foreign entry.
    """
    try:
        n = _national_number(normalised)
    except InvalidPhone:
        return normalised
    return f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"
