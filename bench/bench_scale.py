"""How the costs staff wait for grow with the size of the case file.

    .venv/bin/python bench/bench_scale.py [--sizes 5000,50000,200000] [--cache DIR]

Builds one synthetic case file per size once (cached under bench/out/scale-N; a
200,000-case file takes several minutes to build the first time), then prints for
each size: search as you type (p95 over typed prefixes of names typed with and
without Turkish letters, T.C. numbers, case numbers and phones), the filtered list's
first screen (status / date / assignee, with and without text), case open through
the service, and whole-process times of `kdm --help` and `kdm info`. The last
table is the growth ratio between consecutive sizes: a regression in how a cost
grows shows up there as a number. Figures only, no assertions.
"""

from __future__ import annotations

import os

os.environ["KDM_INSECURE_FAST_KDF"] = "1"

import argparse
import datetime
import itertools
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_cases import PASSWORD, build_in_child, pct, typed_prefixes  # noqa: E402

from kdm_desktop.domain.cases.choices import CaseStatus  # noqa: E402
from kdm_desktop.domain.cases.query import CaseOrder, CaseQuery  # noqa: E402
from kdm_desktop.services.casefile import open_session  # noqa: E402
from kdm_desktop.services.cases import CaseService  # noqa: E402

TARGETS = {
    "search as you type p95": 16.0,
    "filtered list first screen p95": 30.0,
    "case open (service) p95": 30.0,
    "kdm --help (process)": 150.0,
    "kdm info (process)": 700.0,
}


def ms(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def process_ms(argv: list[str], stdin: str = "", repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(argv, input=stdin, capture_output=True, text=True, check=True)
        times.append((time.perf_counter() - t0) * 1000)
    return sorted(times)[len(times) // 2]


def measure(data_dir: Path, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    figures: dict[str, float] = {}
    with open_session(data_dir, "psikolog", PASSWORD) as session:
        svc = CaseService(session)
        prefixes = typed_prefixes(rng)
        search = [ms(lambda t=t: svc.search(t), 1)[0] for t in prefixes]
        figures["search as you type p95"] = pct(search, 95)
        figures["search as you type p50"] = pct(search, 50)
        since = datetime.date.today() - datetime.timedelta(days=365)
        queries = [
            CaseQuery(statuses=frozenset({CaseStatus.OPEN, CaseStatus.FOLLOW_UP})),
            CaseQuery(order=CaseOrder.APPLICATION_DATE, descending=True, assigned_to="sosyal"),
            CaseQuery(applied_from=since, text="ka"),
            CaseQuery(statuses=frozenset({CaseStatus.OPEN}), text="sahin"),
            CaseQuery(assigned_to="sosyal", text="ay"),
        ]
        listed: list[float] = []
        for q in queries:
            listed += ms(lambda q=q: (svc.count(q), svc.page(q, 0, 100)), 5)
        figures["filtered list first screen p95"] = pct(listed, 95)
        ids = [r.id for r in svc.page(CaseQuery(order=CaseOrder.UPDATED), 0, 500)]
        opened = [ms(lambda i=i: svc.open(i), 1)[0] for i in rng.sample(ids, 50)]
        figures["case open (service) p95"] = pct(opened, 95)
    kdm = [sys.executable, "-m", "kdm_desktop.cli.main"]
    figures["kdm --help (process)"] = process_ms([*kdm, "--help"])
    figures["kdm info (process)"] = process_ms(
        [*kdm, "--data-dir", str(data_dir), "--user", "psikolog", "--password-stdin", "info"],
        stdin=PASSWORD + "\n",
        repeat=3,
    )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,50000,200000")
    parser.add_argument("--cache", type=Path, default=HERE / "out")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, dict[str, float]] = {}
    for size in sizes:
        data_dir = args.cache / f"scale-{size}"
        if not (data_dir / "casefile.kdm").exists():
            build_in_child(data_dir, size, args.seed)
        results[size] = measure(data_dir, args.seed)

    names = list(results[sizes[0]])
    print()
    print(f"{'measure':<34}" + "".join(f"{f'{s:,} cases':>16}" for s in sizes) + "   target")
    for name in names:
        row = "".join(f"{results[s][name]:>13.1f} ms" for s in sizes)
        target = TARGETS.get(name)
        verdict = ""
        if target is not None:
            worst = max(results[s][name] for s in sizes)
            verdict = f"   ≤ {target:g} ms: {'ok' if worst <= target else 'MISSED'}"
        print(f"{name:<34}{row}{verdict}")
    if len(sizes) > 1:
        print()
        print(
            "growth between sizes (ratio of the figures; the data grows "
            + ", ".join(f"{b / a:g}×" for a, b in itertools.pairwise(sizes))
            + ")"
        )
        for name in names:
            ratios = "".join(
                f"{results[b][name] / max(results[a][name], 1e-6):>16.2f}×"
                for a, b in itertools.pairwise(sizes)
            )
            print(f"{name:<34}{ratios}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
