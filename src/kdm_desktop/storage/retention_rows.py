"""Rows the retention queries return (storage/retention_*.py)."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable
from dataclasses import dataclass


def _day(text: object) -> datetime.date | None:
    if text is None or text == "":
        return None
    return datetime.date.fromisoformat(str(text)[:10])


@dataclass(frozen=True)
class CaseFactsRow:
    case_id: str
    case_number: str
    closed_on: datetime.date | None
    last_contact: datetime.date | None
    order_ended: datetime.date | None
    orders_in_force: int
    hold_reason: str | None
    notes: tuple[str, ...]
    session_notes: tuple[str, ...]
    attachments: tuple[str, ...]
    letters: tuple[str, ...]


@dataclass(frozen=True)
class DatedRow:
    id: str
    day: datetime.date
    case_id: str | None


@dataclass(frozen=True)
class RequestRow:
    id: str
    case_id: str | None
    case_number: str
    kind: str
    received_on: str
    due_on: str
    answered_on: str | None
    answer: str
    recorded_by: str


def _ids(values: Iterable[str]) -> str:
    return json.dumps(sorted(set(values)))
