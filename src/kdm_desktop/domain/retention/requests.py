"""A woman's requests about her own data (KVKK Art. 11) and their 30-day deadline (Art. 13)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum

from kdm_desktop.domain.keyed_labels import KeyedLabels


class RequestKind(StrEnum):
    ACCESS = "access"
    DELETION = "deletion"
    CORRECTION = "correction"


REQUEST_LABELS: KeyedLabels[RequestKind] = KeyedLabels(
    {k: f"retention.request.{k.value}" for k in RequestKind}
)


def deadline(received_on: datetime.date, days: int) -> datetime.date:
    return received_on + datetime.timedelta(days=days)


@dataclass(frozen=True)
class SubjectRequest:
    id: str
    case_id: str | None  # None once her file was destroyed
    case_number: str
    kind: RequestKind
    received_on: datetime.date
    due_on: datetime.date
    answered_on: datetime.date | None
    answer: str
    recorded_by: str

    @property
    def label(self) -> str:
        return REQUEST_LABELS[self.kind]

    def days_left(self, today: datetime.date) -> int:
        return (self.due_on - today).days

    def overdue(self, today: datetime.date) -> bool:
        return self.answered_on is None and today > self.due_on

    def open(self) -> bool:
        return self.answered_on is None
