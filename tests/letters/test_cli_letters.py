"""`kdm letter …` and `kdm consent …`: the contract of docs/cli-letters.md."""

from __future__ import annotations

import json

import pytest
from letters_support import new_case, pdf_text


@pytest.fixture
def case_id(casefile) -> str:
    with casefile.login() as s:
        return new_case(s)


def test_consent_gate_make_list_reprint(kdm, case_id, tmp_path) -> None:
    code, out, _ = kdm("letter", "templates", "--json")
    assert code == 0
    listed = json.loads(out)
    kinds = {k["value"] for k in listed["recipient_kinds"]}
    assert {t["recipient_kind"] for t in listed["templates"]} == kinds
    assert all(t["name"] for t in listed["templates"])

    target = tmp_path / "yazi.pdf"
    args = (
        "letter",
        "make",
        case_id,
        "--template",
        "sonim-sevk",
        "--field",
        "reason=Barınma desteği",
        "-o",
        str(target),
    )
    code, out, err = kdm(*args)
    assert code == 4
    assert "ŞÖNİM" in err and "açık rıza" in err
    assert not target.exists()

    assert kdm("consent", "grant", case_id, "--purpose", "share", "--recipient", "sonim")[0] == 0
    code, out, _ = kdm(*args, "--tick", "tc_kimlik_no", "--json")
    assert code == 0, out
    made = json.loads(out)
    assert "Işıl Çağlayan İğdeli" in pdf_text(target.read_bytes())

    code, out, _ = kdm("letter", "list", case_id, "--json")
    (row,) = json.loads(out)["letters"]
    assert (row["number"], row["status"]) == (made["number"], "gonderildi")

    again = tmp_path / "tekrar.pdf"
    assert kdm("letter", "reprint", made["id"], "-o", str(again))[0] == 0
    assert again.read_bytes() == target.read_bytes()
    assert kdm("letter", "status", made["id"], "answered", "--note", "Yanıt geldi")[0] == 0

    assert kdm("consent", "withdraw", case_id, "--purpose", "share", "--recipient", "sonim")[0] == 0
    code, _, err = kdm("letter", "reprint", made["id"], "-o", str(again))
    assert code == 4 and "geri alınmış" in err


def test_bad_input_is_refused_in_turkish(kdm, case_id, tmp_path) -> None:
    code, _, err = kdm("consent", "grant", case_id, "--purpose", "share", "--recipient", "uzay")
    assert code == 4 and "Kurum türü tanınmadı" in err
    kdm("consent", "grant", case_id, "--purpose", "share", "--recipient", "hastane")
    out_pdf = str(tmp_path / "x.pdf")
    code, _, err = kdm(
        "letter",
        "make",
        case_id,
        "--template",
        "hastane-sevk",
        "--field",
        "reason=Muayene",
        "--field",
        "konukevi_adresi=Gizli",
        "-o",
        out_pdf,
    )
    assert code == 4 and "ŞÖNİM" in err
    code, _, err = kdm("letter", "make", case_id, "--template", "yok", "-o", out_pdf)
    assert code == 4 and "şablonu yok" in err
    code, _, _ = kdm(
        "letter",
        "make",
        case_id,
        "--template",
        "hastane-sevk",
        "--field",
        "eşittir-yok",
        "-o",
        out_pdf,
    )
    assert code == 2
