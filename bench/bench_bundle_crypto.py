"""Bundle crypto throughput: our age implementation against the `age` command, in one run.

    .venv/bin/python bench/bench_bundle_crypto.py [MEGABYTES]     (default 500)

Generates the payload in chunks into a temp folder under the system temp dir and
streams every step, so memory use stays flat; the folder is deleted at the end.
Both sides encrypt the same plaintext and decrypt the same age file (the one the
`age` command wrote). Each step runs five times, alternating which side goes
first, and the fastest run counts; file outputs are deleted after every run so the
page cache's write-back does not penalise whoever runs second. Rows marked
"-> null" write to /dev/null: crypto and reading only.

Prints figures; asserts nothing about speed (timed assertions are flaky on shared
machines). Without the `age` command, only our figures are printed. Also times a
whole signed bundle: write (encrypt, sign, fsync, read-back check), verify, open.
"""

from __future__ import annotations

import hashlib
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from kdm_desktop.bundle import age
from kdm_desktop.bundle.envelope import (
    VerifiedSender,
    open_envelope,
    verify_envelope,
    write_envelope,
)
from kdm_desktop.bundle.identity import CentreIdentity

MB = 1_000_000
BLOCK = 1 << 20
Step = Callable[[], None]


def _maxrss_mb(who: int) -> float:
    rss = resource.getrusage(who).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return rss / MB if sys.platform == "darwin" else rss * 1024 / MB


def _generate(path: Path, size: int) -> str:
    block = random.Random(2026).randbytes(BLOCK)
    digest = hashlib.sha256()
    with open(path, "wb") as fh:
        left, counter = size, 0
        while left:
            # Vary each block so no layer can shortcut repeated data.
            piece = (counter.to_bytes(8, "big") + block[8:])[: min(BLOCK, left)]
            fh.write(piece)
            digest.update(piece)
            left -= len(piece)
            counter += 1
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _ours_encrypt(recipient: bytes, src: Path, dst: Path) -> Step:
    def run() -> None:
        with open(src, "rb") as s, open(dst, "wb") as d:
            age.encrypt([recipient], s, d)

    return run


def _ours_decrypt(identity: bytes, src: Path, dst: Path) -> Step:
    def run() -> None:
        with open(src, "rb") as s, open(dst, "wb") as d:
            age.decrypt([identity], s, d)

    return run


def _cli(*args: str) -> Step:
    def run() -> None:
        subprocess.run(list(args), check=True, capture_output=True)

    return run


def _race(ours: Step, theirs: Step | None, outputs: list[Path]) -> tuple[float, float | None]:
    best: dict[str, float] = {}
    for round_ in range(5):
        order: list[tuple[str, Step | None]] = [("ours", ours), ("theirs", theirs)]
        if round_ % 2:
            order.reverse()
        for name, step in order:
            if step is None:
                continue
            start = time.perf_counter()
            step()
            elapsed = time.perf_counter() - start
            best[name] = min(best.get(name, elapsed), elapsed)
            for out in outputs:
                out.unlink(missing_ok=True)
    return best["ours"], best.get("theirs")


def _row(what: str, size: int, ours: float, theirs: float | None) -> None:
    mine = size / MB / ours
    if theirs is None:
        print(f"{what:<16} ours {mine:7.1f} MB/s   age: not installed")
        return
    other = size / MB / theirs
    print(
        f"{what:<16} ours {mine:7.1f} MB/s   age {other:7.1f} MB/s   ours/age {mine / other:5.2f}x"
    )


