"""The wheel is complete: built from the repository and installed into a clean venv,
the program speaks Turkish (the compiled .qm is inside), carries its fonts, data
and licence, and both the command line and the window work offscreen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

import kdm_desktop

# The first test also runs the module's build and install (its subprocess has its own, longer
# timeout); on a loaded machine that passed the suite-wide 300 s and pytest-timeout
# ended the whole worker ("node down"), not just this test.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "demo-parola-2026"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # A copy of the tracked files only: a stray .qm in the work tree must not hide a
    # build step that does not make one.
    tree = out / "src-tree"
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, files):
        rel = Path(name.decode())
        if rel.parts[0] in ("tests", "docs", "bench"):
            continue
        target = tree / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((ROOT / rel).read_bytes())
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(tree)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (built,) = out.glob("kdm_desktop-*.whl")
    return built


def test_wheel_carries_catalogue_fonts_data_and_licence(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kdm_desktop/resources/translations/kdm_desktop_tr.qm" in names
    assert "kdm_desktop/resources/fonts/DejaVuSans.ttf" in names
    assert "kdm_desktop/resources/data/letter_templates_v1.json" in names
    assert "kdm_desktop/resources/data/synthetic_v1.json" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert kdm_desktop.__version__ in wheel.name


def test_installed_wheel_runs_in_turkish(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    # A clean venv without pip of its own: this test's pip installs into it
    # (`pip --python`), which saves bootstrapping a second pip (issue #19). Byte-code
    # is compiled as modules load, not for every file of every dependency up front.
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    subprocess.run(
        [*pip, "install", "-q", "--no-compile", str(wheel)],
        check=True,
        capture_output=True,
        timeout=900,
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(KDM_LANG="tr", KDM_INSECURE_FAST_KDF="1", QT_QPA_PLATFORM="offscreen")
    # Run from elsewhere so the source tree cannot be imported by accident.
    where = {"cwd": tmp_path, "env": env, "capture_output": True, "text": True, "timeout": 300}
    located = subprocess.run(
        [str(python), "-c", "import kdm_desktop; print(kdm_desktop.__file__)"], **where
    )
    assert str(env_dir) in located.stdout
    demo = tmp_path / "demo"
    made = subprocess.run(
        [str(bindir / "kdm"), "--data-dir", str(demo), "demo", "--cases", "3"], **where
    )
    assert made.returncode == 0 and "uydurmadır" in made.stdout
    done = subprocess.run(
        [str(bindir / "kdm-desktop"), "--data-dir", str(demo), "--self-test", "sekreter"],
        input=DEMO_PASSWORD + "\n",
        **where,
    )
    assert done.returncode == 0, (done.stdout, done.stderr)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["translated"] is True
    assert result["settings_label"] == "Ayarlar"
    assert result["unlocked"] is True
