"""Reminders for the caseworker's start page: a pure function of today and the cases.

Four kinds, each with a due date and a sentence (a catalogue key and its
parameters: `Reminder.text` in the user's language, `text_tr` in Turkish):

* ``order_ending`` — an order (as last extended) ends within ``days`` days,
  today included, and has not ended, been lifted or lapsed: time to ask for an
  extension if the danger continues (Art. 8/2).
* ``order_lapsing_approval`` — an urgent police order has no approval recorded.
  Shown while the approval window is open, and also after it closed (negative
  ``days_left``) until the order's end, because then she may be unprotected and
  staff must confirm with the police.
* ``plan_review_overdue`` — the safety plan's review date is today or past.
* ``risk_review_overdue`` — the latest risk assessment is older than the review
  interval for its level (default 30 days for high, 90 for medium, 180 for
  standard; a centre may pass its own, ``None`` meaning "no reminder").

Reminders on the due day itself are included (``days_left == 0``): a reminder
that appears only the day after is a day late. All arithmetic is on
``datetime.date`` values (whole days), so month ends, leap days and year ends
need no special cases. Which cases are passed in (open ones only) is the
caller's choice.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.protection.orders import IssuerKind, ProtectionOrder, current_end
from kdm_desktop.domain.protection.risk import (
    DEFAULT_RISK_REVIEW_DAYS,
    RiskLevel,
    latest_assessment,
)
from kdm_desktop.domain.protection.safety_plan import SafetyPlan, is_review_due
from kdm_desktop.domain.rules import Day, DomainRuleError, Label, text_in, turkish_text

__all__ = [
    "DEFAULT_ORDER_WINDOW_DAYS",
    "Reminder",
    "ReminderKind",
    "due_reminders",
]

DEFAULT_ORDER_WINDOW_DAYS: Final = 14


class ReminderKind(StrEnum):
    ORDER_ENDING = "order_ending"
    ORDER_LAPSING_APPROVAL = "order_lapsing_approval"
    PLAN_REVIEW_OVERDUE = "plan_review_overdue"
    RISK_REVIEW_OVERDUE = "risk_review_overdue"

    @property
    def label(self) -> str:
        """The Turkish name (`--json`, lists); see `label_key`."""
        return turkish_text(self.label_key)

    @property
    def label_key(self) -> str:
        return f"protection.reminder_kind.{self.value}"


# On the same due date, the reminder whose miss costs most comes first.
_KIND_RANK: Final[dict[ReminderKind, int]] = {
    ReminderKind.ORDER_LAPSING_APPROVAL: 0,
    ReminderKind.ORDER_ENDING: 1,
    ReminderKind.RISK_REVIEW_OVERDUE: 2,
    ReminderKind.PLAN_REVIEW_OVERDUE: 3,
}


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    case_id: str
    due_date: datetime.date
    days_left: int  # 0 = today; negative = overdue by that many days
    text_tr: str
    key: str = field(default="", compare=False)
    params: tuple[tuple[str, object], ...] = field(default=(), compare=False)

    @property
    def text(self) -> str:
        """The sentence in the user's language (`text_tr` when it has no key)."""
        if not self.key:
            return self.text_tr
        return text_in(messages.language(), self.key, **dict(self.params))

    def sort_key(self) -> tuple[datetime.date, int, str, str]:
        return (self.due_date, _KIND_RANK[self.kind], self.case_id, self.text_tr)


def _until(days_left: int) -> Label:
    if days_left == 0:
        return Label("protection.reminder.today")
    if days_left == 1:
        return Label("protection.reminder.tomorrow")
    return Label("protection.reminder.in_days", days=days_left)


def _since(days_left: int) -> Label:
    # Turkish does not pluralise after a numeral: "3 gün", never "3 günler".
    if days_left == 0:
        return Label("protection.reminder.today")
    if days_left == -1:
        return Label("protection.reminder.day_ago")
    return Label("protection.reminder.days_ago", days=-days_left)


def _reminder(
    kind: ReminderKind,
    case_id: str,
    due: datetime.date,
    left: int,
    key: str,
    **params: object,
) -> Reminder:
    return Reminder(
        kind, case_id, due, left, turkish_text(key, **params), key, tuple(params.items())
    )


