"""Memory and time of bundle export/import and of the audit check, as the data grows.

    .venv/bin/python bench/bench_transfer_io.py [--sizes 1000,10000,50000]
        [--attachments-mb 1024] [--audit-rows 1000000] [--only transfers,files,audit]

Every figure comes from a fresh child process (so one run's memory does not hide
another's): the wall time of the operation itself and the child's peak RSS
(`getrusage`, which includes the ~60 MB of an interpreter with the app imported).

* transfers: export N cases (demo cases with notes, services and consents) from a
  centre holding max(sizes) cases; import each bundle into a fresh copy of an empty
  receiving centre; preview the largest. A size above the import limit must be
  refused by the export, up front.
* files: a bundle carrying about `--attachments-mb` of attachments (8 MiB files):
  export, preview, import, the import ÷ export ratio and the receiving file's size.
* audit: `kdm check` and `kdm audit verify` as whole processes on a case file with
  `--audit-rows` audit entries (peak RSS from `wait4`).

Inputs are built once and cached under bench/out/ (the 50,000-case sender and the
1 GB file take a few minutes the first time). Figures only, no assertions.
Targets (issue 18): export and import peak RSS ≤ 200 MB, flat in the number of
cases and with 1 GB of attachments; import ÷ export ≤ 1.5× for 1 GB; check and audit
verify ≤ 150 MB, flat at 1M rows.
"""

from __future__ import annotations

import os

os.environ.setdefault("KDM_INSECURE_FAST_KDF", "1")  # setup cost only; not measured

import argparse
import io
import json
import resource
import secrets
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

PASSWORD = "bench-parola-2026"
ADMIN = "yonetici"
FILE_MIB = 8
FILES_PER_CASE = 4


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_now_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def written_mb() -> float:
    """Bytes this process has written (write calls, `/proc/self/io` wchar), in MB."""
    try:
        with open("/proc/self/io", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("wchar:"):
                    return int(line.split()[1]) / 1e6
    except OSError:
        pass
    return float("nan")


class Work:
    """Wall time, CPU time (all threads, and the calling thread) and bytes written."""

    def __init__(self) -> None:
        self._t = time.perf_counter()
        self._cpu = time.process_time()
        self._main = time.thread_time()
        self._w = written_mb()

    def into(self, out: dict[str, Any]) -> None:
        out["seconds"] = time.perf_counter() - self._t
        out["cpu_s"] = time.process_time() - self._cpu
        out["main_cpu_s"] = time.thread_time() - self._main
        out["written_mb"] = written_mb() - self._w


def dir_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file()) / 1e6


# --------------------------------------------------------------------------- building


