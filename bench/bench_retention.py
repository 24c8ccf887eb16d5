"""Benchmark: a destruction run over many closed cases (anonymise, cascade-delete,
FTS optimize, checkpoint, VACUUM) on a case file with open cases alongside.

    python bench/bench_retention.py [CLOSED] [OPEN]

Prints the due-list time, the run time and the file size before and after.
"""

from __future__ import annotations

import datetime
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("KDM_INSECURE_FAST_KDF", "1")

from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason, NoteKind
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.services.case_notes import NoteService
from kdm_desktop.services.casefile import create_case_file, open_session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.clock import ISTANBUL
from kdm_desktop.services.retention import RetentionService

FIRST = ("Ayşe", "Gülşen", "Hülya", "Şükran", "Nermin", "Çiğdem", "Işıl", "Özlem")
LAST = ("Yılmaz", "Kaya", "Öztürk", "Çelik", "Şahin", "Doğan", "Aydın", "Güneş")


def _at(y: int, m: int, d: int) -> datetime.datetime:
    return datetime.datetime(y, m, d, 10, 0, tzinfo=ISTANBUL)


def main() -> int:
    closed = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    open_ = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        centre = CentreInfo(name="Deneme Kadın Danışma Merkezi", code="DNM")
        create_case_file(
            data, centre=centre, admin_username="yonetici", admin_password="Gizli-Parola-2026"
        ).session.close()
        t0 = time.perf_counter()
        for batch, (applied, closing) in enumerate(
            ((_at(2012, 3, 1), _at(2013, 3, 1)), (_at(2025, 3, 1), None))
        ):
            count = closed if batch == 0 else open_
            with open_session(data, "yonetici", "Gizli-Parola-2026", now=lambda a=applied: a) as s:
                cases, notes = CaseService(s), NoteService(s)
                ids = []
                for i in range(count):
                    ref = cases.create(
                        CaseDraft(
                            first_name=FIRST[i % 8],
                            last_name=LAST[(i // 8) % 8],
                            district="Buca",
                            application_date=applied.date(),
                        )
                    )
                    notes.add(ref.id, NoteKind.SOCIAL, "Görüşme notu " * 40)
                    ids.append(ref.id)
            if closing is not None:
                with open_session(
                    data, "yonetici", "Gizli-Parola-2026", now=lambda c=closing: c
                ) as s:
                    for case_id in ids:
                        CaseService(s).set_status(
                            case_id, CaseStatus.CLOSED, reason=ClosureReason.GOALS_MET
                        )
        setup = time.perf_counter() - t0
        before = (data / "casefile.kdm").stat().st_size
        with open_session(data, "yonetici", "Gizli-Parola-2026") as s:
            service = RetentionService(s)
            t1 = time.perf_counter()
            due = service.due()
            t2 = time.perf_counter()
            result = service.run()
            t3 = time.perf_counter()
        after = (data / "casefile.kdm").stat().st_size
        print(f"setup: {closed} closed + {open_} open cases with notes in {setup:.1f} s")
        print(f"due list: {len(due.items)} items in {(t2 - t1) * 1000:.0f} ms")
        print(
            f"run: {sum(i.count for i in result.destroyed.items)} cases destroyed, "
            f"{result.anonymised} anonymised, in {t3 - t2:.2f} s (incl. VACUUM)"
        )
        print(f"file: {before / 1e6:.2f} MB before, {after / 1e6:.2f} MB after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
