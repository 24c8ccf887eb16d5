"""The audit chain is verified in chunks, never loaded whole: same findings at any size."""

from __future__ import annotations

import pytest

from kdm_desktop.security.audit import AuditAction, verify_chain
from kdm_desktop.storage import audit_repo
from kdm_desktop.storage.audit_repo import AuditRepository


def _fill(session, n: int) -> None:
    with session.db.transaction():
        for i in range(n):
            session.audit(AuditAction.VIEW, "case", f"c0ffee00-0000-4000-8000-{i:012d}")


def _untrigger(conn) -> None:
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")


def test_rows_are_read_in_chunks_in_order(session) -> None:
    _fill(session, 23)
    repo = AuditRepository(session.db.conn, session.casefile_id)
    whole = [e.seq for e in repo.iter_all(chunk=1000)]
    assert [e.seq for e in repo.iter_all(chunk=5)] == whole == list(range(1, len(whole) + 1))


def test_verify_chain_takes_any_iterable() -> None:
    report = verify_chain(iter(()), "g" * 64, 0, "g" * 64)
    assert report.sound and report.count == 0


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE audit_log SET username = 'baskasi' WHERE seq = 10",  # the last row of a chunk
        "UPDATE audit_log SET detail = 'x' WHERE seq = 11",  # the first row of the next
        "DELETE FROM audit_log WHERE seq = 10",
        "DELETE FROM audit_log WHERE seq = 11",
    ],
)
def test_tampering_at_a_chunk_boundary_is_found(session, monkeypatch, tamper: str) -> None:
    _fill(session, 20)
    monkeypatch.setattr(audit_repo, "CHUNK_ROWS", 5)
    _untrigger(session.db.conn)
    session.db.conn.execute(tamper)
    report = session.verify_audit()
    assert not report.sound
    seq = int(tamper.rsplit("=", 1)[1])
    assert any(str(seq) in p for p in report.problems), report.problems


def test_the_stored_hashes_of_listed_rows(session) -> None:
    _fill(session, 30)
    repo = AuditRepository(session.db.conn, session.casefile_id)
    every = {e.seq: e.hash for e in repo.iter_all()}
    wanted = [3, 17, 30, 31, 999]
    assert repo.hashes_at(wanted) == {s: every[s] for s in wanted if s in every}


def test_a_check_leaves_the_usual_page_cache(session) -> None:
    from kdm_desktop.storage.database import CACHE_KIB

    _fill(session, 5)
    assert session.check().sound
    size = int(session.db.conn.execute("PRAGMA cache_size").fetchone()[0])
    assert size == -CACHE_KIB
