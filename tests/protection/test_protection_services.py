"""Risk, safety plan, order and reminder services: storage, rules, permissions, audit."""

from __future__ import annotations

import datetime

import pytest
from protection_support import STAFF_PASSWORD, add_staff, fixed_clock, make_case, order_data

from kdm_desktop.domain.protection.orders import BreachOutcome
from kdm_desktop.domain.protection.reminders import ReminderKind
from kdm_desktop.domain.protection.risk import RiskLevel, RiskTrend, load_checklist
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import PermissionDenied
from kdm_desktop.security.roles import Role
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.orders import OrderService
from kdm_desktop.services.reminders import RemindersService
from kdm_desktop.services.risk import RiskService
from kdm_desktop.services.safety_plans import SafetyPlanService
from kdm_desktop.services.session import Session

ITEMS = load_checklist().item_ids
CRITICAL = sorted(load_checklist().critical_ids)
NON_CRITICAL = [i for i in ITEMS if i not in load_checklist().critical_ids]


def yes(*ids: str) -> dict[str, bool | None]:
    return {i: (i in ids) for i in ITEMS}


def audit_types(session: Session) -> list[tuple[str, str]]:
    return [(e.action, e.object_type) for e in session.audit_entries(limit=200)]


# ----- risk -----


def test_assessment_is_scored_and_stored(session: Session) -> None:
    case = make_case(session)
    risk = RiskService(session)
    stored = risk.add(case.id, yes(*NON_CRITICAL[:3]))
    assert stored.score == 3
    assert stored.final_level is RiskLevel.STANDARD
    again = risk.history(case.case_number)
    assert [a.id for a in again] == [stored.id]
    assert again[0].answers[NON_CRITICAL[0]] is True
    assert again[0].thresholds == risk.thresholds()
    assert ("create", "risk_assessment") in audit_types(session)
    assert ("view", "risk_assessments") in audit_types(session)


def test_two_critical_items_make_high_risk(session: Session) -> None:
    case = make_case(session)
    stored = RiskService(session).add(case.id, yes(*CRITICAL[:2]))
    assert stored.final_level is RiskLevel.HIGH
    assert RiskService(session).latest_levels([case.id]) == {case.id: RiskLevel.HIGH}


def test_judgement_raises_with_reason_and_never_lowers(session: Session) -> None:
    case = make_case(session)
    risk = RiskService(session)
    raised = risk.add(case.id, yes(), "yuksek", "Eşi silah satın aldığını söyledi.")
    assert raised.computed_level is RiskLevel.STANDARD
    assert raised.final_level is RiskLevel.HIGH and raised.raised_by_judgement
    with pytest.raises(ValidationErrors) as err:
        risk.add(case.id, yes(*CRITICAL[:2]), "standart", "Daha iyi görünüyor.")
    assert err.value.exit_code == 4
    assert err.value.errors[0].field == "judgement_level"
    assert "düşüremez" in err.value.message
    with pytest.raises(ValidationErrors) as err:
        risk.add(case.id, yes(), "yuksek", "")
    assert err.value.errors[0].field == "judgement_reason"
    assert len(risk.history(case.id)) == 1  # refused ones were not stored


def test_unknown_item_and_future_date_are_refused(session: Session) -> None:
    case = make_case(session)
    with pytest.raises(ValidationErrors) as err:
        RiskService(session).add(case.id, {"no_such_item": True})
    assert "Bilinmeyen risk maddesi" in err.value.message
    tomorrow = session.now().date() + datetime.timedelta(days=1)
    with pytest.raises(ValidationErrors) as err:
        RiskService(session).add(case.id, yes(), assessed_on=tomorrow)
    assert err.value.errors[0].field == "assessed_on"


def test_thresholds_are_per_centre_and_stored_with_each_assessment(session: Session) -> None:
    case = make_case(session)
    risk = RiskService(session)
    before = risk.add(case.id, yes(*NON_CRITICAL[:5]))
    assert before.final_level is RiskLevel.STANDARD
    risk.set_thresholds(4, 8)
    after = risk.add(case.id, yes(*NON_CRITICAL[:5]))
    assert after.final_level is RiskLevel.MEDIUM
    history = risk.history(case.id)
    assert history[0].thresholds.medium == 9 and history[1].thresholds.medium == 4
    assert risk.trend(case.id) is RiskTrend.RISING
    with pytest.raises(ValidationErrors):
        risk.set_thresholds(8, 4)
    with pytest.raises(ValidationErrors):
        risk.set_thresholds(5, 99)
    assert ("change", "risk_thresholds") in audit_types(session)


