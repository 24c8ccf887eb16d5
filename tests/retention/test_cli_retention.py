"""`kdm retention …`, `kdm subject-request …`, `kdm subject-export`: the CLI contract."""

from __future__ import annotations

import datetime
import io
import json
import re
import subprocess

import pytest
from pypdf import PdfReader
from retention_support import at, make_case

from kdm_desktop.cli.main import main
from kdm_desktop.security.roles import Role
from kdm_desktop.services.users import UserService
from kdm_testing import ADMIN, ADMIN_PASSWORD

STAFF_PASSWORD = "Personel-Parola-2026"


@pytest.fixture
def kdm(casefile, monkeypatch, capsys):
    with casefile.login() as s:
        UserService(s).add("sosyal", STAFF_PASSWORD, Role.SOCIAL_WORKER, "Sosyal")

    def run(*argv: str, user: str = ADMIN):
        password = ADMIN_PASSWORD if user == ADMIN else STAFF_PASSWORD
        monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
        code = main(
            ["--data-dir", str(casefile.data_dir), "--user", user, "--password-stdin", *argv]
        )
        out, err = capsys.readouterr()
        return code, out, err

    run.data_dir = casefile.data_dir  # type: ignore[attr-defined]
    return run


def test_policy_due_and_run_without_confirm_changes_nothing(kdm) -> None:
    case = make_case(kdm.data_dir, "Filiz", "Erdemörnek", at(2012, 5, 2), at(2013, 1, 15))
    code, out, _ = kdm("retention", "policy", "--json")
    assert code == 0
    kinds = {k["kind"]: k for k in json.loads(out)["kinds"]}
    assert set(kinds) >= {"closed_case", "session_notes", "letters", "audit_rows"}
    assert kinds["closed_case"]["events"] == ["case_closed", "last_contact", "order_ended"]

    code, out, _ = kdm("retention", "due", "--json")
    assert code == 0
    due = json.loads(out)["due"]
    assert [d["case_id"] for d in due] == [case] and "10 yıl" in due[0]["reason"]

    code, out, _ = kdm("retention", "run", "--json")
    assert code == 0 and json.loads(out)["destroyed"] is False
    code, out, _ = kdm("retention", "run")
    assert "--confirm" in out
    code, out, _ = kdm("retention", "due", "--json")
    assert len(json.loads(out)["due"]) == 1


