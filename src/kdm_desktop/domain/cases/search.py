"""What the search index holds for a case, how typed text becomes a safe FTS5 query,
and the sort key that orders the list by the Turkish alphabet.

The index holds folded text only ("Işık" → "isik"), so `isik`, `IŞIK`, `ışık`
and `Isik` all find her. Phone numbers are indexed in the three ways people
type them (+90…, 05…, 5…), identity and case numbers as digit runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from kdm_desktop.domain.cases.numbering import parse_case_number
from kdm_desktop.domain.turkish import fold_for_search, sort_key_bytes

MAX_QUERY_TOKENS: Final = 8
MAX_TOKEN_CHARS: Final = 40
# Characters people put between the digits of a phone or ID number.
_DIGIT_SEPARATORS: Final = frozenset(" +-().\t/")
# A case number as it is being typed: "KSK-2026-00", "ksk/2026/42", "KSK-20".
# The dash (or slash) tells it from a name followed by a year ("Ali 2026").
_CASE_NUMBER_PREFIX: Final = re.compile(
    r"\s*([A-Za-z][A-Za-z0-9]{1,7})\s*[-/]\s*(\d{1,4})(?:\s*[-/]\s*(\d{0,8}))?\s*"
)


def phone_tokens(normalised: str) -> list[str]:
    """ "+905321234567" → ["905321234567", "05321234567", "5321234567"]."""
    digits = "".join(ch for ch in normalised if ch.isdigit())
    if digits.startswith("90") and len(digits) == 12:
        national = digits[2:]
        return [digits, "0" + national, national]
    return [digits] if digits else []


def case_number_tokens(case_number: str) -> list[str]:
    parsed = parse_case_number(case_number)
    if parsed is None:
        return fold_for_search(case_number).split()
    seq = f"{parsed.seq:04d}"
    code = parsed.centre_code.lower()
    year = f"{parsed.year:04d}"
    # Separate parts for "NRL 2026 42"-style typing, joined ones for "2026-0042".
    return [code, year, seq, code + year + seq, year + seq]


def search_document(
    *,
    first_name: str,
    last_name: str,
    tc_kimlik_no: str,
    phones: Iterable[str],
    case_number: str,
) -> str:
    parts = [fold_for_search(first_name), fold_for_search(last_name), tc_kimlik_no]
    for phone in phones:
        parts.extend(phone_tokens(phone))
    parts.extend(case_number_tokens(case_number))
    return " ".join(p for p in parts if p)


def query_tokens(text: str) -> list[str]:
    """Folded tokens of what was typed. A run of digits and separators ("0532 123 45 67",
    "+90 (532) …", "2026-0042") is one number, as people mean it."""
    stripped = text.strip()
    number = _CASE_NUMBER_PREFIX.fullmatch(stripped)
    if number is not None:
        # One joined token ("ksk20260042" is indexed for every case): the centre code
        # alone would match every file of the centre and make the search scan them all.
        code, year, seq = number.group(1).lower(), number.group(2), number.group(3) or ""
        return [(code + year + seq)[:MAX_TOKEN_CHARS]]
    if any(ch.isdigit() for ch in stripped) and all(
        ch.isdigit() or ch in _DIGIT_SEPARATORS for ch in stripped
    ):
        digits = "".join(ch for ch in stripped if ch.isdigit())
        return [digits[:MAX_TOKEN_CHARS]]
    tokens = fold_for_search(text).split()
    return [t[:MAX_TOKEN_CHARS] for t in tokens[:MAX_QUERY_TOKENS]]


def fts_prefix_query(text: str) -> str | None:
    """An FTS5 MATCH expression: every token quoted and prefix-matched, all required.

    User text never reaches MATCH syntax raw: folding leaves only letters, digits
    and spaces, and each token is still quoted (with quotes doubled), so words like
    NOT, OR, NEAR or a stray `"`, `*`, `:` or `^` cannot change the query.
    None when nothing searchable was typed.
    """
    tokens = query_tokens(text)
    if not tokens:
        return None
    return " ".join('"' + t.replace('"', '""') + '"*' for t in tokens)


def case_number_prefix(text: str) -> str | None:
    """The start of a case number as it is being typed, as stored: "ksk-2026-00" →
    "KSK-2026-00". None when the text is not a case number in the making.

    Every case's index entry holds its number as one joined token, so such a
    prefix would make the full-text index merge the lists of every number of the
    year; the unique index on the number answers it as a range instead.
    """
    number = _CASE_NUMBER_PREFIX.fullmatch(text.strip())
    if number is None:
        return None
    code, year, seq = number.group(1).upper(), number.group(2), number.group(3)
    if seq is None:
        return f"{code}-{year}"
    if len(year) < 4:
        return None  # "KSK-20-1" names no number: left to the full-text index
    return f"{code}-{year}-{seq}"


def exact_case_number(text: str) -> str | None:
    """The case number a complete typed number names ("ksk-2026-42" → "KSK-2026-0042"),
    found through its unique index instead of the search index; None otherwise."""
    parsed = parse_case_number(text)
    return None if parsed is None else str(parsed)


def name_sort_key(anonymous: bool, first_name: str, last_name: str) -> bytes:
    """Surname, then given name, in Turkish alphabetical order; anonymous files last."""
    if anonymous or not (first_name or last_name):
        return b"\x02"
    return b"\x01" + sort_key_bytes(last_name) + sort_key_bytes(first_name)
