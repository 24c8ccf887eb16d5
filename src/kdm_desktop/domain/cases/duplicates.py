"""Is the woman at the desk already on file? A warning at intake, never a block.

A match is the same identity number, or a close name (same folded surname and a
given name that is a prefix of, or one or two typos away from, the other) together
with the same birth year or a shared phone number.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kdm_desktop.domain.cases.draft import CaseDraft, display_name
from kdm_desktop.domain.keyed_labels import KeyedLabels
from kdm_desktop.domain.turkish import fold_for_search

_MIN_PREFIX = 3


class DuplicateReason(StrEnum):
    SAME_ID = "ayni_kimlik_no"
    SIMILAR_NAME = "benzer_ad"
    SAME_BIRTH_YEAR = "ayni_dogum_yili"
    SAME_PHONE = "ayni_telefon"


DUPLICATE_REASON_LABELS: KeyedLabels[DuplicateReason] = KeyedLabels(
    {reason: f"case.duplicate.{reason.value}" for reason in DuplicateReason}
)


@dataclass(frozen=True)
class DuplicateCandidate:
    """What storage gives back about an existing case for the comparison."""

    id: str
    case_number: str
    anonymous: bool
    first_name: str
    last_name: str
    tc_kimlik_no: str
    birth_year: int | None
    birth_year_exact: bool
    phones: tuple[str, ...]


@dataclass(frozen=True)
class PossibleDuplicate:
    id: str
    case_number: str
    display_name: str
    reasons: tuple[DuplicateReason, ...]


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of neighbours counts once), capped at
    `limit + 1` so long different names cost little."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[len(b)], limit + 1)


def first_names_close(a: str, b: str) -> bool:
    fa, fb = fold_for_search(a), fold_for_search(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    short, long_ = sorted((fa, fb), key=len)
    if len(short) >= _MIN_PREFIX and long_.startswith(short):
        return True  # "Ayşe" and "Ayşe Nur", "Gül" and "Gülşen"
    limit = 1 if len(long_) <= 5 else 2
    return edit_distance(fa, fb, limit) <= limit


def _birth_years_agree(draft: CaseDraft, c: DuplicateCandidate) -> bool:
    mine = draft.birth_year
    if mine is None or c.birth_year is None:
        return False
    exact = draft.birth_date is not None and c.birth_year_exact
    # A year estimated from an age can be one off either way.
    return mine == c.birth_year if exact else abs(mine - c.birth_year) <= 1


def duplicate_reasons(draft: CaseDraft, c: DuplicateCandidate) -> tuple[DuplicateReason, ...]:
    """Why `c` may be the same woman as `draft`; empty when it is not a match."""
    reasons: list[DuplicateReason] = []
    if draft.tc_kimlik_no and draft.tc_kimlik_no == c.tc_kimlik_no:
        reasons.append(DuplicateReason.SAME_ID)
    same_name = (
        bool(draft.last_name)
        and fold_for_search(draft.last_name) == fold_for_search(c.last_name)
        and first_names_close(draft.first_name, c.first_name)
    )
    if same_name:
        supporting = []
        if _birth_years_agree(draft, c):
            supporting.append(DuplicateReason.SAME_BIRTH_YEAR)
        if set(draft.phones()) & set(c.phones):
            supporting.append(DuplicateReason.SAME_PHONE)
        if supporting:
            reasons.append(DuplicateReason.SIMILAR_NAME)
            reasons.extend(supporting)
    return tuple(reasons)


def as_possible_duplicate(
    c: DuplicateCandidate, reasons: tuple[DuplicateReason, ...]
) -> PossibleDuplicate:
    return PossibleDuplicate(
        c.id, c.case_number, display_name(c.anonymous, c.first_name, c.last_name), reasons
    )
