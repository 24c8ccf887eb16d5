"""Statistics benchmark: a year's statistics over a 50,000-case file, and a province
report merged from 30 centres' statistics files.

    .venv/bin/python bench/bench_statistics.py [--cases 50000] [--centres 30]

Prints figures only (no assertions). Every timed call goes through the services,
so permission checks, audit entries, encryption and signatures are included.
"""

from __future__ import annotations

import os

os.environ["KDM_INSECURE_FAST_KDF"] = "1"  # only the password KDF; not what is measured

import argparse
import dataclasses
import random
import sys
import tempfile
import time
from pathlib import Path

from kdm_desktop.bundle.fingerprint import fingerprint
from kdm_desktop.bundle.identity import CentreIdentity, export_card
from kdm_desktop.domain.statistics.districts import district_list
from kdm_desktop.domain.statistics.kdmstat import Activity, StatDocument, encode
from kdm_desktop.domain.statistics.periods import Period, year
from kdm_desktop.domain.statistics.publish import publish_by_district, publish_totals
from kdm_desktop.domain.statistics.tables import TABLES, Counts
from kdm_desktop.reports.statistics_pdf import render_report
from kdm_desktop.reports.statistics_tables import render_xlsx, write_csv_dir
from kdm_desktop.services.casefile import create_case_file, open_session
from kdm_desktop.services.demo import DEMO_CENTRE
from kdm_desktop.services.demo_cases import fill_demo_cases
from kdm_desktop.services.statistics import StatisticsService
from kdm_desktop.services.statistics_exchange import StatisticsExchange
from kdm_desktop.services.statistics_report import ReportService
from kdm_desktop.services.trust import TrustService, own_identity

PASSWORD = "bench-parola-2026"


def timed(label: str, fn, repeat: int = 1):  # type: ignore[no-untyped-def]
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    times.sort()
    print(f"{label}: {times[len(times) // 2] * 1000:.0f} ms (median of {repeat})", flush=True)
    return result


def bench_year(root: Path, cases: int) -> None:
    created = create_case_file(
        root / "big", centre=DEMO_CENTRE, admin_username="yonetici", admin_password=PASSWORD
    )
    session = created.session
    t0 = time.perf_counter()
    fill_demo_cases(session, cases, seed=2026)
    print(f"filled {cases} demo cases in {time.perf_counter() - t0:.1f} s", flush=True)
    today = session.now().date()
    period = Period(today.replace(year=today.year - 1), today)
    stats = StatisticsService(session)
    # Published outputs only for a release period: the last calendar year.
    stats.set_release_unit("yil")
    published = year(today.year - 1)
    counts = timed(
        "exact statistics, one year of a 50,000-case file", lambda: stats.exact(period), 3
    )
    print(f"  new applications in the year: {counts.total('ozet', 'yeni_basvuru')}")
    timed(
        "publish (suppress) the centre's tables, totals",
        lambda: publish_totals(counts, 5),
        3,
    )
    timed(
        "publish (suppress) the centre's tables by district",
        lambda: publish_by_district(counts, district_list(), 5),
        3,
    )
    timed(
        "cross table age band × violence type by district (published)",
        lambda: stats.cross(published, "yas_grubu", "siddet_turu", 5, by_district=True),
        3,
    )
    timed("own report as PDF", lambda: render_report(ReportService(session).own(published, 5)), 1)
    session.close()


def _random_counts(rng: random.Random, home: str, keys: list[str]) -> Counts:
    counts = Counts()
    for table in TABLES:
        for d in keys:
            weight = 200 if d == home else rng.choice((0, 0, 1, 3, 8))
            for cat in [c for c, _ in table.categories]:
                n = int(rng.expovariate(1 / max(1, weight / len(table.keys()) + 0.5)))
                counts.add(table.key, d, cat, n)
    return counts


def bench_province(root: Path, centres: int) -> None:
    coordinator = create_case_file(
        root / "coord",
        centre=dataclasses.replace(DEMO_CENTRE, code="IZMKOOR", name="İzmir Kadın Koordinasyonu"),
        admin_username="yonetici",
        admin_password=PASSWORD,
    )
    coord = coordinator.session
    recipient = own_identity(coord).card.encryption_public
    districts = district_list()
    keys = list(districts.keys())
    rng = random.Random(30)
    period = year(2026)
    StatisticsService(coord).set_release_unit("yil")  # the report is yearly
    files = []
    from kdm_desktop.bundle.envelope import write_envelope

    t0 = time.perf_counter()
    for n in range(centres):
        district = districts.districts[n % len(districts.districts)]
        ident = CentreIdentity.generate(
            name=f"{district.name} Belediyesi KDM", code=f"K{n:02d}", created="2026-01-01T00:00:00Z"
        )
        card = export_card(ident)
        TrustService(coord).import_card(card, fingerprint(ident.card))
        doc = StatDocument(
            ident.card.code,
            ident.card.name,
            district.name,
            period,
            "2026-12-31T10:00:00+03:00",
            districts.province_key,
            districts.version,
            False,
            None,
            _random_counts(rng, district.key, keys),
            activities=[
                Activity(period.start, "seminer", "Şiddetsiz yaşam semineri", "Kadınlar", 40, ())
            ],
        )
        payload = encode(doc)
        path = root / f"k{n:02d}.kdmstat"
        import io

        write_envelope(
            path, ident, [recipient], io.BytesIO(payload), sequence=1, payload_size=len(payload)
        )
        files.append(path)
    print(f"wrote {centres} signed, encrypted .kdmstat files in {time.perf_counter() - t0:.1f} s")
    exchange = StatisticsExchange(coord)
    t0 = time.perf_counter()
    for path in files:
        exchange.import_file(path)
    print(
        f"import {centres} files (verify, decrypt, parse, store): "
        f"{(time.perf_counter() - t0) * 1000:.0f} ms",
        flush=True,
    )
    report = timed(
        f"province report, {centres} centres merged and suppressed",
        lambda: ReportService(coord).build(period, 5),
        3,
    )
    pdf = timed("report PDF", lambda: render_report(report), 1)
    print(f"  PDF: {len(pdf) // 1024} KiB")
    timed("report XLSX", lambda: render_xlsx(report), 1)
    timed("report CSV files", lambda: write_csv_dir(report, root / "csv"), 1)
    hidden = sum(t.hidden_count() for t in report.tables)
    cells = sum(len(t.result.states) for t in report.tables)
    print(f"  cells hidden in the merged tables: {hidden} of {cells}")
    coord.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--centres", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kdm-bench-stats-") as tmp:
        root = Path(tmp)
        bench_province(root, args.centres)
        bench_year(root, args.cases)
    return 0


if __name__ == "__main__":
    sys.exit(main())

_ = open_session
