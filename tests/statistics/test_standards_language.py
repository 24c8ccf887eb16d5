"""The minimum-standards checklist in English mode: the CLI shows English items and
answers, the stored answers are the same codes, and the province report (an
official Turkish document) lists the needs in Turkish."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest
from exchange_support import make_centre, trust_each_other
from stats_support import VT, add_case

from kdm_desktop import messages
from kdm_desktop.cli.main import main
from kdm_testing import ADMIN, ADMIN_PASSWORD

TURKISH_LETTERS = re.compile("[ğĞıİşŞçÇöÖüÜ]")


def kdm(data_dir: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    old = sys.stdin
    sys.stdin = io.StringIO(ADMIN_PASSWORD + "\n")
    try:
        code = main(["--data-dir", str(data_dir), "--user", ADMIN, "--password-stdin", *args])
    finally:
        sys.stdin = old
        messages.set_language("tr")
    return code, capsys.readouterr().out


def test_standards_in_english_store_codes_and_report_in_turkish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    izm = make_centre(tmp_path, "IZM", "Konak")
    ksk = make_centre(tmp_path, "KSK", "Karşıyaka")
    trust_each_other(ksk, izm)
    with ksk.login() as s:
        for day in range(1, 6):
            add_case(s, f"2026-03-{day:02d}", violence_types=frozenset({VT.PHYSICAL}))
    code, shown = kdm(ksk.data_dir, "--json", "standards", "show", capsys=capsys)
    assert code == 0
    items = json.loads(shown)["checklist"]["items"]
    answers = {i["key"]: "karsilaniyor" for i in items}
    answers["gorusme_odasi"] = "karsilanmiyor"
    std = tmp_path / "std.json"
    std.write_text(json.dumps({"from": "2026-Q1", "answers": answers}), "utf-8")

    code, out = kdm(ksk.data_dir, "--lang", "en", "standards", "answer", str(std), capsys=capsys)
    assert code == 0
    assert "[Not met] There is a separate interview room" in out
    assert "A separate, soundproofed interview room" in out
    item_lines = [line for line in out.splitlines() if line.startswith("    [")]
    assert len(item_lines) == len(items)
    assert [line for line in item_lines if TURKISH_LETTERS.search(line.replace("ŞÖNİM", ""))] == []

    code, stored = kdm(ksk.data_dir, "--json", "standards", "show", capsys=capsys)
    (view,) = json.loads(stored)["assessments"]
    assert view["answers"] == answers  # codes, whatever the language it was answered in
    assert view["needs"] == [
        {"item": "gorusme_odasi", "need": "Ayrı ve ses yalıtımlı görüşme odası"}
    ]

    out_file = tmp_path / "ksk.kdmstat"
    assert kdm(ksk.data_dir, "stats", "export", "--from", "2026-03", "--to-centre", "IZM",
               "-o", str(out_file), capsys=capsys)[0] == 0  # fmt: skip
    assert kdm(izm.data_dir, "stats", "import", str(out_file), capsys=capsys)[0] == 0
    csv_dir = tmp_path / "csv"
    code, _ = kdm(
        izm.data_dir, "--lang", "en", "stats", "report", "--from", "2026-03",
        "-o", str(tmp_path / "il.pdf"), "--csv", str(csv_dir), capsys=capsys,
    )  # fmt: skip
    assert code == 0
    needs = (csv_dir / "ihtiyaclar.csv").read_text("utf-8-sig")
    assert "Ayrı ve ses yalıtımlı görüşme odası;1;KSK" in needs
    assert "soundproofed" not in needs
