"""A reworded template keeps the addressee's fields, Kurum and Birim (recipient_org,
recipient_unit), and their checks: in a file from an earlier release, in the window's
template editor and with `kdm letter template-edit`."""

from __future__ import annotations

import dataclasses
import json

import pytest
from letters_support import new_case, pdf_text

from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.services.letter_templates import TEMPLATE_REVISIONS
from kdm_desktop.services.letters import LetterService, default_templates
from kdm_desktop.storage.letters_repo import LetterRepository
from kdm_desktop.storage.meta_repo import MetaRepository
from kdm_desktop.ui.letters.templates_page import LetterTemplatesPage

HOSPITAL = "hastane-sevk"
POLICE = "emniyet-bildirim"
REASON = "Sağlık kontrolü ve psikolojik destek gerekiyor."


def _karsiyaka(session) -> None:
    centre = session.centre()
    session.update_centre(dataclasses.replace(centre, district="Karşıyaka", code="KSK"))


def _release_0_1_templates(session, reworded: dict[str, dict[str, str]]) -> None:
    """Templates as an earlier release stored them (v1 wording, a fixed addressee and no
    Kurum/Birim fields), some of them reworded by the centre's administrator."""
    with session.db.transaction() as conn:
        repo = LetterRepository(conn)
        for data in default_templates("letter_templates_v1.json"):
            repo.add_template(data["name"], 1, data["recipient_kind"], data, "t", "yonetici")
            if data["name"] in reworded:
                edited = {**data, **reworded[data["name"]]}
                repo.add_template(data["name"], 2, data["recipient_kind"], edited, "t", "y")


# ----- a file from an earlier release -----


def test_old_reworded_template_gets_the_recipient_fields_and_keeps_her_wording(session) -> None:
    _release_0_1_templates(session, {HOSPITAL: {"subject": "Bizim başlığımız"}})
    case_id = new_case(session, share=(RecipientKind.HOSPITAL,))
    letters = LetterService(session)
    hospital = letters.template(HOSPITAL).template
    assert hospital.version == 3 and hospital.subject == "Bizim başlığımız"
    org, unit = hospital.input("recipient_org"), hospital.input("recipient_unit")
    assert org is not None and unit is not None
    assert (org.label, org.required, unit.label) == ("Kurum (ili ile)", True, "Birim")
    assert "{recipient_org}" in hospital.addressee
    # The shipped defaults come along: the letter starts addressed as before.
    assert letters.field_defaults(HOSPITAL)["recipient_org"] == "HASTANE BAŞHEKİMLİĞİNE"
    made = letters.make(
        case_id, HOSPITAL, {"reason": REASON, "recipient_unit": "Psikiyatri Polikliniği"}
    )
    text = pdf_text(made.pdf)
    assert "HASTANE BAŞHEKİMLİĞİNE" in text and "(Psikiyatri Polikliniği)" in text
    assert "Bizim başlığımız" in text
    # And its check: Kurum may not be left empty.
    with pytest.raises(ValidationErrors) as err:
        letters.check(case_id, HOSPITAL, {"reason": REASON, "recipient_org": ""})
    assert err.value.key == "letter.field_required"
    # Once only; the version she reworded is kept in the history.
    assert LetterService(session).template(HOSPITAL).template.version == 3
    history = letters.template_history(HOSPITAL)
    assert [t.template.subject for t in history][1:] == ["Bizim başlığımız"] * 2


def test_a_file_already_at_the_last_revision_is_mended_too(session) -> None:
    # Brought to revision 3 by a build that passed her template over.
    _release_0_1_templates(session, {HOSPITAL: {"subject": "Bizim başlığımız"}})
    with session.db.transaction() as conn:
        MetaRepository(conn).set("letters.templates_revision", str(len(TEMPLATE_REVISIONS)))
    hospital = LetterService(session).template(HOSPITAL).template
    assert hospital.input("recipient_org") is not None and hospital.version == 3
    # Once only.
    assert LetterService(session).template(HOSPITAL).template.version == 3


