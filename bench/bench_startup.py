"""Start-up costs, each measured in fresh child processes (issue #18).

    .venv/bin/python bench/bench_startup.py [--runs 7] [--demo-cases 0] [--demo-only]

Prints median and best of:
- `kdm --help`, the whole process (target ≤ 150 ms);
- `kdm info` on a case file with the production Argon2id cost, the whole process
  (target ≤ 700 ms), next to Argon2id alone for comparison;
- the first referral letter in a fresh process, after login (target ≤ 60 ms),
  with the fonts prepared during login as `kdm letter make` does, and cold
  (nothing prepared); and the whole `kdm letter make` process;
- importing the window (`kdm_desktop.ui.app`), which loads no page;
- with `--demo-cases N`: demo generation per case (wall and CPU milliseconds, KiB
  read from the file) in ten slices as the file grows, and the last ÷ first ratio.

Bytecode is cached (in a temporary folder) as it is for an installed copy; the
first, compiling run is not counted. Asserts nothing; figures vary with the load
of the machine, so it prints the load average too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "bench-parola-2026"
USER = "yonetici"

_CREATE = r"""
import sys
from pathlib import Path
from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.services.casefile import create_case_file
centre = CentreInfo(name="Deneme Kadın Danışma Merkezi", code="DNM")
create_case_file(Path(sys.argv[1]), centre=centre, admin_username=sys.argv[2],
                 admin_password=sys.argv[3]).session.close()
"""

_ARGON2 = r"""
import time
from kdm_desktop.security.kdf import DEFAULT_PARAMS
t = time.perf_counter()
DEFAULT_PARAMS.derive("parola", b"0123456789abcdef")
print((time.perf_counter() - t) * 1000)
"""

_LETTER_SETUP = r"""
import datetime, sys
from pathlib import Path
from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.services.casefile import create_case_file
from kdm_desktop.services.cases import CaseService
centre = CentreInfo(name="Deneme Kadın Danışma Merkezi", code="DNM", phone="+90 232 000 00 00")
with create_case_file(Path(sys.argv[1]), centre=centre, admin_username=sys.argv[2],
                      admin_password=sys.argv[3]).session as s:
    day = datetime.date(2026, 1, 10)
    case = CaseService(s).create(
        CaseDraft(first_name="Işıl", last_name="Çağlayan", application_date=day),
        consent=ConsentGrant(processing=True, share_with=frozenset({RecipientKind.SONIM}),
                             date=day),
    )
    print(case.case_number)
"""

# The first make() after login, in this fresh process; "warm" starts the font
# thread before the login, as `kdm letter make` does.
_LETTER_FIRST = r"""
import json, sys, time
from pathlib import Path
from kdm_desktop.reports import fonts
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.letters import LetterService
data, user, password, ref, mode = sys.argv[1:6]
if mode == "warm" and hasattr(fonts, "register_fonts_in_background"):  # older copies lack it
    fonts.register_fonts_in_background()
fields = {"reason": "Barınma ve hukuki destek gerekiyor.", "reference": "Görüşme"}
with open_session(Path(data), user, password) as s:
    letters = LetterService(s)
    t0 = time.perf_counter()
    letters.make(ref, "sonim-sevk", fields)
    t1 = time.perf_counter()
    letters.make(ref, "sonim-sevk", fields)
    t2 = time.perf_counter()
print(json.dumps({"first": (t1 - t0) * 1000, "second": (t2 - t1) * 1000}))
"""

_WINDOW_IMPORT = r"""
import time
t = time.perf_counter()
import kdm_desktop.ui.app
print((time.perf_counter() - t) * 1000)
"""

_DEMO = r"""
import json, sys, time
from pathlib import Path
import kdm_desktop.services.demo_cases as demo_cases
from kdm_desktop.services.demo import create_demo

def read_kib():
    try:
        with open("/proc/self/io", encoding="ascii") as fh:
            return next(int(l.split()[1]) for l in fh if l.startswith("rchar:")) / 1024
    except (OSError, StopIteration):
        return 0.0