def test_run_confirm_records_and_minutes_pdf(kdm, tmp_path) -> None:
    make_case(kdm.data_dir, "Filiz", "Erdemörnek", at(2012, 5, 2), at(2013, 1, 15))
    code, out, _ = kdm("retention", "run", "--confirm", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["destroyed"] is True and result["anonymised"] == 1
    record = result["record"]
    assert record["signature_ok"] and record["items"][0]["count"] == 1
    code, out, _ = kdm("retention", "records", "--json")
    assert [r["id"] for r in json.loads(out)["records"]] == [record["id"]]
    code, out, _ = kdm("retention", "records")  # days written out, as the window writes them
    assert not re.search(r"\d{4}-\d\d-\d\d", out), out
    assert re.search(r" \d{1,2} \w+ \d{4} \d\d:\d\d ", out) and "saklama " in out, out

    pdf = tmp_path / "tutanak.pdf"
    code, out, _ = kdm("retention", "minutes", record["id"][:8], "-o", str(pdf))
    assert code == 0
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    text = "\n".join(p.extract_text() or "" for p in reader.pages)
    assert "Kişisel Veri İmha Tutanağı" in text
    assert record["items"][0]["case_numbers"][0] in text
    assert record["digest"] in text.replace("\n", "")
    assert "Filiz" not in text and "Erdem" not in text
    fonts = [
        f.get_object()
        for page in reader.pages
        for f in page["/Resources"].get_object().get("/Font", {}).get_object().values()
    ]
    assert all(
        "/FontFile2" in f["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        for f in fonts
        if f.get("/Subtype") == "/Type0"
    )
    assert kdm("retention", "minutes", "nope", "-o", str(pdf))[0] == 1


def test_hold_and_release(kdm) -> None:
    case = make_case(kdm.data_dir, "Filiz", "Erdemörnek", at(2012, 5, 2), at(2013, 1, 15))
    code, out, _ = kdm("retention", "hold", case, "--reason", "Derdest dava", "--json")
    assert code == 0 and json.loads(out)["reason"] == "Derdest dava"
    assert kdm("retention", "hold", case, "--reason", "yine")[0] == 4
    code, out, _ = kdm("retention", "due", "--json")
    assert json.loads(out) == {
        "due": [],
        "kept": [
            {
                "case_id": case,
                "case_number": json.loads(out)["kept"][0]["case_number"],
                "due_on": "2023-01-15",
                "reasons": ["yasal saklama: Derdest dava"],
            }
        ],
    }
    assert kdm("retention", "hold", case, "--reason", "  ")[0] == 4
    assert kdm("retention", "release", case)[0] == 0
    assert kdm("retention", "release", case)[0] == 4


def test_exit_codes(kdm) -> None:
    assert kdm("retention", "due", user="sosyal")[0] == 3
    assert kdm("retention", "set", "closed_case", "1")[0] == 4
    code, out, _ = kdm("retention", "set", "closed_case", "12", "--json")
    assert code == 0
    assert {k["kind"]: k["years"] for k in json.loads(out)["kinds"]}["closed_case"] == 12
    assert kdm("retention", "hold", "NRL-2099-0001", "--reason", "x")[0] == 1
    assert kdm("retention", "bogus")[0] == 2


def test_subject_requests_and_export(kdm, tmp_path) -> None:
    case = make_case(kdm.data_dir, "Filiz", "Erdemörnek", at(2025, 5, 2), None)
    old = (datetime.date.today() - datetime.timedelta(days=40)).strftime("%d.%m.%Y")
    code, out, _ = kdm(
        "subject-request",
        "add",
        case,
        "--kind",
        "deletion",
        "--date",
        old,
        "--json",
        user="sosyal",
    )
    assert code == 0
    req = json.loads(out)
    assert req["overdue"] is True and req["days_left"] < 0
    assert kdm("subject-request", "add", case, "--kind", "other")[0] == 2
    assert kdm("subject-request", "add", case, "--kind", "access", "--date", "dün")[0] == 4
    code, out, _ = kdm("subject-request", "list", "--json")
    listed = json.loads(out)
    assert listed["overdue"] == 1
    code, out, _ = kdm("subject-request", "list")
    assert "SÜRESİ GEÇTİ" in out

    code, out, _ = kdm("subject-request", "review", req["id"][:8], "--json")
    assert json.loads(out)["possible"] is False
    assert kdm("subject-request", "erase", req["id"], "--confirm")[0] == 4

    pdf = tmp_path / "dokum.pdf"
    assert kdm("subject-export", case, "-o", str(pdf))[0] == 4
    assert kdm("subject-request", "add", case, "--kind", "access")[0] == 0
    assert kdm("subject-export", case, "-o", str(pdf))[0] == 0
    assert pdf.exists()


def test_pdftoppm_renders_the_minutes(kdm, tmp_path) -> None:
    make_case(kdm.data_dir, "Filiz", "Erdemörnek", at(2012, 5, 2), at(2013, 1, 15))
    _, out, _ = kdm("retention", "run", "--confirm", "--json")
    run_id = json.loads(out)["record"]["id"]
    pdf = tmp_path / "t.pdf"
    assert kdm("retention", "minutes", run_id, "-o", str(pdf))[0] == 0
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "p")], check=True)
    assert list(tmp_path.glob("p*.png"))


def test_run_confirm_reviewed_destroys_only_the_list_that_was_reviewed(kdm) -> None:
    """`run` shows the list and its review code; `run --confirm --reviewed CODE`
    destroys that list, and refuses (exit 4, nothing destroyed) when what is due has
    changed since: nothing becomes unrecoverable that the administrator did not see."""
    first = make_case(kdm.data_dir, "Filiz", "Erdemörnek", at(2012, 5, 2), at(2013, 1, 15))
    code, out, _ = kdm("retention", "run", "--json")
    assert code == 0
    review = json.loads(out)["review"]
    _, text, _ = kdm("retention", "run")
    assert f"--reviewed {review}" in text

    # Another file reaches its end after the review: the reviewed code no longer fits.
    second = make_case(kdm.data_dir, "Nurten", "Kayaörnek", at(2012, 6, 2), at(2013, 2, 15))
    code, out, _ = kdm("retention", "run", "--confirm", "--reviewed", review, "--json")
    assert code == 4
    refused = json.loads(out)
    assert refused["error_code"] == "retention.review_changed"
    assert "hiçbir şey imha edilmedi" in refused["error"]
    _, out, _ = kdm("retention", "due", "--json")
    assert sorted(d["case_id"] for d in json.loads(out)["due"]) == sorted([first, second])

    # Reviewed again: the new code destroys exactly the two files shown.
    _, out, _ = kdm("retention", "run", "--json")
    again = json.loads(out)["review"]
    assert again != review
    code, out, _ = kdm("retention", "run", "--confirm", "--reviewed", again, "--json")
    assert code == 0 and json.loads(out)["destroyed"] is True
    assert sorted(d["case_id"] for d in json.loads(out)["due"]) == sorted([first, second])
    _, out, _ = kdm("retention", "due", "--json")
    assert json.loads(out)["due"] == []
