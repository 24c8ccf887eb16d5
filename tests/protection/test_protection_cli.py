"""`kdm risk`, `kdm safety-plan`, `kdm order` and `kdm reminders`: the contract."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

from protection_support import make_case, order_data

from kdm_desktop.cli.main import main
from kdm_desktop.domain.protection.risk import load_checklist
from kdm_testing import ADMIN, ADMIN_PASSWORD


def run(monkeypatch, capsys, data_dir: Path, argv: list[str]) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(["--data-dir", str(data_dir), "--user", ADMIN, "--password-stdin", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _case(casefile) -> tuple[str, str]:
    with casefile.login() as s:
        ref = make_case(s)
    return ref.id, ref.case_number


def _json_file(tmp_path: Path, name: str, data: object) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return str(path)


def test_risk_add_prints_score_and_levels(casefile, tmp_path, monkeypatch, capsys) -> None:
    case_id, number = _case(casefile)
    critical = sorted(load_checklist().critical_ids)[:2]
    f = _json_file(
        tmp_path, "r.json", {"answers": {i: True for i in critical}, "assessed_on": "2026-01-05"}
    )
    code, out, _ = run(monkeypatch, capsys, casefile.data_dir, ["risk", "add", number, f, "--json"])
    assert code == 0
    data = json.loads(out)
    assert data["score"] == 2
    assert data["computed_level"] == data["final_level"] == "yuksek"
    assert data["assessed_on"] == "2026-01-05" and data["id"]
    code, out, _ = run(monkeypatch, capsys, casefile.data_dir, ["risk", "list", case_id, "--json"])
    assert [a["id"] for a in json.loads(out)["assessments"]] == [data["id"]]


def test_risk_add_lowering_is_refused_with_exit_4(casefile, tmp_path, monkeypatch, capsys) -> None:
    case_id, _ = _case(casefile)
    critical = sorted(load_checklist().critical_ids)[:2]
    f = _json_file(
        tmp_path,
        "r.json",
        {"answers": {i: True for i in critical}, "judgement_level": "Standart",
         "judgement_reason": "İyi görünüyor."},
    )  # fmt: skip
    code, out, _ = run(
        monkeypatch, capsys, casefile.data_dir, ["risk", "add", case_id, f, "--json"]
    )
    assert code == 4
    err = json.loads(out)
    assert err["error_code"] == "input.fields_invalid"
    assert err["fields"][0]["field"] == "judgement_level"
    assert "düşüremez" in err["fields"][0]["message"]


def test_order_add_and_six_month_rule(casefile, tmp_path, monkeypatch, capsys) -> None:
    case_id, _ = _case(casefile)
    ok = _json_file(tmp_path, "o.json", order_data())
    code, out, _ = run(
        monkeypatch, capsys, casefile.data_dir, ["order", "add", case_id, ok, "--json"]
    )
    assert code == 0
    data = json.loads(out)
    assert data["current_end"] == "2026-07-10"
    assert data["order"]["kind"] == "onleyici"

    too_long = _json_file(tmp_path, "o2.json", order_data(end_date="2026-08-01"))
    code, out, _ = run(
        monkeypatch, capsys, casefile.data_dir, ["order", "add", case_id, too_long, "--json"]
    )
    assert code == 4
    err = json.loads(out)
    assert err["fields"][0]["field"] == "end_date"
    assert "en çok 6 ay" in err["fields"][0]["message"]

    code, _, err_text = run(
        monkeypatch, capsys, casefile.data_dir, ["order", "add", case_id, too_long]
    )
    assert code == 4 and "6 ay" in err_text
    code, out, _ = run(monkeypatch, capsys, casefile.data_dir, ["order", "list", case_id, "--json"])
    assert len(json.loads(out)["orders"]) == 1


def test_safety_plan_save_and_print(casefile, tmp_path, monkeypatch, capsys) -> None:
    case_id, _ = _case(casefile)
    pdf = tmp_path / "plan.pdf"
    code, out, _ = run(
        monkeypatch, capsys, casefile.data_dir,
        ["safety-plan", "print", case_id, "-o", str(pdf), "--json"],
    )  # fmt: skip
    assert code == 1 and json.loads(out)["error_code"] == "protection.no_plan"
    plan = _json_file(tmp_path, "p.json", {"checked": {"during_incident": ["code_word"]}})
    code, out, _ = run(
        monkeypatch, capsys, casefile.data_dir, ["safety-plan", "save", case_id, plan, "--json"]
    )
    assert code == 0 and json.loads(out)["version"] == 1
    code, out, _ = run(
        monkeypatch, capsys, casefile.data_dir,
        ["safety-plan", "print", case_id, "-o", str(pdf), "--json"],
    )  # fmt: skip
    assert code == 0 and json.loads(out) == {"path": str(pdf), "version": 1}
    assert pdf.read_bytes().startswith(b"%PDF")
    bad = _json_file(tmp_path, "bad.json", {"adres": "x"})
    code, _, _ = run(monkeypatch, capsys, casefile.data_dir, ["safety-plan", "save", case_id, bad])
    assert code == 4


def test_reminders_json(casefile, tmp_path, monkeypatch, capsys) -> None:
    case_id, number = _case(casefile)
    today = datetime.date.today()
    start = today - datetime.timedelta(days=30)
    end = today + datetime.timedelta(days=10)
    f = _json_file(
        tmp_path,
        "o.json",
        order_data(decision_date=start.isoformat(), start_date=start.isoformat(),
                   end_date=end.isoformat()),
    )  # fmt: skip
    assert run(monkeypatch, capsys, casefile.data_dir, ["order", "add", case_id, f])[0] == 0
    code, out, _ = run(
        monkeypatch, capsys, casefile.data_dir, ["reminders", "--days", "5", "--json"]
    )
    assert code == 0 and json.loads(out)["reminders"] == []
    code, out, _ = run(monkeypatch, capsys, casefile.data_dir, ["reminders", "--json"])
    (item,) = json.loads(out)["reminders"]
    assert item["kind"] == "order_ending"
    assert item["case_id"] == case_id and item["case_number"] == number
    assert item["end_date"] == item["due_date"] == end.isoformat()
    assert item["days_left"] == 10 and "sona eriyor" in item["text"]
    code, out, _ = run(
        monkeypatch, capsys, casefile.data_dir, ["reminders", "--days", "-3", "--json"]
    )
    assert code == 4
