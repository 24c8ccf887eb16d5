"""The audit chain detects edited, deleted and truncated rows."""

from __future__ import annotations

import pytest

from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Role
from kdm_desktop.services.users import UserService
from kdm_desktop.storage import connection as sqlc


def _fill(session) -> None:
    users = UserService(session)
    users.add("derya", "derya-parola-1", Role.SOCIAL_WORKER)
    users.add("elif", "elif-parola-12", Role.PSYCHOLOGIST)
    with session.db.transaction():
        session.audit(AuditAction.VIEW, "case", "c0ffee00-0000-4000-8000-000000000001")


def _untrigger(conn) -> None:
    # What an attacker holding the key would do first.
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")


def test_a_fresh_chain_verifies(session) -> None:
    _fill(session)
    report = session.verify_audit()
    # created, login, 2 users, the role key given to the first psychologist, view
    assert report.sound and report.count == 6


def test_rows_cannot_be_changed_through_sql(session) -> None:
    _fill(session)
    with pytest.raises(sqlc.DatabaseError):
        session.db.conn.execute("UPDATE audit_log SET username = 'x' WHERE seq = 2")
    with pytest.raises(sqlc.DatabaseError):
        session.db.conn.execute("DELETE FROM audit_log WHERE seq = 2")


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE audit_log SET username = 'baskasi' WHERE seq = 2",
        "UPDATE audit_log SET action = 'view' WHERE seq = 3",
        "DELETE FROM audit_log WHERE seq = 2",
        "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)",
    ],
)
def test_tampering_is_detected(session, tamper: str) -> None:
    _fill(session)
    _untrigger(session.db.conn)
    session.db.conn.execute(tamper)
    report = session.verify_audit()
    assert not report.sound
    assert report.problems
    assert not session.check().sound


def test_recomputed_tail_is_still_caught_by_the_head(session) -> None:
    from kdm_desktop.security.audit import entry_hash

    _fill(session)
    _untrigger(session.db.conn)
    conn = session.db.conn
    last = conn.execute("SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    conn.execute("DELETE FROM audit_log WHERE seq = ?", (last[0],))
    # a forged replacement with a correct hash over a different object
    forged = entry_hash(last[7], last[0], last[1], last[2], last[3], last[4], "forged", last[6])
    conn.execute(
        "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (last[0], last[1], last[2], last[3], last[4], "forged", last[6], last[7], forged),
    )
    assert not session.verify_audit().sound


def test_entries_hold_ids_not_names(session) -> None:
    _fill(session)
    for e in session.audit_entries(100):
        assert "Derya" not in e.detail and "Derya" not in e.object_id
