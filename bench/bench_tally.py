"""Filter-only counts: the index count they used vs the trigger-kept tally (issue #18).

Runs on a bench_scale cache (bench/out/scale-N). The first open upgrades an older
file (the tally's schema step fills it); that open is timed. Then, in one run, each
of bench_scale's filter queries (and a few more) is counted both ways — the
statement the list used before, and `CaseService.count` now — with wall time
(median of 7) and the SQLite VM steps each took (machine-independent work).

    .venv/bin/python bench/bench_tally.py --size 200000
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_cases import PASSWORD  # noqa: E402

from kdm_desktop.domain.cases.choices import CaseStatus  # noqa: E402
from kdm_desktop.domain.cases.query import CaseOrder, CaseQuery  # noqa: E402
from kdm_desktop.services.casefile import open_session  # noqa: E402
from kdm_desktop.services.cases import CaseService  # noqa: E402
from kdm_desktop.storage.case_list_sql import _where  # noqa: E402


def old_count_sql(query: CaseQuery) -> str:
    """The statement `count` ran for a query without text before the tally."""
    where, _ = _where(query)
    kinds = sum(
        (
            bool(query.statuses),
            query.assigned_to is not None,
            query.applied_from is not None or query.applied_to is not None,
        )
    )
    hint = " INDEXED BY cases_list_keys" if kinds > 1 else ""
    return f"SELECT count(*) FROM cases c{hint}{where}"


def work(conn: object, fn: Callable[[], object]) -> tuple[float, int]:
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    conn.set_progress_handler(tick, 100)  # type: ignore[attr-defined]
    fn()
    conn.set_progress_handler(None, 100)  # type: ignore[attr-defined]
    times = []
    for _ in range(7):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), steps[0] * 100


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--cache", type=Path, default=HERE / "out")
    args = parser.parse_args()
    data_dir = args.cache / f"scale-{args.size}"
    for label in ("first open (upgrade, if any)", "second open"):
        t0 = time.perf_counter()
        with open_session(data_dir, "psikolog", PASSWORD):
            pass
        print(f"{label:<40}{(time.perf_counter() - t0) * 1000:>10.0f} ms")
    since = datetime.date.today() - datetime.timedelta(days=365)
    queries = {
        "open + follow-up": CaseQuery(statuses=frozenset({CaseStatus.OPEN, CaseStatus.FOLLOW_UP})),
        "assignee sosyal": CaseQuery(
            order=CaseOrder.APPLICATION_DATE, descending=True, assigned_to="sosyal"
        ),
        "open, sosyal": CaseQuery(statuses=frozenset({CaseStatus.OPEN}), assigned_to="sosyal"),
        "applied in the last year": CaseQuery(applied_from=since),
        "open, 15 Mar-10 Sep 2025": CaseQuery(
            statuses=frozenset({CaseStatus.OPEN}),
            applied_from=datetime.date(2025, 3, 15),
            applied_to=datetime.date(2025, 9, 10),
        ),
        "all files": CaseQuery(),
    }
    with open_session(data_dir, "psikolog", PASSWORD) as session:
        svc = CaseService(session)
        conn = session.db.conn
        print(f"{'count':<28}{'before':>12}{'steps':>12}{'after':>12}{'steps':>12}  equal")
        for name, q in queries.items():
            sql = old_count_sql(q)
            _, params = _where(q)
            before = work(conn, lambda sql=sql, params=params: conn.execute(sql, params).fetchone())
            after = work(conn, lambda q=q: svc.count(q))
            same = conn.execute(sql, params).fetchone()[0] == svc.count(q)
            print(
                f"{name:<28}{before[0]:>9.2f} ms{before[1]:>12,}"
                f"{after[0]:>9.2f} ms{after[1]:>12,}  {same}"
            )
        print()
        print(f"{'service path count+page(0,100)':<36}{'before':>12}{'after':>12}")
        for name, q in list(queries.items())[:2]:
            sql = old_count_sql(q)
            _, params = _where(q)
            old = work(
                conn,
                lambda q=q, sql=sql, params=params: (
                    conn.execute(sql, params).fetchone(),
                    svc.page(q, 0, 100),
                ),
            )
            new = work(conn, lambda q=q: (svc.count(q), svc.page(q, 0, 100)))
            print(f"{name:<36}{old[0]:>9.2f} ms{new[0]:>9.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
