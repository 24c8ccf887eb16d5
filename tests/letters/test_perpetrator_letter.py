"""Police letters and 6284 petitions name the perpetrator only when ticked, after consent."""

from __future__ import annotations

import pytest
from letters_support import grant_share, new_case, pdf_text

from kdm_desktop.domain.cases.choices import PerpetratorRelation, RecipientKind
from kdm_desktop.domain.perpetrator import Answer, Perpetrator
from kdm_desktop.errors import RefusedInput

# The shipped template revisions live with the templates (services/letter_templates.py).
from kdm_desktop.services import letter_templates as letters_module
from kdm_desktop.services.letters import LetterService
from kdm_desktop.services.perpetrators import PerpetratorService

REASON = "Eşi tarafından tehdit ediliyor."
POLICE = "emniyet-bildirim"
PETITION = "tedbir-talebi-6284"
HOSPITAL = "hastane-sevk"


def _case_with_him(session) -> str:
    case_id = new_case(session, share=(RecipientKind.POLICE, RecipientKind.SONIM))
    PerpetratorService(session).add(
        case_id,
        Perpetrator(
            relation=PerpetratorRelation.SPOUSE, name="Cengiz Öztürkoğlu", weapon_access=Answer.YES
        ),
    )
    PerpetratorService(session).add(case_id, Perpetrator(relation=PerpetratorRelation.BROTHER))
    return case_id


def test_police_letter_names_the_primary_only_when_ticked(session) -> None:
    case_id = _case_with_him(session)
    letters = LetterService(session)
    plain = pdf_text(letters.make(case_id, POLICE, {"reason": REASON}).pdf)
    assert "Öztürkoğlu" not in plain  # minimum data by default
    ticked = letters.make(case_id, POLICE, {"reason": REASON}, ["perpetrator"])
    text = " ".join(pdf_text(ticked.pdf).split())
    assert "Şiddet uygulayan: Cengiz Öztürkoğlu (yakınlığı: Eşi)" in text
    assert "silaha erişimi olduğunu beyan etmektedir" in text
    assert "Erkek kardeşi" not in text  # only the primary


def test_6284_petition_asks_for_measures_against_him(session) -> None:
    case_id = _case_with_him(session)
    content = LetterService(session).preview(
        case_id,
        PETITION,
        {"measures": "Uzaklaştırma, silahların teslimi", "reason": REASON},
        ["perpetrator"],
    )
    body = "\n".join(content.body)
    assert "tedbir kararı verilmesini talep etmektedir" in body
    assert "Talep edilen tedbirler: Uzaklaştırma, silahların teslimi" in body
    assert "Şiddet uygulayan: Cengiz Öztürkoğlu (yakınlığı: Eşi)" in body


def test_without_a_record_the_tick_is_not_offered(session) -> None:
    case_id = new_case(session, share=(RecipientKind.POLICE,))
    letters = LetterService(session)
    assert not letters.facts(case_id).offered("perpetrator")
    with pytest.raises(RefusedInput):
        letters.make(case_id, POLICE, {"reason": REASON}, ["perpetrator"])


def test_consent_is_checked_before_he_is_named(session) -> None:
    case_id = new_case(session)
    PerpetratorService(session).add(case_id, Perpetrator(relation=PerpetratorRelation.SPOUSE))
    with pytest.raises(RefusedInput) as refused:
        LetterService(session).make(case_id, POLICE, {"reason": REASON}, ["perpetrator"])
    assert "rıza" in refused.value.message
    grant_share(session, case_id, RecipientKind.POLICE)
    made = LetterService(session).make(case_id, POLICE, {"reason": REASON}, ["perpetrator"])
    assert "Şiddet uygulayan: Yakınlığı: Eşi." in "\n".join(made.content.body)


def test_an_older_file_gets_the_new_line_unless_the_centre_edited_it(session, monkeypatch) -> None:
    # A file whose templates were stored by the build before the perpetrator section
    # (template revision 2): opened by this build, unedited defaults get the line.
    before = letters_module.default_templates("letter_templates_v2.json")
    monkeypatch.setattr(letters_module, "TEMPLATE_REVISIONS", letters_module.TEMPLATE_REVISIONS[:2])
    monkeypatch.setattr(letters_module, "default_templates", lambda resource=None: before)
    letters = LetterService(session)
    names = [t.template.name for t in letters.templates()]
    assert PETITION not in names
    letters.update_template(
        "baro-adli-yardim", {"subject": "Adli yardım talebi (merkezimizce düzenlendi)"}
    )
    monkeypatch.undo()
    now = {t.template.name: t.template for t in LetterService(session).templates()}
    assert PETITION in now
    assert now[POLICE].version == 2
    assert "perpetrator" in [o.key for o in now[POLICE].optional]
    # The centre's own edit is kept: no line added behind its back.
    assert now["baro-adli-yardim"].version == 2
    assert "perpetrator" not in [o.key for o in now["baro-adli-yardim"].optional]
    assert now[HOSPITAL].version == 1  # unchanged default: nothing to add
