"""A destruction run: what is due is destroyed without a trace; holds, records, statistics."""

from __future__ import annotations

import datetime
from collections import Counter

import pytest
from retention_support import TODAY, at, make_case, raw_hits, session_at

from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.domain.retention.policy import RecordKind
from kdm_desktop.errors import PermissionDenied, RefusedInput
from kdm_desktop.security.roles import Role
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.drafts import DraftService
from kdm_desktop.services.retention import RetentionService
from kdm_desktop.services.users import UserService
from kdm_desktop.storage.retention_repo import AnonymisedStatsRepository
from kdm_testing import case_tally_is_fresh

GONE_FIRST, GONE_LAST = "Gülizar", "Şahinoğluörnek"
KEPT_FIRST, KEPT_LAST = "Nermin", "Karaağaçlıörnek"
MARKER = b"EKDOSYA-ICERIK-7f3a9c"
DRAFT_WORD = "Yarımkalmışnotörnek"

_TABLES_WITH_CASE_ID = (
    "case_status_history",
    "case_consents",
    "case_services",
    "case_notes",
    "case_attachments",
    "risk_assessments",
    "safety_plans",
    "protection_orders",
    "letters",
    "appointments",
    "calendar_series",
    "transfer_sync_base",
    "transfer_conflicts",
    "retention_holds",
)
_DRAFTS = "SELECT count(*) FROM drafts WHERE object_id = ?"


def _needles() -> list[bytes]:
    words = [GONE_FIRST, GONE_LAST, "sahinogluornek", "gulizar", DRAFT_WORD]
    return [w.encode("utf-8") for w in words] + [MARKER]


@pytest.fixture
def two_cases(casefile) -> tuple[str, str]:
    gone = make_case(
        casefile.data_dir, GONE_FIRST, GONE_LAST, at(2012, 5, 2), at(2013, 1, 15), marker=MARKER
    )
    kept = make_case(casefile.data_dir, KEPT_FIRST, KEPT_LAST, at(2012, 6, 1), at(2013, 2, 1))
    return gone, kept


def test_closed_case_past_its_period_is_destroyed_without_trace(casefile, two_cases) -> None:
    gone, kept = two_cases
    db_path = casefile.data_dir / "casefile.kdm"
    with session_at(casefile.data_dir, TODAY) as s:
        key = s.master_key
        RetentionService(s).hold(kept, "Derdest dava: Karşıyaka 2. Aile Mahkemesi 2013/45 E.")
        # An unsaved editor's draft of her case holds her data too.
        DraftService(s).save(DraftKind.CASE_EDIT, gone, {"reason": DRAFT_WORD})
        s.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # The scan sees her name before the run: it would catch a leftover.
        assert raw_hits(db_path, key, _needles()) == _needles()

        service = RetentionService(s)
        due = service.due()
        assert [(i.kind, i.case_id) for i in due.items] == [(RecordKind.CLOSED_CASE, gone)]
        assert [k.case_id for k in due.kept] == [kept]
        assert "Derdest dava" in due.kept[0].reasons[0]
        result = service.run()
        wal = db_path.with_name("casefile.kdm-wal")
        assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated

        conn = s.db.conn
        assert conn.execute("SELECT count(*) FROM cases WHERE id = ?", (gone,)).fetchone()[0] == 0
        for table in _TABLES_WITH_CASE_ID:
            n = conn.execute(f"SELECT count(*) FROM {table} WHERE case_id = ?", (gone,)).fetchone()
            assert n[0] == 0, table
        assert conn.execute(_DRAFTS, (gone,)).fetchone()[0] == 0
        orphans = conn.execute(
            "SELECT count(*) FROM case_attachment_chunks WHERE attachment_id NOT IN "
            "(SELECT id FROM case_attachments)"
        ).fetchone()[0]
        assert orphans == 0
        assert case_tally_is_fresh(conn)  # the list's counts lose her file too
        assert (
            conn.execute(
                "SELECT count(*) FROM case_search WHERE case_search MATCH 'sahinogluornek'"
            ).fetchone()[0]
            == 0
        )
        assert CaseService(s).open(kept).record.draft.first_name == KEPT_FIRST
        assert result.record.signature_ok
        assert [i.case_numbers for i in result.record.run.items] == [
            (result.destroyed.items[0].case_number,)
        ]
    # Every page of the file, free pages included, decrypted: no trace of her.
    assert raw_hits(db_path, key, _needles()) == []


