"""Reminders for the caseworker's start page: a pure function of today and the cases.

Four kinds, each with a due date and a Turkish sentence:

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
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from kdm_desktop.domain.dates import format_turkish_date
from kdm_desktop.domain.protection.orders import IssuerKind, ProtectionOrder, current_end
from kdm_desktop.domain.protection.risk import (
    DEFAULT_RISK_REVIEW_DAYS,
    RiskLevel,
    latest_assessment,
)
from kdm_desktop.domain.protection.safety_plan import SafetyPlan, is_review_due
from kdm_desktop.domain.rules import DomainRuleError

__all__ = [
    "DEFAULT_ORDER_WINDOW_DAYS",
    "DomainRuleError",
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
        return _KIND_LABELS[self]


_KIND_LABELS: Final[dict[ReminderKind, str]] = {
    ReminderKind.ORDER_ENDING: "Tedbir süresi bitiyor",
    ReminderKind.ORDER_LAPSING_APPROVAL: "Acil tedbir onay bekliyor",
    ReminderKind.PLAN_REVIEW_OVERDUE: "Güvenlik planı gözden geçirilmeli",
    ReminderKind.RISK_REVIEW_OVERDUE: "Risk yeniden değerlendirilmeli",
}
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

    def sort_key(self) -> tuple[datetime.date, int, str, str]:
        return (self.due_date, _KIND_RANK[self.kind], self.case_id, self.text_tr)


def _until(days_left: int) -> str:
    if days_left == 0:
        return "bugün"
    if days_left == 1:
        return "yarın"
    return f"{days_left} gün sonra"


def _since(days_left: int) -> str:
    # Turkish does not pluralise after a numeral: "3 gün", never "3 günler".
    return "bugün" if days_left == 0 else f"{-days_left} gün önce"


def _check_args(
    today: object, days: object, risk_review_days: Mapping[RiskLevel, int | None]
) -> None:
    if not isinstance(today, datetime.date) or isinstance(today, datetime.datetime):
        raise DomainRuleError(
            "today", "Bugünün tarihi bir tarih olmalıdır (saat olmadan).", code="reminder.today"
        )
    if not isinstance(days, int) or isinstance(days, bool) or days < 0:
        raise DomainRuleError(
            "days",
            "Hatırlatma süresi 0 ya da daha büyük bir gün sayısı olmalıdır.",
            code="reminder.days",
        )
    for level, interval in risk_review_days.items():
        if interval is not None and (
            not isinstance(interval, int) or isinstance(interval, bool) or interval < 1
        ):
            raise DomainRuleError(
                f"risk_review_days.{level}",
                f"{RiskLevel(level).label} risk için yeniden değerlendirme aralığı "
                "en az 1 gün olmalıdır.",
                code="reminder.risk_review_days",
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
    what = order.describe_tr()

    deadline = order.needs_approval_by
    if deadline is not None and order.awaiting_approval(today):
        left = (deadline - today).days
        approver = "mülki amir" if order.approval_authority is IssuerKind.MULKI_AMIR else "hâkim"
        if left >= 0:
            text = (
                f"{what}: kolluk amirinin acil kararı {approver} onayı bekliyor. Onay en geç "
                f"{_until(left)} ({format_turkish_date(deadline)}) gerekiyor; onaylanmazsa karar "
                "kendiliğinden kalkar. Onay durumunu kolluktan öğrenip kaydedin."
            )
        else:
            text = (
                f"{what}: {approver} onayı için süre {format_turkish_date(deadline)} günü doldu ve "
                "onay kaydı yok. Karar kendiliğinden kalkmış olabilir; kolluktan teyit edin, "
                "onaylandıysa onay tarihini girin."
            )
        out.append(Reminder(ReminderKind.ORDER_LAPSING_APPROVAL, case_id, deadline, left, text))

    if not order.lapsed(today):
        left = (end - today).days
        if 0 <= left <= days:
            text = (
                f"{what} {_until(left)} sona eriyor (son gün {format_turkish_date(end)}). "
                "Şiddet tehlikesi sürüyorsa uzatma başvurusunu planlayın."
            )
            out.append(Reminder(ReminderKind.ORDER_ENDING, case_id, end, left, text))
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
            when = "bugün" if left == 0 else f"{-left} gün önce geçti"
            text = (
                f"Güvenlik planının gözden geçirme günü {when} "
                f"({format_turkish_date(plan.review_date)}). Planı onunla birlikte gözden geçirin."
            )
            out.append(
                Reminder(ReminderKind.PLAN_REVIEW_OVERDUE, case_id, plan.review_date, left, text)
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
            text = (
                f"Son risk değerlendirmesi {format_turkish_date(assessed_on)} günü yapıldı "
                f"({level.label}). {interval} günlük yeniden değerlendirme süresi "
                f"{_since(left)} doldu."
            )
            out.append(Reminder(ReminderKind.RISK_REVIEW_OVERDUE, case_id, due, left, text))

    out.sort(key=Reminder.sort_key)
    return out
