"""The change bus: every committed change is announced once, with what it touched."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kdm_desktop import changes as ch
from kdm_desktop.changes import ChangeBus, Changes, changes_from_audit
from kdm_desktop.domain.calendar import ISTANBUL, AppointmentType
from kdm_desktop.domain.cases.choices import CaseStatus, NoteKind, RecipientKind
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.protection.risk import load_checklist
from kdm_desktop.errors import KdmError
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Role
from kdm_desktop.services.calendar import AppointmentInput, CalendarService
from kdm_desktop.services.case_notes import NoteService
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.letters import LetterService
from kdm_desktop.services.orders import OrderService
from kdm_desktop.services.risk import RiskService
from kdm_desktop.services.safety_plans import SafetyPlanService
from kdm_desktop.services.users import UserService


def order_data(case_day: dt.date) -> dict[str, object]:
    return {
        "kind": "önleyici",
        "issuer": "aile_mahkemesi",
        "issuer_name": "İzmir 3. Aile Mahkemesi",
        "file_no": "2026/123 D.İş",
        "decision_date": case_day.isoformat(),
        "start_date": case_day.isoformat(),
        "end_date": (case_day + dt.timedelta(days=90)).isoformat(),
        "measures": ["m5_tehdit_hakaret"],
    }


@pytest.fixture
def heard(session: Any) -> list[Changes]:
    got: list[Changes] = []
    session.changes.subscribe(got.append)
    return got


def new_case(session: Any) -> str:
    grant = ConsentGrant(
        processing=True, share_with=frozenset({RecipientKind.SONIM}), date=dt.date(2026, 1, 10)
    )
    draft = CaseDraft(first_name="Nur", last_name="Şahin", application_date=dt.date(2026, 1, 10))
    return CaseService(session).create(draft, consent=grant).id


def test_reads_prints_and_exports_change_nothing() -> None:
    for action in ("view", "search", "print", "export", "login", "backup"):
        assert not changes_from_audit(action, "case", "c1", "")


def test_kinds_and_cases_come_from_the_audit_entry() -> None:
    c = changes_from_audit("create", "protection_order", "o1", "case=abc-1")
    assert c.kinds == {ch.ORDERS} and c.case_ids == {"abc-1"} and not c.any_case
    c = changes_from_audit("change", "case", "abc-2", "status=kapali")
    assert c.kinds == {ch.CASES} and c.case_ids == {"abc-2"}
    # An order changed by its own id: the case is unknown, so every case view counts.
    c = changes_from_audit("change", "protection_order", "o1", "extended")
    assert c.any_case and c.touches_case("whatever", ch.ORDERS)
    c = changes_from_audit("import", "case", "abc-3", "bundle=…")
    assert c.kinds == ch.CASE_CONTENT
    c = changes_from_audit("create", "user", "derya", "psikolog")
    assert c.kinds == {ch.USERS} and not c.any_case and not c.touches_case("abc-1")
    assert changes_from_audit("restore", "casefile", "x", "").kinds == ch.ALL_KINDS


def test_touches_case_filters_by_kind_and_case() -> None:
    c = Changes(frozenset({ch.LETTERS}), frozenset({"a"}))
    assert c.touches_case("a", ch.LETTERS) and c.touches_case("a")
    assert not c.touches_case("b", ch.LETTERS)
    assert not c.touches_case("a", ch.ORDERS)


def test_each_service_call_announces_what_it_changed(session, heard) -> None:
    case_id = new_case(session)
    assert heard[-1].touches_case(case_id, ch.CASES)
    LetterService(session).templates()  # the default templates are stored on first use
    created = len(heard)

    day = dt.date(2026, 1, 10)
    OrderService(session).add_from_mapping(case_id, order_data(day))
    NoteService(session).add(case_id, NoteKind.SOCIAL, "Görüşme yapıldı.")
    LetterService(session).make(case_id, "sonim-sevk", {"reason": "Barınma desteği."})
    CaseService(session).set_status(case_id, CaseStatus.FOLLOW_UP)
    # An empty form is refused (issue 14): every item answered "Hayır".
    RiskService(session).add(case_id, dict.fromkeys(load_checklist().item_ids, False), None, "")
    plan = SafetyPlanService(session)
    plan.save(case_id, checked={}, notes={}, review_date=None, hide_logo=False)
    UserService(session).add("derya", "Personel-Parola-2026", Role.PSYCHOLOGIST, "Derya Kaya")
    CalendarService(session).add(
        AppointmentInput(
            start=dt.datetime(2027, 3, 1, 10, 0, tzinfo=ISTANBUL),
            duration_minutes=50,
            staff="derya",
            type=AppointmentType.PSYCHOLOGICAL_SUPPORT,
            room="Oda 1",
            case_ref=case_id,
        )
    )
    got = heard[created:]
    expected = [
        ch.ORDERS,
        ch.NOTES,
        ch.LETTERS,
        ch.CASES,
        ch.RISK,
        ch.SAFETY_PLANS,
        ch.USERS,
        # The centre's first psychologist: her notes key is made and given to her
        # (audited) in a commit of its own, once her slot is on disk.
        ch.USERS,
        ch.APPOINTMENTS,
    ]
    # One announcement per service call, each naming its kind (and case, where it has one).
    assert [sorted(c.kinds) for c in got] == [[k] for k in expected]
    for c, kind in zip(got, expected, strict=True):
        if kind != ch.USERS:
            assert c.touches_case(case_id, kind), (kind, c)


def test_reads_announce_nothing(session, heard) -> None:
    case_id = new_case(session)
    before = len(heard)
    CaseService(session).open(case_id)
    LetterService(session).for_case(case_id)
    LetterService(session).case_summary_document(case_id)
    assert len(heard) == before


def test_a_rolled_back_change_is_never_announced(session, heard) -> None:
    case_id = new_case(session)
    before = len(heard)
    with pytest.raises(RuntimeError), session.db.transaction():
        session.audit(AuditAction.CHANGE, "case", case_id, "status=x")
        raise RuntimeError("disk full")
    assert len(heard) == before
    # A refused service call: nothing committed, nothing announced.
    with pytest.raises(KdmError):
        NoteService(session).add(case_id, NoteKind.SOCIAL, "")
    assert len(heard) == before


def test_one_announcement_per_transaction_and_savepoints_follow_rollback(session, heard) -> None:
    before = len(heard)
    with session.db.transaction():
        session.audit(AuditAction.CREATE, "case_note", "n1", "case=a")
        with pytest.raises(RuntimeError), session.db.transaction():
            session.audit(AuditAction.CREATE, "letter", "l1", "case=b")
            raise RuntimeError("inner step refused")
        with session.db.transaction():
            session.audit(AuditAction.CREATE, "protection_order", "o1", "case=c")
        # Nothing is announced before the outer commit.
        assert len(heard) == before
    (c,) = heard[before:]
    assert c.kinds == {ch.NOTES, ch.ORDERS} and c.case_ids == {"a", "c"}


def test_a_failing_listener_does_not_undo_or_fail_the_change(session, heard, caplog) -> None:
    def broken(_c: Changes) -> None:
        raise ValueError("Ayşe Yılmaz")  # personal data must not reach the log

    session.changes.subscribe(broken)
    case_id = new_case(session)
    assert CaseService(session).open(case_id).record.id == case_id
    assert heard and heard[-1].touches_case(case_id)
    assert "ValueError" in caplog.text and "Ayşe" not in caplog.text


def test_unsubscribe_stops_delivery() -> None:
    bus = ChangeBus()
    got: list[Changes] = []
    stop = bus.subscribe(got.append)
    bus.publish(Changes(frozenset({ch.CASES})))
    stop()
    stop()  # twice is harmless
    bus.publish(Changes(frozenset({ch.CASES})))
    bus.publish(Changes())  # an empty change set is not announced at all
    assert len(got) == 1
