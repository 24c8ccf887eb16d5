"""`kdm case …`: the command-line contract of docs/cli.md (exit codes and JSON shapes)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from case_support import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD, VALID_TC

from kdm_desktop.cli.main import main

INTAKE = {
    "first_name": "Işık",
    "last_name": "İğdeli",
    "tc_kimlik_no": VALID_TC,
    "birth_date": "1988-04-12",
    "phone": "0532 123 45 67",
    "other_phones": ["0232 444 55 66"],
    "address": "Gizli Sokak 5",
    "district": "Karşıyaka",
    "address_confidential": True,
    "marital_status": "imam_nikahli",
    "education": "okuryazar_degil",
    "channel": "alo_183",
    "violence_types": ["fiziksel", "israrli_takip"],
    "perpetrator_relation": "es",
    "children": [{"age": 6, "with_her": True}],
    "consent": {"processing": True, "share_with_centres": False, "date": "2026-01-10"},
}


@pytest.fixture
def kdm(staffed, monkeypatch, capsys, tmp_path):
    def run(*argv: str, user: str = ADMIN, data: dict | None = None, raw: str | None = None):
        password = ADMIN_PASSWORD if user == ADMIN else STAFF_PASSWORD
        monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
        args = list(argv)
        if data is not None or raw is not None:
            path = tmp_path / f"in-{len(list(tmp_path.iterdir()))}.json"
            path.write_text(raw if raw is not None else json.dumps(data), encoding="utf-8")
            args = [a if a != "@FILE" else str(path) for a in args]
        code = main(
            ["--data-dir", str(staffed.data_dir), "--user", user, "--password-stdin", *args]
        )
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _json(out: str) -> dict:
    return json.loads(out)


def test_add_show_search_list(kdm) -> None:
    code, out, _ = kdm("case", "add", "@FILE", "--json", user="sosyal", data=INTAKE)
    assert code == 0
    added = _json(out)
    assert set(added) == {"id", "case_number", "possible_duplicates"}
    assert added["case_number"].startswith("NRL-") and added["possible_duplicates"] == []

    code, out, _ = kdm("case", "show", added["case_number"], "--json", user="sosyal")
    assert code == 0
    shown = _json(out)
    assert shown["id"] == added["id"]
    assert shown["fields"]["phone"] == "+905321234567"
    assert shown["fields"]["violence_types"] == ["fiziksel", "israrli_takip"]
    assert shown["fields"]["children"] == [{"age": 6, "with_her": True}]
    assert shown["id_kind"] == "tc"
    # The confidential address never leaves the program, not even to the terminal.
    assert shown["withheld_fields"] == ["address", "neighbourhood", "district"]
    assert shown["fields"]["address"] == "" and shown["fields"]["district"] == ""
    assert "Gizli Sokak" not in out
    assert [c["purpose"] for c in shown["consents"]] == ["isleme"]
    for key in ("services", "notes", "attachments", "status_history", "hidden_note_count"):
        assert key in shown

    for typed in ("isik", "IŞIK", "igdeli", "0532 123", added["case_number"]):
        code, out, _ = kdm("case", "search", typed, "--json", user="avukat")
        assert code == 0
        found = _json(out)
        assert found["count"] == 1
        row = found["results"][0]
        assert {"id", "case_number", "first_name", "last_name"} <= set(row)
        assert (row["id"], row["first_name"], row["last_name"]) == (added["id"], "Işık", "İğdeli")

    code, out, _ = kdm("case", "list", "--status", "acik", "--json")
    assert code == 0 and _json(out)["total"] == 1
    code, out, _ = kdm("case", "list", "--status", "kapali", "--json")
    assert _json(out) == {"total": 0, "offset": 0, "results": []}


def test_refused_record_lists_every_field_and_stores_nothing(kdm) -> None:
    bad = dict(INTAKE, tc_kimlik_no="12345678901", birth_date="2999-01-01", phone="12", bogus=1)
    code, out, _ = kdm("case", "add", "@FILE", "--json", data=bad)
    assert code == 4
    err = _json(out)
    assert err["error_code"] == "input.fields_invalid"
    assert err["exit_code"] == 4
    fields = {f["field"]: f["message"] for f in err["fields"]}
    assert set(fields) == {"bogus", "tc_kimlik_no", "birth_date", "phone"}
    assert "'bogus'" in fields["bogus"]
    assert "T.C. Kimlik No" in fields["tc_kimlik_no"]
    assert "Doğum tarihi" in fields["birth_date"]
    code, out, _ = kdm("case", "list", "--json")
    assert _json(out)["total"] == 0


def test_refusal_without_json_prints_turkish_lines(kdm) -> None:
    code, out, err = kdm("case", "add", "@FILE", data={"first_name": "", "last_name": "Kaya"})
    assert code == 4
    assert "Adı boş bırakılamaz." in err and out == ""


@pytest.mark.parametrize(
    "raw",
    ["[1, 2]", "{not json", '{"first_name": "A", "first_name": "B", "last_name": "C"}'],
)
def test_malformed_files_are_refused(kdm, raw: str) -> None:
    code, out, _ = kdm("case", "add", "@FILE", "--json", raw=raw)
    assert code == 4
    assert _json(out)["error_code"] in ("input.case.not_object", "input.case.duplicate_key")


def test_secretary_is_refused_with_exit_3(kdm) -> None:
    code, out, _ = kdm("case", "add", "@FILE", "--json", user="sekreter", data=INTAKE)
    assert code == 3
    assert _json(out)["error_code"] == "auth.permission"
    code, _, _ = kdm("case", "search", "isik", "--json", user="sekreter")
    assert code == 3


def test_update_status_assign_and_unknown_case(kdm) -> None:
    code, out, _ = kdm("case", "add", "@FILE", "--json", data=INTAKE)
    case_id = _json(out)["id"]
    code, out, _ = kdm(
        "case",
        "update",
        case_id,
        "@FILE",
        "--json",
        data={"district": "Buca", "phone": "0542 111 22 33"},
    )
    assert code == 0 and _json(out)["changed"] == ["district", "phone"]
    code, out, _ = kdm("case", "update", case_id, "@FILE", "--json", data={"consent": {}})
    assert code == 4 and _json(out)["fields"][0]["field"] == "consent"
    code, out, _ = kdm("case", "status", case_id, "kapali", "--json")
    assert code == 4 and _json(out)["error_code"] == "input.case.closure_reason"
    code, out, _ = kdm("case", "status", case_id, "kapali", "--reason", "tasindi", "--json")
    assert code == 0 and _json(out)["status"] == "kapali"
    code, out, _ = kdm("case", "assign", case_id, "psikolog", "--json")
    assert code == 0 and _json(out)["assigned_to"] == "psikolog"
    code, out, _ = kdm("case", "assign", case_id, "sekreter", "--json")
    assert code == 4
    code, out, _ = kdm("case", "show", "NRL-1999-0001", "--json")
    assert code == 1 and _json(out)["error_code"] == "case.not_found"
    code, out, _ = kdm("case", "list", "--status", "uçuyor", "--json")
    assert code == 2


def test_duplicate_warning_on_add(kdm) -> None:
    assert kdm("case", "add", "@FILE", "--json", data=INTAKE)[0] == 0
    code, out, _ = kdm("case", "add", "@FILE", "--json", data=dict(INTAKE, first_name="Isik"))
    assert code == 0
    dups = _json(out)["possible_duplicates"]
    assert len(dups) == 1 and "ayni_kimlik_no" in dups[0]["reasons"]


def test_every_case_command_is_audited(kdm) -> None:
    _, out, _ = kdm("case", "add", "@FILE", "--json", data=INTAKE)
    case_id = _json(out)["id"]
    kdm("case", "show", case_id, "--json")
    kdm("case", "search", "isik", "--json")
    kdm("case", "list", "--json")
    _code, out, _ = kdm("audit", "list", "--limit", "20", "--json")
    entries = _json(out)["entries"]
    seen = {(e["action"], e["object_type"]) for e in entries}
    assert {
        ("create", "case"),
        ("view", "case"),
        ("search", "case"),
        ("search", "case_list"),
    } <= seen
    assert "Işık" not in out and "isik" not in out


def test_docs_list_every_accepted_key() -> None:
    from kdm_desktop.domain.cases.consent import CONSENT_KEYS
    from kdm_desktop.domain.cases.intake import INTAKE_KEYS

    doc = (Path(__file__).parents[2] / "docs" / "cli.md").read_text("utf-8")
    for key in (*INTAKE_KEYS, *CONSENT_KEYS):
        assert f"`{key}`" in doc, key
