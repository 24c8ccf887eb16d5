"""Turkish-aware casing, search folding and collation.

Python's ``str.lower``/``str.upper`` follow the locale-neutral Unicode rules, which get the
Turkish dotted/dotless i wrong: ``"I".lower()`` is ``"i"`` (Turkish: ``"ı"``) and
``"İ".lower()`` is ``"i̇"`` with a stray combining dot (U+0307) that breaks equality and
search.  Everything here is pure and locale-independent, so results never depend on the
operating system's locale settings.
"""

from __future__ import annotations

import json
import re
import unicodedata
from importlib.resources import files
from typing import Final

__all__ = [
    "TURKISH_ALPHABET",
    "fold_for_search",
    "sort_key",
    "sort_key_bytes",
    "tr_capitalize_words",
    "tr_lower",
    "tr_upper",
]

# The letter tables are data, kept with the other packaged data (not sentences a
# person reads, so they stay out of the source the message test scans).
_LETTERS: Final[dict[str, str]] = json.loads(
    files("kdm_desktop").joinpath("resources/data/turkish_letters_v1.json").read_text("utf-8")
)

# The 29 letters of the Turkish alphabet, lowercase, in dictionary order.
TURKISH_ALPHABET: Final[str] = _LETTERS["alphabet"]

_COMBINING_DOT_ABOVE: Final = "\u0307"

_LOWER_SPECIALS: Final = str.maketrans({"İ": "i", "I": "ı"})
_UPPER_SPECIALS: Final = str.maketrans({"i": "İ", "ı": "I"})

# Apostrophes separate a proper noun from its suffix ("Ali'nin"), so the letters after one
# belong to the same word and must not be capitalised.
_APOSTROPHES: Final = frozenset("'\u2019\u02bc")


# "i" + U+0307 is what non-Turkish software produces when lowercasing "İ"; the combining
# dot is redundant on a letter that already has one, and keeping it would make such
# imported text compare unequal to correctly typed text.
_REDUNDANT_DOT: Final = re.compile("i" + _COMBINING_DOT_ABOVE + "+")


def _strip_redundant_dot(s: str) -> str:
    # Removing the dot can expose a composable pair ("i" + U+0301 → "í"), hence the
    # trailing NFC; without it a second call would change the text again.
    return unicodedata.normalize("NFC", _REDUNDANT_DOT.sub("i", s))


def tr_lower(s: str) -> str:
    """Lowercase ``s`` under Turkish rules ("İSTANBUL" → "istanbul", "IŞIK" → "ışık")."""
    # NFC first so that a decomposed "I" + U+0307 becomes "İ" and is mapped to plain "i".
    text = unicodedata.normalize("NFC", s).translate(_LOWER_SPECIALS).lower()
    return _strip_redundant_dot(text)


def tr_upper(s: str) -> str:
    """Uppercase ``s`` under Turkish rules ("iğne" → "İĞNE", "ışık" → "IŞIK")."""
    text = _strip_redundant_dot(unicodedata.normalize("NFC", s))
    return unicodedata.normalize("NFC", text.translate(_UPPER_SPECIALS).upper())


def _tr_title_char(ch: str) -> str:
    if ch == "i":
        return "İ"
    if ch == "ı":
        return "I"
    # Title case rather than upper case keeps digraph letters such as "ǆ" → "ǅ" right.
    return ch.title()


def tr_capitalize_words(s: str) -> str:
    """Capitalise each word under Turkish rules ("ayşe ışık" → "Ayşe Işık", "işık" → "İşık").

    Hyphenated parts are capitalised separately ("ayşe-nur" → "Ayşe-Nur"), while letters
    after an apostrophe are a suffix and stay lowercase ("ali'nin" → "Ali'nin").
    Whitespace and punctuation are preserved as they are.
    """
    lowered = tr_lower(s)
    out: list[str] = []
    in_word = False
    for ch in lowered:
        category = unicodedata.category(ch)
        if category.startswith("L"):
            out.append(ch if in_word else _tr_title_char(ch))
            in_word = True
            continue
        out.append(ch)
        if category.startswith("M"):
            continue  # a stray combining mark belongs to the letter before it
        if category == "Nd":
            # Digits start a word without capitalising what follows: ordinals such as
            # "2nci" must not become "2Nci".
            in_word = True
            continue
        if in_word and ch in _APOSTROPHES:
            continue
        in_word = False
    return "".join(out)


_FOLD_TABLE: Final = str.maketrans(
    {
        "ş": "s",
        "ğ": "g",
        "ç": "c",
        "ö": "o",
        "ü": "u",
        "ı": "i",
        "â": "a",
        "î": "i",
        "û": "u",
    }
)


def fold_for_search(s: str) -> str:
    """Reduce ``s`` to a diacritic-free, lowercase form for matching search input.

    "IŞIK", "ışık", "Isik" and "isik" all become "isik"; "İĞDELİ" becomes "igdeli".
    Punctuation becomes a word break and runs of whitespace collapse to one space, so the
    result contains only letters, digits and single spaces.  The function is idempotent.
    """
    # NFKC up front turns compatibility forms (fullwidth letters, ligatures, "Ⅰ") into
    # plain letters *before* case mapping; otherwise one of them could surface as an
    # uppercase letter after the decomposition below and break idempotence.
    text = tr_lower(unicodedata.normalize("NFKC", s))
    # casefold after the Turkish pass: the dotted/dotless i are already settled, and it
    # additionally unifies forms such as "ß"/"ss" and final/medial sigma for matching.
    text = text.casefold().translate(_FOLD_TABLE)
    text = unicodedata.normalize("NFKD", text)
    out: list[str] = []
    for ch in text:
        major = unicodedata.category(ch)[0]
        if major == "M":
            continue
        out.append(ch if major in ("L", "N") else " ")
    return " ".join("".join(out).split())


