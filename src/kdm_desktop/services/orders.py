"""Protective and preventive orders (Law 6284) of a case: add, extend, breaches, lists."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from kdm_desktop.domain.protection.order_codec import order_from_dict, order_to_dict
from kdm_desktop.domain.protection.orders import (
    BreachOutcome,
    MeasureCatalogue,
    OrderBreach,
    OrderExtension,
    OrderStatus,
    ProtectionOrder,
    add_breach,
    add_extension,
    current_end,
    is_in_force,
    load_measure_catalogue,
    order_status,
)
from kdm_desktop.domain.rules import DomainRuleError
from kdm_desktop.errors import KdmError
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import resolve_case, today
from kdm_desktop.services.risk import rule_errors
from kdm_desktop.services.session import Session
from kdm_desktop.storage.protection_repo import OrderRow


@dataclass(frozen=True)
class StoredOrder:
    id: str
    case_id: str
    order: ProtectionOrder
    status: OrderStatus
    created_by: str
    updated_at: str

    @property
    def current_end(self) -> datetime.date:
        return current_end(self.order)

    @property
    def in_force(self) -> bool:
        return self.status.in_force


class OrderService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @staticmethod
    def catalogue() -> MeasureCatalogue:
        return load_measure_catalogue()

    def _stored(self, row: OrderRow, day: datetime.date) -> StoredOrder:
        order = order_from_dict(row.order)
        return StoredOrder(
            row.id, row.case_id, order, order_status(order, day), row.created_by, row.updated_at
        )

    def add(self, ref: str, order: ProtectionOrder) -> StoredOrder:
        self._s.require(Permission.EDIT_CASES)
        case = resolve_case(self._s, ref)
        order_id = str(uuid.uuid4())
        with self._s.work() as uow:
            uow.orders.insert(
                order_id,
                case.id,
                order_to_dict(order),
                current_end(order).isoformat(),
                self._s.user.username,
                self._s.timestamp(),
            )
            uow.audit(AuditAction.CREATE, "protection_order", order_id, f"case={case.id}")
        return self._get(order_id)

    def add_from_mapping(self, ref: str, data: Mapping[str, object]) -> StoredOrder:
        """The CLI's JSON (`order_to_dict` shape; kind, issuer, dates, measures …)."""
        self._s.require(Permission.EDIT_CASES)
        try:
            order = order_from_dict(data)
        except DomainRuleError as exc:
            raise rule_errors(exc) from None
        return self.add(ref, order)

    def _get(self, order_id: str) -> StoredOrder:
        row = self._s.reading().orders.get(order_id.strip())
        if row is None:
            raise KdmError("protection.order_not_found", ref=order_id.strip()[:40])
        return self._stored(row, today(self._s))

    def _change(self, order_id: str, new: ProtectionOrder, detail: str) -> StoredOrder:
        with self._s.work() as uow:
            uow.orders.update(
                order_id,
                order_to_dict(new),
                current_end(new).isoformat(),
                self._s.user.username,
                self._s.timestamp(),
            )
            uow.audit(AuditAction.CHANGE, "protection_order", order_id, detail)
        return self._get(order_id)

    def extend(
        self,
        order_id: str,
        decision_date: datetime.date,
        new_end_date: datetime.date,
        file_no: str = "",
        note: str = "",
    ) -> StoredOrder:
        self._s.require(Permission.EDIT_CASES)
        old = self._get(order_id)
        try:
            new = add_extension(
                old.order, OrderExtension(decision_date, new_end_date, file_no, note)
            )
        except DomainRuleError as exc:
            raise rule_errors(exc) from None
        return self._change(old.id, new, f"extension new_end={new_end_date.isoformat()}")

    def add_breach(
        self,
        order_id: str,
        date: datetime.date,
        description: str,
        outcome: BreachOutcome = BreachOutcome.BILDIRILDI,
        detention_days: int | None = None,
        note: str = "",
    ) -> StoredOrder:
        self._s.require(Permission.EDIT_CASES)
        old = self._get(order_id)
        try:
            new = add_breach(
                old.order, OrderBreach(date, description, outcome, detention_days, note)
            )
        except DomainRuleError as exc:
            raise rule_errors(exc) from None
        return self._change(old.id, new, f"breach outcome={outcome.value}")

    def for_case(self, ref: str) -> list[StoredOrder]:
        """Every order of the case, by start date."""
        self._s.require(Permission.VIEW_CASES)
        case = resolve_case(self._s, ref)
        rows = self._s.reading().orders.for_case(case.id)
        with self._s.work() as uow:
            uow.audit(AuditAction.VIEW, "protection_orders", case.id)
        day = today(self._s)
        return [self._stored(r, day) for r in rows]

    def in_force(self, ref: str) -> list[StoredOrder]:
        return [o for o in self.for_case(ref) if o.in_force]

    def current_order_ends(self, case_ids: list[str]) -> dict[str, datetime.date]:
        """For the case list: per case, the latest end of an order in force today."""
        self._s.require(Permission.VIEW_CASES)
        day = today(self._s)
        rows = self._s.reading().orders.not_ended(list(case_ids), day.isoformat())
        out: dict[str, datetime.date] = {}
        for row in rows:
            order = order_from_dict(row.order)
            if is_in_force(order, day):
                end = current_end(order)
                out[row.case_id] = max(end, out.get(row.case_id, end))
        if out:
            with self._s.work(durable=False) as uow:
                uow.audit(AuditAction.SEARCH, "order_ends", "*", f"rows={len(out)}")
        return out
