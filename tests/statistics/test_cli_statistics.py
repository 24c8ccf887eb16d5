"""The command line of the statistics: show, export, import, report, activities, standards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from exchange_support import make_centre, trust_each_other
from stats_support import VT, add_case

from kdm_desktop.cli.main import main
from kdm_testing import ADMIN, ADMIN_PASSWORD


def run(data_dir: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    import io
    import sys

    old = sys.stdin
    sys.stdin = io.StringIO(ADMIN_PASSWORD + "\n")
    try:
        code = main(
            ["--data-dir", str(data_dir), "--user", ADMIN, "--password-stdin", "--json", *args]
        )
    finally:
        sys.stdin = old
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


def _standards_file(tmp_path: Path, capsys, data_dir: Path) -> Path:
    code, shown = run(data_dir, "standards", "show", capsys=capsys)
    assert code == 0
    answers = {i["key"]: "karsilaniyor" for i in shown["checklist"]["items"]}
    answers["gorusme_odasi"] = "karsilanmiyor"
    answers["yedekleme"] = "kismen"
    path = tmp_path / "std.json"
    path.write_text(
        json.dumps({"from": "2026-Q1", "answers": answers, "notes": {"yedekleme": "USB yok"}}),
        "utf-8",
    )
    return path


def test_the_whole_path_from_two_centres_to_the_province_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    izm = make_centre(tmp_path, "IZM", "Konak")
    ksk = make_centre(tmp_path, "KSK", "Karşıyaka")
    trust_each_other(ksk, izm)
    with ksk.login() as s:
        for day in range(1, 13):
            add_case(s, f"2026-03-{day:02d}", violence_types=frozenset({VT.PHYSICAL, VT.VERBAL}))
        add_case(s, "2026-03-20", district="Beydağ", violence_types=frozenset({VT.SEXUAL}))

    code, shown = run(ksk.data_dir, "stats", "show", "--from", "2026-03", capsys=capsys)
    assert code == 0 and shown["exact"] is True
    assert shown["tables"]["siddet_turu"]["totals"] == {"fiziksel": 12, "sozel": 12, "cinsel": 1}

    activity = tmp_path / "act.json"
    activity.write_text(
        json.dumps(
            {
                "date": "2026-03-08",
                "kind": "seminer",
                "topic": "8 Mart: şiddetsiz bir yaşam",
                "audience": "Mahalle kadınları",
                "participants": 45,
                "partners": ["Karşıyaka Halk Eğitim Merkezi"],
            }
        ),
        "utf-8",
    )
    assert run(ksk.data_dir, "activity", "add", str(activity), capsys=capsys)[0] == 0
    code, listed = run(ksk.data_dir, "activity", "list", "--from", "2026-03", capsys=capsys)
    assert code == 0 and listed["activities"][0]["participants"] == 45
    std = _standards_file(tmp_path, capsys, ksk.data_dir)
    code, answered = run(ksk.data_dir, "standards", "answer", str(std), capsys=capsys)
    assert code == 0
    assert {n["item"] for n in answered["needs"]} == {"gorusme_odasi", "yedekleme"}

    out = tmp_path / "ksk.kdmstat"
    code, preview = run(
        ksk.data_dir, "stats", "export", "--from", "2026-03", "--to-centre", "IZM",
        "-o", str(out), "--preview", capsys=capsys,
    )  # fmt: skip
    assert code == 0 and not out.exists()
    assert preview["content"]["tables"]["ozet"]["beydag"]["yeni_basvuru"] == 1
    code, sent = run(
        ksk.data_dir, "stats", "export", "--from", "2026-03", "--to-centre", "IZM",
        "-o", str(out), capsys=capsys,
    )  # fmt: skip
    assert code == 0 and out.exists()
    assert sent["content"] == {**preview["content"], "created_at": sent["content"]["created_at"]}

    code, imported = run(izm.data_dir, "stats", "import", str(out), capsys=capsys)
    assert code == 0 and imported["imported"][0]["centre"] == "KSK"
    code, _again = run(izm.data_dir, "stats", "import", str(out), capsys=capsys)
    assert code == 4

    pdf, csv_dir, xlsx = tmp_path / "il.pdf", tmp_path / "csv", tmp_path / "il.xlsx"
    code, rep = run(
        izm.data_dir, "stats", "report", "--from", "2026-03", "-o", str(pdf),
        "--csv", str(csv_dir), "--xlsx", str(xlsx), capsys=capsys,
    )  # fmt: skip
    assert code == 0, rep
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.exists()
    summary = (csv_dir / "ozet.csv").read_bytes()
    assert summary.startswith(b"\xef\xbb\xbf")
    assert "Beydağ;0;0;0;0;0;0" not in summary.decode("utf-8-sig")
    beydag = next(r for r in rep["tables"]["ozet"]["rows"] if r[0] == "Beydağ")
    assert beydag[1] == "<5"
    assert rep["centres"] == ["KSK"]


def test_usage_and_refusals_have_their_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    izm = make_centre(tmp_path, "IZM", "Konak")
    assert run(izm.data_dir, "stats", "show", "--from", "2026-13", capsys=capsys)[0] == 2
    assert run(izm.data_dir, "stats", "show", "--from", "2026-05", "--to", "2026-04",
               capsys=capsys)[0] == 2  # fmt: skip
    code, err = run(
        izm.data_dir, "stats", "report", "--from", "2026-03", "-o", str(tmp_path / "r.pdf"),
        "--min-cell", "2", capsys=capsys,
    )  # fmt: skip
    assert code == 2 and "3" in err["error"]
    code, err = run(
        izm.data_dir, "stats", "report", "--from", "2026-03", "-o", str(tmp_path / "r.pdf"),
        capsys=capsys,
    )  # fmt: skip
    assert code == 4 and not (tmp_path / "r.pdf").exists()
    bad = tmp_path / "bad.kdmstat"
    bad.write_bytes(b"not a statistics file at all")
    assert run(izm.data_dir, "stats", "import", str(bad), capsys=capsys)[0] == 4
    named = tmp_path / "named.json"
    named.write_text(
        json.dumps({"date": "2026-03-01", "kind": "okul", "topic": "Akran zorbalığı",
                    "participants": 30, "names": ["Elif Kaya"]}),
        "utf-8",
    )  # fmt: skip
    code, err = run(izm.data_dir, "activity", "add", str(named), capsys=capsys)
    assert code == 4 and "names" in err["error"]
    code, districts = run(izm.data_dir, "stats", "districts", capsys=capsys)
    assert code == 0 and districts["unmapped"] == []


def test_cross_merges_a_small_district_refuses_and_says_why(
    casefile, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime

    with casefile.login() as s:
        for i in range(30):
            add_case(
                s,
                f"2026-03-{1 + i % 28:02d}",
                birth_date=datetime.date(1960 + i % 40, 1, 1),
                violence_types=frozenset({VT.PHYSICAL} if i % 3 else {VT.PSYCHOLOGICAL}),
            )
        for i in range(3):
            add_case(s, f"2026-03-0{i + 1}", district="Karaburun", violence_types=frozenset())
    args = ("stats", "cross", "--from", "2026-03", "--first", "yas_grubu")
    code, out = run(casefile.data_dir, *args, "--second", "siddet_turu", capsys=capsys)
    assert code == 0
    assert [u["label"] for u in out["units"]] == ["Merkezin tümü"]
    assert all(
        c["value"] in {"0", "×", "<5"} or int(c["value"]) >= 5 for c in out["units"][0]["cells"]
    )
    # By district: Karaburun (3 women) alone is too few, and nothing to merge it with.
    code, out = run(
        casefile.data_dir, *args, "--second", "siddet_turu", "--by-district", capsys=capsys
    )
    assert code == 4
    assert "Karaburun: 3" in out["error"] and "en az 20" in out["error"]
    code, out = run(casefile.data_dir, *args, "--second", "yas_grubu", capsys=capsys)
    assert code == 2
