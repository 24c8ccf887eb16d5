"""Transfer bundles: export and import of 1,000 cases between two centres.

    .venv/bin/python bench/bench_transfers.py [--cases 1000]

Targets: export ≤ 5 s, import (verify, then decrypt and merge as it is read, commit) ≤ 10 s.
Memory and the 1 GB / 1M-row figures: bench_transfer_io.py.
Builds both case files in a temp folder (deleted at the end). Prints figures;
asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("KDM_INSECURE_FAST_KDF", "1")  # setup cost only; not measured

sys.path.insert(0, str(Path(__file__).parent.parent / "src"))

from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.services.casefile import create_case_file
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.clock import now_istanbul
from kdm_desktop.services.session import Session
from kdm_desktop.services.transfers import TransferService
from kdm_desktop.services.trust import TrustService

PASSWORD = "bench-parola-2026"
NAMES = ("Ayşe", "Fatma", "Zeynep", "Elif", "Hülya", "Gülşen", "Şükran", "İpek")
SURNAMES = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan")


def centre(root: Path, code: str) -> Session:
    info = CentreInfo(name=f"{code} Kadın Danışma Merkezi", code=code)
    return create_case_file(
        root / code, centre=info, admin_username="yonetici", admin_password=PASSWORD
    ).session


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kdm-bench-transfers-") as tmp:
        root = Path(tmp)
        a, b = centre(root, "NRL"), centre(root, "KDZ")
        ta, tb = TrustService(a), TrustService(b)
        ta.import_card(tb.own_card(), tb.own_fingerprint())
        tb.import_card(ta.own_card(), ta.own_fingerprint())
        grant = ConsentGrant(processing=True, share_with_centres=True, date=now_istanbul().date())
        cases = CaseService(a)
        start = time.perf_counter()
        refs = []
        for i in range(args.cases):
            draft = CaseDraft(
                first_name=NAMES[i % len(NAMES)],
                last_name=SURNAMES[i % len(SURNAMES)] + "-" + SURNAMES[(i // 7) % len(SURNAMES)],
                phone="0532 123 45 67",
                reason="Danışmanlık talebi " * 5,
            )
            refs.append(cases.create(draft, consent=grant).id)
        print(f"setup: {args.cases} cases in {time.perf_counter() - start:.1f} s")

        bundle = root / "aktarim.kdmb"
        start = time.perf_counter()
        result = TransferService(a).export("KDZ", refs, bundle)
        export_s = time.perf_counter() - start
        start = time.perf_counter()
        imported = TransferService(b).import_bundle(bundle, confirmed=True)
        import_s = time.perf_counter() - start
        assert len(imported.created) == args.cases
        # A second round: every case known, nothing changed (the merge path).
        TransferService(a).export("KDZ", refs, root / "again.kdmb")
        start = time.perf_counter()
        again = TransferService(b).import_bundle(root / "again.kdmb", confirmed=True)
        merge_s = time.perf_counter() - start
        assert len(again.unchanged) == args.cases
        print(f"bundle size:  {result.size / 1024:.0f} KiB for {args.cases} cases")
        print(f"export:       {export_s:.2f} s  (target ≤ 5 s)")
        print(f"import (new): {import_s:.2f} s  (target ≤ 10 s)")
        print(f"import (all known, unchanged): {merge_s:.2f} s")
        a.close()
        b.close()


if __name__ == "__main__":
    main()
