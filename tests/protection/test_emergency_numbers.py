"""The centre's list of emergency numbers: 112 first, editable by the admin, stored in
the case file, printed first on the plan (PDF and printer) and shown in the window."""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from protection_support import make_case

from kdm_desktop.cli.main import main
from kdm_desktop.domain.protection.emergency_numbers import default_numbers
from kdm_desktop.domain.protection.safety_plan import SafetyPlan, printable_sections
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import PermissionDenied
from kdm_desktop.reports.printing import safety_plan_html
from kdm_desktop.security.roles import Role
from kdm_desktop.services.safety_plans import SafetyPlanService
from kdm_desktop.services.session import Session
from kdm_desktop.services.users import UserService
from kdm_testing import ADMIN, ADMIN_PASSWORD

SONIM_LINE = ("0232 000 11 22", "İzmir ŞÖNİM (7/24)")


def test_default_list_leads_with_112_and_keeps_the_others() -> None:
    numbers = [n.number for n in default_numbers()]
    assert numbers[0] == "112"
    assert {"155", "156", "183"} <= set(numbers)
    lines = printable_sections(SafetyPlan())[0][1]
    assert lines[0].startswith("112")


def _plan(session: Session) -> str:
    case = make_case(session)
    SafetyPlanService(session).save(
        case.id, checked={"during_incident": ["code_word"]}, notes={}, review_date=None,
        hide_logo=False,
    )  # fmt: skip
    return case.id


def test_admin_edits_the_list_and_every_plan_prints_it(session: Session, tmp_path: Path) -> None:
    case_id = _plan(session)
    plans = SafetyPlanService(session)
    assert plans.numbers_are_default()
    rows = [("112", "Acil Çağrı"), SONIM_LINE, ("183", "ALO 183"), ("", "KADES uygulaması")]
    saved = plans.set_emergency_numbers(rows)
    assert [(n.number, n.label) for n in saved] == rows and not plans.numbers_are_default()
    # Kept in the case file: a new session sees it.
    assert [(n.number, n.label) for n in SafetyPlanService(session).emergency_numbers()] == rows
    pdf = tmp_path / "plan.pdf"
    plans.print_pdf(case_id, pdf)
    assert shutil.which("pdftotext"), "poppler-utils is needed to read PDFs back"
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "0232 000 11 22 – İzmir ŞÖNİM (7/24)" in text
    assert text.index("112 – Acil Çağrı") < text.index("0232 000 11 22")
    assert "156" not in text  # the centre took it off its list
    html = plans.print_document(case_id).html
    assert "İzmir ŞÖNİM (7/24)" in html
    assert "İzmir ŞÖNİM" in safety_plan_html(SafetyPlan(), "", plans.emergency_numbers())
    entries = [e for e in session.audit_entries(20) if e.object_type == "emergency_numbers"]
    assert entries and entries[0].action == "change"
    # Back to the program's list.
    plans.set_emergency_numbers(None)
    assert plans.numbers_are_default() and plans.emergency_numbers() == default_numbers()


@pytest.mark.parametrize(
    ("rows", "key"),
    [
        ([], "plan.numbers_empty"),
        ([("", "")], "plan.numbers_empty"),
        ([("112a", "Acil")], "plan.number_format"),
        ([("112", "")], "plan.number_label"),
        ([("112", "x")] * 16, "plan.numbers_too_many"),
    ],
)
def test_bad_lists_are_refused_and_nothing_changes(session: Session, rows, key) -> None:
    plans = SafetyPlanService(session)
    with pytest.raises(ValidationErrors) as err:
        plans.set_emergency_numbers(rows)
    assert err.value.key == key and err.value.message
    assert plans.numbers_are_default()


def test_only_the_admin_changes_the_list(session: Session) -> None:
    UserService(session).add("sosyal", "Personel-Parola-2026", Role.SOCIAL_WORKER, "Sevgi Öz")
    session.user = dataclasses.replace(session.user, username="sosyal", role=Role.SOCIAL_WORKER)
    with pytest.raises(PermissionDenied):
        SafetyPlanService(session).set_emergency_numbers([("112", "Acil")])
    assert SafetyPlanService(session).emergency_numbers()[0].number == "112"


def _run(monkeypatch, capsys, data_dir: Path, *argv: str) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(["--data-dir", str(data_dir), "--user", ADMIN, "--password-stdin", *argv])
    return code, capsys.readouterr().out


def test_cli_numbers_show_set_reset(casefile, tmp_path, monkeypatch, capsys) -> None:
    code, out = _run(monkeypatch, capsys, casefile.data_dir, "safety-plan", "numbers", "--json")
    data = json.loads(out)
    assert code == 0 and data["default"] is True and data["numbers"][0]["number"] == "112"
    good = tmp_path / "n.json"
    good.write_text(
        json.dumps({"numbers": [{"number": "112", "label": "Acil Çağrı"},
                                {"number": SONIM_LINE[0], "label": SONIM_LINE[1]}]}),
        "utf-8",
    )  # fmt: skip
    code, out = _run(
        monkeypatch, capsys, casefile.data_dir, "safety-plan", "numbers-set", str(good), "--json"
    )
    assert code == 0 and json.loads(out)["default"] is False
    assert json.loads(out)["numbers"][1] == {"number": SONIM_LINE[0], "label": SONIM_LINE[1]}
    bad = tmp_path / "b.json"
    bad.write_text(json.dumps({"numbers": [{"number": "on iki", "label": "x"}]}), "utf-8")
    code, out = _run(
        monkeypatch, capsys, casefile.data_dir, "safety-plan", "numbers-set", str(bad), "--json"
    )
    assert code == 4 and json.loads(out)["error_code"] == "plan.number_format"
    code, out = _run(monkeypatch, capsys, casefile.data_dir, "safety-plan", "numbers")
    assert code == 0 and "İzmir ŞÖNİM" in out
    code, out = _run(
        monkeypatch, capsys, casefile.data_dir, "safety-plan", "numbers-reset", "--json"
    )
    assert code == 0 and json.loads(out)["default"] is True
