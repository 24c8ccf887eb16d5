"""Protection rule refusals speak the user's language (issue #19).

A rule of an order, a safety plan or a risk assessment used to pass a Turkish
field label through one catch-all key, so `--lang en` still printed Turkish.
Each rule now has its own key and keyed field labels; Turkish stays as it was.
"""

from __future__ import annotations

import datetime
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from protection_support import make_case, order_data

from kdm_desktop import messages
from kdm_desktop.cli.main import main
from kdm_testing import ADMIN, ADMIN_PASSWORD

_TURKISH = set("çğıİöşüÇĞÖŞÜ")


@pytest.fixture(autouse=True)
def _restore_language() -> Iterator[None]:
    yield
    messages.set_language("tr")


def _refusal(monkeypatch, capsys, data_dir: Path, lang: str, argv: list[str]) -> list[dict]:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(
        ["--data-dir", str(data_dir), "--user", ADMIN, "--password-stdin", "--lang", lang, *argv]
    )
    out, _ = capsys.readouterr()
    messages.set_language("tr")
    assert code == 4, out
    payload = json.loads(out)
    assert payload["error_code"] == "input.fields_invalid"
    fields: list[dict] = payload["fields"]
    return fields


def _file(tmp_path: Path, name: str, data: object) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return str(path)


def _case_id(casefile) -> str:
    with casefile.login() as s:
        return make_case(s).id


def test_order_rules_in_english_and_turkish(casefile, tmp_path, monkeypatch, capsys) -> None:
    case_id = _case_id(casefile)
    bad = _file(
        tmp_path,
        "o.json",
        order_data(end_date="1990-01-01", issuer_name="x" * 300, measures=["m5_tehdit_hakaret"]),
    )
    argv = ["order", "add", case_id, bad, "--json"]
    tr = {f["field"]: f for f in _refusal(monkeypatch, capsys, casefile.data_dir, "tr", argv)}
    en = {f["field"]: f for f in _refusal(monkeypatch, capsys, casefile.data_dir, "en", argv)}
    assert tr["end_date"]["message"] == (
        "Bitiş tarihi geçersiz görünüyor (1990-01-01): yıl 2000 ile 2100 arasında olmalıdır."
    )
    assert tr["issuer_name"]["message"].startswith("Kararı veren makamın adı en çok ")
    assert en["end_date"]["message"] == (
        "End date looks wrong (1990-01-01): the year must be between 2000 and 2100."
    )
    assert en["issuer_name"]["message"].startswith("Name of the issuing authority ")
    # The script-facing code is the same in both languages.
    assert {k: v["code"] for k, v in tr.items()} == {k: v["code"] for k, v in en.items()}
    for field in en.values():
        assert not _TURKISH & set(field["message"]), field


def test_six_month_rule_in_english(casefile, tmp_path, monkeypatch, capsys) -> None:
    case_id = _case_id(casefile)
    bad = _file(tmp_path, "o.json", order_data(end_date="2026-08-01"))
    argv = ["order", "add", case_id, bad, "--json"]
    (en,) = _refusal(monkeypatch, capsys, casefile.data_dir, "en", argv)
    assert en["field"] == "end_date"
    # A day in a sentence reads as on every screen, not ISO (the data fields stay ISO).
    assert "at most 6 months" in en["message"] and "10 July 2026" in en["message"]


def test_safety_plan_rule_in_english(casefile, tmp_path, monkeypatch, capsys) -> None:
    case_id = _case_id(casefile)
    plan = _file(
        tmp_path,
        "p.json",
        {"checked": {"during_incident": ["code_word"]}, "review_date": "1990-01-01"},
    )
    argv = ["safety-plan", "save", case_id, plan, "--json"]
    (tr,) = _refusal(monkeypatch, capsys, casefile.data_dir, "tr", argv)
    (en,) = _refusal(monkeypatch, capsys, casefile.data_dir, "en", argv)
    assert tr["message"].startswith("Gözden geçirme tarihi geçersiz görünüyor (1990-01-01)")
    assert en["message"].startswith("Review date looks wrong (1990-01-01)")


def test_risk_rule_in_english(casefile, tmp_path, monkeypatch, capsys) -> None:
    case_id = _case_id(casefile)
    data = {"answers": {}, "judgement_level": "yuksek", "judgement_reason": "y" * 1001}
    risk = _file(tmp_path, "r.json", data)
    argv = ["risk", "add", case_id, risk, "--json"]
    (tr,) = _refusal(monkeypatch, capsys, casefile.data_dir, "tr", argv)
    (en,) = _refusal(monkeypatch, capsys, casefile.data_dir, "en", argv)
    assert tr["message"] == (
        "Mesleki değerlendirme gerekçesi en çok 1000 karakter olabilir (şu an 1001)."
    )
    assert en["message"] == (
        "Reason for the professional judgement may have at most 1000 characters (it has 1001)."
    )


def test_risk_future_date_and_unknown_field_in_english(
    casefile, tmp_path, monkeypatch, capsys
) -> None:
    case_id = _case_id(casefile)
    future = _file(tmp_path, "f.json", {"answers": {}, "assessed_on": "2099-01-01"})
    (en,) = _refusal(
        monkeypatch, capsys, casefile.data_dir, "en", ["risk", "add", case_id, future, "--json"]
    )
    assert en["message"] == "Assessment date cannot be in the future (1 January 2099)."
    typo = _file(tmp_path, "t.json", {"answer": {}})
    (tr,) = _refusal(
        monkeypatch, capsys, casefile.data_dir, "tr", ["risk", "add", case_id, typo, "--json"]
    )
    (en,) = _refusal(
        monkeypatch, capsys, casefile.data_dir, "en", ["risk", "add", case_id, typo, "--json"]
    )
    assert tr["message"] == "Risk değerlendirmesinde böyle bir alan yok: 'answer'."
    assert en["message"] == "A risk assessment has no such field: 'answer'."


def test_reminders_in_english(casefile, tmp_path, monkeypatch, capsys) -> None:
    case_id = _case_id(casefile)
    today = datetime.date.today()
    start, end = today - datetime.timedelta(days=30), today + datetime.timedelta(days=10)
    days = {"decision_date": start, "start_date": start, "end_date": end}
    order = _file(tmp_path, "o.json", order_data(**{k: v.isoformat() for k, v in days.items()}))
    assert main_ok(monkeypatch, capsys, casefile.data_dir, ["order", "add", case_id, order])

    def reminder(lang: str) -> dict:
        monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        argv = ["--data-dir", str(casefile.data_dir), "--user", ADMIN, "--password-stdin"]
        code = main([*argv, "--lang", lang, "reminders", "--json"])
        out, _ = capsys.readouterr()
        messages.set_language("tr")
        assert code == 0
        (item,) = json.loads(out)["reminders"]
        return dict(item)

    tr, en = reminder("tr"), reminder("en")
    assert tr["label"] == "Tedbir süresi bitiyor"
    assert tr["text"].startswith("Önleyici tedbir kararı (2026/123 D.İş) 10 gün sonra sona eriyor")
    assert en["label"] == "Protection order ending"
    assert en["text"].startswith("Preventive order (2026/123 D.İş) ends in 10 days (last day ")
    assert not _TURKISH & set(en["text"].replace("D.İş", ""))
    assert {k: v for k, v in tr.items() if k not in ("label", "text")} == {
        k: v for k, v in en.items() if k not in ("label", "text")
    }


def main_ok(monkeypatch, capsys, data_dir: Path, argv: list[str]) -> bool:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(["--data-dir", str(data_dir), "--user", ADMIN, "--password-stdin", *argv])
    capsys.readouterr()
    return code == 0
