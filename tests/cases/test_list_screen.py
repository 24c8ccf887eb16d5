"""One keystroke's screen: the same rows and total as the naive list, one evaluation of
the search index, counts from indexes alone, and one audit entry per search session."""

from __future__ import annotations

import datetime

import pytest
from case_support import today
from test_search import _naive, listed  # noqa: F401  (the shared sixty-file fixture)

from kdm_desktop.domain.cases.choices import CaseStatus
from kdm_desktop.domain.cases.query import UNASSIGNED, CaseOrder, CaseQuery
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.case_search import CaseSearchSession, search_fingerprint
from kdm_desktop.services.cases import CaseService
from kdm_desktop.storage import case_list_sql
from kdm_desktop.storage.cases_repo import CaseRepository

FILTERS = [
    {"text": "a"},
    {"text": "kaya"},
    {"text": "zzz"},
    {"text": "e", "statuses": frozenset({CaseStatus.CLOSED})},
    {"text": "a", "assigned_to": "yonetici"},
    {"text": "a", "assigned_to": UNASSIGNED},
    {"text": "a", "applied_from": today() - datetime.timedelta(days=200)},
    {"text": "e", "applied_to": today() - datetime.timedelta(days=100), "descending": True},
    {"statuses": frozenset({CaseStatus.OPEN}), "assigned_to": "yonetici"},
    {},
    # A case number being typed: a range of its unique index, same rows.
    {"text": "NRL-2"},
    {"text": "nrl/20"},
    {"text": f"NRL-{today().year}"},
    {"text": f"nrl-{today().year}-00"},
    {"text": f"NRL-{today().year - 1}", "statuses": frozenset({CaseStatus.CLOSED})},
]


def _repo(svc: CaseService) -> CaseRepository:
    return CaseRepository(svc._s.db.conn)


@pytest.mark.parametrize("gather_max", [0, 5, 25_000])
@pytest.mark.parametrize("filters", FILTERS)
def test_screens_match_the_naive_list(listed, monkeypatch, gather_max, filters) -> None:  # noqa: F811
    monkeypatch.setattr(case_list_sql, "SCREEN_GATHER_MAX", gather_max)
    query = CaseQuery(**filters)
    expected = _naive(listed, query)
    repo = _repo(listed)
    pages = []
    for offset in range(0, 70, 7):
        screen = repo.screen(query, offset, 7)
        assert screen.total == len(expected)
        pages += [r.id for r in screen.rows]
    assert pages == expected
    assert repo.count(query) == len(expected)


def _statements(svc: CaseService, fn) -> list[str]:
    seen: list[str] = []
    conn = svc._s.db.conn
    conn.set_trace_callback(seen.append)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return seen


@pytest.mark.parametrize(
    "filters",
    [{"text": "ka"}, {"text": "a", "statuses": frozenset({CaseStatus.OPEN})}],
)
def test_a_keystroke_evaluates_the_search_index_once(listed, filters) -> None:  # noqa: F811
    """Count, plan and page used to evaluate the full-text query up to three times."""
    repo = _repo(listed)
    seen = _statements(listed, lambda: repo.screen(CaseQuery(**filters), 0, 50))
    # (FTS5's own statements on its shadow tables are traced as "-- …" lines.)
    ours = [sql for sql in seen if not sql.startswith("--")]
    assert len([sql for sql in ours if "case_search MATCH" in sql]) == 1


def test_a_case_number_prefix_does_not_touch_the_search_index(listed) -> None:  # noqa: F811
    """Every number of the year shares the prefix: the full-text index would merge
    them all; the number's unique index gives the range at once."""
    repo = _repo(listed)
    seen = _statements(listed, lambda: repo.screen(CaseQuery(text="NRL-2"), 0, 50))
    assert not [sql for sql in seen if "case_search" in sql]


def _reads_case_rows(svc: CaseService, sql: str) -> bool:
    plan = svc._s.db.conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
    return any(
        " cases " in f" {row[3]} " and "COVERING INDEX" not in row[3]
        for row in plan
        if not row[3].startswith(("LIST", "SCAN case_search", "CO-ROUTINE", "USE TEMP"))
    )


@pytest.mark.parametrize(
    "filters",
    [
        {"text": "a", "statuses": frozenset({CaseStatus.OPEN})},
        {"text": "a", "assigned_to": "yonetici", "applied_from": datetime.date(2020, 1, 1)},
        {"statuses": frozenset({CaseStatus.OPEN}), "assigned_to": "yonetici"},
    ],
)
def test_a_filtered_count_reads_no_case_row(listed, filters) -> None:  # noqa: F811
    repo = _repo(listed)
    seen = _statements(listed, lambda: repo.count(CaseQuery(**filters)))
    # Filters alone are summed from the tally (test_case_tally.py).
    (sql,) = [s for s in seen if "count(" in s or "sum(" in s]
    assert not _reads_case_rows(listed, sql), sql


