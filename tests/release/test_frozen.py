"""The frozen release (PyInstaller one-folder build) works without Python installed.

Builds the folder once with packaging/build.py, then drives the frozen `kdm`
through the everyday commands (init, case add, letter make, appt add, bundle
export/import, backup create/verify) and starts the frozen window offscreen on a
demo file, where it must unlock in Turkish. Package data that a naive freeze
loses (our fonts and catalogue, the holidays package's translations, the time
zone) is what these commands need, so a missing file shows up as a failure here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kdm_desktop

# The first test also runs the module's build (its subprocess has its own, longer
# timeout); on a loaded machine that passed the suite-wide 300 s and pytest-timeout
# ended the whole worker ("node down"), not just this test.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Gizli-Parola-2026"
DEMO_PASSWORD = "demo-parola-2026"


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller")
    out = tmp_path_factory.mktemp("frozen")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    folder = out / "dist" / "kdm-desktop"
    assert (folder / "kdm").is_file() or (folder / "kdm.exe").is_file()
    return folder


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    # The frozen program must not lean on the test's Python or packages.
    env.update(KDM_LANG="tr", KDM_INSECURE_FAST_KDF="1", QT_QPA_PLATFORM="offscreen")
    return env


def _kdm(folder: Path, *argv: str, stdin: str = PASSWORD + "\n") -> dict[str, object]:
    exe = folder / ("kdm.exe" if sys.platform == "win32" else "kdm")
    done = subprocess.run(
        [str(exe), *argv, "--json"],
        input=stdin,
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert done.returncode == 0, (argv, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout) if done.stdout.strip() else {}


def _user(data_dir: Path, *argv: str) -> list[str]:
    return ["--data-dir", str(data_dir), "--user", "yonetici", "--password-stdin", *argv]


def test_frozen_command_line_does_the_everyday_work(frozen: Path, tmp_path: Path) -> None:
    exe = frozen / ("kdm.exe" if sys.platform == "win32" else "kdm")
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=_env())
    assert version.stdout.strip() == f"kdm {kdm_desktop.__version__}"

    here, there = tmp_path / "bornova", tmp_path / "karsiyaka"
    for data_dir, name, code in ((here, "Bornova KDM", "BRN"), (there, "Karşıyaka KDM", "KSY")):
        created = _kdm(
            frozen,
            "--data-dir",
            str(data_dir),
            "init",
            "--centre",
            name,
            "--centre-code",
            code,
            "--admin",
            "yonetici",
            "--password-stdin",
            stdin=PASSWORD + "\n",
        )
        assert created["recovery_key"]

    case_file = tmp_path / "case.json"
    case_file.write_text(
        json.dumps(
            {
                "first_name": "Gülşen",
                "last_name": "Yıldırımoğlu",
                "birth_date": "1990-05-17",
                "phone": "0532 000 11 22",
                "violence_types": ["fiziksel"],
                "consent": {
                    "processing": True,
                    "share_with_centres": True,
                    "share_with": ["hastane", "sonim"],
                    "date": "2026-03-15",
                },
            },
            ensure_ascii=False,
        ),
        "utf-8",
    )
    case = _kdm(frozen, *_user(here, "case", "add", str(case_file)))
    number = str(case["case_number"])
    assert number.startswith("BRN-")

    letter = tmp_path / "sevk.pdf"
    _kdm(
        frozen,
        *_user(
            here,
            "letter",
            "make",
            str(case["id"]),
            "--template",
            "hastane-sevk",
            "--field",
            "reason=Muayene",
            "-o",
            str(letter),
        ),
    )
    pdf = letter.read_bytes()
    assert pdf.startswith(b"%PDF") and b"DejaVu" in pdf

    appt = tmp_path / "appt.json"
    appt.write_text(
        json.dumps(
            {
                "start": "2026-10-28T14:00",
                "duration_min": 50,
                "staff": "yonetici",
                "case_id": number,
            }
        ),
        "utf-8",
    )
    booked = _kdm(frozen, *_user(here, "appt", "add", str(appt)))
    # The holidays package's data: the eve of Republic Day is named in Turkish.
    assert any("Cumhuriyet Bayramı" in w for w in booked["warnings"])  # type: ignore[union-attr]

    cards = {}
    for data_dir, code in ((here, "BRN"), (there, "KSY")):
        card = tmp_path / f"{code}.card"
        _kdm(frozen, *_user(data_dir, "centre", "export-key", "-o", str(card)))
        cards[code] = (card, _kdm(frozen, *_user(data_dir, "centre", "fingerprint"))["fingerprint"])
    _kdm(
        frozen,
        *_user(
            here,
            "centre",
            "import-key",
            str(cards["KSY"][0]),
            "--fingerprint",
            str(cards["KSY"][1]),
        ),
    )
    _kdm(
        frozen,
        *_user(
            there,
            "centre",
            "import-key",
            str(cards["BRN"][0]),
            "--fingerprint",
            str(cards["BRN"][1]),
        ),
    )
    bundle = tmp_path / "aktarim.kdmb"
    _kdm(
        frozen, *_user(here, "bundle", "export", "--to", "KSY", "--case", number, "-o", str(bundle))
    )
    imported = _kdm(frozen, *_user(there, "bundle", "import", str(bundle)))
    assert number in json.dumps(imported, ensure_ascii=False)

    backups = tmp_path / "yedek"
    made = _kdm(frozen, *_user(here, "backup", "create", "-o", str(backups)))
    backup_file = Path(str(made["path"]))
    assert backup_file.is_file()
    _kdm(frozen, *_user(here, "backup", "verify", str(backup_file)))


def test_frozen_window_unlocks_in_turkish(frozen: Path, tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    _kdm(frozen, "--data-dir", str(demo), "demo", "--cases", "5", stdin="")
    exe = frozen / ("kdm-desktop.exe" if sys.platform == "win32" else "kdm-desktop")
    done = subprocess.run(
        [str(exe), "--data-dir", str(demo), "--self-test", "sosyal"],
        input=DEMO_PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert done.returncode == 0, (done.stdout, done.stderr)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {
        "version": kdm_desktop.__version__,
        "translated": True,
        "settings_label": "Ayarlar",
        "unlocked": True,
        "time_zone": "+0300",
        "holiday": "Cumhuriyet Bayramı",
    }
