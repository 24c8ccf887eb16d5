"""`kdm --lang en case …` shows English choice labels; stored codes do not change."""

from __future__ import annotations

import io
import json

import pytest
from case_support import ADMIN, ADMIN_PASSWORD

from kdm_desktop import messages
from kdm_desktop.cli.main import main

INTAKE = {
    "first_name": "Işık",
    "last_name": "İğdeli",
    "marital_status": "Boşanmış",  # a Turkish label is still accepted as input
    "consent": {"processing": True, "date": "2026-01-10"},
}


@pytest.fixture
def kdm(staffed, monkeypatch, capsys, tmp_path):
    def run(*argv: str):
        monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        path = tmp_path / "in.json"
        path.write_text(json.dumps(INTAKE), encoding="utf-8")
        args = [a if a != "@FILE" else str(path) for a in argv]
        try:
            code = main(
                ["--data-dir", str(staffed.data_dir), "--user", ADMIN, "--password-stdin", *args]
            )
        finally:
            messages.set_language("tr")
        out, _ = capsys.readouterr()
        return code, out

    return run


def test_labels_are_english_with_lang_en_and_codes_unchanged(kdm) -> None:
    code, out = kdm("case", "add", "@FILE", "--json")
    assert code == 0
    number = json.loads(out)["case_number"]

    code, out = kdm("case", "show", number, "--json", "--lang", "en")
    assert code == 0
    shown = json.loads(out)
    assert shown["fields"]["marital_status"] == "bosanmis"
    assert shown["consents"][0]["purpose"] == "isleme"
    assert shown["consents"][0]["label"] == "Processing of personal data"

    code, out = kdm("case", "show", number, "--lang", "en")
    assert code == 0
    assert "[Open]" in out and "Açık" not in out

    code, out = kdm("case", "show", number, "--json")
    assert json.loads(out)["consents"][0]["label"] == "Kişisel verilerinin işlenmesi"
