"""The perpetrator section through its service: rules, roles, audit, change announcements."""

from __future__ import annotations

import pytest

from kdm_desktop.changes import PERPETRATORS, Changes
from kdm_desktop.domain.cases.choices import PerpetratorRelation
from kdm_desktop.domain.perpetrator import Answer, Perpetrator, PerpetratorAgeBand
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import PermissionDenied, RefusedInput
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.perpetrators import PerpetratorService

HUSBAND = Perpetrator(
    relation=PerpetratorRelation.SPOUSE,
    name="  Murat   Şentürk ",
    age_band=PerpetratorAgeBand.FROM_35,
    weapon_access=Answer.YES,
    prior_orders=Answer.UNKNOWN,
    shared_children=2,
    note="Ruhsatsız tabancası olduğunu söylüyor.",
)
BROTHER_IN_LAW = Perpetrator(relation=PerpetratorRelation.OTHER, weapon_access=Answer.NO)


def _entries(session, case_id: str) -> list[tuple[str, str, str]]:
    return [
        (e.action, e.object_type, e.detail)
        for e in reversed(session.audit_entries(200))
        if e.object_id == case_id or f"case={case_id}" in e.detail
    ]


def test_first_record_is_primary_and_fields_are_cleaned(staffed, case_id, as_user) -> None:
    with as_user("sosyal") as s:
        svc = PerpetratorService(s)
        first = svc.add(case_id, HUSBAND)
        svc.add(case_id, BROTHER_IN_LAW)
        section = svc.section(case_id)
    assert section.rows[0].id == first.id
    assert section.primary is not None and section.primary.record.name == "Murat Şentürk"
    assert section.rows[0].record.shared_children == 2
    assert [r.position for r in section.rows] == [1, 2]
    assert section.rows[1].record.weapon_access is Answer.NO


def test_intake_answers_prefill_a_first_record(staffed, case_id, as_user) -> None:
    with as_user("sosyal") as s:
        section = PerpetratorService(s).section(case_id)
    assert section.rows == ()
    assert section.prefill.relation is PerpetratorRelation.SPOUSE
    assert section.prefill.weapon_access is Answer.YES  # "silaha erişim: Evet" at intake


def test_the_secretary_neither_sees_nor_writes_him(staffed, case_id, as_user) -> None:
    with as_user("sosyal") as s:
        PerpetratorService(s).add(case_id, HUSBAND)
    with as_user("sekreter") as s:
        svc = PerpetratorService(s)
        with pytest.raises(PermissionDenied):
            svc.section(case_id)
        with pytest.raises(PermissionDenied):
            svc.add(case_id, HUSBAND)
        with pytest.raises(PermissionDenied):
            svc.add_from_mapping(case_id, {"relation": "es"})


def test_every_read_and_change_is_audited(staffed, case_id, as_user) -> None:
    with as_user("avukat") as s:
        svc = PerpetratorService(s)
        a = svc.add(case_id, HUSBAND)
        b = svc.add(case_id, BROTHER_IN_LAW)
        svc.section(case_id)
        svc.update(case_id, a.id, Perpetrator(relation=PerpetratorRelation.EX_SPOUSE))
        svc.make_primary(case_id, b.id)
        svc.remove(case_id, a.id)
    with staffed.login() as admin:
        seen = _entries(admin, case_id)
    kinds = [(action, obj) for action, obj, _ in seen if obj.startswith("case_perpetrator")]
    assert kinds == [
        (AuditAction.CREATE, "case_perpetrator"),
        (AuditAction.CREATE, "case_perpetrator"),
        (AuditAction.VIEW, "case_perpetrators"),
        (AuditAction.CHANGE, "case_perpetrator"),
        (AuditAction.CHANGE, "case_perpetrator"),
        (AuditAction.DELETE, "case_perpetrator"),
    ]
    # The log never holds his name.
    assert not any("Murat" in detail for _, _, detail in seen)


def test_primary_moves_on_remove_and_on_request(staffed, case_id, as_user) -> None:
    with as_user("sosyal") as s:
        svc = PerpetratorService(s)
        a = svc.add(case_id, HUSBAND)
        b = svc.add(case_id, BROTHER_IN_LAW)
        c = svc.add(case_id, Perpetrator(relation=PerpetratorRelation.FATHER))
        svc.make_primary(case_id, c.id)
        assert [r.id for r in svc.list(case_id)] == [c.id, a.id, b.id]
        svc.remove(case_id, c.id)
        rows = svc.list(case_id)
    assert [(r.id, r.position) for r in rows] == [(a.id, 1), (b.id, 2)]


