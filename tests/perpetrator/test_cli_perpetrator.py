"""`kdm perpetrator …`: the command-line contract (exit codes and JSON shapes)."""

from __future__ import annotations

import io
import json

import pytest
from perp_support import STAFF_PASSWORD

from kdm_desktop.cli.main import main


@pytest.fixture
def kdm(staffed, monkeypatch, capsys, tmp_path):
    def run(*argv: str, user: str = "sosyal", data: dict | None = None):
        monkeypatch.setattr("sys.stdin", io.StringIO(STAFF_PASSWORD + "\n"))
        args = list(argv)
        if data is not None:
            path = tmp_path / f"in-{len(list(tmp_path.iterdir()))}.json"
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            args = [a if a != "@FILE" else str(path) for a in args]
        code = main(
            ["--data-dir", str(staffed.data_dir), "--user", user, "--password-stdin", *args]
        )
        out, err = capsys.readouterr()
        return code, out, err

    return run


HUSBAND = {
    "relation": "Eşi",
    "name": "Volkan Aksoy",
    "age_band": "35_44",
    "weapon_access": "evet",
    "prior_orders": "hayir",
    "shared_children": 2,
    "note": "",
}


def test_add_list_update_primary_remove(kdm, case_id) -> None:
    code, out, _ = kdm("perpetrator", "add", case_id, "@FILE", "--json", data=HUSBAND)
    assert code == 0
    husband = json.loads(out)
    assert husband["relation"] == "es" and husband["primary"] is True
    assert husband["weapon_access"] == "evet" and husband["shared_children"] == 2
    code, out, _ = kdm("perpetrator", "add", case_id, "@FILE", "--json", data={"relation": "baba"})
    father = json.loads(out)
    assert (code, father["position"], father["primary"]) == (0, 2, False)

    code, out, _ = kdm("perpetrator", "list", case_id)
    assert code == 0
    assert out.splitlines()[0].startswith("1. Eşi — Volkan Aksoy (asıl) · silaha erişim: Evet")

    code, out, _ = kdm(
        "perpetrator", "update", case_id, husband["id"], "@FILE", "--json",
        data={**HUSBAND, "relation": "eski_es"},
    )  # fmt: skip
    assert code == 0 and json.loads(out)["relation"] == "eski_es"

    code, out, _ = kdm("perpetrator", "primary", case_id, father["id"], "--json")
    assert [p["relation"] for p in json.loads(out)["perpetrators"]] == ["baba", "eski_es"]

    code, out, _ = kdm("perpetrator", "remove", case_id, father["id"], "--json")
    assert (code, json.loads(out)) == (0, {"removed": father["id"]})
    code, out, _ = kdm("perpetrator", "list", case_id, "--json")
    assert [p["primary"] for p in json.loads(out)["perpetrators"]] == [True]


def test_exit_codes(kdm, case_id) -> None:
    code, out, _ = kdm(
        "perpetrator", "add", case_id, "@FILE", "--json",
        data={"relation": "es", "telefon": "0532 111 22 33", "shared_children": 50},
    )  # fmt: skip
    refused = json.loads(out)
    assert code == 4 and refused["exit_code"] == 4
    assert {f["field"] for f in refused["fields"]} == {"telefon", "shared_children"}
    code, out, _ = kdm("perpetrator", "list", case_id, "--json", user="sekreter")
    assert code == 3
    code, _, _ = kdm("perpetrator", "remove", case_id, "yok-boyle-bir-kayit")
    assert code == 4
    code, _, _ = kdm("perpetrator", "list", "NRL-2026-9999")
    assert code == 1
    code, _, _ = kdm("perpetrator")
    assert code == 2
