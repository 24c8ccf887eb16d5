"""`kdm demo --cases N` fills valid synthetic cases through the same rules as intake."""

from __future__ import annotations

from kdm_desktop.domain.cases.query import CaseQuery
from kdm_desktop.domain.tckimlik import IdKind
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.demo import DEMO_ADMIN, DEMO_PASSWORD, create_demo


def test_demo_cases(tmp_path) -> None:
    result = create_demo(tmp_path / "demo", cases=120, seed=3)
    with open_session(result.path.parent, DEMO_ADMIN, DEMO_PASSWORD) as s:
        counts = s.counts()
        assert counts["cases"] == 120
        assert 3 * 120 <= counts["case_services"] <= 5 * 120
        assert counts["case_consents"] > 0 and counts["case_notes"] > 0
        svc = CaseService(s)
        rows = svc.page(CaseQuery(), 0, 500)
        assert len(rows) == 120
        kinds = {svc.get(r.id).draft.id_kind for r in rows[:60]}
        assert IdKind.TC in kinds
        numbers = sorted(r.case_number for r in rows)
        assert len(set(numbers)) == 120
        assert s.verify_audit().sound
        assert s.db.integrity_problems() == []


def test_demo_records_get_ids_in_the_order_they_are_made(session) -> None:
    """Random ids scatter every insert over the id indexes, which made generating a
    large demo slower per case as the file outgrew the page cache; these ascend."""
    import uuid

    from kdm_desktop.services.demo_cases import fill_demo_cases

    fill_demo_cases(session, 40, seed=5)
    fill_demo_cases(session, 40, seed=6)  # a second batch sorts after the first
    conn = session.db.conn
    for table in ("cases", "case_consents", "case_services", "case_notes", "case_perpetrators"):
        ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY rowid")]
        assert len(ids) >= 10, table
        assert ids == sorted(ids), table
        assert {uuid.UUID(i).version for i in ids} == {7}, table
    case_ids = [r[0] for r in conn.execute("SELECT case_id FROM case_services ORDER BY rowid")]
    assert case_ids == sorted(case_ids)
