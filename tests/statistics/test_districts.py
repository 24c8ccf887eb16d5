"""The closed district list, and free-text districts mapped onto it."""

from __future__ import annotations

import pytest
from stats_support import add_case, legacy_district

from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.domain.statistics.districts import district_list
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.statistics import StatisticsService
from kdm_desktop.storage.statistics_schema import map_free_text_districts


def test_izmir_has_its_thirty_districts_spelled_correctly() -> None:
    izmir = district_list("izmir")
    names = {d.name for d in izmir.districts}
    assert len(names) == 30
    assert {"Çiğli", "Karşıyaka", "Kınık", "Ödemiş", "Güzelbahçe", "Narlıdere", "Beydağ"} <= names
    assert izmir.province == "İzmir"


def test_turkish_folded_matching() -> None:
    izmir = district_list()
    for text in ("KARŞIYAKA", "karsiyaka", "Karşıyaka / İzmir", "  karşıyaka ilçesi ", "KARSIYAKA"):
        assert izmir.match(text) == "karsiyaka", text
    assert izmir.match("ÇİĞLİ") == "cigli"
    assert izmir.match("Kinik") == "kinik"
    assert izmir.match("Kiraz") == "kiraz"
    assert izmir.match("Nilüfer") is None
    assert izmir.classify("") == "belirtilmedi"
    assert izmir.classify("Atlantis") == "eslesmeyen"


def test_the_migration_rewrites_matching_values_and_leaves_the_rest_for_the_admin(session) -> None:
    add_case(session, "2026-03-01", district="KARSIYAKA")
    add_case(session, "2026-03-02", district="çiğli / izmir")
    add_case(session, "2026-03-03", district="Atlantis Mah.")
    add_case(session, "2026-03-04", district="Bornova")
    with session.db.transaction() as conn:
        map_free_text_districts(conn)
    values = {
        r[0] for r in session.db.conn.execute("SELECT DISTINCT district FROM cases").fetchall()
    }
    assert values == {"Karşıyaka", "Çiğli", "Atlantis Mah.", "Bornova"}
    unmapped = StatisticsService(session).unmapped_districts()
    assert [(u.text, u.cases) for u in unmapped] == [("Atlantis Mah.", 1)]


def test_intake_takes_a_district_of_the_list_in_its_correct_spelling(session) -> None:
    cases = CaseService(session)
    base = {"first_name": "Sevgi", "last_name": "Aydınörnek"}
    ref = cases.create(CaseDraft(**base, district="KARSIYAKA"))
    assert cases.get(ref.id).draft.district == "Karşıyaka"
    with pytest.raises(ValidationErrors) as refused:
        cases.create(CaseDraft(**base, district="Nilüfer"))
    errors = refused.value.errors  # type: ignore[attr-defined]
    assert [e.field for e in errors] == ["district"]
    assert "Nilüfer" in errors[0].message and "İzmir" in errors[0].message
    assert "Narlıdere" in errors[0].message  # a suggestion


def test_an_old_unmapped_district_survives_an_edit_of_another_field(session) -> None:
    cases = CaseService(session)
    case_id = add_case(session, "2026-03-01")
    legacy_district(session, case_id, "Atlantis Mah.")
    cases.update_from_mapping(case_id, {"reason": "Eşinden şiddet görüyor."})
    assert cases.get(case_id).draft.district == "Atlantis Mah."
    with pytest.raises(ValidationErrors):
        cases.update_from_mapping(case_id, {"district": "Başka Mah."})
    record = cases.update_from_mapping(case_id, {"district": "bornova"})
    assert record.draft.district == "Bornova"
    assert StatisticsService(session).unmapped_districts() == []