def build_transfers(root: Path, cases: int, attachments_mb: int, seed: int) -> None:
    """Sender NRL (demo cases + cases with attachments), empty receiver KDZ, keys exchanged."""
    import dataclasses

    from kdm_desktop.domain.cases.choices import AttachmentKind, ConsentPurpose
    from kdm_desktop.domain.cases.consent import ConsentGrant, ConsentRecord
    from kdm_desktop.domain.cases.draft import CaseDraft
    from kdm_desktop.services.attachments import AttachmentService
    from kdm_desktop.services.casefile import create_case_file
    from kdm_desktop.services.cases import CaseService
    from kdm_desktop.services.clock import now_istanbul
    from kdm_desktop.services.demo import DEMO_CENTRE
    from kdm_desktop.services.demo_cases import fill_demo_cases
    from kdm_desktop.services.trust import TrustService
    from kdm_desktop.storage.case_details_repo import ConsentRepository

    t0 = time.perf_counter()
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    sender = create_case_file(
        root / "sender",
        centre=dataclasses.replace(DEMO_CENTRE, code="NRL", name="Nilüfer KDM"),
        admin_username=ADMIN,
        admin_password=PASSWORD,
    ).session
    receiver = create_case_file(
        root / "receiver",
        centre=dataclasses.replace(DEMO_CENTRE, code="KDZ", name="Kadıköy KDM"),
        admin_username=ADMIN,
        admin_password=PASSWORD,
    ).session
    ta, tb = TrustService(sender), TrustService(receiver)
    ta.import_card(tb.own_card(), tb.own_fingerprint())
    tb.import_card(ta.own_card(), ta.own_fingerprint())
    receiver.close()

    fill_demo_cases(sender, cases, seed)
    conn = sender.db.conn
    ids = [str(r[0]) for r in conn.execute("SELECT id FROM cases ORDER BY case_number")]
    today = now_istanbul().date()
    with sender.db.transaction() as tx:
        consents = ConsentRepository(tx)
        for case_id in ids:
            have = {c.purpose for c in consents.for_case(case_id)}
            for purpose in (ConsentPurpose.PROCESSING, ConsentPurpose.SHARE_WITH_CENTRES):
                if purpose not in have:
                    consents.add(
                        ConsentRecord(
                            str(uuid.uuid4()),
                            case_id,
                            purpose,
                            None,
                            today,
                            ADMIN,
                            sender.timestamp(),
                        )
                    )
    files: list[str] = []
    grant = ConsentGrant(processing=True, share_with_centres=True, date=today)
    per_case = FILE_MIB * FILES_PER_CASE
    for i in range(max(1, attachments_mb // per_case)):
        ref = CaseService(sender).create(
            CaseDraft(
                first_name="Şükran",
                last_name="Ekli-" + "abcçdefgğh"[i % 10] + "abcçdefgğh"[i // 10 % 10],
                reason="Belgeler",
            ),
            consent=grant,
        )
        for j in range(FILES_PER_CASE):
            blob = b"%PDF-1.4\n" + secrets.token_bytes(FILE_MIB * 1024 * 1024 - 9)
            AttachmentService(sender).add(
                ref.id, io.BytesIO(blob), f"belge-{j}.pdf", AttachmentKind.COURT_PAPER
            )
        files.append(ref.id)
    sender.close()
    (root / "ids.json").write_text(json.dumps({"cases": ids, "files": files}))
    print(
        f"built {cases:,} cases and {len(files) * per_case} MiB of attachments "
        f"in {time.perf_counter() - t0:.0f} s (sender file {dir_mb(root / 'sender'):.0f} MB)",
        flush=True,
    )


def build_audit(root: Path, rows: int) -> None:
    from kdm_desktop.services.casefile import create_case_file
    from kdm_desktop.services.demo import DEMO_CENTRE
    from kdm_desktop.storage.audit_repo import AuditRepository

    t0 = time.perf_counter()
    shutil.rmtree(root, ignore_errors=True)
    session = create_case_file(
        root, centre=DEMO_CENTRE, admin_username=ADMIN, admin_password=PASSWORD
    ).session
    have = session.db.count("audit_log")
    ts = session.timestamp()
    done = have
    while done < rows:
        with session.db.transaction() as tx:
            repo = AuditRepository(tx, session.casefile_id)
            for _ in range(min(50_000, rows - done)):
                # What a day at the desk writes most: searches and case views.
                done += 1
                repo.append(
                    ts=ts,
                    username="sosyal",
                    action="view" if done % 3 else "search",
                    object_type="case",
                    object_id=f"{done:08d}-0000-4000-8000-000000000000",
                    detail="q=" + "ab12" * 8 if done % 3 == 0 else "",
                )
    session.close()
    print(f"built {rows:,} audit rows in {time.perf_counter() - t0:.0f} s", flush=True)


# --------------------------------------------------------------------------- children


def child(op: str, args: argparse.Namespace) -> dict[str, Any]:
    from kdm_desktop.errors import KdmError
    from kdm_desktop.services.casefile import open_session
    from kdm_desktop.services.transfers import TransferService

    root: Path = args.data
    ids = json.loads((root / "ids.json").read_text())
    out: dict[str, Any] = {}
    if op == "export":
        refs = ids["files"] if args.set == "files" else ids["cases"][: args.n]
        with open_session(root / "sender", ADMIN, PASSWORD) as s:
            out["base_rss_mb"] = rss_now_mb()
            meter = Work()
            try:
                result = TransferService(s).export("KDZ", refs, args.bundle, overwrite=True)
                out["size_mb"] = result.size / 1e6
            except KdmError as exc:
                out["refused"] = f"{exc.key} (exit {exc.exit_code}): {exc.message}"
            except Exception as exc:  # the old code let some of these through
                out["failed"] = f"{type(exc).__name__}: {str(exc)[:80]}"
            meter.into(out)
    else:
        work = root / "work-receiver"
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(root / "receiver", work)
        with open_session(work, ADMIN, PASSWORD) as s:
            out["base_rss_mb"] = rss_now_mb()
            meter = Work()
            try:
                if op == "preview":
                    TransferService(s).preview(args.bundle)
                else:
                    TransferService(s).import_bundle(args.bundle, confirmed=True)
            except KdmError as exc:
                out["refused"] = f"{exc.key}: {exc.message}"
            meter.into(out)
        out["file_mb"] = dir_mb(work)
        shutil.rmtree(work, ignore_errors=True)
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def run_child(
    op: str, data: Path, bundle: Path, n: int = 0, which: str = "cases"
) -> dict[str, Any]:
    argv = [sys.executable, __file__, "--child", op, "--data", str(data), "--bundle", str(bundle)]
    argv += ["--n", str(n), "--set", which]
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"failed": done.stderr.strip().splitlines()[-1] if done.stderr else "?"}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def cli_peak(data_dir: Path, *command: str) -> tuple[float, float, int]:
    """Seconds, peak RSS (MB) and exit code of one `kdm` process."""
    argv = [sys.executable, "-m", "kdm_desktop.cli.main", "--data-dir", str(data_dir)]
    argv += ["--user", ADMIN, "--password-stdin", *command]
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    )
    assert proc.stdin is not None
    proc.stdin.write((PASSWORD + "\n").encode())
    proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - t0, usage.ru_maxrss / 1024, proc.returncode


# --------------------------------------------------------------------------- report


def show(label: str, r: dict[str, Any]) -> None:
    if "failed" in r:
        print(f"  {label:<34} FAILED {r['failed']}")
        return
    extra = ""
    if "size_mb" in r:
        extra += f", bundle {r['size_mb']:.1f} MB"
    if "file_mb" in r:
        extra += f", receiving file {r['file_mb']:.0f} MB"
    if "cpu_s" in r:
        extra += (
            f"\n  {'':<34} CPU {r['cpu_s']:.2f} s (calling thread {r['main_cpu_s']:.2f} s),"
            f" written {r['written_mb']:,.0f} MB"
        )
    if "refused" in r:
        extra += f", refused: {r['refused']}"
    print(
        f"  {label:<34} {r['seconds']:7.2f} s   peak RSS {r['peak_rss_mb']:5.0f} MB"
        f" (at start {r['base_rss_mb']:.0f}){extra}",
        flush=True,
    )


def bench_transfers(cache: Path, sizes: list[int], attachments_mb: int, seed: int) -> None:
    root = cache / f"xfer-{max(sizes)}-{attachments_mb}"
    if not (root / "ids.json").exists():
        build = [sys.executable, __file__, "--build", str(root), "--n", str(max(sizes))]
        build += ["--attachments-mb", str(attachments_mb), "--seed", str(seed)]
        subprocess.run(build, check=True)
    bundle = root / "bench.kdmb"
    print(f"\ntransfers ({max(sizes):,}-case sending file)")
    for n in sizes:
        exported = run_child("export", root, bundle, n)
        show(f"export {n:,} cases", exported)
        if "size_mb" in exported:
            show(f"import {n:,} cases", run_child("import", root, bundle))
            if n == max(s for s in sizes if s <= 10_000):
                show(f"preview {n:,} cases", run_child("preview", root, bundle))
    return_files(root, bundle, attachments_mb)
    bundle.unlink(missing_ok=True)


def return_files(root: Path, bundle: Path, attachments_mb: int) -> None:
    print(f"\nattachments (about {attachments_mb} MiB in {FILE_MIB} MiB files)")
    exported = run_child("export", root, bundle, 0, "files")
    show("export", exported)
    if "size_mb" not in exported:
        return
    preview = run_child("preview", root, bundle)
    show("preview", preview)
    imported = run_child("import", root, bundle)
    show("import", imported)
    if "seconds" in imported:
        ratio = imported["seconds"] / exported["seconds"]
        print(f"  import ÷ export: {ratio:.2f}×  (target ≤ 1.5×)")
        if "main_cpu_s" in imported and "main_cpu_s" in exported:
            # Steadier than wall time on a busy machine: the CPU of the thread that
            # does the work (the import decrypts ahead on a second one).
            cpu = imported["main_cpu_s"] / max(exported["main_cpu_s"], 1e-9)
            print(f"  import ÷ export, CPU of the calling thread: {cpu:.2f}×")


def bench_audit(cache: Path, rows: list[int]) -> None:
    print("\naudit chain (whole `kdm` processes)")
    for n in rows:
        data = cache / f"audit-{n}"
        if not (data / "casefile.kdm").exists():
            subprocess.run([sys.executable, __file__, "--build-audit", str(data), "--n", str(n)])
        for command in (("check",), ("audit", "verify")):
            seconds, peak, code = cli_peak(data, *command)
            name = f"kdm {' '.join(command)}, {n:,} rows"
            print(f"  {name:<34} {seconds:7.2f} s   peak RSS {peak:5.0f} MB   exit {code}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--attachments-mb", type=int, default=1024)
    parser.add_argument("--audit-rows", default="100000,1000000")
    parser.add_argument("--only", default="transfers,audit")
    parser.add_argument("--cache", type=Path, default=HERE / "out")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--build-audit", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--bundle", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--set", default="cases", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args)))
        return 0
    if args.build:
        build_transfers(args.build, args.n, args.attachments_mb, args.seed)
        return 0
    if args.build_audit:
        build_audit(args.build_audit, args.n)
        return 0
    only = set(args.only.split(","))
    args.cache.mkdir(parents=True, exist_ok=True)
    if "transfers" in only:
        sizes = [int(s) for s in args.sizes.split(",")]
        bench_transfers(args.cache, sizes, args.attachments_mb, args.seed)
    if "audit" in only:
        bench_audit(args.cache, [int(s) for s in args.audit_rows.split(",")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
