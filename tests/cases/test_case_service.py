"""Opening, changing and reading case files through the service layer."""

from __future__ import annotations

import datetime
import re
import uuid

import pytest
from case_support import VALID_TC, draft, today

from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.cases.records import shareable_record
from kdm_desktop.domain.cases.status import allowed_next
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import KdmError, PermissionDenied
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.cases import CaseService
from kdm_desktop.storage.cases_repo import CaseRepository


def test_case_numbers_are_per_centre_and_year(session) -> None:
    svc = CaseService(session)
    year = today().year
    a = svc.create(draft(application_date=datetime.date(year - 1, 12, 31)))
    b = svc.create(draft(last_name="Kaya", application_date=datetime.date(year, 1, 2)))
    c = svc.create(draft(last_name="Koç"))
    d = svc.create(draft(last_name="Kurt", application_date=datetime.date(year - 1, 6, 1)))
    assert a.case_number == f"NRL-{year - 1}-0001"
    assert b.case_number == f"NRL-{year}-0001"
    assert c.case_number == f"NRL-{year}-0002"
    assert d.case_number == f"NRL-{year - 1}-0002"
    for ref in (a, b, c, d):
        assert re.fullmatch(r"NRL-\d{4}-\d{4}", ref.case_number)
        assert str(uuid.UUID(ref.id)) == ref.id


def test_a_refused_intake_stores_nothing(session) -> None:
    svc = CaseService(session)
    before = session.counts()
    with pytest.raises(ValidationErrors):
        svc.create(draft(first_name="", phone="12"))
    with pytest.raises(ValidationErrors):
        svc.create_from_mapping({"first_name": "A", "last_name": "B", "bogus": 1})
    assert session.counts() == before
    # The number sequence did not move either.
    assert svc.create(draft()).case_number.endswith("-0001")


def test_open_returns_the_full_record(session) -> None:
    svc = CaseService(session)
    ref = svc.create(
        draft(address="Gizli Sokak 3", address_confidential=True),
        consent=ConsentGrant(processing=True, date=today()),
        assigned_to="yonetici",
    )
    view = svc.open(ref.case_number.lower())  # numbers are found in any case
    rec = view.record
    assert rec.id == ref.id
    assert rec.status == CaseStatus.OPEN
    assert rec.assigned_to == "yonetici"
    assert rec.draft.phone == "+905321234567"
    assert rec.draft.tc_kimlik_no == VALID_TC
    assert rec.draft.address == "Gizli Sokak 3"  # staff see it on screen ...
    assert shareable_record(rec).draft.address == ""  # ... nothing that leaves does
    assert shareable_record(rec).draft.district == ""
    assert [c.purpose.value for c in view.consents] == ["isleme"]
    assert [h.status for h in view.status_history] == [CaseStatus.OPEN]
    assert svc.open(ref.id).record == rec


def test_unknown_case_is_reported_without_echoing_free_text(session) -> None:
    svc = CaseService(session)
    with pytest.raises(KdmError) as err:
        svc.open("Ayşe Yılmaz")
    assert err.value.key == "case.not_found"
    assert "Ayşe" not in err.value.message
    with pytest.raises(KdmError):
        svc.open(str(uuid.uuid4()))


def test_update_versions_only_changed_fields(session) -> None:
    svc = CaseService(session)
    ref = svc.create(draft())
    created = svc.get(ref.id)
    assert created.field_versions == {}
    assert created.field_version("phone") == created.created_at
    # Timestamps have one-second resolution: the session's clock moves on a second
    # (it slept 1.01 s here before; issue #19).
    later = session.now() + datetime.timedelta(seconds=1)
    session.now = lambda: later
    changed = svc.update_from_mapping(ref.id, {"phone": "0542 000 11 22", "district": "Buca"})
    assert set(changed.field_versions) == {"phone", "district"}
    assert changed.field_version("phone") > created.created_at
    assert changed.field_version("first_name") == created.created_at
    assert changed.draft.phone == "+905420001122"
    # Unchanged values are not a change.
    same = svc.update_from_mapping(ref.id, {"district": "Buca"})
    assert same.updated_at == changed.updated_at
    # The search index follows the change in the same transaction.
    assert svc.search("0542 000")[0].id == ref.id
    assert svc.search("0532 123") == []


def test_update_is_validated_as_a_whole_and_refused_whole(session) -> None:
    svc = CaseService(session)
    ref = svc.create(draft())
    with pytest.raises(ValidationErrors) as err:
        svc.update_from_mapping(ref.id, {"phone": "1", "first_name": "", "consent": {}})
    assert {e.field for e in err.value.errors} == {"phone", "first_name", "consent"}
    assert svc.get(ref.id).draft.phone == "+905321234567"