def test_her_own_old_addressee_becomes_what_the_fields_start_with(session) -> None:
    _karsiyaka(session)
    own = "İZMİR EMNİYET MÜDÜRLÜĞÜNE\n(Karşıyaka İlçe Emniyet Müdürlüğü)"
    _release_0_1_templates(session, {POLICE: {"addressee": own}})
    case_id = new_case(session, share=(RecipientKind.POLICE,))
    letters = LetterService(session)
    police = letters.template(POLICE).template
    assert police.input("recipient_org") is not None and police.version == 3
    assert letters.field_defaults(POLICE) == {
        "recipient_org": "İZMİR EMNİYET MÜDÜRLÜĞÜNE",
        "recipient_unit": "Karşıyaka İlçe Emniyet Müdürlüğü",
    }
    assert letters.preview(case_id, POLICE, {"reason": REASON}).addressee == own


# ----- rewording now -----


def test_window_rewording_keeps_the_recipient_fields_printed(qtbot, session) -> None:
    letters = LetterService(session)
    page = LetterTemplatesPage(session)
    qtbot.addWidget(page)
    page.select_template(HOSPITAL)
    # A fixed addressee would leave "Kurum" asked for at the desk but never printed.
    page.addressee.setPlainText("İZMİR İL SAĞLIK MÜDÜRLÜĞÜNE")
    assert not page.save()
    assert "{recipient_org}" in page.error.text()
    # Dropping the unit's line: "Birim" would be typed in and silently lost.
    page.addressee.setPlainText("{recipient_org}")
    assert not page.save()
    assert "Birim" in page.error.text() and "{recipient_unit}" in page.error.text()
    assert letters.template(HOSPITAL).template.version == 1
    page.addressee.setPlainText("{recipient_org}\n({recipient_unit})")
    page.subject.setText("Sağlık hizmeti için yönlendirme (güncel) hk.")
    assert page.save()
    saved = letters.template(HOSPITAL).template
    assert saved.version == 2 and saved.input("recipient_org") is not None


def test_cli_new_inputs_keep_the_recipient_fields_and_their_checks(kdm, tmp_path) -> None:
    edit = tmp_path / "edit.json"
    changes = {
        "inputs": [
            {"key": "reason", "label": "Sevk nedeni", "required": True, "multiline": True},
            {"key": "reference", "label": "İlgi (varsa)"},
            {"key": "appointment", "label": "Randevu günü"},
        ],
        "body": (
            "Merkezimize başvuran {name} için {reason}\n\nRandevu: {appointment}\n\n"
            "Gereğini arz ederim."
        ),
    }
    edit.write_text(json.dumps(changes, ensure_ascii=False), "utf-8")
    code, out, err = kdm("letter", "template-edit", HOSPITAL, str(edit), "--json")
    assert code == 0, err
    saved = json.loads(out)
    fields = {f["key"]: f for f in saved["inputs"]}
    assert [f["key"] for f in saved["inputs"]][:2] == ["recipient_org", "recipient_unit"]
    assert fields["recipient_org"]["required"] is True
    assert fields["recipient_org"]["default"] == ["HASTANE BAŞHEKİMLİĞİNE"]
    assert fields["recipient_unit"]["default"] == ["Sosyal Hizmet Birimi"]
    assert "appointment" in fields

    # An entry for Kurum that leaves out its default keeps the default; one that makes
    # it optional is refused (a letter with no addressee cannot be sent).
    others = [f for f in saved["inputs"] if not f["key"].startswith("recipient_")]
    relabel = {"inputs": [{"key": "recipient_org", "label": "Hastane"}, *others]}
    edit.write_text(json.dumps(relabel, ensure_ascii=False), "utf-8")
    code, out, err = kdm("letter", "template-edit", HOSPITAL, str(edit), "--json")
    assert code == 0, err
    org = json.loads(out)["inputs"][0]
    assert (org["label"], org["required"], org["default"]) == (
        "Hastane",
        True,
        ["HASTANE BAŞHEKİMLİĞİNE"],
    )
    optional = {"inputs": [{"key": "recipient_org", "label": "Kurum", "required": False}, *others]}
    edit.write_text(json.dumps(optional, ensure_ascii=False), "utf-8")
    code, _, err = kdm("letter", "template-edit", HOSPITAL, str(edit))
    assert code == 4 and "Kurum" in err
    code, out, _ = kdm("letter", "template-history", HOSPITAL, "--json")
    assert len(json.loads(out)["versions"]) == 3
