"""A legal hold: a case file kept past its retention date, with who placed and lifted it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hold:
    id: str
    case_id: str
    case_number: str
    reason: str
    placed_at: str
    placed_by: str
    released_at: str | None
    released_by: str | None
