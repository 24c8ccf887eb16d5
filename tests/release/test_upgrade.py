"""Installing a newer release over an older one keeps the case file and migrates it.

The fixture folder holds a case file written by release 0.1.0 (schema 7): it must
open with today's code, come up to the latest schema with every record intact,
pass `check`, and show the upgrade once in the audit chain.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kdm_desktop
from kdm_desktop import messages
from kdm_desktop.domain.audit_words import detail_words
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.storage.migrations import LATEST_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PASSWORD = "demo-parola-2026"
RELEASES = sorted(p for p in FIXTURES.glob("release-*") if p.is_dir())


def _copy(release: Path, tmp_path: Path) -> Path:
    data_dir = tmp_path / release.name
    shutil.copytree(release, data_dir, ignore=shutil.ignore_patterns("README.md"))
    return data_dir


def test_a_previous_release_is_kept() -> None:
    assert [p.name for p in RELEASES] >= ["release-0.1.0"]


@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.name)
def test_old_case_file_opens_migrates_and_keeps_every_case(release: Path, tmp_path: Path) -> None:
    data_dir = _copy(release, tmp_path)
    with open_session(data_dir, "sosyal", PASSWORD) as session:
        assert session.db.schema_version == LATEST_VERSION
        cases = CaseService(session)
        assert cases.count() == 12
        rows = cases.page(limit=12)
        assert len(rows) == 12
        for row in rows:
            record = cases.open(row.id).record
            assert record.case_number == row.case_number
            assert record.draft.display_name
    with open_session(data_dir, "yonetici", PASSWORD) as admin:
        assert admin.check().sound
        upgrades = [e for e in admin.audit_entries(limit=500) if e.action == "upgrade"]
        assert len(upgrades) == 1
        assert f"→ {kdm_desktop.__version__}" in upgrades[0].detail
        # The stored form is read as one phrase, in the user's language (issue #19).
        with messages.speaking("en"):
            shown = detail_words(upgrades[0].detail)
        assert shown.startswith("version ") and "şema" not in shown
        assert admin.info()["version"] == kdm_desktop.__version__


@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.name)
def test_every_user_of_the_old_file_still_logs_in(release: Path, tmp_path: Path) -> None:
    data_dir = _copy(release, tmp_path)
    for user in ("yonetici", "sosyal", "psikolog", "avukat", "sekreter"):
        open_session(data_dir, user, PASSWORD).close()


def test_cli_reports_version_and_upgraded_schema(tmp_path: Path) -> None:
    data_dir = _copy(FIXTURES / "release-0.1.0", tmp_path)
    env = {**os.environ, "KDM_LANG": "tr"}
    version = subprocess.run(
        [sys.executable, "-m", "kdm_desktop.cli.main", "--version"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert version.stdout.strip() == f"kdm {kdm_desktop.__version__}"
    info = subprocess.run(
        [
            sys.executable,
            "-m",
            "kdm_desktop.cli.main",
            "--data-dir",
            str(data_dir),
            "--user",
            "yonetici",
            "--password-stdin",
            "info",
            "--json",
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    data = json.loads(info.stdout)
    assert data["schema_version"] == LATEST_VERSION
    assert data["version"] == kdm_desktop.__version__


def test_a_new_case_file_records_no_upgrade(session) -> None:
    assert not [e for e in session.audit_entries() if e.action == "upgrade"]
