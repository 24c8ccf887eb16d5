"""Reminders around month ends, leap days and the year end."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kdm_desktop.domain.protection.orders import (
    IssuerKind,
    OrderExtension,
    OrderKind,
    ProtectionOrder,
    add_extension,
)
from kdm_desktop.domain.protection.reminders import Reminder, ReminderKind, due_reminders
from kdm_desktop.domain.protection.risk import RiskLevel
from kdm_desktop.domain.protection.safety_plan import SafetyPlan
from kdm_desktop.domain.rules import DomainRuleError

D = datetime.date


def order(start: datetime.date, end: datetime.date, **kw: Any) -> ProtectionOrder:
    base: dict[str, Any] = {
        "kind": OrderKind.ONLEYICI,
        "issuer": IssuerKind.AILE_MAHKEMESI,
        "decision_date": start,
        "start_date": start,
        "end_date": end,
        "measures": ("m5_yaklasmama",),
        "file_no": "2027/12 D.İş",
    }
    base.update(kw)
    return ProtectionOrder(**base)


def police(decision: datetime.date, **kw: Any) -> ProtectionOrder:
    base: dict[str, Any] = {
        "kind": OrderKind.KORUYUCU,
        "issuer": IssuerKind.KOLLUK_AMIRI,
        "decision_date": decision,
        "start_date": decision,
        "end_date": decision + datetime.timedelta(days=60),
        "measures": ("m3_gecici_koruma",),
    }
    base.update(kw)
    return ProtectionOrder(**base)


def orders_only(today: datetime.date, *orders: ProtectionOrder, days: int = 14) -> list[Reminder]:
    return due_reminders(today, {"V-1": list(orders)}, {}, {}, days=days)


def ending(reminders: list[Reminder]) -> list[Reminder]:
    return [r for r in reminders if r.kind is ReminderKind.ORDER_ENDING]


# ----- orders ending -----


def test_window_is_inclusive_at_both_ends() -> None:
    o = order(D(2027, 3, 1), D(2027, 8, 31))
    assert ending(orders_only(D(2027, 8, 16), o)) == []  # 15 days left
    (r,) = ending(orders_only(D(2027, 8, 17), o))  # 14 days left
    assert (r.days_left, r.due_date, r.case_id) == (14, D(2027, 8, 31), "V-1")
    (r,) = ending(orders_only(D(2027, 8, 31), o))
    assert r.days_left == 0 and "bugün sona eriyor" in r.text_tr
    (r,) = ending(orders_only(D(2027, 8, 30), o))
    assert "yarın" in r.text_tr
    assert ending(orders_only(D(2027, 9, 1), o)) == []  # already ended


def test_order_starting_on_aug_31_ends_on_leap_day() -> None:
    o = order(D(2027, 8, 31), D(2028, 2, 29))
    assert ending(orders_only(D(2028, 2, 14), o)) == []
    (r,) = ending(orders_only(D(2028, 2, 15), o))
    assert r.days_left == 14
    assert "29 Şubat 2028 Salı" in r.text_tr
    assert ending(orders_only(D(2028, 3, 1), o)) == []


def test_window_across_the_year_end() -> None:
    o = order(D(2026, 7, 8), D(2027, 1, 8))
    (r,) = ending(orders_only(D(2026, 12, 25), o))
    assert r.days_left == 14 and r.due_date == D(2027, 1, 8)
    later = order(D(2026, 7, 9), D(2027, 1, 9))
    assert ending(orders_only(D(2026, 12, 25), later)) == []


def test_window_across_february_in_a_common_year() -> None:
    o = order(D(2026, 9, 14), D(2027, 3, 14))
    (r,) = ending(orders_only(D(2027, 2, 28), o))  # 28 Feb + 14 days = 14 Mar
    assert r.days_left == 14


def test_extended_order_uses_the_new_end() -> None:
    o = add_extension(
        order(D(2027, 3, 1), D(2027, 8, 31)), OrderExtension(D(2027, 8, 20), D(2028, 2, 29))
    )
    assert ending(orders_only(D(2027, 8, 25), o)) == []
    (r,) = ending(orders_only(D(2028, 2, 20), o))
    assert r.days_left == 9


def test_custom_window_and_zero() -> None:
    o = order(D(2027, 3, 1), D(2027, 8, 31))
    assert len(ending(orders_only(D(2027, 8, 1), o, days=30))) == 1
    assert ending(orders_only(D(2027, 8, 30), o, days=0)) == []
    assert len(ending(orders_only(D(2027, 8, 31), o, days=0))) == 1


def test_lifted_order_gets_no_reminder() -> None:
    o = order(D(2027, 3, 1), D(2027, 8, 31), lifted_on=D(2027, 8, 20))
    assert orders_only(D(2027, 8, 25), o) == []
    assert len(orders_only(D(2027, 8, 19), o)) == 1  # not lifted yet


@given(st.dates(D(2026, 1, 1), D(2030, 12, 31)), st.integers(min_value=-40, max_value=60))
@settings(derandomize=True, max_examples=200)
def test_ending_reminder_iff_within_window(today: datetime.date, offset: int) -> None:
    end = today + datetime.timedelta(days=offset)
    start = max(end - datetime.timedelta(days=90), D(2025, 1, 1))
    found = ending(orders_only(today, order(start, end)))
    assert bool(found) == (0 <= offset <= 14)
    if found:
        assert found[0].days_left == offset and found[0].due_date == end


# ----- urgent police orders -----


def test_pending_approval_reminder() -> None:
    o = police(D(2026, 12, 30))  # 48 h → 2027-01-01
    (r,) = [
        x for x in orders_only(D(2026, 12, 30), o) if x.kind is ReminderKind.ORDER_LAPSING_APPROVAL
    ]
    assert (r.due_date, r.days_left) == (D(2027, 1, 1), 2)
    assert "mülki amir onayı" in r.text_tr and "kendiliğinden kalkar" in r.text_tr


def test_lapsed_police_order_asks_for_confirmation_not_extension() -> None:
    o = police(D(2027, 3, 5), end_date=D(2027, 3, 20))
    reminders = orders_only(D(2027, 3, 10), o)
    assert [r.kind for r in reminders] == [ReminderKind.ORDER_LAPSING_APPROVAL]
    assert reminders[0].days_left == -3 and "teyit" in reminders[0].text_tr
    assert orders_only(D(2027, 3, 21), o) == []  # past its end: nothing left to confirm


def test_approved_police_order_has_only_the_end_reminder() -> None:
    o = police(D(2027, 3, 5), end_date=D(2027, 3, 20), approval_date=D(2027, 3, 6))
    reminders = orders_only(D(2027, 3, 10), o)
    assert [r.kind for r in reminders] == [ReminderKind.ORDER_ENDING]


def test_police_preventive_order_needs_the_judge_within_a_day() -> None:
    o = police(D(2028, 2, 28), kind=OrderKind.ONLEYICI, measures=("m5_yaklasmama",))
    (r,) = [
        x for x in orders_only(D(2028, 2, 28), o) if x.kind is ReminderKind.ORDER_LAPSING_APPROVAL
    ]
    assert r.due_date == D(2028, 2, 29) and "hâkim onayı" in r.text_tr


# ----- safety plans -----


def test_plan_review_due_today_and_overdue() -> None:
    plans = {
        "A": SafetyPlan(review_date=D(2028, 2, 29)),
        "B": SafetyPlan(review_date=D(2028, 3, 1)),
        "C": SafetyPlan(),
        "D": None,
    }
    reminders = due_reminders(D(2028, 2, 29), {}, plans, {})
    assert [(r.case_id, r.days_left) for r in reminders] == [("A", 0)]
    assert "bugün" in reminders[0].text_tr
    later = due_reminders(D(2028, 3, 3), {}, plans, {})
    assert [(r.case_id, r.days_left) for r in later] == [("A", -3), ("B", -2)]
    assert "3 gün önce geçti" in later[0].text_tr


# ----- risk reviews -----


def test_high_risk_review_after_30_days_across_leap_day() -> None:
    history = {"R": [(D(2028, 1, 30), RiskLevel.HIGH)]}
    assert due_reminders(D(2028, 2, 28), {}, {}, history) == []
    (r,) = due_reminders(D(2028, 2, 29), {}, {}, history)
    assert (r.kind, r.due_date, r.days_left) == (
        ReminderKind.RISK_REVIEW_OVERDUE,
        D(2028, 2, 29),
        0,
    )
    assert "Yüksek" in r.text_tr and "30 günlük" in r.text_tr


def test_medium_risk_review_after_90_days_across_year_end() -> None:
    history = {"R": [(D(2026, 10, 15), RiskLevel.MEDIUM)]}
    assert due_reminders(D(2027, 1, 12), {}, {}, history) == []
    (r,) = due_reminders(D(2027, 1, 13), {}, {}, history)
    assert r.due_date == D(2027, 1, 13)


def test_only_the_latest_assessment_counts() -> None:
    history = {"R": [(D(2027, 1, 1), RiskLevel.HIGH), (D(2027, 1, 20), RiskLevel.STANDARD)]}
    assert due_reminders(D(2027, 3, 1), {}, {}, history) == []  # standard: 180 days
    assert due_reminders(D(2027, 3, 1), {}, {}, {"R": []}) == []


def test_centre_intervals_and_disabled_levels() -> None:
    history = {"R": [(D(2027, 1, 1), RiskLevel.STANDARD)]}
    custom = {RiskLevel.HIGH: 14, RiskLevel.MEDIUM: 60, RiskLevel.STANDARD: None}
    assert due_reminders(D(2028, 1, 1), {}, {}, history, risk_review_days=custom) == []
    custom[RiskLevel.STANDARD] = 10
    (r,) = due_reminders(D(2027, 1, 15), {}, {}, history, risk_review_days=custom)
    assert r.days_left == -4


# ----- all together -----


def test_sorted_by_due_date_then_kind_then_case() -> None:
    today = D(2027, 8, 25)
    reminders = due_reminders(
        today,
        {
            "B": [order(D(2027, 3, 1), D(2027, 8, 31))],
            "A": [order(D(2027, 3, 1), D(2027, 8, 31)), police(D(2027, 8, 24))],
        },
        {"C": SafetyPlan(review_date=D(2027, 8, 26)), "A": SafetyPlan(review_date=D(2027, 8, 1))},
        {"B": [(D(2027, 7, 26), RiskLevel.HIGH)]},
    )
    summary = [(r.due_date, r.kind.value, r.case_id) for r in reminders]
    assert summary == [
        (D(2027, 8, 1), "plan_review_overdue", "A"),
        (D(2027, 8, 25), "risk_review_overdue", "B"),
        (D(2027, 8, 26), "order_lapsing_approval", "A"),
        (D(2027, 8, 31), "order_ending", "A"),
        (D(2027, 8, 31), "order_ending", "B"),
    ]
    assert all(r.text_tr for r in reminders)
    assert reminders[0].kind == "plan_review_overdue"  # StrEnum compares as its value


def test_bad_arguments() -> None:
    with pytest.raises(DomainRuleError):
        due_reminders(datetime.datetime(2027, 1, 1, 9), {}, {}, {})
    with pytest.raises(DomainRuleError):
        due_reminders(D(2027, 1, 1), {}, {}, {}, days=-1)
    with pytest.raises(DomainRuleError):
        due_reminders(D(2027, 1, 1), {}, {}, {}, risk_review_days={RiskLevel.HIGH: 0})


# ----- language (issue #19) -----


def _both(reminder: Reminder) -> tuple[str, str]:
    from kdm_desktop import messages

    try:
        messages.set_language("en")
        english = reminder.text
    finally:
        messages.set_language("tr")
    assert reminder.text == reminder.text_tr
    return reminder.text_tr, english


def test_reminder_sentences_in_turkish_and_english() -> None:
    (end,) = orders_only(D(2027, 6, 30), order(D(2027, 1, 1), D(2027, 7, 1)))
    assert _both(end) == (
        "Önleyici tedbir kararı (2027/12 D.İş) yarın sona eriyor (son gün 1 Temmuz 2027 "
        "Perşembe). Şiddet tehlikesi sürüyorsa uzatma başvurusunu planlayın.",
        "Preventive order (2027/12 D.İş) ends tomorrow (last day Thursday 1 July 2027). "
        "If the danger of violence continues, plan the application for an extension.",
    )
    (late,) = orders_only(D(2027, 3, 10), police(D(2027, 3, 5), end_date=D(2027, 3, 20)))
    tr, en = _both(late)
    assert tr == (
        "Koruyucu tedbir kararı (karar tarihi 5 Mart 2027 Cuma): mülki amir onayı için süre "
        "7 Mart 2027 Pazar günü doldu ve onay kaydı yok. Karar kendiliğinden kalkmış olabilir; "
        "kolluktan teyit edin, onaylandıysa onay tarihini girin."
    )
    assert en.startswith(
        "Protective order (decided on Friday 5 March 2027): the time for the approval of the "
        "civil administrator ran out on Sunday 7 March 2027"
    )
    plans = {"A": SafetyPlan(review_date=D(2028, 2, 29))}
    (plan,) = due_reminders(D(2028, 3, 3), {}, plans, {})
    assert _both(plan) == (
        "Güvenlik planının gözden geçirme günü 3 gün önce geçti (29 Şubat 2028 Salı). "
        "Planı onunla birlikte gözden geçirin.",
        "The safety plan was due for review 3 days ago (Tuesday 29 February 2028). "
        "Review the plan together with her.",
    )
    (risk,) = due_reminders(D(2028, 3, 1), {}, {}, {"R": [(D(2028, 1, 30), RiskLevel.HIGH)]})
    assert _both(risk) == (
        "Son risk değerlendirmesi 30 Ocak 2028 Pazar günü yapıldı (Yüksek). "
        "30 günlük yeniden değerlendirme süresi 1 gün önce doldu.",
        "The last risk assessment was on Sunday 30 January 2028 (High). "
        "The 30-day reassessment period ran out 1 day ago.",
    )
