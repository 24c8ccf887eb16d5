"""The README's two commands without `make`, for Windows (and anywhere):

    py tools\\dev.py run      # venv, install, translations, demo case file, open the app
    py tools\\dev.py test     # venv, install, lint, type check, the whole test suite

also `screenshots`, `bench`, `package`. Uses `.venv\\Scripts` on Windows and
`.venv/bin` elsewhere; does the same steps as the Makefile.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
TS = ROOT / "translations" / "kdm_desktop_tr.ts"
QM = ROOT / "src" / "kdm_desktop" / "resources" / "translations" / "kdm_desktop_tr.qm"


def sh(*argv: object, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(a) for a in argv), flush=True)
    subprocess.run([str(a) for a in argv], cwd=ROOT, check=True, env=env)


def install() -> None:
    pyproject = ROOT / "pyproject.toml"
    if STAMP.exists() and STAMP.stat().st_mtime >= pyproject.stat().st_mtime:
        return
    if not PY.exists():
        sh(sys.executable, "-m", "venv", VENV)
    sh(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    sh(PY, "-m", "pip", "install", "--quiet", "-e", ".[dev]")
    STAMP.touch()


def translations() -> None:
    install()
    if QM.exists() and QM.stat().st_mtime >= TS.stat().st_mtime:
        return
    QM.parent.mkdir(parents=True, exist_ok=True)
    import_tool = "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent)"
    folder = subprocess.run([PY, "-c", import_tool], capture_output=True, text=True, check=True)
    tool = Path(folder.stdout.strip()) / ("lrelease.exe" if os.name == "nt" else "lrelease")
    sh(tool, "-silent", TS, "-qm", QM)


def demo_dir() -> Path:
    code = (
        "import os, platformdirs; "
        "print(os.path.join(platformdirs.user_data_dir('kdm-desktop', appauthor=False), 'demo'))"
    )
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True)
    return Path(out.stdout.strip())


def run() -> None:
    translations()
    demo = demo_dir()
    kdm = BIN / ("kdm.exe" if os.name == "nt" else "kdm")
    if not (demo / "casefile.kdm").exists():
        sh(kdm, "--data-dir", demo, "demo")
    gui = BIN / ("kdm-desktop.exe" if os.name == "nt" else "kdm-desktop")
    sh(gui, "--data-dir", demo, "--demo")


def test() -> None:
    translations()
    sh(PY, "-m", "ruff", "check", "src", "tests", "bench", "packaging", "tools")
    sh(PY, "-m", "ruff", "format", "--check", "src", "tests", "bench", "packaging", "tools")
    sh(PY, "-m", "mypy")
    sh(PY, "-m", "pytest", "-q", "-n", "auto", "--dist", "loadfile", "--no-loadscope-reorder")


def screenshots() -> None:
    translations()
    sh(
        PY,
        "-m",
        "kdm_desktop.ui.screenshots",
        "docs/screenshots",
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def bench() -> None:
    install()
    sh(PY, "bench/run_all.py")


def package() -> None:
    translations()
    sh(PY, "packaging/build.py", *sys.argv[2:])


COMMANDS = {f.__name__: f for f in (run, test, screenshots, bench, package)}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    COMMANDS[sys.argv[1]]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
