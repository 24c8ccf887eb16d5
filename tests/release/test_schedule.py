"""Issue #19: the long release builds start first, each on a worker of its own,
so a minute-long build never starts late and runs on past the rest of the suite."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _collected(ci: str) -> list[str]:
    env = {**os.environ, "CI": ci}
    env.pop("KDM_SLOW_TESTS", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/release",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return [line for line in done.stdout.splitlines() if line.startswith("tests/release/")]


def test_in_ci_the_frozen_build_then_the_wheel_build_come_first() -> None:
    ids = _collected("true")
    modules = [i.split("::")[0].rsplit("/", 1)[-1] for i in ids]
    n_frozen, n_wheel = modules.count("test_frozen.py"), modules.count("test_wheel.py")
    assert n_frozen >= 2 and n_wheel >= 2
    assert modules[:n_frozen] == ["test_frozen.py"] * n_frozen
    assert modules[n_frozen : n_frozen + n_wheel] == ["test_wheel.py"] * n_wheel
    # every test is still there, once
    assert sorted(ids) == sorted(_collected("false"))


def test_make_pytest_hands_out_work_in_that_order() -> None:
    # loadfile keeps each build's tests (and its module-scoped build) on one worker;
    # without --no-loadscope-reorder xdist would re-sort the units by test count.
    recipe = (ROOT / "Makefile").read_text("utf-8").split("\npytest:", 1)[1].split("\n\n")[0]
    assert "-n auto --dist loadfile --no-loadscope-reorder" in recipe
    dev = (ROOT / "tools" / "dev.py").read_text("utf-8")
    assert '"--dist", "loadfile", "--no-loadscope-reorder"' in dev