def _check_args(
    today: object, days: object, risk_review_days: Mapping[RiskLevel, int | None]
) -> None:
    if not isinstance(today, datetime.date) or isinstance(today, datetime.datetime):
        raise DomainRuleError.keyed(
            "today", "protection.reminder.today_type", code="reminder.today"
        )
    if not isinstance(days, int) or isinstance(days, bool) or days < 0:
        raise DomainRuleError.keyed("days", "protection.reminder.days", code="reminder.days")
    for level, interval in risk_review_days.items():
        if interval is not None and (
            not isinstance(interval, int) or isinstance(interval, bool) or interval < 1
        ):
            raise DomainRuleError.keyed(
                f"risk_review_days.{level}",
                "protection.reminder.risk_review_days",
                code="reminder.risk_review_days",
                level=Label(RiskLevel(level).label_key),
            )


def _order_reminders(
    case_id: str, order: ProtectionOrder, today: datetime.date, days: int
) -> list[Reminder]:
    out: list[Reminder] = []
    if order.lifted_on is not None and order.lifted_on <= today:
        return out
    end = current_end(order)
    if today > end:
        return out
    what = order.describe()

    deadline = order.needs_approval_by
    if deadline is not None and order.awaiting_approval(today):
        left = (deadline - today).days
        approver = Label(
            "protection.reminder.approver_governor"
            if order.approval_authority is IssuerKind.MULKI_AMIR
            else "protection.reminder.approver_judge"
        )
        key = (
            "protection.reminder.approval_pending"
            if left >= 0
            else "protection.reminder.approval_overdue"
        )
        out.append(
            _reminder(
                ReminderKind.ORDER_LAPSING_APPROVAL,
                case_id,
                deadline,
                left,
                key,
                what=what,
                approver=approver,
                until=_until(left),
                deadline=Day(deadline),
            )
        )

    if not order.lapsed(today):
        left = (end - today).days
        if 0 <= left <= days:
            out.append(
                _reminder(
                    ReminderKind.ORDER_ENDING,
                    case_id,
                    end,
                    left,
                    "protection.reminder.order_ending",
                    what=what,
                    until=_until(left),
                    end=Day(end),
                )
            )
    return out


def due_reminders(
    today: datetime.date,
    orders_by_case: Mapping[str, Sequence[ProtectionOrder]],
    plans_by_case: Mapping[str, SafetyPlan | None],
    assessments_by_case: Mapping[str, Sequence[tuple[datetime.date, RiskLevel]]],
    days: int = DEFAULT_ORDER_WINDOW_DAYS,
    risk_review_days: Mapping[RiskLevel, int | None] = DEFAULT_RISK_REVIEW_DAYS,
) -> list[Reminder]:
    """Every reminder due on ``today``, sorted by due date (overdue first), then by
    kind (approval, order end, risk, plan), then by case id.

    ``assessments_by_case`` holds (date, final level) pairs; only each case's latest
    counts (on one date, the last given). A level missing from ``risk_review_days``
    gets no reminder.
    """
    _check_args(today, days, risk_review_days)
    out: list[Reminder] = []

    for case_id, orders in orders_by_case.items():
        for order in orders:
            out += _order_reminders(case_id, order, today, days)

    for case_id, plan in plans_by_case.items():
        if plan is not None and plan.review_date is not None and is_review_due(plan, today):
            left = (plan.review_date - today).days
            when = (
                Label("protection.reminder.today")
                if left == 0
                else Label("protection.reminder.day_passed")
                if left == -1
                else Label("protection.reminder.days_passed", days=-left)
            )
            out.append(
                _reminder(
                    ReminderKind.PLAN_REVIEW_OVERDUE,
                    case_id,
                    plan.review_date,
                    left,
                    "protection.reminder.plan_review",
                    when=when,
                    date=Day(plan.review_date),
                )
            )

    for case_id, assessments in assessments_by_case.items():
        latest = latest_assessment(assessments)
        if latest is None:
            continue
        assessed_on, level = latest
        interval = risk_review_days.get(level)
        if interval is None:
            continue
        due = assessed_on + datetime.timedelta(days=interval)
        if due <= today:
            left = (due - today).days
            out.append(
                _reminder(
                    ReminderKind.RISK_REVIEW_OVERDUE,
                    case_id,
                    due,
                    left,
                    "protection.reminder.risk_review",
                    date=Day(assessed_on),
                    level=Label(level.label_key),
                    interval=interval,
                    since=_since(left),
                )
            )

    out.sort(key=Reminder.sort_key)
    return out