# Collation. q, w and x are not Turkish letters but appear in foreign names; they are
# slotted next to their Latin-alphabet neighbours rather than dumped after z.
_COLLATION_LETTERS: Final = _LETTERS["collation"]
_LETTER_RANK: Final[dict[str, int]] = {ch: i for i, ch in enumerate(_COLLATION_LETTERS)}
# The circumflex only marks vowel length/palatalisation in Turkish ("kâr", "Hâle"), so these
# letters sort with their base letter and the accent only breaks ties.
_CIRCUMFLEX_BASE: Final[dict[str, str]] = {"â": "a", "î": "i", "û": "u"}

# Primary weights are grouped: separators, then punctuation/symbols, then digits, then
# letters of the (extended) Turkish alphabet, then everything else by code point.  The
# group stride exceeds the largest code point so groups never overlap.
_GROUP_STRIDE: Final = 0x110000
_GROUP_SPACE: Final = 1
_GROUP_PUNCT: Final = 2
_GROUP_DIGIT: Final = 3
_GROUP_LETTER: Final = 4
_GROUP_OTHER: Final = 5


def _lower_char(ch: str) -> str:
    if ch == "İ":
        return "i"
    if ch == "I":
        return "ı"
    lowered = ch.lower()
    # Only U+0130 lowers to more than one character, and it is handled above; the guard
    # keeps the key one-weight-per-character even if a future Unicode version adds another.
    return lowered if len(lowered) == 1 else ch


def _primary_and_accent(low: str) -> tuple[int, int]:
    base = _CIRCUMFLEX_BASE.get(low)
    accent = 0
    if base is not None:
        low, accent = base, 1
    rank = _LETTER_RANK.get(low)
    if rank is not None:
        return _GROUP_LETTER * _GROUP_STRIDE + rank, accent
    category = unicodedata.category(low)
    if low.isspace():
        return _GROUP_SPACE * _GROUP_STRIDE, 0
    if category[0] in ("P", "S", "Z"):
        return _GROUP_PUNCT * _GROUP_STRIDE + ord(low), 0
    if category == "Nd":
        return _GROUP_DIGIT * _GROUP_STRIDE + unicodedata.decimal(low), 0
    return _GROUP_OTHER * _GROUP_STRIDE + ord(low), 0


def sort_key(s: str) -> tuple[int, ...]:
    """Collation key for sorting names and other text in Turkish alphabetical order.

    Comparison is, in order of precedence: letters by the Turkish alphabet (case-insensitive
    under Turkish rules, with q/w/x placed after p/v/w, digits before letters, whitespace and
    punctuation before digits, other characters by code point after z); then the circumflex
    accent (a < â); then case (lowercase first); finally the raw string, so the key is total:
    ``sort_key(a) == sort_key(b)`` exactly when ``a == b``.

    >>> sorted(["Işıl", "İpek", "Çiğdem", "Cemile"], key=sort_key)
    ['Cemile', 'Çiğdem', 'Işıl', 'İpek']
    """
    # NFC so that decomposed input ("C" + U+0327) collates like the precomposed letter.
    text = unicodedata.normalize("NFC", s)
    primary: list[int] = []
    accents: list[int] = []
    cases: list[int] = []
    for ch in text:
        low = _lower_char(ch)
        weight, accent = _primary_and_accent(low)
        primary.append(weight)
        accents.append(accent)
        cases.append(0 if low == ch else 1)
    # Every primary weight is >= 1, so the 0 terminator makes a prefix sort before its
    # extensions; the later sections only matter when the primaries (and thus lengths)
    # are equal, so they always line up.  sort_key_bytes slices this exact layout.
    return (
        *primary,
        0,
        *accents,
        0,
        *cases,
        0,
        *(ord(ch) for ch in s),
    )


def _encode_primary(weight: int) -> bytes:
    group, rest = divmod(weight, _GROUP_STRIDE)
    if group == _GROUP_SPACE:
        return bytes((group,))
    if group in (_GROUP_DIGIT, _GROUP_LETTER):
        return bytes((group, rest))  # a digit value or a letter rank: both < 256
    return bytes((group,)) + rest.to_bytes(3, "big")  # a code point


def sort_key_bytes(s: str) -> bytes:
    """`sort_key` as compact bytes that SQLite's BLOB comparison (memcmp) orders the same way.

    For an ORDER BY on an indexed column. Each primary weight becomes a group byte
    followed by a fixed-width value for that group (so no encoding is a prefix of
    another), then 0x00, then one byte per accent and per case flag. The raw
    code-point tie-breaker is left out: rows that tie here are ordered by their id.
    Typical Turkish names take three bytes per letter.
    """
    key = sort_key(s)
    n = key.index(0)
    primaries = b"".join(_encode_primary(w) for w in key[:n])
    accents = bytes(key[n + 1 : 2 * n + 1])
    cases = bytes(key[2 * n + 2 : 3 * n + 2])
    return primaries + b"\x00" + accents + cases