def test_held_case_is_kept_until_the_hold_is_released(casefile, two_cases) -> None:
    _, kept = two_cases
    with session_at(casefile.data_dir, TODAY) as s:
        service = RetentionService(s)
        service.hold(kept, "Yönetici kararı")
        with pytest.raises(RefusedInput):
            service.hold(kept, "ikinci kez")
        service.run()
        assert CaseService(s).open(kept).record.id == kept
        service.release(kept)
        with pytest.raises(RefusedInput):
            service.release(kept)
        assert [i.case_id for i in service.due().items] == [kept]
        actions = [(e.action, e.object_type) for e in s.audit_entries(200)]
        assert ("create", "retention_hold") in actions
        assert ("delete", "retention_hold") in actions


def test_order_in_force_keeps_a_closed_case(casefile, two_cases) -> None:
    gone, _ = two_cases
    with session_at(casefile.data_dir, TODAY) as s:
        s.db.conn.execute(
            "INSERT INTO protection_orders (id, case_id, kind, start_date, end_date, current_end, "
            "order_json, created_at, created_by, updated_at, updated_by) VALUES "
            "('o1', ?, 'koruyucu', '2026-10-01', '2027-03-31', '2027-03-31', '{}', 'x', 'x', "
            "'x', 'x')",
            (gone,),
        )
        due = RetentionService(s).due()
        assert gone in [k.case_id for k in due.kept]
        assert "tedbir" in due.kept[0].reasons[0]


def _stats(s) -> Counter[tuple[int, int, str, str]]:
    """Our own count over the same fields the statistics use: live cases + anonymised rows."""
    from kdm_desktop.domain.retention.anonymise import age_at, age_band

    counts: Counter[tuple[int, int, str, str]] = Counter()
    for row in CaseService(s).page(limit=500):
        d = CaseService(s).get(row.id).draft
        assert d.application_date is not None
        band = age_band(age_at(d, d.application_date))
        counts[(d.application_date.year, d.application_date.month, d.district, band)] += 1
    for a in AnonymisedStatsRepository(s.db.conn).rows():
        counts[(a.application_year, a.application_month, a.district, a.age_band)] += 1
    return counts


def test_statistics_of_past_periods_are_unchanged(casefile, two_cases) -> None:
    with session_at(casefile.data_dir, TODAY) as s:
        before = _stats(s)
        assert sum(before.values()) == 2
        RetentionService(s).run()
        assert _stats(s) == before
        assert CaseService(s).count() == 0  # both were due: only anonymised rows remain
        rows = AnonymisedStatsRepository(s.db.conn).rows(2012, 2012)
        assert len(rows) == 2
        text = repr(rows)
        for personal in (GONE_FIRST, GONE_LAST, "0532", "1985", "Apartmanı", "NRL-"):
            assert personal not in text


def test_record_survives_and_is_destroyed_after_three_years(casefile, two_cases) -> None:
    with session_at(casefile.data_dir, TODAY) as s:
        first = RetentionService(s).run().record.run
        assert first.keep_until == "2029-12-04"
        assert (
            first.backups_clear_after == (TODAY.date() + datetime.timedelta(days=180)).isoformat()
        )
    with session_at(casefile.data_dir, at(2029, 12, 3)) as s:
        RetentionService(s).run()
        assert first.id in [r.run.id for r in RetentionService(s).records()]
    with session_at(casefile.data_dir, at(2029, 12, 4)) as s:
        result = RetentionService(s).run()
        ids = [r.run.id for r in RetentionService(s).records()]
        assert first.id not in ids and result.record.run.id in ids
        assert result.records_expired == 1


def test_only_the_admin_manages_retention(casefile, two_cases) -> None:
    with session_at(casefile.data_dir, TODAY) as s:
        UserService(s).add("sosyal", "Personel-Parola-2026", Role.SOCIAL_WORKER, "Sosyal")
    from kdm_desktop.services.casefile import open_session

    with open_session(casefile.data_dir, "sosyal", "Personel-Parola-2026") as s:
        service = RetentionService(s)
        assert service.policy().kinds  # anyone may read the policy
        for action in (service.due, service.run, service.records):
            with pytest.raises(PermissionDenied):
                action()
        with pytest.raises(PermissionDenied):
            service.set_years("notes", 5)


def test_policy_periods_stay_within_legal_bounds(session) -> None:
    service = RetentionService(session)
    with pytest.raises(RefusedInput) as err:
        service.set_years("closed_case", 2)
    assert "5 ile 20" in err.value.message
    with pytest.raises(RefusedInput):
        service.set_years("no_such_kind", 5)
    policy = service.set_years("session_notes", 3)
    entry = policy.kind(RecordKind.SESSION_NOTES)
    assert (entry.years, entry.default_years, entry.changed) == (3, 5, True)