def test_status_transitions(session) -> None:
    svc = CaseService(session)
    ref = svc.create(draft())
    assert allowed_next(CaseStatus.CLOSED) == {CaseStatus.REOPENED}
    with pytest.raises(ValidationErrors) as err:
        svc.set_status(ref.id, CaseStatus.REOPENED)
    assert err.value.key == "input.case.status_transition"
    with pytest.raises(ValidationErrors) as err:
        svc.set_status(ref.id, CaseStatus.CLOSED)
    assert err.value.key == "input.case.closure_reason"
    with pytest.raises(ValidationErrors):
        svc.set_status(ref.id, CaseStatus.FOLLOW_UP, reason=ClosureReason.MOVED)
    svc.set_status(ref.id, CaseStatus.FOLLOW_UP)
    closed = svc.set_status(
        ref.id, CaseStatus.CLOSED, reason=ClosureReason.GOALS_MET, note="Boşanma tamamlandı."
    )
    assert closed.closure_reason == ClosureReason.GOALS_MET
    with pytest.raises(ValidationErrors):
        svc.set_status(ref.id, CaseStatus.OPEN)
    reopened = svc.set_status(ref.id, CaseStatus.REOPENED)
    assert reopened.closure_reason is None
    history = svc.open(ref.id).status_history
    assert [h.status for h in history] == [
        CaseStatus.OPEN,
        CaseStatus.FOLLOW_UP,
        CaseStatus.CLOSED,
        CaseStatus.REOPENED,
    ]
    assert history[2].closure_reason == ClosureReason.GOALS_MET
    assert history[2].note == "Boşanma tamamlandı."
    assert svc.get(ref.id).closure_reason is None


def test_assignment_only_to_colleagues_with_case_access(staffed, as_user) -> None:
    with as_user("sosyal") as s:
        svc = CaseService(s)
        ref = svc.create(draft(), assigned_to="psikolog")
        assert svc.get(ref.id).assigned_to == "psikolog"
        for name in ("sekreter", "kimse"):
            with pytest.raises(ValidationErrors) as err:
                svc.assign(ref.id, name)
            assert err.value.errors[0].key == "input.case.staff_unknown"
        assert svc.assign(ref.id, "avukat").assigned_to == "avukat"
        assert svc.assign(ref.id, None).assigned_to is None
        staff = [name for name, _ in svc.assignable_staff()]
        assert "sekreter" not in staff and {"sosyal", "psikolog", "avukat"} <= set(staff)


def test_the_secretary_has_no_case_access(staffed, as_user) -> None:
    with as_user("sosyal") as s:
        ref = CaseService(s).create(draft())
    with as_user("sekreter") as s:
        svc = CaseService(s)
        calls = [
            lambda: svc.create(draft()),
            lambda: svc.create_from_mapping({}),
            lambda: svc.open(ref.id),
            lambda: svc.get(ref.id),
            lambda: svc.search("ayşe"),
            lambda: svc.page(),
            lambda: svc.count(),
            lambda: svc.find_possible_duplicates(draft()),
            lambda: svc.update(ref.id, draft()),
            lambda: svc.set_status(ref.id, CaseStatus.FOLLOW_UP),
            lambda: svc.assign(ref.id, None),
            lambda: svc.resolve(ref.id),
        ]
        for call in calls:
            with pytest.raises(PermissionDenied):
                call()


def test_every_view_create_change_and_search_is_audited_by_id_only(session) -> None:
    svc = CaseService(session)
    ref = svc.create(draft(first_name="Şükran", last_name="Işıklı"))
    svc.open(ref.id)
    svc.get(ref.id)
    svc.update_from_mapping(ref.id, {"district": "Bornova"})
    svc.set_status(ref.id, CaseStatus.FOLLOW_UP)
    svc.search("şükran")
    svc.page()
    svc.find_possible_duplicates(draft(first_name="Şükran", last_name="Işıklı"))
    entries = session.audit_entries(20)
    seen = [(e.action, e.object_type, e.object_id) for e in reversed(entries)]
    assert ("create", "case", ref.id) in seen
    assert seen.count(("view", "case", ref.id)) == 2
    assert ("change", "case", ref.id) in seen
    actions = {(e.action, e.object_type) for e in entries}
    assert {("search", "case"), ("search", "case_list"), ("search", "case_duplicates")} <= actions
    changes = [e.detail for e in entries if e.action == AuditAction.CHANGE]
    assert "fields=district" in changes and "status=takipte" in changes
    for e in entries:
        text = f"{e.object_id} {e.detail}".lower()
        assert "şükran" not in text and "işıklı" not in text and "sukran" not in text
    dup = next(e for e in entries if e.object_type == "case_duplicates")
    assert dup.detail == f"matches={ref.id}"
    assert session.verify_audit().sound


def test_case_counts_show_in_info(session) -> None:
    CaseService(session).create(draft(), consent=ConsentGrant(True, True, frozenset(), today()))
    counts = session.info()["counts"]
    assert counts["cases"] == 1
    assert counts["case_consents"] == 2


def test_repository_index_row_is_written_with_the_case(session) -> None:
    ref = CaseService(session).create(draft(first_name="Işık", last_name="İğdeli"))
    terms = CaseRepository(session.db.conn).search_terms_of(ref.id)
    assert terms is not None
    assert terms.startswith("isik igdeli 10000000146 905321234567 05321234567 5321234567 nrl ")
