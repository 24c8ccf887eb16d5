"""Filter-only list counts come from a tally that triggers keep (issue #18: an exact
count of 140,000 open and follow-up files read that many index entries). Whatever
writes `cases` — create, edit, an import, retention, a raw statement — the tally
must equal a fresh count, and every count must equal the plain SQL one."""

from __future__ import annotations

import datetime
import random

import pytest

from kdm_desktop.domain.cases.choices import CaseStatus
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.cases.query import UNASSIGNED, CaseQuery
from kdm_desktop.services.cases import CaseService
from kdm_desktop.storage.case_list_sql import _where
from kdm_desktop.storage.case_tally import split_months
from kdm_testing import case_tally_is_fresh

STAFF = [None, "sosyal", "psikolog", ""]
DAYS = [datetime.date(2025, 1, 1) + datetime.timedelta(days=d) for d in range(0, 120, 3)]


def tally_is_fresh(conn) -> None:
    assert case_tally_is_fresh(conn)


def plain_count(conn, query: CaseQuery) -> int:
    where, params = _where(query)
    return int(conn.execute(f"SELECT count(*) FROM cases c{where}", params).fetchone()[0])


def random_query(rng: random.Random) -> CaseQuery:
    lo = rng.choice([None, *DAYS, datetime.date(2025, 2, 1), datetime.date(2025, 3, 1)])
    hi = rng.choice([None, *DAYS, datetime.date(2025, 1, 31), datetime.date(2025, 2, 28)])
    return CaseQuery(
        statuses=frozenset(rng.sample(list(CaseStatus), rng.randrange(len(CaseStatus) + 1))),
        assigned_to=rng.choice([None, UNASSIGNED, "sosyal", "psikolog", ""]),
        applied_from=lo,
        applied_to=hi,
    )


@pytest.mark.parametrize("seed", range(6))
def test_the_tally_equals_a_fresh_count_after_any_writes(session, seed: int) -> None:
    rng = random.Random(seed)
    svc = CaseService(session)
    conn = session.db.conn
    names = ["Ayşe", "Fatma", "Gül", "Zehra", "Elif"]
    tally_is_fresh(conn)
    for _ in range(80):
        op = rng.randrange(6)
        pks = [r[0] for r in conn.execute("SELECT pk FROM cases")]
        if op == 0 or not pks:
            svc.create(
                CaseDraft(first_name=rng.choice(names), last_name="Yılmaz", district="Karşıyaka")
            )
        elif op == 1:
            with session.db.transaction() as tx:
                tx.execute(
                    "UPDATE cases SET status = ? WHERE pk = ?",
                    (rng.choice(list(CaseStatus)).value, rng.choice(pks)),
                )
        elif op == 2:
            with session.db.transaction() as tx:
                tx.execute(
                    "UPDATE cases SET assigned_to = ? WHERE pk = ?",
                    (rng.choice(STAFF), rng.choice(pks)),
                )
        elif op == 3:
            with session.db.transaction() as tx:
                tx.execute(
                    "UPDATE cases SET application_date = ?, assigned_to = ?, status = ? "
                    "WHERE pk % 3 = ?",
                    (
                        rng.choice(DAYS).isoformat(),
                        rng.choice(STAFF),
                        rng.choice(list(CaseStatus)).value,
                        rng.randrange(3),
                    ),
                )
        elif op == 4:
            with session.db.transaction() as tx:
                tx.execute(
                    "UPDATE cases SET first_name = 'Nermin' WHERE pk = ?", (rng.choice(pks),)
                )
        else:
            with session.db.transaction() as tx:
                pk = rng.choice(pks)
                # As retention does: the full-text row (rowid = name label), then the case.
                tx.execute(
                    "DELETE FROM case_search WHERE rowid = "
                    "(SELECT name_label FROM cases WHERE pk = ?)",
                    (pk,),
                )
                tx.execute("DELETE FROM cases WHERE pk = ?", (pk,))
        tally_is_fresh(conn)
        for _ in range(3):
            query = random_query(rng)
            assert svc.count(query) == plain_count(conn, query), query


def test_a_rolled_back_write_leaves_the_tally_as_it_was(session) -> None:
    svc = CaseService(session)
    svc.create(CaseDraft(first_name="Ayşe", last_name="Yılmaz", district="Karşıyaka"))
    conn = session.db.conn
    with pytest.raises(RuntimeError), session.db.transaction() as tx:
        tx.execute("UPDATE cases SET status = 'kapali', assigned_to = 'sosyal'")
        raise RuntimeError
    tally_is_fresh(conn)
    assert svc.count(CaseQuery(assigned_to="sosyal")) == 0


