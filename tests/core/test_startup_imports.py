"""What a `kdm` process loads before it answers (issue #18: startup).

Behaviour, not timing: `kdm --help` must not load the PDF library, the holiday
calendar, the spreadsheet writer or Qt, and must not load a command's services.
Each case runs in a fresh interpreter, because this process has imported
everything already. The timings themselves are in bench/bench_startup.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kdm_testing import ADMIN, ADMIN_PASSWORD

HEAVY = ("reportlab", "holidays", "openpyxl", "PySide6")

_PROBE = r"""
import contextlib, io, json, sys
from kdm_desktop.cli.main import main
buf = io.StringIO()
with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
print(json.dumps({"code": code, "out": buf.getvalue(), "modules": sorted(sys.modules)}))
"""


def _run_fresh(argv: list[str], stdin: str = "") -> dict[str, object]:
    env = dict(os.environ)
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    data: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return data


def _heavy(modules: object) -> list[str]:
    assert isinstance(modules, list)
    return sorted({m.split(".")[0] for m in modules if m.split(".")[0] in HEAVY})


def test_help_loads_no_heavy_library_and_no_service() -> None:
    probe = _run_fresh(["--help"])
    assert probe["code"] == 0
    assert "KOMUT" in str(probe["out"])
    assert _heavy(probe["modules"]) == []
    modules = probe["modules"]
    assert isinstance(modules, list)
    loaded_services = [m for m in modules if m.startswith("kdm_desktop.services.")]
    loaded_commands = [m for m in modules if m.startswith("kdm_desktop.cli.cmd_")]
    assert loaded_services == []
    assert loaded_commands == []


def test_version_loads_no_heavy_library() -> None:
    probe = _run_fresh(["--version"])
    assert probe["code"] == 0
    assert _heavy(probe["modules"]) == []


@pytest.mark.parametrize("command", ["case", "user", "backup"])
def test_a_commands_help_loads_only_what_it_needs(command: str) -> None:
    probe = _run_fresh([command, "--help"])
    assert probe["code"] == 0
    assert _heavy(probe["modules"]) == []


def test_info_loads_no_pdf_calendar_spreadsheet_or_qt(tmp_path: Path) -> None:
    from kdm_desktop.services.casefile import create_case_file
    from kdm_testing import CENTRE

    data = tmp_path / "data"
    create_case_file(
        data, centre=CENTRE, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    ).session.close()
    probe = _run_fresh(
        ["--data-dir", str(data), "--user", ADMIN, "--password-stdin", "--json", "info"],
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert probe["code"] == 0, probe["out"]
    assert json.loads(str(probe["out"]))["centre"]
    assert _heavy(probe["modules"]) == []