def test_staff_cannot_change_thresholds_and_the_secretary_sees_nothing(
    casefile, session: Session
) -> None:
    case = make_case(session)
    add_staff(session, "sosyal", Role.SOCIAL_WORKER)
    add_staff(session, "sekreter", Role.SECRETARY)
    session.close()
    with casefile.login("sosyal", STAFF_PASSWORD) as s:
        RiskService(s).add(case.id, yes())
        with pytest.raises(PermissionDenied):
            RiskService(s).set_thresholds(4, 8)
    with casefile.login("sekreter", STAFF_PASSWORD) as s:
        for call in (
            lambda: RiskService(s).history(case.id),
            lambda: RiskService(s).add(case.id, yes()),
            lambda: SafetyPlanService(s).latest(case.id),
            lambda: OrderService(s).for_case(case.id),
            lambda: OrderService(s).add_from_mapping(case.id, order_data()),
            lambda: RemindersService(s).due(),
            lambda: RiskService(s).latest_levels([case.id]),
        ):
            with pytest.raises(PermissionDenied) as err:
                call()
            assert err.value.exit_code == 3


# ----- safety plan -----


def test_every_save_is_a_new_version_and_unchanged_is_not(session: Session) -> None:
    case = make_case(session)
    plans = SafetyPlanService(session)
    assert plans.latest(case.id) is None
    first = plans.save(
        case.id,
        checked={"during_incident": ["safe_room"]},
        notes={},
        review_date=datetime.date(2026, 12, 1),
        hide_logo=False,
    )
    assert first.version == 1
    same = plans.save(
        case.id,
        checked={"during_incident": ["safe_room"]},
        notes={},
        review_date=datetime.date(2026, 12, 1),
        hide_logo=False,
    )
    assert same.version == 1
    second = plans.save(
        case.id,
        checked={"during_incident": ["safe_room", "code_word"]},
        notes={"during_incident": "Şifre: çilek"},
        review_date=datetime.date(2026, 12, 1),
        hide_logo=True,
    )
    assert second.version == 2
    history = plans.history(case.id)
    assert [h.version for h in history] == [1, 2]
    assert history[0].plan.checked["during_incident"] == frozenset({"safe_room"})
    latest = plans.latest(case.id)
    assert (
        latest is not None
        and latest.hide_logo
        and latest.notes["during_incident"] == "Şifre: çilek"
    )
    types = audit_types(session)
    assert ("create", "safety_plan") in types and ("change", "safety_plan") in types


def test_plan_with_an_address_key_or_unknown_item_is_refused(session: Session) -> None:
    case = make_case(session)
    with pytest.raises(ValidationErrors) as err:
        SafetyPlanService(session).save_from_mapping(case.id, {"address": "Bir yer"})
    assert "adres" in err.value.message
    with pytest.raises(ValidationErrors):
        SafetyPlanService(session).save(
            case.id,
            checked={"during_incident": ["nope"]},
            notes={},
            review_date=None,
            hide_logo=False,
        )


# ----- orders -----


def test_order_add_extend_breach(session: Session) -> None:
    session.now = fixed_clock(datetime.date(2026, 3, 1))
    case = make_case(session)
    orders = OrderService(session)
    stored = orders.add_from_mapping(case.id, order_data())
    assert stored.in_force and stored.current_end == datetime.date(2026, 7, 10)
    extended = orders.extend(
        stored.id, datetime.date(2026, 7, 1), datetime.date(2026, 12, 31), "2026/900 D.İş"
    )
    assert extended.current_end == datetime.date(2026, 12, 31)
    breached = orders.add_breach(
        stored.id, datetime.date(2026, 3, 1), "Evin önüne geldi.", BreachOutcome.ZORLAMA_HAPSI, 5
    )
    assert len(breached.order.breaches) == 1 and len(breached.order.extensions) == 1
    listed = orders.for_case(case.case_number)
    assert [o.id for o in listed] == [stored.id]
    assert orders.current_order_ends([case.id]) == {case.id: datetime.date(2026, 12, 31)}
    with pytest.raises(ValidationErrors):
        orders.add_breach(
            stored.id, datetime.date(2026, 3, 1), "x", BreachOutcome.ZORLAMA_HAPSI, 50
        )
    types = audit_types(session)
    assert ("create", "protection_order") in types and ("change", "protection_order") in types


def test_first_term_over_six_months_is_refused(session: Session) -> None:
    case = make_case(session)
    with pytest.raises(ValidationErrors) as err:
        OrderService(session).add_from_mapping(case.id, order_data(end_date="2026-07-11"))
    assert err.value.exit_code == 4
    assert err.value.errors[0].field == "end_date"
    assert "6 ay" in err.value.message
    assert OrderService(session).for_case(case.id) == []


