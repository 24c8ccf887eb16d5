"""Readable case numbers: `{centre code}-{year}-{seq:04d}`, e.g. NRL-2026-0042.

The number is for people (files, letters, the phone); records are joined by
their UUID, which stays unique when centres merge files later. The sequence
restarts every year and is counted per centre.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

_NUMBER: Final = re.compile(r"([A-Z0-9]{2,8})-(\d{4})-(\d{4,})")


@dataclass(frozen=True)
class CaseNumber:
    centre_code: str
    year: int
    seq: int

    def __str__(self) -> str:
        return format_case_number(self.centre_code, self.year, self.seq)


def format_case_number(centre_code: str, year: int, seq: int) -> str:
    if seq < 1:
        raise ValueError("sequence numbers start at 1")
    return f"{centre_code}-{year:04d}-{seq:04d}"


def parse_case_number(text: str) -> CaseNumber | None:
    """Read a number as typed ("nrl-2026-42" too); None if it is not one."""
    m = _NUMBER.fullmatch(text.strip().upper())
    if m is None:
        return None
    return CaseNumber(m.group(1), int(m.group(2)), int(m.group(3)))


def looks_like_case_number(text: str) -> bool:
    return parse_case_number(text) is not None


def example_case_numbers(centre_code: str, year: int, count: int = 2) -> str:
    """ "KSK-2026-0001, KSK-2026-0002": a hint in the centre's own numbering."""
    return ", ".join(format_case_number(centre_code or "KDM", year, n) for n in range(1, count + 1))