def test_a_search_session_is_audited_once_with_the_final_query(session) -> None:
    svc = CaseService(session)
    for first in ("Ayşe", "Ayla", "Fatma"):
        svc.create(_draft(first))
    before = session.db.count("audit_log")
    search = CaseSearchSession(session)
    for typed in ("a", "ay", "ayş"):
        query = CaseQuery(text=typed)
        screen = search.screen(query, 0, 50, lambda: False)
        search.shown(query, len(screen.rows))
    assert session.db.count("audit_log") == before  # nothing per keystroke
    search.close()
    opened = svc.open(screen.rows[0].id)
    entries = session.audit_entries(limit=2)
    view, searched = entries
    assert (searched.action, searched.object_type) == (AuditAction.SEARCH.value, "case_list")
    fingerprint = search_fingerprint(session, CaseQuery(text="ayş"))
    assert searched.detail == f"queries=3 rows=1 final={fingerprint}"
    assert fingerprint != search_fingerprint(session, CaseQuery(text="ay"))
    # The same query typed another way is the same search.
    assert fingerprint == search_fingerprint(session, CaseQuery(text="AYŞ"))
    # No name in the log; the open is recorded on its own, with the case id.
    assert "ay" not in searched.detail.split("final=")[0].lower()
    assert (view.action, view.object_id) == (AuditAction.VIEW.value, opened.record.id)
    assert session.verify_audit().sound
    search.close()  # nothing more was shown: no second entry
    assert session.db.count("audit_log") == before + 2


def test_an_open_search_session_is_audited_when_the_file_closes(casefile) -> None:
    with casefile.login() as session:
        CaseService(session).create(_draft("Ayşe"))
        search = CaseSearchSession(session)
        session.before_close(search.close)
        search.shown(CaseQuery(text="ay"), 1)
        before = session.db.count("audit_log")
    with casefile.login() as session:
        entries = session.audit_entries(limit=5)
        searches = [e for e in entries if e.object_type == "case_list"]
        assert searches and searches[0].detail.startswith("queries=1 rows=1 final=")
        assert session.db.count("audit_log") > before
        assert session.verify_audit().sound


def _draft(first: str):
    from case_support import draft

    return draft(first_name=first, last_name="Yılmaz", tc_kimlik_no="", phone="")


@pytest.mark.parametrize("floor", [0, 500])
@pytest.mark.parametrize("order", list(CaseOrder))
@pytest.mark.parametrize("filters", FILTERS)
def test_pages_on_capped_plan_counts_match_the_naive_list(
    listed,  # noqa: F811
    monkeypatch,
    floor,
    order,
    filters,
) -> None:
    """The plan counts each filter only up to a cap (issue #18: counting 140,000 open
    files took as long as the page); whichever way it then picks, the list is the same."""
    monkeypatch.setattr(case_list_sql, "PLAN_COUNT_FLOOR", floor)
    query = CaseQuery(order=order, **filters)
    expected = _naive(listed, query)
    repo = _repo(listed)
    pages = [r.id for offset in range(0, 70, 7) for r in repo.page(query, offset, 7)]
    assert pages == expected


@pytest.mark.parametrize("step", [1, 4, 5_000])
@pytest.mark.parametrize(
    "filters",
    [f for f in FILTERS if f.get("text", "").upper().startswith("NRL")] + [{"text": "NRL-1"}],
)
def test_case_number_ranges_counted_either_way_match_the_naive_list(
    listed,  # noqa: F811
    monkeypatch,
    step,
    filters,
) -> None:
    """A number prefix holding nearly every file is counted as the file's count less
    the numbers outside it (issue #18: "KSK-20" read 200,000 index entries)."""
    monkeypatch.setattr(case_list_sql, "NUMBER_COUNT_STEP", step)
    query = CaseQuery(**filters)
    expected = _naive(listed, query)
    repo = _repo(listed)
    pages = []
    for offset in range(0, 70, 7):
        screen = repo.screen(query, offset, 7)
        assert screen.total == len(expected)
        pages += [r.id for r in screen.rows]
    assert pages == expected


@pytest.mark.parametrize(
    "filters",
    [{"text": "a"}, {"text": "e"}],
)
def test_a_screen_counts_many_matches_only_up_to_the_bound(listed, monkeypatch, filters) -> None:  # noqa: F811
    """A first letter matched 41,000 files at 200,000: counting them all to fill one
    screen was most of the keystroke. The screen now counts only to COUNT_BOUND and
    says so ("more than"); the rows are the same, and the service's count (the CLI's
    total) stays exact."""
    query = CaseQuery(**filters)
    expected = _naive(listed, query)
    assert len(expected) > 5
    monkeypatch.setattr(case_list_sql, "COUNT_BOUND", 5)
    repo = _repo(listed)
    screen = repo.screen(query, 0, 3)
    assert (screen.total, screen.bounded) == (5, True)
    assert [r.id for r in screen.rows] == expected[:3]
    assert repo.count(query) == len(expected)
    assert CaseService(listed._s).count(query) == len(expected)
    monkeypatch.setattr(case_list_sql, "COUNT_BOUND", 1_000)
    exact = repo.screen(query, 0, 3)
    assert (exact.total, exact.bounded) == (len(expected), False)


@pytest.mark.parametrize(
    "filters",
    [
        {"statuses": frozenset({CaseStatus.OPEN})},
        {"statuses": frozenset(CaseStatus), "assigned_to": "yonetici"},
        {"applied_from": datetime.date(2020, 1, 15)},
    ],
)
def test_a_filter_only_screen_counts_exactly_past_the_bound(listed, monkeypatch, filters) -> None:  # noqa: F811
    """Filters alone are counted from the trigger-kept tally: the window shows the
    exact number however many files match, not "more than" (issue #18)."""
    query = CaseQuery(**filters)
    expected = _naive(listed, query)
    assert len(expected) > 5
    monkeypatch.setattr(case_list_sql, "COUNT_BOUND", 5)
    screen = _repo(listed).screen(query, 0, 3)
    assert (screen.total, screen.bounded) == (len(expected), False)
    assert [r.id for r in screen.rows] == expected[:3]
