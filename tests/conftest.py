"""Shared fixtures. Qt runs offscreen; Argon2 runs at its test cost.

The fast KDF setting only lowers Argon2id's cost for test speed; one test checks
that the production default is what a new case file gets without it.

Speed (issue #19: the suite stays under two minutes on 2 cores): `make pytest`
runs on every core with pytest-xdist; every test works in its own tmp_path.
A fresh case file is built once per worker and copied for each test that asks
for one (creating it costs about 0.3 s, a copy about 1 ms).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests run on the centre's clock: a centre's PC is set to Istanbul, and the program
# dates everything in Europe/Istanbul. On a UTC machine `date.today()` in a test was
# a day behind the program's today between 21:00 and 24:00 UTC (three tests failed
# then: "9 gün" where "10 gün" was expected). Child processes inherit the zone.
os.environ["TZ"] = "Europe/Istanbul"
if hasattr(time, "tzset"):  # not on Windows, where the PC's own zone is used
    time.tzset()
os.environ["KDM_INSECURE_FAST_KDF"] = "1"
os.environ["KDM_LANG"] = "tr"
os.environ.pop("KDM_PASSWORD", None)
os.environ.pop("KDM_DATA_DIR", None)
if os.environ.pop("PYTHONDONTWRITEBYTECODE", None):
    # Many tests run `kdm` in a child process; without bytecode each child compiles
    # every module again. The cache goes outside the source tree, as was asked.
    os.environ.setdefault(
        "PYTHONPYCACHEPREFIX", str(Path(__file__).resolve().parents[1] / ".pytest_cache" / "pyc")
    )


# Test folders in memory (/dev/shm) when the machine has room for them (issue #19).
# A run writes about 1.6 GB (the frozen build, the wheel's venv, thousands of case
# files) and SQLite syncs every commit; on a disk the workers sat waiting for that.
# What the tests check does not depend on it: no test can pull the plug, and the
# full-disk tests use a file-size limit or an injected failure. An explicit TMPDIR or
# KDM_TEST_TMP=disk keeps the disk (so does --basetemp, for pytest's own folders).
# Children (the `kdm` runs, pip, PyInstaller) inherit the variable. With
# `tmp_path_retention_policy = "failed"` (pyproject.toml) a passing test's folder is
# removed as the test ends, so a run does not hold on to the memory.
if (
    sys.platform.startswith("linux")
    and not os.environ.get("TMPDIR")
    and os.environ.get("KDM_TEST_TMP") != "disk"
    and os.access("/dev/shm", os.W_OK | os.X_OK)
    and shutil.disk_usage("/dev/shm").free >= 6 * 2**30  # a run: 1.6 GB
):
    os.environ["TMPDIR"] = "/dev/shm"
    tempfile.tempdir = None  # gettempdir() looks again

import pytest

from kdm_desktop.services.casefile import create_case_file
from kdm_desktop.services.session import Session
from kdm_testing import ADMIN, ADMIN_PASSWORD, CENTRE, CaseFileFixture


@pytest.fixture(autouse=True)
def _turkish_again_after_each_test() -> Iterator[None]:
    """Every test starts in Turkish, whichever test ran before it on this worker.

    The core's language is process-wide; a test that switches to English and does
    not switch back would turn the next test's Turkish documents English (seen when
    file scheduling put a calendar test after one). A leak fails the leaking test."""
    from kdm_desktop import messages

    messages.set_language("tr")
    yield
    leaked = messages.language()
    messages.set_language("tr")
    if leaked != "tr":
        pytest.fail(f"the test left the core's language at {leaked!r}")


@pytest.fixture
def english() -> Iterator[None]:
    """The core speaks English for this test (the window's translator is separate)."""
    from kdm_desktop import messages

    messages.set_language("en")
    try:
        yield
    finally:
        messages.set_language("tr")


@pytest.fixture(scope="session")
def casefile_template(tmp_path_factory: pytest.TempPathFactory) -> CaseFileFixture:
    """A fresh case file with one administrator, built once per test process."""
    data_dir = tmp_path_factory.mktemp("template") / "data"
    created = create_case_file(
        data_dir, centre=CENTRE, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    casefile_id = created.session.casefile_id
    created.session.close()
    return CaseFileFixture(data_dir, created.recovery_key, casefile_id)


@pytest.fixture
def casefile(tmp_path: Path, casefile_template: CaseFileFixture) -> CaseFileFixture:
    """A fresh case file with one administrator (a copy of the template, modes kept)."""
    data_dir = tmp_path / "data"
    shutil.copytree(casefile_template.data_dir, data_dir)
    return CaseFileFixture(data_dir, casefile_template.recovery_key, casefile_template.casefile_id)


@pytest.fixture
def session(casefile: CaseFileFixture) -> Iterator[Session]:
    """The administrator logged in to a fresh case file."""
    s = casefile.login()
    yield s
    s.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked slow (building the wheel and the frozen release) run in CI
    (`CI=true`, set by every CI) or with KDM_SLOW_TESTS=1; a developer's quick run
    skips them, and says so in the summary.

    The longest test files go first, longest first: `make pytest` hands out work with
    `--dist loadfile --no-loadscope-reorder`, one test file at a time in this order
    (a file's tests share its worker, so a module-scoped build runs once), so the
    frozen build starts on one worker at once while the wheel build starts on the
    other, and the short tests fill the rest. Scheduled late, a file of half a minute
    (or a build of over a minute) would run on past everything else."""
    items.sort(key=_long_rank)  # stable: every other test keeps its place
    if os.environ.get("CI", "").lower() in ("1", "true", "yes") or os.environ.get("KDM_SLOW_TESTS"):
        return
    skip = pytest.mark.skip(reason="slow: runs in CI, or locally with KDM_SLOW_TESTS=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def _long_rank(item: pytest.Item) -> int:
    """0 for the longest test file, then the other long ones, then the rest."""
    name = item.path.name
    return LONG_FIRST.index(name) if name in LONG_FIRST else len(LONG_FIRST)


# The longest test files, longest first (`--durations=0` summed per file on 2 cores,
# see docs/startup.md): the two release builds (CI only), the SIGKILL/full-disk
# key-slot tests (about 7 s of child processes, 30 s before they forked from a
# server), then the GUI files of 5-6 s.
LONG_FIRST = (
    "test_frozen.py",
    "test_wheel.py",
    "test_crash_rekey.py",
    "test_drafts_ui.py",
    "test_fit.py",
    "test_slot_binding.py",
    "test_transfer_tampering.py",
)
