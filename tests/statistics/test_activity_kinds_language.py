"""Activity kinds speak the screen's language on the screen and in the CLI's human
lines, and stay Turkish in the province report (issue #19 re-audit: `kdm --lang en
activity list` showed "Seminer" on an English screen)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from exchange_support import make_centre

from kdm_desktop import messages
from kdm_desktop.cli.main import main
from kdm_desktop.document_language import official_document
from kdm_desktop.domain.statistics.report import ActivityLine
from kdm_desktop.domain.statistics.work import ACTIVITY_KINDS
from kdm_testing import ADMIN, ADMIN_PASSWORD


def _kdm(data_dir: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    old = sys.stdin
    sys.stdin = io.StringIO(ADMIN_PASSWORD + "\n")
    try:
        code = main(["--data-dir", str(data_dir), "--user", ADMIN, "--password-stdin", *args])
    finally:
        sys.stdin = old
        messages.set_language("tr")
    return code, capsys.readouterr().out


def test_activity_list_speaks_english_on_an_english_screen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ksk = make_centre(tmp_path, "KSK", "Karşıyaka")
    activity = tmp_path / "act.json"
    activity.write_text(
        json.dumps({"date": "2026-03-08", "kind": "okul", "topic": "Tanışma", "participants": 30}),
        "utf-8",
    )
    code, saved = _kdm(
        ksk.data_dir, "--lang", "en", "activity", "add", str(activity), capsys=capsys
    )
    assert code == 0 and "School session" in saved and "Okul oturumu" not in saved
    code, listed = _kdm(
        ksk.data_dir, "--lang", "en", "activity", "list", "--from", "2026-03", capsys=capsys
    )
    assert code == 0
    assert "School session" in listed and "Okul oturumu" not in listed
    code, listed_tr = _kdm(ksk.data_dir, "activity", "list", "--from", "2026-03", capsys=capsys)
    assert code == 0 and "Okul oturumu" in listed_tr
    # --json carries the stable code, never a label.
    code, as_json = _kdm(
        ksk.data_dir, "--lang", "en", "--json", "activity", "list", "--from", "2026-03",
        capsys=capsys,
    )  # fmt: skip
    assert code == 0 and json.loads(as_json)["activities"][0]["kind"] == "okul"


def test_the_kind_label_follows_the_language_but_the_report_stays_turkish() -> None:
    line = ActivityLine("okul", 2, 55)

    @official_document
    def printed() -> str:
        return line.label

    with messages.speaking("en"):
        assert ACTIVITY_KINDS["okul"] == "School session"
        assert line.label == "School session"
        assert printed() == "Okul oturumu"
    assert line.label == "Okul oturumu"
