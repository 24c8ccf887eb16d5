"""Restoring an older backup re-applies destruction; her requests and her copy."""

from __future__ import annotations

import datetime
import io

import pytest
from pypdf import PdfReader
from retention_support import TODAY, at, make_case, raw_hits, session_at

from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.errors import PermissionDenied, RefusedInput
from kdm_desktop.services.backup import BackupService, Credentials, restore_backup
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.retention import RetentionService
from kdm_desktop.services.subject_requests import SubjectRequestService, parse_day
from kdm_desktop.storage.retention_repo import AnonymisedStatsRepository
from kdm_testing import ADMIN, ADMIN_PASSWORD, case_tally_is_fresh


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def test_restoring_an_older_backup_reapplies_the_destruction(casefile, tmp_path) -> None:
    gone = make_case(
        casefile.data_dir, "Hülya", "Bozkırörnek", at(2012, 5, 2), at(2013, 1, 15), marker=b"IZ-42"
    )
    kept = make_case(casefile.data_dir, "Melek", "Ağaoğluörnek", at(2020, 5, 2), None)
    with session_at(casefile.data_dir, TODAY) as s:
        backup = BackupService(s).create(tmp_path / "usb").path
        run = RetentionService(s).run().record.run
        key = s.master_key
    creds = Credentials(username=ADMIN, password=ADMIN_PASSWORD)
    restored = restore_backup(backup, casefile.data_dir, creds, replace=True)
    assert restored.kept_aside is not None
    with session_at(casefile.data_dir, TODAY) as s:
        cases = CaseService(s)
        assert [r.id for r in cases.page()] == [kept]
        assert case_tally_is_fresh(s.db.conn) and cases.count() == 1
        assert [r.run.id for r in RetentionService(s).records()] == [run.id]
        assert AnonymisedStatsRepository(s.db.conn).count() == 1
        assert RetentionService(s).due().items == ()
        assert s.check().sound
        assert any(e.object_type == "retention_restore" for e in s.audit_entries(50))
    hits = raw_hits(casefile.data_dir / "casefile.kdm", key, [b"Bozk\xc4\xb1r", b"IZ-42"])
    assert hits == []
    assert gone


def test_restore_into_an_empty_folder_keeps_the_backup_as_it_was(casefile, tmp_path) -> None:
    make_case(casefile.data_dir, "Hülya", "Bozkırörnek", at(2012, 5, 2), at(2013, 1, 15))
    with session_at(casefile.data_dir, TODAY) as s:
        backup = BackupService(s).create(tmp_path / "usb").path
        RetentionService(s).run()
    creds = Credentials(username=ADMIN, password=ADMIN_PASSWORD)
    restore_backup(backup, tmp_path / "elsewhere", creds)
    with session_at(tmp_path / "elsewhere", TODAY) as s:
        # No live file to learn from: the case is simply due again and listed.
        assert len(RetentionService(s).due().items) == 1


def test_deletion_request_past_30_days_is_overdue(casefile) -> None:
    case = make_case(casefile.data_dir, "Zeliha", "Yücelörnek", at(2024, 1, 5), at(2025, 1, 5))
    with session_at(casefile.data_dir, TODAY) as s:
        requests = SubjectRequestService(s)
        old = requests.add(case, "deletion", TODAY.date() - datetime.timedelta(days=31))
        fresh = requests.add(case, "access", TODAY.date() - datetime.timedelta(days=3))
        assert old.due_on == datetime.date(2026, 12, 3)
        assert old.overdue(TODAY.date()) and not fresh.overdue(TODAY.date())
        assert fresh.days_left(TODAY.date()) == 27
        summary = requests.summary()
        assert (summary.open, summary.overdue) == (2, 1)
        with pytest.raises(RefusedInput):
            requests.add(case, "access", TODAY.date() + datetime.timedelta(days=1))
        requests.answer(fresh.id, "Döküm kendisine elden verildi.")
        assert requests.summary().open == 1


def test_deletion_request_respects_holds_then_destroys(casefile) -> None:
    case = make_case(casefile.data_dir, "Zeliha", "Yücelörnek", at(2024, 1, 5), None)
    with session_at(casefile.data_dir, TODAY) as s:
        requests = SubjectRequestService(s)
        req = requests.add(case, "deletion")
        review = requests.review_deletion(req.id)
        assert not review.possible and "açık" in review.blocked_by[0]
        CaseService(s).set_status(case, CaseStatus.CLOSED, reason=ClosureReason.CLIENT_REQUEST)
        RetentionService(s).hold(case, "Derdest ceza davası")
        with pytest.raises(RefusedInput) as err:
            requests.carry_out_deletion(req.id)
        assert "Derdest ceza davası" in err.value.message
        RetentionService(s).release(case)
        result = requests.carry_out_deletion(req.id)
        assert result.record.run.trigger == "subject_request"
        assert CaseService(s).count() == 0
        answered = requests.get(req.id)
        assert answered.answered_on == TODAY.date() and answered.case_id is None
        assert answered.case_number == result.record.run.items[0].case_numbers[0]