n, parts = int(sys.argv[2]), 10
marks = {max(1, n * i // parts) for i in range(parts + 1)} | {1, n}
stamps = []
made = demo_cases.synthetic_case
count = 0
def timed(*args, **kwargs):
    global count
    count += 1
    if count in marks:  # before case number `count` is made
        stamps.append((count - 1, time.perf_counter(), time.process_time(), read_kib()))
    return made(*args, **kwargs)
demo_cases.synthetic_case = timed
create_demo(Path(sys.argv[1]), cases=n, seed=2026)
rows = []
for (c0, w0, p0, r0), (c1, w1, p1, r1) in zip(stamps, stamps[1:]):
    k = max(1, c1 - c0)
    rows.append([c0, c1, (w1 - w0) * 1000 / k, (p1 - p0) * 1000 / k, (r1 - r0) / k])
print(json.dumps(rows))
"""


def _env(fast_kdf: bool, pycache: Path) -> dict[str, str]:
    env = dict(os.environ, KDM_LANG="tr", QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env.pop("KDM_PASSWORD", None)
    if fast_kdf:
        env["KDM_INSECURE_FAST_KDF"] = "1"
    else:
        env.pop("KDM_INSECURE_FAST_KDF", None)
    return env


def _kdm() -> list[str]:
    return [
        sys.executable,
        "-c",
        "import sys; from kdm_desktop.cli.main import main; sys.exit(main(sys.argv[1:]))",
    ]


def _wall(argv: list[str], env: dict[str, str], stdin: str = "") -> float:
    t = time.perf_counter()
    subprocess.run(argv, input=stdin, capture_output=True, text=True, env=env, check=True)
    return (time.perf_counter() - t) * 1000


def _out(argv: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(argv, capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip().splitlines()[-1]


def _line(label: str, values: list[float], target: str = "") -> None:
    extra = f"  (target {target})" if target else ""
    print(
        f"{label:<52} median {statistics.median(values):7.1f} ms, best {min(values):7.1f} ms{extra}"
    )


def _demo(root: Path, fast: dict[str, str], cases: int) -> None:
    demo = [sys.executable, "-c", _DEMO, str(root / "demo"), str(cases)]
    rows = json.loads(_out(demo, fast))
    print(f"demo generation, {cases:,} cases (per case, by size of the file)")
    print(f"  {'cases':>17}   {'wall ms':>8} {'CPU ms':>8} {'KiB read':>9}")
    for first, last, wall, cpu, kib in rows:
        print(f"  {first:>7,}–{last:<9,} {wall:8.3f} {cpu:8.3f} {kib:9.1f}")
    if len(rows) > 1:
        print(
            f"  last ÷ first slice: wall {rows[-1][2] / rows[0][2]:.2f}×,"
            f" CPU {rows[-1][3] / rows[0][3]:.2f}× (flat is 1×)"
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--demo-cases", type=int, default=0)
    parser.add_argument("--demo-only", action="store_true", help="only the demo generation")
    args = parser.parse_args()
    runs = max(1, args.runs)
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pycache = root / "pyc"
        fast, slow = _env(True, pycache), _env(False, pycache)
        if args.demo_only:
            _demo(root, fast, max(1, args.demo_cases))
            return 0
        kdm = _kdm()

        # Both files have the production Argon2id cost, as a centre's file has.
        prod = root / "prod"
        subprocess.run(
            [sys.executable, "-c", _CREATE, str(prod), USER, PASSWORD], env=slow, check=True
        )
        letters_dir = root / "letters"
        ref = _out([sys.executable, "-c", _LETTER_SETUP, str(letters_dir), USER, PASSWORD], slow)
        info = [*kdm, "--data-dir", str(prod), "--user", USER, "--password-stdin", "info"]
        pdf = root / "letter.pdf"
        make = [*kdm, "--data-dir", str(letters_dir), "--user", USER, "--password-stdin"]
        make += ["letter", "make", ref, "--template", "sonim-sevk", "-o", str(pdf)]
        make += ["--field", "reason=Barınma desteği", "--field", "reference=Görüşme"]
        window = [sys.executable, "-c", _WINDOW_IMPORT]
        for argv, env in (([*kdm, "--help"], fast), (info, slow), (window, fast)):
            _wall(argv, env, PASSWORD + "\n")  # compiles the bytecode once

        _line(
            "kdm --help (whole process)",
            [_wall([*kdm, "--help"], fast) for _ in range(runs)],
            "≤ 150 ms",
        )
        _line(
            "kdm info, production Argon2id (whole process)",
            [_wall(info, slow, PASSWORD + "\n") for _ in range(runs)],
            "≤ 700 ms",
        )
        _line(
            "  Argon2id alone (128 MiB, t=4, p=4)",
            [float(_out([sys.executable, "-c", _ARGON2], slow)) for _ in range(runs)],
        )
        for mode in ("warm", "cold"):
            firsts, seconds = [], []
            for _ in range(runs):
                argv = [
                    sys.executable,
                    "-c",
                    _LETTER_FIRST,
                    str(letters_dir),
                    USER,
                    PASSWORD,
                    ref,
                    mode,
                ]
                got = json.loads(_out(argv, slow))
                firsts.append(got["first"])
                seconds.append(got["second"])
            how = "fonts during login" if mode == "warm" else "nothing prepared"
            _line(
                f"first referral letter, fresh process ({how})",
                firsts,
                "≤ 60 ms" if mode == "warm" else "",
            )
            _line("  the second letter of that process", seconds)
        _line(
            "kdm letter make (whole process)",
            [_wall(make, slow, PASSWORD + "\n") for _ in range(runs)],
        )
        _line(
            "import the window (kdm_desktop.ui.app)",
            [float(_out(window, fast)) for _ in range(runs)],
        )

        if args.demo_cases > 0:
            _demo(root, fast, args.demo_cases)
    return 0


if __name__ == "__main__":
    sys.exit(main())
