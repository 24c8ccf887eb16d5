"""Case file benchmark: builds N synthetic cases, then times what staff wait for.

    .venv/bin/python bench/bench_cases.py [--cases 50000] [--keep DIR]

Prints figures only (no assertions). Targets from the issue: search-as-you-type
p95 <= 16 ms, first screen of the list <= 150 ms, case open <= 50 ms, intake
save <= 50 ms, process RSS <= 300 MB. Every timed call goes through the
service layer, so permission checks and audit writes are included.
"""

from __future__ import annotations

import os

# Only the password KDF is cheapened (it is not what is measured here).
os.environ["KDM_INSECURE_FAST_KDF"] = "1"

import argparse
import datetime
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kdm_desktop.domain import synthetic
from kdm_desktop.domain.cases.choices import CaseStatus
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.cases.query import CaseOrder, CaseQuery
from kdm_desktop.domain.tckimlik import generate_valid_tc
from kdm_desktop.domain.turkish import fold_for_search, tr_lower, tr_upper
from kdm_desktop.security.roles import Role
from kdm_desktop.services.casefile import create_case_file, open_session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.demo import DEMO_CENTRE
from kdm_desktop.services.demo_cases import fill_demo_cases
from kdm_desktop.services.users import UserService

PASSWORD = "bench-parola-2026"


def rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn: Callable[[], object], repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def report(name: str, ms: list[float], target: float | None = None) -> None:
    line = (
        f"{name:<44} n={len(ms):<5} p50={pct(ms, 50):7.2f} ms  p95={pct(ms, 95):7.2f} ms  "
        f"max={max(ms):7.2f} ms"
    )
    if target is not None:
        line += f"   (target p95 <= {target:g} ms: {'ok' if pct(ms, 95) <= target else 'MISSED'})"
    print(line)


def build(data_dir: Path, cases: int, seed: int) -> dict[str, object]:
    created = create_case_file(
        data_dir, centre=DEMO_CENTRE, admin_username="yonetici", admin_password=PASSWORD
    )
    with created.session as s:
        users = UserService(s)
        users.add("sosyal", PASSWORD, Role.SOCIAL_WORKER, "Derya Kaya")
        users.add("psikolog", PASSWORD, Role.PSYCHOLOGIST, "Elif Arslan")
        users.add("avukat", PASSWORD, Role.LAWYER, "Şule Çetin")
        t0 = time.perf_counter()
        fill_demo_cases(s, cases, seed)
        seconds = time.perf_counter() - t0
        counts = s.counts()
    return {"seconds": seconds, "counts": counts, "peak_rss_mb": peak_rss_mb()}


