"""How the costs staff wait for grow with the size of the case file.

    .venv/bin/python bench/bench_scale.py [--sizes 5000,50000,200000] [--cache DIR]

Builds one synthetic case file per size once (cached under bench/out/scale-N; a
200,000-case file takes several minutes to build the first time), then prints for
each size: search as you type (p95 over typed prefixes of names typed with and
without Turkish letters, T.C. numbers, case numbers and phones), the filtered list's
first screen (status / date / assignee, with and without text), case open through
the service, and whole-process times of `kdm --help` and `kdm info`.

The window's side (offscreen): the same keystrokes as the list's worker reads them
(`CaseSearchSession.screen`, one statement per keystroke) and how long the UI
thread is held per keystroke (it only hands the query to the worker); case open
in the window (CasesPage.open_case, painted); and a month of the calendar with
2,000 appointments linked to cases, from the database to a painted month view
(the appointments are added to the cached file once, in BENCH_MONTH). The last
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
import statistics
import subprocess
import sys
import time
import uuid
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
    "search (worker read) p95": 16.0,
    "filtered list (worker read) p95": 30.0,
    "UI thread per keystroke p95": 16.0,
    "case open (window) p95": 30.0,
    "month view 2,000 appts (db+paint)": 50.0,
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


def _process_env() -> dict[str, str]:
    """As an installed app runs: with its modules' bytecode cached (a shell that sets
    PYTHONDONTWRITEBYTECODE would make every run compile ~100 modules again, about
    0.3 s that no user waits for). The cache stays outside the source tree."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(HERE / "out" / "pyc")
    return env


