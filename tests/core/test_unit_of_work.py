"""The unit of work: one transaction for a change, its audit entry and its change notes."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from kdm_desktop.changes import Changes
from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.security.audit import AuditAction, verify_chain
from kdm_desktop.services.session import Session
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.unit_of_work import NotInTransaction, reading_from, working_on


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


# ----- units over a database other than the session's (a backup's copy) -----


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "copy.kdm", secrets.token_bytes(32), create=True)
    yield db
    db.close()


def test_a_unit_on_another_database_records_its_audit_entry_as_the_actor(
    session: Session, other_db: Database
) -> None:
    live_before = _audit_count(session)
    with working_on(other_db, "copy-1", "ayse", lambda: "2026-12-04T10:00:00+03:00") as uow:
        uow.meta.set("uow.copy", "1")
        uow.audit(AuditAction.RESTORE, "casefile", "copy-1", "from=x")
    copy = reading_from(other_db, "copy-1")
    assert copy.meta.get("uow.copy") == "1"
    entry = copy.audit_log.recent(1)[0]
    assert (entry.username, entry.action, entry.detail) == ("ayse", "restore", "from=x")
    head_seq, head_hash = copy.audit_log.head()
    chain = verify_chain(copy.audit_log.iter_all(), copy.audit_log.genesis, head_seq, head_hash)
    assert chain.sound and chain.count == 1
    # The live file is not touched by work on the copy.
    assert _audit_count(session) == live_before
    assert session.reading().meta.get("uow.copy") is None


def test_a_failure_on_another_database_leaves_neither_change_nor_entry(
    other_db: Database,
) -> None:
    with pytest.raises(Boom), working_on(other_db, "copy-1", "ayse", lambda: "t") as uow:
        uow.meta.set("uow.copy", "2")
        uow.audit(AuditAction.RESTORE, "casefile", "copy-1")
        raise Boom
    copy = reading_from(other_db, "copy-1")
    assert copy.meta.get("uow.copy") is None
    assert copy.audit_log.head()[0] == 0


def test_a_unit_without_an_actor_may_change_but_not_audit(other_db: Database) -> None:
    with pytest.raises(NotInTransaction), working_on(other_db) as uow:
        uow.meta.set("uow.copy", "3")
        uow.note(Changes())  # a change may be noted
        uow.audit(AuditAction.CHANGE, "casefile", "copy-1")
    # The refused audit rolled the unit back: nothing recorded that did not happen.
    assert reading_from(other_db).meta.get("uow.copy") is None
    with working_on(other_db) as uow:
        uow.meta.set("uow.copy", "4")
    assert reading_from(other_db).meta.get("uow.copy") == "4"


def test_a_read_off_the_ui_thread_goes_through_a_unit(session: Session) -> None:
    with session.work() as uow:
        uow.meta.set("uow.worker", "w")
    found = session.read_off_thread(lambda uow: uow.meta.get("uow.worker"), lambda: False)
    assert found == "w"