@pytest.mark.parametrize(
    ("lo", "hi", "whole", "parts"),
    [
        ("2025-01-01", "2025-03-31", ("2025-01-01", "2025-03-31"), []),
        (
            "2025-01-15",
            "2025-03-10",
            ("2025-02-01", "2025-02-28"),
            [("2025-01-15", "2025-01-31"), ("2025-03-01", "2025-03-10")],
        ),
        ("2025-01-15", "2025-02-10", None, [("2025-01-15", "2025-02-10")]),
        ("2025-01-02", "2025-01-30", None, [("2025-01-02", "2025-01-30")]),
        (None, "2024-02-28", (None, "2024-01-31"), [("2024-02-01", "2024-02-28")]),
        (None, "2024-02-29", (None, "2024-02-29"), []),
        ("2025-12-31", None, ("2026-01-01", None), [("2025-12-31", "2025-12-31")]),
        ("2025-03-20", "2025-03-10", None, [("2025-03-20", "2025-03-10")]),
        ("0001-01-01", "9999-12-31", ("0001-01-01", "9999-12-31"), []),
        ("9999-12-02", None, None, [("9999-12-02", None)]),
        (None, "0001-01-30", None, [(None, "0001-01-30")]),
        (
            "0001-01-05",
            "9999-12-30",
            ("0001-02-01", "9999-11-30"),
            [("0001-01-05", "0001-01-31"), ("9999-12-01", "9999-12-30")],
        ),
    ],
)
def test_a_date_range_is_whole_months_and_two_part_months(lo, hi, whole, parts) -> None:
    def d(v):
        return None if v is None else datetime.date.fromisoformat(v)

    expected_whole = None if whole is None else (d(whole[0]), d(whole[1]))
    assert split_months(d(lo), d(hi)) == (expected_whole, [(d(a), d(b)) for a, b in parts])


def test_open_ended_and_extreme_ranges_count_exactly(session) -> None:
    svc = CaseService(session)
    svc.create(CaseDraft(first_name="Ayşe", last_name="Yılmaz", district="Karşıyaka"))
    for lo, hi in [
        (datetime.date.min, datetime.date.max),
        (datetime.date(9999, 12, 5), None),
        (None, datetime.date(1, 1, 9)),
        (datetime.date.max, datetime.date.min),
    ]:
        query = CaseQuery(applied_from=lo, applied_to=hi)
        assert svc.count(query) == plain_count(session.db.conn, query)


def test_the_upgrade_counts_the_files_already_there(casefile) -> None:
    from kdm_desktop.storage.migrations import MIGRATIONS

    step = next(m.version for m in MIGRATIONS if m.description == "case_tally")
    with casefile.login() as s:
        svc = CaseService(s)
        for name in ("Ayşe", "Fatma", "Gül"):
            svc.create(CaseDraft(first_name=name, last_name="Yılmaz", district="Karşıyaka"))
        conn = s.db.conn
        with s.db.transaction() as tx:
            tx.execute("UPDATE cases SET status = 'kapali', assigned_to = 'sosyal' WHERE pk = 1")
        # Back to the file as the step before had it: no tally, no triggers.
        for name in ("case_tally_insert", "case_tally_delete", "case_tally_update"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE case_tally")
        conn.execute(f"PRAGMA user_version = {step - 1}")
    with casefile.login() as s:  # the upgrade fills the tally from the files
        tally_is_fresh(s.db.conn)
        svc = CaseService(s)
        assert svc.count(CaseQuery(assigned_to="sosyal")) == 1
        assert svc.count(CaseQuery()) == 3


def test_the_step_applied_again_over_its_own_result_counts_afresh(casefile) -> None:
    """A file whose version was set back (older steps' tests do) runs the step
    again: it must neither fail nor count the files twice."""
    from kdm_desktop.storage.migrations import MIGRATIONS

    step = next(m.version for m in MIGRATIONS if m.description == "case_tally")
    with casefile.login() as s:
        CaseService(s).create(
            CaseDraft(first_name="Ayşe", last_name="Yılmaz", district="Karşıyaka")
        )
        s.db.conn.execute(f"PRAGMA user_version = {step - 1}")
    with casefile.login() as s:
        tally_is_fresh(s.db.conn)
        assert CaseService(s).count(CaseQuery()) == 1
