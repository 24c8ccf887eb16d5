"""Closing a file with a reason and reopening it (issue 14), through the service layer.

Both are audited with the reason's code; reopening keeps the closure in the
history; the closure reasons the desk names all exist.
"""

from __future__ import annotations

import datetime

import pytest

from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.cases.query import CaseQuery
from kdm_desktop.domain.cases.status import status_text
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.cases import CaseService


def _case(session) -> str:
    draft = CaseDraft(first_name="Nurten", last_name="Kılıçaslan", district="Buca")
    return CaseService(session).create(draft).id


def _changes(session, case_id: str) -> list[str]:
    return [
        e.detail
        for e in session.audit_entries(limit=100)
        if e.action == AuditAction.CHANGE.value and e.object_id == case_id
    ]


def test_the_reasons_the_desk_names_exist() -> None:
    values = {r.value for r in ClosureReason}
    # goal reached, moved, transferred, unreachable, deceased, her request
    assert {
        "hedefler_tamamlandi",
        "tasindi",
        "devredildi",
        "ulasilamiyor",
        "vefat",
        "danisan_istegi",
    } <= values
    assert ClosureReason.TRANSFERRED.label == "Başka merkeze devredildi"
    assert ClosureReason.DECEASED.label == "Vefat etti"


@pytest.mark.parametrize("reason", list(ClosureReason))
def test_close_with_each_reason_is_audited(session, reason: ClosureReason) -> None:
    case_id = _case(session)
    record = CaseService(session).close(case_id, reason, "Son görüşme yapıldı.")
    assert record.status is CaseStatus.CLOSED and record.closure_reason is reason
    assert f"status=kapali reason={reason.value}" in _changes(session, case_id)
    stored = CaseService(session).get(case_id)
    assert stored.closure_reason is reason and stored.closure_note == "Son görüşme yapıldı."


def test_reopening_keeps_the_closure_in_the_history(session) -> None:
    service = CaseService(session)
    case_id = _case(session)
    service.close(case_id, ClosureReason.NO_CONTACT, "Üç kez arandı.")
    service.reopen(case_id, "Yeniden başvurdu.")
    view = service.open(case_id)
    assert view.record.status is CaseStatus.REOPENED and view.record.closure_reason is None
    steps = [(h.status, h.closure_reason, h.note) for h in view.status_history]
    assert steps == [
        (CaseStatus.OPEN, None, ""),
        (CaseStatus.CLOSED, ClosureReason.NO_CONTACT, "Üç kez arandı."),
        (CaseStatus.REOPENED, None, "Yeniden başvurdu."),
    ]
    assert "status=yeniden_acildi" in _changes(session, case_id)
    # …and it can be closed again, for another reason.
    service.close(case_id, ClosureReason.GOALS_MET)
    assert len(service.open(case_id).status_history) == 4


def test_closing_needs_a_reason_and_an_open_file(session) -> None:
    service = CaseService(session)
    case_id = _case(session)
    with pytest.raises(ValidationErrors):
        service.set_status(case_id, CaseStatus.CLOSED)
    with pytest.raises(ValidationErrors):
        service.reopen(case_id)  # it is not closed
    service.close(case_id, ClosureReason.MOVED)
    with pytest.raises(ValidationErrors):
        service.close(case_id, ClosureReason.MOVED)  # already closed
    assert len(service.open(case_id).status_history) == 2


def test_a_closure_by_hand_as_transferred_reads_devredildi(session) -> None:
    """A file handed over on paper (the other centre has no KDM Desktop)."""
    service = CaseService(session)
    case_id = _case(session)
    service.close(case_id, ClosureReason.TRANSFERRED, "Konak KDM'ye elden teslim edildi.")
    (row,) = service.page(CaseQuery())
    assert row.status_text == "Devredildi" and row.handed_to is None
    assert status_text(CaseStatus.CLOSED, ClosureReason.GOALS_MET) == "Kapalı"


def test_closure_date_is_in_the_history(session) -> None:
    service = CaseService(session)
    case_id = _case(session)
    service.close(case_id, ClosureReason.DECEASED)
    last = service.open(case_id).status_history[-1]
    assert datetime.datetime.fromisoformat(last.changed_at).date() == session.now().date()


def test_the_audit_page_says_the_closure_in_words() -> None:
    from kdm_desktop.domain.audit_words import detail_words, object_words

    words = detail_words("status=kapali reason=devredildi centre=KDZ")
    assert (
        words == "durum: Kapalı · kapanış nedeni: Başka merkeze devredildi · devredilen merkez: KDZ"
    )
    assert (
        detail_words("status=kapali reason=vefat") == "durum: Kapalı · kapanış nedeni: Vefat etti"
    )
    assert object_words("consent_form") == "Açık rıza formu"
    assert object_words("intake_form") == "Başvuru formu"
