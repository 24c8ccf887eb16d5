"""Perpetrator section benchmark: the statistics' relation table with the section's
subquery against the intake column alone, and the tab's read and save, on a file of
demo cases (each intake-named perpetrator completed in the section).

    .venv/bin/python bench/bench_perpetrator.py [--cases 20000]

Prints figures only (no assertions). The service calls include permission checks
and audit entries.
"""

from __future__ import annotations

import os

os.environ["KDM_INSECURE_FAST_KDF"] = "1"  # only the password KDF; not what is measured

import argparse
import sys
import tempfile
import time
from pathlib import Path

from kdm_desktop.domain.cases.choices import PerpetratorRelation
from kdm_desktop.domain.perpetrator import Answer, Perpetrator
from kdm_desktop.domain.statistics.periods import Bounds, Period
from kdm_desktop.services.casefile import create_case_file
from kdm_desktop.services.demo import DEMO_CENTRE
from kdm_desktop.services.demo_cases import fill_demo_cases
from kdm_desktop.services.perpetrators import PerpetratorService
from kdm_desktop.storage.statistics_repo import NEW_APPLICATION_COLUMNS

PASSWORD = "bench-parola-2026"


def timed(label: str, fn, repeat: int = 5):  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    times.sort()
    print(f"{label}: {times[len(times) // 2] * 1000:.1f} ms (median of {repeat})", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        created = create_case_file(
            Path(tmp) / "f", centre=DEMO_CENTRE, admin_username="yonetici", admin_password=PASSWORD
        )
        s = created.session
        t0 = time.perf_counter()
        fill_demo_cases(s, args.cases, seed=2026)
        print(f"filled {args.cases} demo cases in {time.perf_counter() - t0:.1f} s")
        conn = s.db.conn
        n = conn.execute("SELECT count(*) FROM case_perpetrators").fetchone()[0]
        print(f"perpetrator records: {n}")
        today = s.now().date()
        b = Bounds(
            (today.replace(year=today.year - 1)).isoformat(),
            today.isoformat(),
            f"{today.replace(year=today.year - 1).isoformat()}T00:00:00+03:00",
            f"{today.isoformat()}T23:59:59+03:00",
        )
        sql = (
            "SELECT c.district, {expr} AS cat, count(*) FROM cases c "
            "WHERE c.application_date BETWEEN :first AND :last GROUP BY c.district, cat"
        )
        section = NEW_APPLICATION_COLUMNS["failin_yakinligi"]
        intake_only = "COALESCE(c.perpetrator_relation, 'belirtilmedi')"
        timed(
            "relation table, one year, section + intake fallback",
            lambda: conn.execute(sql.format(expr=section), b.days()).fetchall(),
        )
        timed(
            "relation table, one year, intake column only (before)",
            lambda: conn.execute(sql.format(expr=intake_only), b.days()).fetchall(),
        )
        _ = Period  # the service path is measured by bench_statistics.py
        case_id = conn.execute("SELECT id FROM cases LIMIT 1").fetchone()[0]
        service = PerpetratorService(s)
        timed("section read (the tab's reload, audited)", lambda: service.section(case_id), 20)
        record = Perpetrator(relation=PerpetratorRelation.BROTHER, weapon_access=Answer.UNKNOWN)
        timed(
            "add one record (validated, audited, committed)",
            lambda: service.add(case_id, record),
            5,
        )
        s.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
