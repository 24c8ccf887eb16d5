"""Rendering one referral letter: the composed content to PDF bytes, and the full make().

    .venv/bin/python bench/bench_letters.py [--runs 30]

Prints the median and worst time of `render_letter` (target ≤ 100 ms) and of
`LetterService.make` (consent check, numbering, render, store, audit). Asserts nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("KDM_INSECURE_FAST_KDF", "1")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs

    from kdm_desktop.domain.cases.choices import RecipientKind
    from kdm_desktop.domain.cases.consent import ConsentGrant
    from kdm_desktop.domain.cases.draft import CaseDraft
    from kdm_desktop.domain.centre import CentreInfo
    from kdm_desktop.reports.letter_pdf import render_letter
    from kdm_desktop.services.casefile import create_case_file
    from kdm_desktop.services.cases import CaseService
    from kdm_desktop.services.letters import LetterService

    centre = CentreInfo(name="Deneme Kadın Danışma Merkezi", code="DNM", phone="+90 232 000 00 00")
    with tempfile.TemporaryDirectory() as tmp:
        s = create_case_file(
            Path(tmp) / "data",
            centre=centre,
            admin_username="yonetici",
            admin_password="bench-parola-2026",
        ).session
        with s:
            day = datetime.date(2026, 1, 10)
            case_id = (
                CaseService(s)
                .create(
                    CaseDraft(first_name="Işıl", last_name="Çağlayan", application_date=day),
                    consent=ConsentGrant(
                        processing=True, share_with=frozenset({RecipientKind.SONIM}), date=day
                    ),
                )
                .id
            )
            letters = LetterService(s)
            fields = {"reason": "Barınma ve hukuki destek gerekiyor.", "reference": "Görüşme"}
            # The preview's number is provisional and never printed; render it as made.
            preview = letters.preview(case_id, "sonim-sevk", fields)
            content = dataclasses.replace(preview, number_provisional=False)
            render_letter(content)  # fonts registered once per process
            shown = []
            for _ in range(runs):
                t = time.perf_counter()
                letters.preview(case_id, "sonim-sevk", fields)
                shown.append((time.perf_counter() - t) * 1000)
            render = []
            for _ in range(runs):
                t = time.perf_counter()
                render_letter(content)
                render.append((time.perf_counter() - t) * 1000)
            make = []
            for _ in range(runs):
                t = time.perf_counter()
                letters.make(case_id, "sonim-sevk", fields)
                make.append((time.perf_counter() - t) * 1000)
    print(
        f"LetterService.preview: median {statistics.median(shown):.1f} ms, "
        f"worst {max(shown):.1f} ms"
    )
    print(f"render_letter: median {statistics.median(render):.1f} ms, worst {max(render):.1f} ms")
    print(f"LetterService.make: median {statistics.median(make):.1f} ms, worst {max(make):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
