"""A centre's settings for outgoing letters: the number series and the signatory.

Letter numbers are their own series, shaped by a pattern the centre sets, e.g.
``{code}/{year}/SY-{seq}`` → ``KSK/2026/SY-0001``. A pattern must hold the year
(the series restarts every year) and the sequence, and must not produce
something that reads as a case number (``KSK-2026-0001``): a letter number and a
file number are never to be confused on the phone or on paper.

Every distinct pattern (with the code and year filled in) is a series of its own,
counted separately; the counter key keeps ``{seq}`` in it, so it can never equal
the plain centre code under which release 0.1 counted its ``KSK-2026-0001``
numbers. Changing the pattern therefore never reuses a number.

The signatory is the centre's authorised signatory (name and title, e.g.
"Müdür"). Without one the letter is signed by whoever makes it, as before.

The province is one of Turkey's 81, stored as officially spelled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from kdm_desktop.domain.cases.numbering import looks_like_case_number
from kdm_desktop.domain.provinces import province_name
from kdm_desktop.domain.rules import ValidationErrors

DEFAULT_NUMBER_PATTERN: Final = "{code}/{year}/SY-{seq}"
SEQ_DIGITS: Final = 4
MAX_PATTERN: Final = 40
MAX_NAME: Final = 120
MAX_TITLE: Final = 120
MAX_PROVINCE: Final = 40
PLACEHOLDERS: Final = ("code", "year", "seq")
_PART = re.compile(r"\{([a-z]+)\}")
# Outside the placeholders: letters (Turkish too), digits and . / - _ ; no spaces,
# so a number stays one word in a list, a file name and a command line.
# (the Turkish letters as escapes: ÇĞİÖŞÜ çğıöşü)
_LITERAL = re.compile(
    r"[0-9A-Za-z\u00c7\u011e\u0130\u00d6\u015e\u00dc\u00e7\u011f\u0131\u00f6\u015f\u00fc./_-]*"
)


@dataclass(frozen=True)
class LetterSettings:
    number_pattern: str = DEFAULT_NUMBER_PATTERN
    signatory_name: str = ""
    signatory_title: str = ""
    # One of the 81 (domain/provinces.py): the addressee's defaults ("İZMİR EMNİYET
    # MÜDÜRLÜĞÜNE") and the end of the centre's address ("Karşıyaka/İZMİR").
    province: str = ""

    def validated(self, code: str) -> LetterSettings:
        pattern = check_number_pattern(self.number_pattern, code)
        name = " ".join(self.signatory_name.split())
        title = " ".join(self.signatory_title.split())
        province = " ".join(self.province.split())
        if len(name) > MAX_NAME:
            raise ValidationErrors.one("signatory_name", "letter.signatory_too_long", max=MAX_NAME)
        if len(title) > MAX_TITLE:
            raise ValidationErrors.one(
                "signatory_title", "letter.signatory_too_long", max=MAX_TITLE
            )
        if bool(name) != bool(title):
            # A name without a title (or the reverse) is half a signature block.
            raise ValidationErrors.one(
                "signatory_title" if name else "signatory_name", "letter.signatory_incomplete"
            )
        if len(province) > MAX_PROVINCE:
            raise ValidationErrors.one("province", "letter.province_too_long", max=MAX_PROVINCE)
        if province:
            # Printed on every letter: a typo would go out on all of them.
            official = province_name(province)
            if official is None:
                raise ValidationErrors.one("province", "letter.province_unknown", text=province)
            province = official
        return LetterSettings(pattern, name, title, province)

    @property
    def has_signatory(self) -> bool:
        return bool(self.signatory_name)


def _render(pattern: str, code: str, year: int, seq: str) -> str:
    return pattern.replace("{code}", code).replace("{year}", f"{year:04d}").replace("{seq}", seq)


def format_letter_number(pattern: str, code: str, year: int, seq: int) -> str:
    if seq < 1:
        raise ValueError("sequence numbers start at 1")
    return _render(pattern, code, year, f"{seq:0{SEQ_DIGITS}d}")


def series_key(pattern: str, code: str, year: int) -> str:
    """What the year's counter is kept under: the number with ``{seq}`` left in."""
    return _render(pattern, code, year, "{seq}")


def check_number_pattern(pattern: str, code: str) -> str:
    """The cleaned pattern, or a `ValidationErrors` that names what is wrong."""
    text = pattern.strip()
    if not text or len(text) > MAX_PATTERN:
        raise ValidationErrors.one("number_pattern", "letter.pattern_length", max=MAX_PATTERN)
    names = _PART.findall(text)
    unknown = sorted({n for n in names if n not in PLACEHOLDERS})
    literal = _PART.sub("", text)
    if unknown or "{" in literal or "}" in literal:
        raise ValidationErrors.one(
            "number_pattern", "letter.pattern_placeholder", names=", ".join(unknown) or "{ }"
        )
    if names.count("year") != 1 or names.count("seq") != 1 or names.count("code") > 1:
        raise ValidationErrors.one("number_pattern", "letter.pattern_needs")
    if not _LITERAL.fullmatch(literal):
        raise ValidationErrors.one("number_pattern", "letter.pattern_characters")
    example = format_letter_number(text, code or "KDM", 2026, 1)
    if looks_like_case_number(example):
        raise ValidationErrors.one("number_pattern", "letter.pattern_case_like", example=example)
    return text
