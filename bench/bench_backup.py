"""Backup of a large case file: 50,000 cases and 1 GB of attachments.

    .venv/bin/python bench/bench_backup.py [--cases 50000] [--attachments-mb 1024]

The case file is built in child processes; the backup (snapshot, write, read back,
decrypt-check) and a verification are timed in a fresh process, whose peak RSS is
reported. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
PASSWORD = "bench-parola-2026"
CHUNK_MB = 48  # under the 50 MB attachment limit


def add_attachments(data_dir: Path, total_mb: int) -> None:
    from kdm_desktop.domain.cases.choices import AttachmentKind
    from kdm_desktop.services.attachments import AttachmentService
    from kdm_desktop.services.casefile import open_session
    from kdm_desktop.services.cases import CaseService

    with open_session(data_dir, "yonetici", PASSWORD) as s:
        rows = CaseService(s).page(limit=total_mb // CHUNK_MB + 1)
        service = AttachmentService(s)
        left = total_mb
        for i, row in enumerate(rows):
            if left <= 0:
                break
            size = min(CHUNK_MB, left) * 1024 * 1024
            # Random bytes behind a PDF signature: incompressible, like scans.
            body = b"%PDF-1.4\n" + os.urandom(size - 9)
            service.add(
                row.id, io.BytesIO(body), f"tarama-{i:03d}.pdf", AttachmentKind.SCANNED_DOCUMENT
            )
            left -= CHUNK_MB


def run_backup(data_dir: Path, target: Path) -> None:
    from kdm_desktop.services.backup import BackupService, Credentials, verify_backup
    from kdm_desktop.services.casefile import open_session

    with open_session(data_dir, "yonetici", PASSWORD) as s:
        t0 = time.perf_counter()
        result = BackupService(s).create(target)
        backup_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    verify_backup(result.path, Credentials("yonetici", PASSWORD), work_near=data_dir.parent)
    verify_s = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size_mb = result.path.stat().st_size / 1e6
    db_mb = (data_dir / "casefile.kdm").stat().st_size / 1e6
    print(f"case file {db_mb:,.0f} MB -> backup {size_mb:,.0f} MB")
    print(
        f"backup create (snapshot + write + fsync + read-back check): {backup_s:.1f} s "
        f"({size_mb / backup_s:,.0f} MB/s)"
    )
    print(f"backup verify with a password (Argon2id + hashes + decrypt-check): {verify_s:.1f} s")
    print(f"peak RSS of the backing-up process: {peak:.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--attachments-mb", type=int, default=1024)
    parser.add_argument("--step", choices=("attach", "backup"))
    parser.add_argument("--dir")
    args = parser.parse_args()
    if args.step == "attach":
        add_attachments(Path(args.dir), args.attachments_mb)
        return 0
    if args.step == "backup":
        run_backup(Path(args.dir), Path(args.dir).parent / "usb")
        return 0
    os.environ.pop("KDM_INSECURE_FAST_KDF", None)
    with tempfile.TemporaryDirectory(prefix="kdm-bench-backup-") as tmp:
        data_dir = Path(tmp) / "case"
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, str(HERE / "bench_cases.py"), "--build-only", str(data_dir),
             "--cases", str(args.cases)],
            check=True, capture_output=True,
        )  # fmt: skip
        print(f"built {args.cases:,} cases in {time.perf_counter() - t0:.0f} s", flush=True)
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, __file__, "--step", "attach", "--dir", str(data_dir),
             "--attachments-mb", str(args.attachments_mb)],
            check=True,
        )  # fmt: skip
        print(
            f"added {args.attachments_mb} MB of attachments in {time.perf_counter() - t0:.0f} s",
            flush=True,
        )
        subprocess.run(
            [sys.executable, __file__, "--step", "backup", "--dir", str(data_dir)], check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
