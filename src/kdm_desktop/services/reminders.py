"""Reminders across all open cases: orders ending, police orders awaiting approval,
safety plan and risk reviews that are due. The rules are in `domain.protection.reminders`."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from kdm_desktop import messages
from kdm_desktop.domain.protection.order_codec import order_from_dict
from kdm_desktop.domain.protection.orders import ProtectionOrder
from kdm_desktop.domain.protection.reminders import Reminder, ReminderKind, due_reminders
from kdm_desktop.domain.protection.risk import RiskLevel
from kdm_desktop.domain.protection.safety_plan import SafetyPlan, plan_from_dict
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import today
from kdm_desktop.services.session import Session

DEFAULT_DAYS = 14
MAX_DAYS = 366


@dataclass(frozen=True)
class DueReminder:
    kind: ReminderKind
    case_id: str
    case_number: str
    due_date: datetime.date
    days_left: int
    text: str

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "label": messages.text(self.kind.label_key),
            "case_id": self.case_id,
            "case_number": self.case_number,
            "due_date": self.due_date.isoformat(),
            # For an order that ends, the due date is its (extended) last day.
            "end_date": self.due_date.isoformat()
            if self.kind is ReminderKind.ORDER_ENDING
            else None,
            "days_left": self.days_left,
            "text": self.text,
        }


class RemindersService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def due(self, days: int = DEFAULT_DAYS) -> list[DueReminder]:
        """Everything due today or within `days` days, overdue first."""
        self._s.require(Permission.VIEW_CASES)
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_DAYS:
            raise ValidationErrors.one("days", "protection.days", days=days)
        day = today(self._s)
        stored = self._s.reading()
        orders: dict[str, list[ProtectionOrder]] = {}
        for row in stored.orders.not_ended_for_open_cases(day.isoformat()):
            orders.setdefault(row.case_id, []).append(order_from_dict(row.order))
        plans: dict[str, SafetyPlan | None] = {
            case_id: plan_from_dict(data)
            for case_id, data in stored.safety_plans.latest_for_open_cases().items()
        }
        risks = {
            case_id: [(datetime.date.fromisoformat(on), RiskLevel(level))]
            for case_id, (on, level) in stored.risk.latest_for_open_cases().items()
        }
        found: list[Reminder] = due_reminders(day, orders, plans, risks, days)
        numbers = stored.orders.case_numbers(sorted({r.case_id for r in found}))
        # Only a list that shows some case is a view of case data worth recording.
        if found:
            with self._s.work(durable=False) as uow:
                uow.audit(AuditAction.SEARCH, "reminders", "*", f"rows={len(found)}")
        return [
            DueReminder(
                r.kind, r.case_id, numbers.get(r.case_id, "?"), r.due_date, r.days_left, r.text
            )
            for r in found
        ]