def test_bad_input_is_refused_whole_and_nothing_is_stored(staffed, case_id, as_user) -> None:
    with as_user("sosyal") as s:
        svc = PerpetratorService(s)
        before = s.counts()
        with pytest.raises(ValidationErrors) as bad:
            svc.add(case_id, Perpetrator(name="M3rat <script>", shared_children=40))
        assert {e.field for e in bad.value.errors} == {"name", "shared_children"}
        assert "Ortak çocuk sayısı 0 ile 20 arasında" in bad.value.message
        with pytest.raises(ValidationErrors) as empty:
            svc.add(case_id, Perpetrator())
        assert "yakınlığını seçin" in empty.value.message
        with pytest.raises(ValidationErrors) as mapped:
            svc.add_from_mapping(case_id, {"relation": "komşu", "adres": "Gizli Sk. 4"})
        fields = {e.field for e in mapped.value.errors}
        assert fields == {"relation", "adres"}
        assert "tutulmaz" in mapped.value.message
        assert s.counts() == before


def test_turkish_labels_are_accepted_from_json(staffed, case_id, as_user) -> None:
    with as_user("sosyal") as s:
        row = PerpetratorService(s).add_from_mapping(
            case_id,
            {"relation": "Eski eşi", "weapon_access": "Bilinmiyor", "prior_orders": "evet",
             "shared_children": "1", "age_band": "45_54"},
        )  # fmt: skip
    assert row.record == Perpetrator(
        relation=PerpetratorRelation.EX_SPOUSE,
        weapon_access=Answer.UNKNOWN,
        prior_orders=Answer.YES,
        shared_children=1,
        age_band=PerpetratorAgeBand.FROM_45,
    )


def test_a_record_of_another_case_is_not_found(staffed, case_id, as_user) -> None:
    from perp_support import add_case

    with as_user("sosyal") as s:
        other = add_case(s, first_name="Sevgi")
        row = PerpetratorService(s).add(other, HUSBAND)
        with pytest.raises(RefusedInput) as gone:
            PerpetratorService(s).remove(case_id, row.id)
    assert gone.value.exit_code == 4


def test_changes_are_announced_for_that_case(staffed, case_id, as_user) -> None:
    seen: list[Changes] = []
    with as_user("sosyal") as s:
        s.changes.subscribe(seen.append)
        row = PerpetratorService(s).add(case_id, HUSBAND)
        PerpetratorService(s).update(case_id, row.id, HUSBAND)  # unchanged: no write
        PerpetratorService(s).section(case_id)  # a read announces nothing
    assert len(seen) == 1
    assert seen[0].touches_case(case_id, PERPETRATORS)
    assert not seen[0].any_case


def test_demo_cases_complete_the_section_without_moving_the_statistics(staffed) -> None:
    from kdm_desktop.domain.statistics.periods import year
    from kdm_desktop.services.demo_cases import fill_demo_cases
    from kdm_desktop.services.statistics import StatisticsService
    from kdm_desktop.storage.cases_repo import CaseRepository

    with staffed.login() as admin:
        fill_demo_cases(admin, 60, seed=7)
        conn = admin.db.conn
        named = conn.execute(
            "SELECT count(*) FROM cases WHERE perpetrator_relation IS NOT NULL"
        ).fetchone()[0]
        assert admin.counts()["case_perpetrators"] == named > 0
        ids = [r[0] for r in conn.execute("SELECT id FROM cases").fetchall()]
        for case_id in ids:
            record = CaseRepository(conn).by_id(case_id)
            assert record is not None
            rows = PerpetratorService(admin).list(case_id)
            assert [r.record.relation for r in rows] == (
                [record.draft.perpetrator_relation] if record.draft.perpetrator_relation else []
            )
        this_year = admin.now().year
        counts = StatisticsService(admin).exact(year(this_year))
        intake = dict(
            conn.execute(
                "SELECT COALESCE(perpetrator_relation, 'belirtilmedi'), count(*) FROM cases "
                "WHERE substr(application_date, 1, 4) = ? GROUP BY 1",
                (str(this_year),),
            ).fetchall()
        )
        assert counts.by_category("failin_yakinligi") == intake