def test_unknown_order_id(session: Session) -> None:
    from kdm_desktop.errors import KdmError

    with pytest.raises(KdmError):
        OrderService(session).extend("nope", datetime.date(2026, 1, 1), datetime.date(2026, 2, 1))


# ----- reminders -----


def _reminders(session: Session, day: datetime.date, days: int = 14):
    session.now = fixed_clock(day)
    return RemindersService(session).due(days)


def test_order_ending_on_a_leap_day_and_across_the_year_end(session: Session) -> None:
    case = make_case(session)
    session.now = fixed_clock(datetime.date(2027, 9, 1))
    orders = OrderService(session)
    # 2027-08-31 + 6 months = 2028-02-29, the last day the law allows.
    orders.add_from_mapping(
        case.id,
        order_data(decision_date="2027-08-31", start_date="2027-08-31", end_date="2028-02-29"),
    )
    assert _reminders(session, datetime.date(2028, 2, 14)) == []
    due = _reminders(session, datetime.date(2028, 2, 15))
    assert [(r.kind, r.due_date, r.days_left) for r in due] == [
        (ReminderKind.ORDER_ENDING, datetime.date(2028, 2, 29), 14)
    ]
    assert due[0].case_number == case.case_number
    assert _reminders(session, datetime.date(2028, 2, 29))[0].days_left == 0
    assert _reminders(session, datetime.date(2028, 3, 1)) == []

    other = make_case(session, "Fatma", "Kaya")
    orders.add_from_mapping(
        other.id,
        order_data(decision_date="2026-07-05", start_date="2026-07-05", end_date="2027-01-05"),
    )
    due = _reminders(session, datetime.date(2026, 12, 25))
    assert [(r.case_id, r.days_left) for r in due] == [(other.id, 11)]
    assert due[0].as_dict()["end_date"] == "2027-01-05"


def test_month_end_extension_moves_the_reminder(session: Session) -> None:
    case = make_case(session)
    session.now = fixed_clock(datetime.date(2026, 1, 31))
    orders = OrderService(session)
    stored = orders.add_from_mapping(
        case.id,
        order_data(decision_date="2026-01-31", start_date="2026-01-31", end_date="2026-04-30"),
    )
    assert [r.due_date for r in _reminders(session, datetime.date(2026, 4, 16))] == [
        datetime.date(2026, 4, 30)
    ]
    orders.extend(stored.id, datetime.date(2026, 4, 20), datetime.date(2026, 10, 31))
    assert _reminders(session, datetime.date(2026, 4, 20)) == []
    assert _reminders(session, datetime.date(2026, 10, 31))[0].days_left == 0


def test_police_order_awaiting_approval(session: Session) -> None:
    case = make_case(session)
    session.now = fixed_clock(datetime.date(2026, 2, 27))
    OrderService(session).add_from_mapping(
        case.id,
        order_data(
            issuer="kolluk_amiri",
            kind="koruyucu",
            measures=["m3_barinma"],
            file_no="",
            decision_date="2026-02-27",
            start_date="2026-02-27",
            end_date="2026-03-27",
        ),
    )
    due = _reminders(session, datetime.date(2026, 2, 28))
    assert due[0].kind is ReminderKind.ORDER_LAPSING_APPROVAL
    assert due[0].due_date == datetime.date(2026, 3, 1)  # 48 h across February's end


def test_plan_and_risk_reviews_and_closed_cases(session: Session) -> None:
    case = make_case(session)
    session.now = fixed_clock(datetime.date(2028, 1, 30))
    RiskService(session).add(case.id, yes(*CRITICAL[:2]))  # high: review after 30 days
    SafetyPlanService(session).save(
        case.id, checked={}, notes={}, review_date=datetime.date(2028, 2, 29), hide_logo=False
    )
    assert _reminders(session, datetime.date(2028, 2, 28)) == []
    due = _reminders(session, datetime.date(2028, 2, 29))
    assert [(r.kind, r.due_date) for r in due] == [
        (ReminderKind.RISK_REVIEW_OVERDUE, datetime.date(2028, 2, 29)),
        (ReminderKind.PLAN_REVIEW_OVERDUE, datetime.date(2028, 2, 29)),
    ]
    from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason

    CaseService(session).set_status(case.id, CaseStatus.CLOSED, reason=ClosureReason.GOALS_MET)
    assert _reminders(session, datetime.date(2028, 3, 5)) == []
    assert ("search", "reminders") in audit_types(session)


def test_days_out_of_range(session: Session) -> None:
    with pytest.raises(ValidationErrors):
        RemindersService(session).due(-1)
