"""The human lines of `kdm risk`, `kdm order` and `kdm reminders` speak the screen's
language (re-audit of issue #19: an English screen showed "Önleyici tedbir kararı",
"Yüksek" and "3 Aralık 2026"); `--json` keeps its codes and Turkish labels."""

from __future__ import annotations

import datetime
import io
import json
import re
from pathlib import Path

import pytest
from protection_support import make_case, order_data

from kdm_desktop import messages
from kdm_desktop.cli.main import main
from kdm_desktop.domain.protection.risk import load_checklist
from kdm_testing import ADMIN, ADMIN_PASSWORD

_TURKISH = re.compile(r"[çğıİöşüÇĞÖŞÜ]")


def run(monkeypatch, capsys, data_dir: Path, argv: list[str]) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    try:
        code = main(["--data-dir", str(data_dir), "--user", ADMIN, "--password-stdin", *argv])
    finally:
        messages.set_language("tr")
    out, _ = capsys.readouterr()
    return code, out


def _file(tmp_path: Path, name: str, data: object) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return str(path)


def test_protection_lines_speak_english_on_an_english_screen(
    casefile, tmp_path, monkeypatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with casefile.login() as s:
        case_id = make_case(s).id
    critical = sorted(load_checklist().critical_ids)[:2]
    risk = _file(tmp_path, "r.json", {"answers": {i: True for i in critical},
                                      "assessed_on": "2026-01-05"})  # fmt: skip
    # The order's own texts (court name, file number) are data and stay as written.
    start = datetime.date.today() - datetime.timedelta(days=30)
    order = _file(tmp_path, "o.json", order_data(
        issuer_name="Izmir 3rd Family Court", file_no="2026/123",
        decision_date=start.isoformat(), start_date=start.isoformat(),
        end_date=(start + datetime.timedelta(days=90)).isoformat()))  # fmt: skip
    end_month = (start + datetime.timedelta(days=90)).strftime("%B %Y")
    en = ["--lang", "en"]
    code, added = run(monkeypatch, capsys, casefile.data_dir, [*en, "risk", "add", case_id, risk])
    assert code == 0 and "High" in added and not _TURKISH.search(added), added
    code, listed = run(monkeypatch, capsys, casefile.data_dir, [*en, "risk", "list", case_id])
    assert code == 0 and not _TURKISH.search(listed), listed
    code, saved = run(monkeypatch, capsys, casefile.data_dir, [*en, "order", "add", case_id, order])
    assert code == 0 and "Preventive" in saved and end_month in saved, saved
    assert not _TURKISH.search(saved), saved
    code, orders = run(monkeypatch, capsys, casefile.data_dir, [*en, "order", "list", case_id])
    assert code == 0 and "Preventive" in orders and not _TURKISH.search(orders), orders
    code, due = run(monkeypatch, capsys, casefile.data_dir, [*en, "reminders", "--days", "90"])
    assert code == 0 and "2026/123" in due and not _TURKISH.search(due), due
    # Turkish screens and --json are unchanged.
    code, orders_tr = run(monkeypatch, capsys, casefile.data_dir, ["order", "list", case_id])
    assert code == 0 and "Önleyici" in orders_tr
    code, as_json = run(
        monkeypatch, capsys, casefile.data_dir, [*en, "order", "list", case_id, "--json"]
    )
    [stored] = json.loads(as_json)["orders"]
    assert stored["status"] == "yururlukte" and _TURKISH.search(stored["status_label"])
