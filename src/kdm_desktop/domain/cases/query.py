"""What the case list asks for: filters, ordering and a page."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from kdm_desktop.domain.cases.choices import CaseStatus
from kdm_desktop.domain.keyed_labels import KeyedLabels

# `CaseQuery.assigned_to = UNASSIGNED` lists files nobody is assigned to.
UNASSIGNED: Final = "\x00unassigned"
MAX_PAGE: Final = 500


class CaseOrder(StrEnum):
    NAME = "ad"  # surname, given name (Turkish alphabet); anonymous last
    CASE_NUMBER = "dosya_no"
    APPLICATION_DATE = "basvuru_tarihi"
    UPDATED = "son_degisiklik"


CASE_ORDER_LABELS: Final[KeyedLabels[CaseOrder]] = KeyedLabels(
    {order: f"case.order.{order.value}" for order in CaseOrder}
)


@dataclass(frozen=True)
class CaseQuery:
    text: str = ""
    statuses: frozenset[CaseStatus] = field(default_factory=frozenset)
    assigned_to: str | None = None
    applied_from: datetime.date | None = None
    applied_to: datetime.date | None = None
    order: CaseOrder = CaseOrder.NAME
    descending: bool = False
