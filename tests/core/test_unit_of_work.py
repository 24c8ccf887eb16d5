"""The unit of work: one transaction for a change, its audit entry and its change notes."""

from __future__ import annotations

import pytest

from kdm_desktop.changes import Changes
from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.casefile import Session
from kdm_desktop.storage.unit_of_work import NotInTransaction


class Boom(Exception):
    pass


def _audit_count(session: Session) -> int:
    return session.reading().audit_log.head()[0]


def test_a_change_and_its_audit_entry_commit_together(session: Session) -> None:
    before = _audit_count(session)
    with session.work() as uow:
        uow.meta.set("uow.test", "1")
        uow.audit(AuditAction.CHANGE, "centre", session.casefile_id, "uow")
    assert session.reading().meta.get("uow.test") == "1"
    assert _audit_count(session) == before + 1
    assert session.reading().audit_log.recent(1)[0].detail == "uow"


def test_a_failure_rolls_back_the_change_and_its_audit_entry(session: Session) -> None:
    before = _audit_count(session)
    with pytest.raises(Boom), session.work() as uow:
        uow.meta.set("uow.test", "2")
        uow.audit(AuditAction.CHANGE, "centre", session.casefile_id, "uow")
        raise Boom
    assert session.reading().meta.get("uow.test") is None
    assert _audit_count(session) == before


def test_a_nested_unit_joins_the_outer_transaction(session: Session) -> None:
    with pytest.raises(Boom), session.work() as outer:
        with session.work() as inner:
            inner.meta.set("uow.inner", "x")
        assert outer.meta.get("uow.inner") == "x"
        raise Boom
    assert session.reading().meta.get("uow.inner") is None


def test_change_notes_reach_the_views_only_after_the_commit(session: Session) -> None:
    seen: list[Changes] = []
    session.changes.subscribe(seen.append)
    with pytest.raises(Boom), session.work() as uow:
        uow.audit(AuditAction.CHANGE, "case", "c-1")
        raise Boom
    assert seen == []
    with session.work() as uow:
        uow.audit(AuditAction.CHANGE, "case", "c-2")
        assert seen == []
    assert len(seen) == 1


def test_a_read_only_unit_refuses_audit_entries_and_notes(session: Session) -> None:
    reading = session.reading()
    with pytest.raises(NotInTransaction):
        reading.audit(AuditAction.VIEW, "case", "c-1")
    with pytest.raises(NotInTransaction):
        reading.note(Changes())
    assert isinstance(session.centre(), CentreInfo)