def test_shorter_note_period_destroys_notes_but_keeps_the_case(casefile) -> None:
    case = make_case(casefile.data_dir, "Sevgül", "Öztürkörnek", at(2019, 1, 5), at(2020, 1, 5))
    with session_at(casefile.data_dir, TODAY) as s:
        service = RetentionService(s)
        service.set_years("notes", 2)
        due = service.due()
        assert [(i.kind, i.count) for i in due.items] == [(RecordKind.NOTES, 1)]
        service.run()
        view = CaseService(s).open(case)
        assert view.notes == () and view.record.draft.first_name == "Sevgül"


def test_open_case_is_never_due(casefile) -> None:
    make_case(casefile.data_dir, "Aysel", "Demirciörnek", at(2001, 1, 5), None)
    with session_at(casefile.data_dir, TODAY) as s:
        assert RetentionService(s).due().items == ()


def test_start_screen_reminder_after_six_months(casefile, two_cases) -> None:
    with session_at(casefile.data_dir, TODAY) as s:
        reminder = RetentionService(s).reminder()
        # The file is new, but records are due: the admin is reminded now.
        assert reminder.run_due and reminder.due_count == 2
        RetentionService(s).run()
        assert not RetentionService(s).reminder().run_due
    with session_at(casefile.data_dir, at(2027, 6, 3)) as s:
        assert not RetentionService(s).reminder().run_due
    with session_at(casefile.data_dir, at(2027, 6, 4)) as s:
        reminder = RetentionService(s).reminder()
        assert reminder.run_due and reminder.due_count == 0


def test_tampered_record_fails_its_signature(casefile, two_cases) -> None:
    with session_at(casefile.data_dir, TODAY) as s:
        run = RetentionService(s).run().record.run
        s.db.conn.execute("UPDATE retention_run_items SET count = 0 WHERE run_id = ?", (run.id,))
        assert not RetentionService(s).record(run.id[:8]).signature_ok


def test_foreign_keys_to_cases_all_cascade(session) -> None:
    conn = session.db.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        for fk in conn.execute(f"PRAGMA foreign_key_list({table})").fetchall():
            if fk[2] == "cases":
                assert fk[6] in ("CASCADE", "SET NULL"), table


def test_rotation_removes_backups_older_than_the_policy_promises(casefile, tmp_path) -> None:
    from kdm_desktop.services.backup import BackupService, list_backups

    usb = tmp_path / "usb"
    with session_at(casefile.data_dir, at(2026, 1, 5)) as s:
        first = BackupService(s).create(usb).path
    with session_at(casefile.data_dir, at(2026, 6, 1)) as s:
        BackupService(s).create(usb)
        assert first.exists()  # 147 days: still within 180
    with session_at(casefile.data_dir, at(2026, 7, 10)) as s:
        result = BackupService(s).create(usb)
    assert result.removed == [first]
    assert len(list_backups(usb)) == 2


def test_run_destroys_only_what_was_reviewed(casefile, two_cases) -> None:
    gone, kept = two_cases
    with session_at(casefile.data_dir, TODAY) as s:
        service = RetentionService(s)
        reviewed = service.due()
        assert {i.case_id for i in reviewed.items} == {gone, kept}
        service.hold(kept, "İnceleme sonrası gelen mahkeme yazısı")
    late = make_case(casefile.data_dir, "Leman", "Sonradanörnek", at(2010, 1, 4), at(2011, 1, 4))
    with session_at(casefile.data_dir, TODAY) as s:
        result = RetentionService(s).run(reviewed=reviewed)
        assert [i.case_id for i in result.destroyed.items] == [gone]
        # The hold placed after the review wins; the case due but never reviewed stays.
        assert {r.id for r in CaseService(s).page()} == {kept, late}


def test_a_failed_vacuum_is_reported_not_hidden(casefile, two_cases, monkeypatch) -> None:
    from kdm_desktop.storage import connection as sqlc
    from kdm_desktop.storage.retention_repo import RetentionRepository

    def full_disk(self) -> None:
        raise sqlc.OperationalError("database or disk is full")

    monkeypatch.setattr(RetentionRepository, "compact", full_disk)
    with session_at(casefile.data_dir, TODAY) as s:
        result = RetentionService(s).run()
        assert not result.compacted
        assert CaseService(s).count() == 0
        assert len(RetentionService(s).records()) == 1