def process_ms(argv: list[str], stdin: str = "", repeat: int = 5) -> float:
    env = _process_env()
    # One run first writes the bytecode cache; it is not counted.
    subprocess.run(argv, input=stdin, capture_output=True, text=True, check=True, env=env)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(argv, input=stdin, capture_output=True, text=True, check=True, env=env)
        times.append((time.perf_counter() - t0) * 1000)
    return sorted(times)[len(times) // 2]


BENCH_MONTH = (2026, 3)
MONTH_APPOINTMENTS = 2000


def _queries(since: datetime.date) -> list[CaseQuery]:
    return [
        CaseQuery(statuses=frozenset({CaseStatus.OPEN, CaseStatus.FOLLOW_UP})),
        CaseQuery(order=CaseOrder.APPLICATION_DATE, descending=True, assigned_to="sosyal"),
        CaseQuery(applied_from=since, text="ka"),
        CaseQuery(statuses=frozenset({CaseStatus.OPEN}), text="sahin"),
        CaseQuery(assigned_to="sosyal", text="ay"),
    ]


def seed_month(data_dir: Path, seed: int) -> None:
    """2,000 appointments in BENCH_MONTH, each linked to a case (once per cached file)."""
    from kdm_desktop.domain.calendar import ISTANBUL, Appointment, AppointmentType
    from kdm_desktop.domain.rules import DomainRuleError
    from kdm_desktop.storage.calendar_repo import CalendarRepository

    year, month = BENCH_MONTH
    rng = random.Random(seed)
    with open_session(data_dir, "psikolog", PASSWORD) as session:
        conn = session.db.conn
        lo = datetime.datetime(year, month, 1, tzinfo=ISTANBUL).isoformat()
        hi = datetime.datetime(year, month + 1, 1, tzinfo=ISTANBUL).isoformat()
        have = conn.execute(
            "SELECT count(*) FROM appointments WHERE start >= ? AND start < ?", (lo, hi)
        ).fetchone()[0]
        if have >= MONTH_APPOINTMENTS:
            return
        ids = [r.id for r in CaseService(session).page(CaseQuery(), 0, 500)]
        ids += [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY random() LIMIT 1500")]
        staff = ["psikolog", "sosyal", "avukat"]
        kinds = list(AppointmentType)
        with session.db.transaction() as tx:
            repo = CalendarRepository(tx)
            while have < MONTH_APPOINTMENTS:
                day = 1 + rng.randrange(28)
                start = datetime.datetime(
                    year, month, day, 8 + rng.randrange(9), rng.choice((0, 30)), tzinfo=ISTANBUL
                )
                try:
                    appt = Appointment(
                        id=str(uuid.uuid4()),
                        start=start,
                        duration_minutes=rng.choice((30, 45, 60)),
                        staff=rng.choice(staff),
                        type=rng.choice(kinds),
                        case_id=rng.choice(ids),
                    )
                except DomainRuleError:  # a group session has no one case
                    continue
                repo.insert(appt, at=session.timestamp(), by="psikolog")
                have += 1


def measure_window(data_dir: Path, seed: int) -> dict[str, float]:
    """Case open and the month view in the real window (offscreen), and the search as the
    window's worker runs it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kdm_desktop.services.calendar import CalendarService
    from kdm_desktop.ui.calendar.month_view import MonthView
    from kdm_desktop.ui.cases.page import CasesPage
    from kdm_desktop.ui.controller import AppController

    figures: dict[str, float] = {}
    app = QApplication.instance() or QApplication(sys.argv[:1])
    controller = AppController(data_dir)
    controller.start()
    panel = controller.lock_screen.unlock
    panel.username.setText("psikolog")
    panel.password.setText(PASSWORD)
    panel.submit()
    while controller.workspace is None or controller.runner.busy:
        QTest.qWait(20)
    workspace = controller.workspace
    workspace.select("cases")
    page = workspace.page("cases")
    assert isinstance(page, CasesPage)
    session = controller.session
    assert session is not None
    rng = random.Random(seed)

    try:
        from kdm_desktop.services.case_search import CaseSearchSession
    except ImportError:  # the code before the worker existed
        CaseSearchSession = None  # type: ignore[assignment,misc]
    model = page.list.model
    if CaseSearchSession is not None:
        search = CaseSearchSession(session)
        prefixes = typed_prefixes(random.Random(seed))
        never = lambda: False  # noqa: E731
        read = [ms(lambda t=t: search.screen(CaseQuery(text=t), 0, 100, never), 1)[0]
                for t in prefixes]  # fmt: skip
        figures["search (worker read) p95"] = pct(read, 95)
        since = datetime.date.today() - datetime.timedelta(days=365)
        listed: list[float] = []
        for q in _queries(since):
            listed += ms(lambda q=q: search.screen(q, 0, 100, never), 5)
        figures["filtered list (worker read) p95"] = pct(listed, 95)
    held = []
    for t in typed_prefixes(random.Random(seed + 1))[:80]:
        t0 = time.perf_counter()
        model.set_query(CaseQuery(text=t))  # what a keystroke does on the UI thread
        held.append((time.perf_counter() - t0) * 1000)
        QCoreApplication.processEvents()
    settle = getattr(model, "settle", None)
    if callable(settle):
        settle()
    figures["UI thread per keystroke p95"] = pct(held, 95)

    ids = [r.id for r in CaseService(session).page(CaseQuery(order=CaseOrder.UPDATED), 0, 500)]
    opened = []
    for case_id in rng.sample(ids, 40):
        t0 = time.perf_counter()
        page.open_case(case_id)
        assert page.case_view is not None
        page.case_view.repaint()
        QCoreApplication.processEvents()
        opened.append((time.perf_counter() - t0) * 1000)
        page.show_list()
        QCoreApplication.processEvents()
    figures["case open (window) p95"] = pct(opened[5:], 95)

    year, month = BENCH_MONTH
    view = MonthView()
    view.resize(1280, 800)
    calendar = CalendarService(session)
    first, last = datetime.date(year, month, 1), datetime.date(year, month, 31)
    months = []
    # As the page reads a month: only what its cells show (before day_cells existed,
    # every entry of the range).
    day_cells = getattr(calendar, "day_cells", None)
    for _ in range(6):
        t0 = time.perf_counter()
        view.set_month(year, month)
        if day_cells is not None:
            rows = view.rows_to_read()
            cells = day_cells(first - datetime.timedelta(days=6), last, per_day=rows)
            holidays = calendar.holidays(first, last)
            view.set_cells(cells, holidays, rows_read=rows, by_staff=False, today=first)
        else:
            entries = calendar.list_range(first - datetime.timedelta(days=6), last)
            holidays = calendar.holidays(first, last)
            view.set_data(entries, holidays, by_staff=False, today=first)
        view.grab()
        months.append((time.perf_counter() - t0) * 1000)
    figures["month view 2,000 appts (db+paint)"] = statistics.median(months[1:])
    controller.shutdown()
    app.processEvents()
    return figures


def measure(data_dir: Path, seed: int, cli: bool = True) -> dict[str, float]:
    rng = random.Random(seed)
    figures: dict[str, float] = {}
    with open_session(data_dir, "psikolog", PASSWORD) as session:
        svc = CaseService(session)
        prefixes = typed_prefixes(rng)
        search = [ms(lambda t=t: svc.search(t), 1)[0] for t in prefixes]
        figures["search as you type p95"] = pct(search, 95)
        figures["search as you type p50"] = pct(search, 50)
        since = datetime.date.today() - datetime.timedelta(days=365)
        listed: list[float] = []
        for q in _queries(since):
            listed += ms(lambda q=q: (svc.count(q), svc.page(q, 0, 100)), 5)
        figures["filtered list first screen p95"] = pct(listed, 95)
        ids = [r.id for r in svc.page(CaseQuery(order=CaseOrder.UPDATED), 0, 500)]
        opened = [ms(lambda i=i: svc.open(i), 1)[0] for i in rng.sample(ids, 50)]
        figures["case open (service) p95"] = pct(opened, 95)
    if os.environ.get("BENCH_SCALE_NO_WINDOW") != "1":
        seed_month(data_dir, seed)
        figures.update(measure_window(data_dir, seed))
    if not cli:
        return figures
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
    parser.add_argument("--skip-cli", action="store_true", help="leave out the process timings")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, dict[str, float]] = {}
    for size in sizes:
        data_dir = args.cache / f"scale-{size}"
        if not (data_dir / "casefile.kdm").exists():
            build_in_child(data_dir, size, args.seed)
        results[size] = measure(data_dir, args.seed, cli=not args.skip_cli)

    names = list(results[sizes[0]])
    print()
    print(f"{'measure':<36}" + "".join(f"{f'{s:,} cases':>16}" for s in sizes) + "   target")
    for name in names:
        row = "".join(f"{results[s][name]:>13.1f} ms" for s in sizes)
        target = TARGETS.get(name)
        verdict = ""
        if target is not None:
            worst = max(results[s][name] for s in sizes)
            verdict = f"   ≤ {target:g} ms: {'ok' if worst <= target else 'MISSED'}"
        print(f"{name:<36}{row}{verdict}")
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
            print(f"{name:<36}{ratios}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