def main() -> None:
    size = int(sys.argv[1]) * MB if len(sys.argv) > 1 else 500 * MB
    age_cli = shutil.which("age")
    baseline_rss = _maxrss_mb(resource.RUSAGE_SELF)
    key = CentreIdentity.generate(name="Bench", code="BNC", created=datetime.now(UTC))
    identity, recipient = key.encryption_private, key.card.encryption_public
    print(
        f"payload {size / MB:.0f} MB, Python {sys.version.split()[0]}, age: {age_cli or 'absent'}"
    )

    with tempfile.TemporaryDirectory(prefix="kdm-bench-") as tmp:
        root = Path(tmp)
        plain = root / "plain.bin"
        expected = _generate(plain, size)
        keyfile = root / "key.txt"
        keyfile.write_text(age.encode_identity(identity) + "\n")
        keyfile.chmod(0o600)
        rcpt = age.encode_recipient(recipient)
        null = Path(os.devnull)

        # Reference files: ours.age, and cli.age when the command exists.
        _ours_encrypt(recipient, plain, root / "ours.age")()
        source = root / "ours.age"
        if age_cli:
            _cli(age_cli, "-r", rcpt, "-o", str(root / "cli.age"), str(plain))()
            source = root / "cli.age"
        # Correctness on the big file, both ways.
        check = root / "check.out"
        _ours_decrypt(identity, source, check)()
        assert _sha256(check) == expected
        if age_cli:
            _cli(age_cli, "-d", "-i", str(keyfile), "-o", str(check), str(root / "ours.age"))()
            assert _sha256(check) == expected
        check.unlink()

        enc_out, dec_out = root / "enc.out", root / "dec.out"
        cli: dict[str, Step | None] = dict.fromkeys(("enc", "dec", "enc_null", "dec_null"))
        if age_cli:
            cli["enc"] = _cli(age_cli, "-r", rcpt, "-o", str(enc_out), str(plain))
            cli["dec"] = _cli(age_cli, "-d", "-i", str(keyfile), "-o", str(dec_out), str(source))
            cli["enc_null"] = _cli(age_cli, "-r", rcpt, "-o", os.devnull, str(plain))
            cli["dec_null"] = _cli(age_cli, "-d", "-i", str(keyfile), "-o", os.devnull, str(source))

        _row(
            "encrypt", size, *_race(_ours_encrypt(recipient, plain, enc_out), cli["enc"], [enc_out])
        )
        _row(
            "decrypt", size, *_race(_ours_decrypt(identity, source, dec_out), cli["dec"], [dec_out])
        )
        _row(
            "encrypt -> null",
            size,
            *_race(_ours_encrypt(recipient, plain, null), cli["enc_null"], []),
        )
        _row(
            "decrypt -> null",
            size,
            *_race(_ours_decrypt(identity, source, null), cli["dec_null"], []),
        )
        for leftover in ("ours.age", "cli.age"):
            (root / leftover).unlink(missing_ok=True)

        # A whole signed bundle, as the app writes and imports it.
        bundle = root / "bench.kdmb"
        start = time.perf_counter()
        with open(plain, "rb") as src:
            write_envelope(bundle, key, [recipient], src, sequence=1)
        write_s = time.perf_counter() - start
        start = time.perf_counter()
        verified = verify_envelope(bundle, lambda k: VerifiedSender(key.card))
        verify_s = time.perf_counter() - start
        staged = root / "bundle.out"
        start = time.perf_counter()
        with open(staged, "wb") as staging:
            open_envelope(verified, [identity], staging)
        open_s = time.perf_counter() - start
        assert _sha256(staged) == expected
        print(
            f"bundle           write {size / MB / write_s:6.1f} MB/s"
            f" (encrypt, sign, fsync, read-back verify)   verify {size / MB / verify_s:6.1f} MB/s"
            f"   open {size / MB / open_s:6.1f} MB/s (decrypt + re-hash)"
        )

    children = f"   age command {_maxrss_mb(resource.RUSAGE_CHILDREN):.0f} MB" if age_cli else ""
    print(
        f"peak RSS         ours {_maxrss_mb(resource.RUSAGE_SELF):.0f} MB"
        f" (of which interpreter and imports: {baseline_rss:.0f} MB){children}"
    )


if __name__ == "__main__":
    os.umask(0o077)
    main()
