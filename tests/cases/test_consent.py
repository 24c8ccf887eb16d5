"""KVKK consent: recorded per purpose, withdrawable, and the gate every sharing path calls."""

from __future__ import annotations

import datetime

import pytest
from case_support import draft, today

from kdm_desktop.domain.cases.choices import ConsentPurpose, RecipientKind
from kdm_desktop.domain.cases.consent import ConsentGrant, missing_consent
from kdm_desktop.domain.dates import format_shown_day
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import PermissionDenied, RefusedInput
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.consents import ConsentService

P = ConsentPurpose


def test_intake_consents_are_recorded_per_purpose(session) -> None:
    day = today() - datetime.timedelta(days=2)
    ref = CaseService(session).create(
        draft(),
        consent=ConsentGrant(
            processing=True,
            share_with_centres=True,
            share_with=frozenset({RecipientKind.BAR, RecipientKind.SONIM}),
            date=day,
        ),
    )
    records = ConsentService(session).for_case(ref.id)
    assert {(r.purpose, r.recipient_kind) for r in records} == {
        (P.PROCESSING, None),
        (P.SHARE_WITH_CENTRES, None),
        (P.SHARE_WITH_INSTITUTION, RecipientKind.SONIM),
        (P.SHARE_WITH_INSTITUTION, RecipientKind.BAR),
    }
    for r in records:
        assert r.granted_on == day
        assert r.recorded_by == "yonetici"
        assert r.active


def test_consent_is_not_a_condition_of_opening_a_case(session) -> None:
    ref = CaseService(session).create(draft())
    assert ConsentService(session).for_case(ref.id) == []


def test_require_consent_names_the_case_and_the_missing_consent(session) -> None:
    svc = ConsentService(session)
    ref = CaseService(session).create(draft())
    with pytest.raises(RefusedInput) as err:
        svc.require_consent(ref.id, P.PROCESSING)
    assert err.value.exit_code == 4
    assert err.value.key == "consent.missing"
    assert ref.case_number in err.value.message
    assert "Kişisel verilerinin işlenmesi" in err.value.message

    svc.record(ref.id, P.PROCESSING, today())
    svc.require_consent(ref.id, P.PROCESSING)
    with pytest.raises(RefusedInput) as err:
        svc.require_consent(ref.id, P.SHARE_WITH_INSTITUTION, RecipientKind.SHELTER)
    assert "Kadın konukevi" in err.value.message and ref.case_number in err.value.message

    svc.record(ref.id, P.SHARE_WITH_INSTITUTION, today(), RecipientKind.SHELTER)
    svc.require_consent(ref.id, P.SHARE_WITH_INSTITUTION, RecipientKind.SHELTER)
    # Consent for one kind of institution does not cover another.
    with pytest.raises(RefusedInput):
        svc.require_consent(ref.id, P.SHARE_WITH_INSTITUTION, RecipientKind.POLICE)


def test_withdrawal_stops_sharing_and_says_when(session) -> None:
    svc = ConsentService(session)
    ref = CaseService(session).create(
        draft(), consent=ConsentGrant(True, True, frozenset(), today() - datetime.timedelta(days=9))
    )
    svc.require_consent(ref.id, P.SHARE_WITH_CENTRES)
    # Another women's centre is one of "the centres" she agreed to.
    svc.require_consent(ref.id, P.SHARE_WITH_INSTITUTION, RecipientKind.OTHER_KDM)
    processing = next(r for r in svc.for_case(ref.id) if r.purpose == P.PROCESSING)
    withdrawn_on = today() - datetime.timedelta(days=1)
    updated = svc.withdraw(processing.id, withdrawn_on)
    assert updated.withdrawn_on == withdrawn_on and not updated.active
    # Without processing consent nothing may be shared, whatever else she agreed to.
    with pytest.raises(RefusedInput) as err:
        svc.require_consent(ref.id, P.SHARE_WITH_CENTRES)
    assert err.value.key == "consent.withdrawn"
    # The day as every screen writes it ("4 Aralık 2026"), not ISO.
    assert format_shown_day(withdrawn_on) in err.value.message
    assert withdrawn_on.isoformat() not in err.value.message
    assert ref.case_number in err.value.message
    with pytest.raises(ValidationErrors):
        svc.withdraw(processing.id, today())  # already withdrawn
    # She may give it again; the history stays.
    svc.record(ref.id, P.PROCESSING, today())
    svc.require_consent(ref.id, P.SHARE_WITH_CENTRES)
    assert len([r for r in svc.for_case(ref.id) if r.purpose == P.PROCESSING]) == 2


def test_consent_dates_are_checked(session) -> None:
    svc = ConsentService(session)
    ref = CaseService(session).create(draft())
    with pytest.raises(ValidationErrors):
        svc.record(ref.id, P.PROCESSING, today() + datetime.timedelta(days=1))
    rec = svc.record(ref.id, P.PROCESSING, today())
    with pytest.raises(ValidationErrors) as err:
        svc.withdraw(rec.id, today() - datetime.timedelta(days=3))
    assert err.value.key == "consent.withdrawn_before_granted"
    assert format_shown_day(today()) in err.value.message
    assert today().isoformat() not in err.value.message
    with pytest.raises(ValidationErrors) as err:
        svc.record(ref.id, P.PROCESSING, today())
    assert err.value.key == "consent.already_active"
    with pytest.raises(ValidationErrors):
        svc.record(ref.id, P.SHARE_WITH_INSTITUTION, today())  # which institution?
    with pytest.raises(ValidationErrors):
        svc.record(ref.id, P.PROCESSING, today(), RecipientKind.BAR)


def test_missing_consent_rules_in_the_domain() -> None:
    assert missing_consent([], P.PROCESSING).purpose == P.PROCESSING
    with pytest.raises(ValueError):
        missing_consent([], P.SHARE_WITH_INSTITUTION)


def test_the_secretary_cannot_see_or_record_consent(staffed, as_user) -> None:
    with as_user("sosyal") as s:
        ref = CaseService(s).create(draft(), consent=ConsentGrant(True, date=today()))
    with as_user("sekreter") as s:
        svc = ConsentService(s)
        for call in (
            lambda: svc.for_case(ref.id),
            lambda: svc.record(ref.id, P.SHARE_WITH_CENTRES, today()),
            lambda: svc.require_consent(ref.id, P.PROCESSING),
        ):
            with pytest.raises(PermissionDenied):
                call()


def test_consent_changes_are_audited(session) -> None:
    svc = ConsentService(session)
    ref = CaseService(session).create(draft())
    rec = svc.record(ref.id, P.PROCESSING, today())
    svc.withdraw(rec.id, today())
    entries = session.audit_entries(10)
    assert ("create", "case_consent", rec.id) in [
        (e.action, e.object_type, e.object_id) for e in entries
    ]
    change = next(e for e in entries if e.action == "change" and e.object_id == rec.id)
    assert ref.id in change.detail