def test_her_copy_needs_her_request_and_is_complete(casefile, tmp_path) -> None:
    case = make_case(
        casefile.data_dir, "Gönül", "Çetinkayaörnek", at(2025, 3, 5), None, marker=b"x"
    )
    out = tmp_path / "dokum.pdf"
    with session_at(casefile.data_dir, TODAY) as s:
        requests = SubjectRequestService(s)
        with pytest.raises(RefusedInput):
            requests.export(case, out)
        assert not out.exists()
        requests.add(case, "access")
        from kdm_desktop.domain.protection.safety_plan import load_safety_plan_template
        from kdm_desktop.services.safety_plans import SafetyPlanService

        section = load_safety_plan_template().sections[1].id
        SafetyPlanService(s).save(
            case,
            checked={},
            notes={section: "Kod kelime: papatya"},
            review_date=None,
            hide_logo=False,
        )
        requests.export(case, out)
        text = _pdf_text(out.read_bytes())
        assert "papatya" in text and "Randevu yok." in text
        for expected in ("Gönül", "Çetinkayaörnek", "dilekce.pdf", "532 987 65 43", "Karşıyaka"):
            assert expected in text
        assert "KİŞİYE ÖZEL" in text
        assert any(e.action == "export" and e.detail == "subject_copy" for e in s.audit_entries(20))


def test_dates_in_turkish_or_iso_form() -> None:
    assert parse_day("03.12.2026") == parse_day("2026-12-03") == datetime.date(2026, 12, 3)
    with pytest.raises(RefusedInput):
        parse_day("dün")


def test_secretary_cannot_log_or_list_requests(casefile) -> None:
    from kdm_desktop.security.roles import Role
    from kdm_desktop.services.casefile import open_session
    from kdm_desktop.services.users import UserService

    case = make_case(casefile.data_dir, "Zeliha", "Yücelörnek", at(2024, 1, 5), None)
    with session_at(casefile.data_dir, TODAY) as s:
        UserService(s).add("sekreter", "Personel-Parola-2026", Role.SECRETARY, "Sekreter")
    with open_session(casefile.data_dir, "sekreter", "Personel-Parola-2026") as s:
        with pytest.raises(PermissionDenied):
            SubjectRequestService(s).add(case, "access")
        assert SubjectRequestService(s).summary().open == 0


def test_her_copy_uses_the_centres_numbers_and_leaves_his_name_out(casefile, tmp_path) -> None:
    from kdm_desktop.domain.cases.choices import PerpetratorRelation
    from kdm_desktop.domain.perpetrator import Answer, Perpetrator
    from kdm_desktop.domain.protection.safety_plan import load_safety_plan_template
    from kdm_desktop.services.perpetrators import PerpetratorService
    from kdm_desktop.services.safety_plans import SafetyPlanService

    case = make_case(casefile.data_dir, "Sevgül", "Akçayörnek", at(2025, 3, 5), None, marker=b"y")
    out = tmp_path / "dokum.pdf"
    with session_at(casefile.data_dir, TODAY) as s:
        plans = SafetyPlanService(s)
        plans.set_emergency_numbers([("112", "Acil Çağrı"), ("0232 555 44 33", "Merkez nöbet")])
        section = load_safety_plan_template().sections[1].id
        plans.save(case, checked={}, notes={section: "x"}, review_date=None, hide_logo=False)
        PerpetratorService(s).add(
            case,
            Perpetrator(
                relation=PerpetratorRelation.SPOUSE,
                name="Tarık Yıldızörnek",
                weapon_access=Answer.YES,
                shared_children=2,
                note="Gizli personel notu",
            ),
        )
        requests = SubjectRequestService(s)
        requests.add(case, "access")
        requests.export(case, out)
    text = " ".join(_pdf_text(out.read_bytes()).split())
    assert "0232 555 44 33" in text and "Merkez nöbet" in text
    assert "183" not in text  # the program's default list is not used
    assert "Şiddet uygulayan (beyanınız)" in text
    assert "Yakınlığı: Eşi" in text and "silaha erişim: Evet" in text
    assert "ortak çocuk sayısı: 2" in text
    assert "Yıldızörnek" not in text and "Gizli personel notu" not in text
