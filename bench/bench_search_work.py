"""The statement work behind search-as-you-type and the filtered list, counted.

    .venv/bin/python bench/bench_search_work.py [--sizes 50000,200000] [--cache DIR]

Timings on a shared machine drift; the work SQLite does does not. For each cached
case file of bench_scale.py (bench/out/scale-N; sizes without one are skipped)
this prints the virtual-machine steps (in thousands, counted with a progress
handler) and the statements of one keystroke's screen (`CaseRepository.screen`)
for every typed prefix of bench_scale: the total, the p95 and the heaviest
prefixes. Then, per filtered-list query of bench_scale, the steps of the service
path (`count` + `page`) and of the window's screen. CPU time of the thread is
shown beside them (less disturbed by other processes than wall time).
"""

from __future__ import annotations

import os

os.environ["KDM_INSECURE_FAST_KDF"] = "1"

import argparse
import datetime
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_cases import PASSWORD, pct, typed_prefixes  # noqa: E402
from bench_scale import _queries  # noqa: E402

from kdm_desktop.domain.cases.query import CaseQuery  # noqa: E402
from kdm_desktop.services.casefile import open_session  # noqa: E402
from kdm_desktop.storage.cases_repo import CaseRepository  # noqa: E402

STEP = 1000  # the progress handler runs every STEP virtual-machine instructions


def measure(data_dir: Path, seed: int) -> None:
    with open_session(data_dir, "psikolog", PASSWORD) as session:
        conn = session.db.conn
        ticks = [0]
        statements = [0]

        def tick() -> int:
            ticks[0] += 1
            return 0

        def traced(sql: str) -> None:
            if not sql.startswith("--"):  # FTS5's own statements on its shadow tables
                statements[0] += 1

        conn.set_progress_handler(tick, STEP)
        conn.set_trace_callback(traced)
        repo = CaseRepository(conn)

        def work(fn: Callable[[], object]) -> tuple[int, int, float]:
            ticks[0] = statements[0] = 0
            t0 = time.thread_time()
            fn()
            return ticks[0], statements[0], (time.thread_time() - t0) * 1000

        typed = typed_prefixes(random.Random(seed))
        rows = [(t, *work(lambda t=t: repo.screen(CaseQuery(text=t), 0, 100))) for t in typed]
        steps = [float(r[1]) for r in rows]
        print(
            f"  search as you type, {len(rows)} keystrokes: {sum(r[1] for r in rows):,}k steps, "
            f"p50 {pct(steps, 50):.0f}k, p95 {pct(steps, 95):.0f}k, "
            f"cpu p95 {pct([r[3] for r in rows], 95):.1f} ms"
        )
        seen: set[str] = set()
        for text, k, n, cpu in sorted(rows, key=lambda r: -r[1]):
            if text.casefold() in seen or len(seen) >= 6:
                continue
            seen.add(text.casefold())
            screen = repo.screen(CaseQuery(text=text), 0, 100)
            print(
                f"    {text!r:<12} {k:>6,}k steps {n:>2} statements {cpu:6.1f} ms cpu",
                f"{'more than ' if getattr(screen, 'bounded', False) else ''}{screen.total:,} hits",
            )
        since = datetime.date.today() - datetime.timedelta(days=365)
        print("  filtered list, first screen (steps: service count + page | window screen)")
        for q in _queries(since):
            count = work(lambda q=q: repo.count(q))
            page = work(lambda q=q: repo.page(q, 0, 100))
            screen = work(lambda q=q: repo.screen(q, 0, 100))
            label = ", ".join(
                f"{name}={value!r}"
                for name, value in (
                    ("text", q.text),
                    ("statuses", sorted(s.value for s in q.statuses)),
                    ("assigned_to", q.assigned_to),
                    ("from", q.applied_from and q.applied_from.isoformat()),
                )
                if value
            )
            print(
                f"    {label:<58} {count[0] + page[0]:>6,}k ({count[2] + page[2]:5.1f} ms) "
                f"| {screen[0]:>6,}k ({screen[2]:5.1f} ms)"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,50000,200000")
    parser.add_argument("--cache", type=Path, default=HERE / "out")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        data_dir = args.cache / f"scale-{size}"
        if not (data_dir / "casefile.kdm").exists():
            print(f"{size:,} cases: no cached file (run bench_scale.py first), skipped")
            continue
        print(f"{size:,} cases")
        measure(data_dir, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