def build_in_child(data_dir: Path, cases: int, seed: int) -> None:
    print(f"Building {cases:,} synthetic cases in {data_dir} ...", flush=True)
    child = subprocess.run(
        [sys.executable, __file__, "--build-only", str(data_dir), "--cases", str(cases),
         "--seed", str(seed)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    built = json.loads(child.stdout.strip().splitlines()[-1])
    counts = built["counts"]
    size_mb = (data_dir / "casefile.kdm").stat().st_size / 1e6
    print(
        f"built in {built['seconds']:.1f} s (peak RSS {built['peak_rss_mb']:.0f} MB): "
        f"{counts['cases']:,} cases, {counts['case_services']:,} service entries, "
        f"{counts['case_consents']:,} consents, {counts['case_notes']:,} notes; "
        f"file {size_mb:.0f} MB"
    )


def typed_prefixes(rng: random.Random) -> list[str]:
    """What people type, keystroke by keystroke: names in several spellings, phones,
    identity numbers, case numbers."""
    words: list[str] = []
    for name in rng.sample(synthetic.LAST_NAMES, 12) + rng.sample(synthetic.FIRST_NAMES, 12):
        words.append(rng.choice([name, tr_lower(name), tr_upper(name), fold_for_search(name)]))
    words += ["ayşe yıl", "Fatma Kaya", "isik", "IŞIK", "igdeli", "İĞDELİ", "Gül Çe"]
    prefixes: list[str] = []
    for w in words:
        prefixes += [w[:i] for i in range(1, len(w) + 1)]
    for _ in range(10):
        operator = rng.choice(("532", "542", "505", "553"))
        phone = f"0{operator} {rng.randrange(1000):03d} {rng.randrange(100):02d}"
        prefixes += [phone[:i] for i in range(2, len(phone) + 1) if phone[i - 1] != " "]
    for _ in range(10):
        tc = generate_valid_tc(rng)
        prefixes += [tc[:i] for i in range(3, 12)]
    for _ in range(5):
        number = f"KSK-{rng.choice((2024, 2025, 2026))}-{rng.randrange(1, 9999):04d}"
        prefixes += [number[:i] for i in range(5, len(number) + 1)]
    return prefixes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", type=Path, help="build the case file here and keep it")
    parser.add_argument("--existing", type=Path, help="measure a case file built earlier by --keep")
    parser.add_argument("--build-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.build_only:
        print(json.dumps(build(args.build_only, args.cases, args.seed)))
        return 0

    tmp = None
    if args.existing:
        data_dir = args.existing
    elif args.keep:
        data_dir = args.keep
    else:
        tmp = tempfile.TemporaryDirectory(prefix="kdm-bench-")
        data_dir = Path(tmp.name) / "data"

    # Built in a child process, so the figures below are those of a process that
    # only opened the file, as the app does at a login.
    if args.existing:
        print(f"Measuring the case file in {data_dir}")
    else:
        build_in_child(data_dir, args.cases, args.seed)

    rng = random.Random(args.seed)
    # A fresh login, as at the start of a working day: nothing cached yet.
    session = open_session(data_dir, "psikolog", PASSWORD)
    svc = CaseService(session)
    print()

    first = timed(lambda: (svc.count(), svc.page(CaseQuery(), 0, 100)))
    report("case list, first screen (cold, count + 100)", first, 150)
    report(
        "case list, first screen (warm, count + 100)",
        timed(lambda: (svc.count(), svc.page(CaseQuery(), 0, 100)), 20),
        150,
    )
    active = CaseQuery(statuses=frozenset({CaseStatus.OPEN, CaseStatus.FOLLOW_UP}))
    report(
        "case list, active files, by name",
        timed(lambda: (svc.count(active), svc.page(active, 0, 100)), 20),
        150,
    )
    newest = CaseQuery(order=CaseOrder.APPLICATION_DATE, descending=True, assigned_to="sosyal")
    report(
        "case list, one worker's, newest first",
        timed(lambda: (svc.count(newest), svc.page(newest, 0, 100)), 20),
        150,
    )
    since = datetime.date.today() - datetime.timedelta(days=90)
    recent = CaseQuery(applied_from=since, text="ka")
    report(
        "case list, last 90 days + text 'ka'",
        timed(lambda: (svc.count(recent), svc.page(recent, 0, 100)), 20),
        150,
    )
    total = svc.count()
    report(
        "case list, scrolled to the end (offset)",
        timed(lambda: svc.page(CaseQuery(), max(0, total - 100), 100), 10),
    )

    prefixes = typed_prefixes(rng)
    search_ms: list[float] = []
    hits = 0
    for text in prefixes:
        t0 = time.perf_counter()
        hits += len(svc.search(text))
        search_ms.append((time.perf_counter() - t0) * 1000)
    report("search-as-you-type (with audit entry)", search_ms, 16)
    print(f"{'':<44} {len(prefixes)} prefixes, {hits / len(prefixes):.1f} rows shown on average")

    ids = [r.id for r in svc.page(CaseQuery(order=CaseOrder.UPDATED), 0, 500)]
    sample = rng.sample(ids, 100)
    report("case open (full view)", [timed(lambda i=i: svc.open(i))[0] for i in sample], 50)

    def intake() -> None:
        person = synthetic.person(rng)
        draft = CaseDraft(
            first_name=person.first_name,
            last_name=person.last_name,
            tc_kimlik_no=generate_valid_tc(rng),
            phone=synthetic.mobile_phone(rng),
            birth_date=datetime.date(1985, 3, 4),
            district=rng.choice(synthetic.DISTRICTS),
        )
        svc.find_possible_duplicates(draft)
        svc.create(draft, consent=ConsentGrant(True, True, frozenset(), datetime.date.today()))

    report("intake save (duplicate check + create)", timed(intake, 50), 50)

    print()
    peak = peak_rss_mb()
    verdict = "ok" if peak <= 300 else "MISSED"
    print(f"process RSS now {rss_mb():.0f} MB, peak {peak:.0f} MB (target <= 300 MB: {verdict})")
    session.close()
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
