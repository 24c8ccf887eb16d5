"""Dates in `kdm`'s human lines read as the window writes them (docs/messages.md, "Dates"):
"19 Şubat 2025" in a list, "8 Aralık 2026 Salı, 10:00–10:50" for one appointment, in
the language of `--lang`; `--json` keeps its ISO dates (the contract)."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from kdm_desktop import messages
from kdm_desktop.cli.main import main
from kdm_testing import ADMIN, ADMIN_PASSWORD

Kdm = Callable[..., tuple[int, str]]

# Spelled out here, not read from the program: the test states what a reader sees.
TR_MONTHS = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
SHORT_DAY = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")
TR_STAMP = re.compile(rf"\b\d{{1,2}} ({'|'.join(TR_MONTHS)}) \d{{4}} \d\d:\d\d")


def tr_day(d: dt.date) -> str:
    return f"{d.day} {TR_MONTHS[d.month - 1]} {d.year}"


def en_day(d: dt.date) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def no_numeric_day(text: str) -> None:
    assert not ISO_DAY.search(text), text
    assert not SHORT_DAY.search(text), text


@pytest.fixture
def kdm(casefile, monkeypatch, capsys, tmp_path) -> Kdm:
    def run(*argv: str, data: dict[str, object] | None = None) -> tuple[int, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        args = list(argv)
        if data is not None:
            path = tmp_path / "input.json"
            path.write_text(json.dumps(data), "utf-8")
            args = [str(path) if a == "@FILE" else a for a in args]
        try:
            code = main(
                ["--data-dir", str(casefile.data_dir), "--user", ADMIN, "--password-stdin", *args]
            )
        finally:
            messages.set_language("tr")  # `--lang en` is process-wide; the process goes on
        out, err = capsys.readouterr()
        return code, out + err

    return run


INTAKE = {
    "first_name": "Işıl",
    "last_name": "Çağlayan",
    "application_date": "2025-02-19",
    "consent": {"processing": True, "date": "2025-02-19"},
}


@pytest.fixture
def case_number(kdm: Kdm) -> str:
    code, out = kdm("case", "add", "@FILE", "--json", data=INTAKE)
    assert code == 0, out
    return str(json.loads(out)["case_number"])


def test_case_list_and_show_write_the_application_day_out(kdm: Kdm, case_number: str) -> None:
    for command in (("case", "list"), ("case", "show", case_number)):
        code, out = kdm(*command)
        assert code == 0, out
        assert "19 Şubat 2025" in out
        no_numeric_day(out)
        code, out = kdm("--lang", "en", *command)
        assert "19 February 2025" in out
        no_numeric_day(out)
    code, out = kdm("case", "show", case_number, "--json")
    assert json.loads(out)["fields"]["application_date"] == "2025-02-19"


def test_one_appointment_reads_with_its_weekday(kdm: Kdm, case_number: str) -> None:
    appt = {"start": "2026-12-08T10:00", "duration_min": 50, "staff": ADMIN, "type": "takip"}
    code, out = kdm("appt", "add", "@FILE", data={**appt, "case_id": case_number})
    assert code == 0, out
    span = ("--from", "2026-12-01", "--to", "2026-12-31")
    code, out = kdm("appt", "list", *span)
    assert out.startswith("8 Aralık 2026 Salı, 10:00–10:50  "), out
    no_numeric_day(out)
    code, out = kdm("--lang", "en", "appt", "list", *span)
    assert out.startswith("Tuesday 8 December 2026, 10:00–10:50  "), out
    code, out = kdm("appt", "list", *span, "--json")
    assert json.loads(out)["results"][0]["start"] == "2026-12-08T10:00:00+03:00"


ORDER = {
    "kind": "önleyici",
    "issuer": "aile_mahkemesi",
    "issuer_name": "İzmir 3. Aile Mahkemesi",
    "file_no": "2026/123 D.İş",
    "measures": ["m5_tehdit_hakaret", "m5_yaklasmama"],
}


def test_orders_risk_and_reminders_write_their_days_out(kdm: Kdm, case_number: str) -> None:
    today = dt.date.today()
    start, end = today - dt.timedelta(days=20), today + dt.timedelta(days=10)
    dates = {"decision_date": start.isoformat(), "start_date": start.isoformat()}
    code, out = kdm(
        "order", "add", case_number, "@FILE", data={**ORDER, **dates, "end_date": end.isoformat()}
    )
    assert code == 0, out
    risk = {"answers": {"threat_to_kill": True}, "assessed_on": "2026-06-20"}
    code, out = kdm("risk", "add", case_number, "@FILE", data=risk)
    assert code == 0 and "20 Haziran 2026" in out, out
    no_numeric_day(out)

    code, out = kdm("order", "list", case_number)
    assert f"{tr_day(start)} – {tr_day(end)}" in out
    code, out = kdm("risk", "list", case_number)
    assert out.startswith("20 Haziran 2026  "), out
    code, out = kdm("reminders", "--days", "30")
    assert any(line.startswith(f"{tr_day(end)} ") for line in out.splitlines()), out
    no_numeric_day(out)
    code, out = kdm("--lang", "en", "reminders", "--days", "30")
    assert any(line.startswith(f"{en_day(end)} ") for line in out.splitlines()), out
    code, out = kdm("reminders", "--days", "30", "--json")
    assert end.isoformat() in {r["due_date"] for r in json.loads(out)["reminders"]}


def test_letters_list_their_day_and_templates_their_time(
    kdm: Kdm, case_number: str, tmp_path: Path
) -> None:
    grant = ("consent", "grant", case_number, "--purpose", "share", "--recipient", "sonim")
    assert kdm(*grant)[0] == 0
    target = str(tmp_path / "yazi.pdf")
    made = ("letter", "make", case_number, "--template", "sonim-sevk", "-o", target)
    code, out = kdm(*made, "--field", "reason=Barınma desteği")
    assert code == 0, out
    code, out = kdm("letter", "list", case_number)
    assert f"  {tr_day(dt.date.today())}  " in out, out
    no_numeric_day(out)
    code, out = kdm("letter", "template-history", "sonim-sevk")
    assert TR_STAMP.search(out) and "T" not in out.split("  ")[0], out
    no_numeric_day(out)


def test_audit_backups_and_activities_write_their_days_out(kdm: Kdm, tmp_path: Path) -> None:
    code, out = kdm("audit", "list", "--limit", "3")
    assert code == 0 and re.search(TR_STAMP.pattern + r":\d\d ", out), out
    no_numeric_day(out)

    folder = tmp_path / "yedek"
    folder.mkdir()
    assert kdm("backup", "create", "-o", str(folder))[0] == 0
    code, out = kdm("backup", "list", str(folder))
    assert TR_STAMP.match(out), out
    no_numeric_day(out)
    (backup,) = folder.glob("*.kdmbak")
    code, out = kdm("backup", "verify", str(backup))
    assert re.search(r"Tarih: \d{1,2} \w+ \d{4} \w+, \d\d:\d\d\n", out), out
    code, out = kdm("--lang", "en", "backup", "verify", str(backup))
    assert re.search(r"Date: \w+day \d{1,2} \w+ \d{4}, \d\d:\d\d\n", out), out

    activity = {"date": "2026-03-08", "kind": "seminer", "topic": "Tanışma", "participants": 45}
    code, out = kdm("activity", "add", "@FILE", data=activity)
    assert code == 0 and "8 Mart 2026" in out, out
    code, out = kdm("activity", "list")
    assert out.startswith("8 Mart 2026  "), out
    code, out = kdm("--lang", "en", "activity", "list")
    assert out.startswith("8 March 2026  "), out


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_her_copy_and_the_case_summary_write_their_days_out(
    kdm: Kdm, case_number: str, tmp_path: Path
) -> None:
    appt = {"start": "2026-12-08T10:00", "duration_min": 50, "staff": ADMIN, "type": "takip"}
    assert kdm("appt", "add", "@FILE", data={**appt, "case_id": case_number})[0] == 0
    risk = {"answers": {"threat_to_kill": True}, "assessed_on": "2026-06-20"}
    assert kdm("risk", "add", case_number, "@FILE", data=risk)[0] == 0
    dates = {"decision_date": "2026-06-01", "start_date": "2026-06-01", "end_date": "2026-09-01"}
    assert kdm("order", "add", case_number, "@FILE", data={**ORDER, **dates})[0] == 0
    assert kdm("subject-request", "add", case_number, "--kind", "access")[0] == 0
    copy = tmp_path / "dokum.pdf"
    code, out = kdm("--lang", "en", "subject-export", case_number, "-o", str(copy))
    assert code == 0, out
    text = _pdf_text(copy)
    no_numeric_day(text)
    assert "8 Aralık 2026 Salı, 10:00" in text  # one appointment: with its weekday
    assert "20 Haziran 2026" in text and "1 Haziran 2026 – 1 Eylül 2026" in text
    assert "December" not in text  # her copy is a Turkish document whatever --lang says

    summary = tmp_path / "ozet.pdf"
    code, out = kdm("letter", "summary", case_number, "-o", str(summary))
    assert code == 0, out
    text = _pdf_text(summary)
    no_numeric_day(text)
    assert "19 Şubat 2025" in text and "19 Şubat 2025 Çarşamba" not in text  # a fact, no weekday


def test_her_copy_reads_in_words_not_codes(kdm: Kdm, case_number: str, tmp_path: Path) -> None:
    """Her copy of her own data (KVKK art. 11) printed the status history as a record
    dump ("status: acik, closure_reason: None, …") and her appointments with their
    codes ("takip (planned)"). She reads it: every line is in words."""
    appt = {"start": "2026-12-08T10:00", "duration_min": 50, "staff": ADMIN, "type": "takip"}
    assert kdm("appt", "add", "@FILE", data={**appt, "case_id": case_number})[0] == 0
    assert kdm("subject-request", "add", case_number, "--kind", "access")[0] == 0
    copy = tmp_path / "dokum.pdf"
    code, out = kdm("--lang", "en", "subject-export", case_number, "-o", str(copy))
    assert code == 0, out
    text = _pdf_text(copy)
    for code_word in ("status:", "closure_reason", "None", "changed_at", "acik", "planned"):
        assert code_word not in text, code_word
    assert "Takip (Planlandı)" in text
    assert "Açık" in text
