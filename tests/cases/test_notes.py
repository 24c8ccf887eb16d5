"""Notes: psychologists' session notes for psychologists only; edits keep every version."""

from __future__ import annotations

import datetime

import pytest
from case_support import draft

from kdm_desktop.domain.cases.choices import NoteKind, ServiceKind
from kdm_desktop.domain.cases.service_log import ServiceEntryDraft
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import KdmError, PermissionDenied
from kdm_desktop.services.case_notes import NoteService
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.service_log import ServiceLogService

SECRET = "Çocukluk travmasından söz etti."


@pytest.fixture
def noted(staffed, as_user):
    with as_user("psikolog") as s:
        ref = CaseService(s).create(draft())
        notes = NoteService(s)
        psych = notes.add(ref.id, NoteKind.PSYCH_SESSION, SECRET)
        social = notes.add(ref.id, NoteKind.SOCIAL, "Okul kaydı yapıldı.")
        ServiceLogService(s).add(
            ref.id,
            ServiceEntryDraft(
                ServiceKind.PSYCHOLOGICAL, datetime.date(2026, 1, 5), "psikolog", 50, SECRET
            ),
        )
        ServiceLogService(s).add(
            ref.id,
            ServiceEntryDraft(
                ServiceKind.LEGAL, datetime.date(2026, 1, 6), "psikolog", 30, "Dilekçe"
            ),
        )
    return ref, psych, social


@pytest.mark.parametrize("reader", ["sosyal", "avukat", "yonetici"])
def test_others_never_see_session_notes(noted, as_user, reader: str) -> None:
    ref, psych, social = noted
    with as_user(reader) as s:
        view = CaseService(s).open(ref.id)
        assert [n.id for n in view.notes] == [social.id]
        assert view.hidden_note_count == 1
        assert [n.id for n in NoteService(s).for_case(ref.id)] == [social.id]
        psych_entry = next(e for e in view.services if e.kind == ServiceKind.PSYCHOLOGICAL)
        assert psych_entry.note == "" and psych_entry.note_hidden
        legal = next(e for e in view.services if e.kind == ServiceKind.LEGAL)
        assert legal.note == "Dilekçe" and not legal.note_hidden
        assert SECRET not in repr(view)
        with pytest.raises(PermissionDenied):
            NoteService(s).history(psych.id)
        with pytest.raises(PermissionDenied):
            NoteService(s).edit(psych.id, "üzerine yaz")
        with pytest.raises(PermissionDenied):
            NoteService(s).add(ref.id, NoteKind.PSYCH_SESSION, "x")


def test_psychologists_see_them(noted, as_user) -> None:
    ref, psych, _ = noted
    with as_user("psikolog") as s:
        view = CaseService(s).open(ref.id)
        assert {n.id for n in view.notes} == {psych.id, noted[2].id}
        assert view.hidden_note_count == 0
        assert next(e for e in view.services if e.kind == ServiceKind.PSYCHOLOGICAL).note == SECRET


def test_edits_keep_every_version_with_who_and_when(noted, as_user) -> None:
    _ref, _, social = noted
    with as_user("sosyal") as s:
        edited = NoteService(s).edit(social.id, "Okul kaydı yapıldı; servis ayarlandı.")
        assert edited.current.version == 2 and edited.edited
        assert edited.current.written_by == "sosyal"
    with as_user("avukat") as s:
        NoteService(s).edit(social.id, "Okul kaydı yapıldı; servis ayarlandı. Veli toplantısı.")
        history = NoteService(s).history(social.id)
    assert [(v.version, v.written_by) for v in history] == [
        (1, "psikolog"),
        (2, "sosyal"),
        (3, "avukat"),
    ]
    assert history[0].text == "Okul kaydı yapıldı."
    assert all(v.written_at for v in history)


def test_old_versions_cannot_be_rewritten_even_in_sql(noted, as_user) -> None:
    _, _, social = noted
    with as_user("yonetici") as s, pytest.raises(Exception, match="kept as written"):
        s.db.conn.execute(
            "UPDATE case_note_versions SET text = 'x' WHERE note_id = ?", (social.id,)
        )


def test_note_text_is_validated(noted, as_user) -> None:
    ref, _, social = noted
    with as_user("sosyal") as s:
        with pytest.raises(ValidationErrors):
            NoteService(s).add(ref.id, NoteKind.GENERAL, "   ")
        with pytest.raises(ValidationErrors):
            NoteService(s).edit(social.id, "x" * 20_001)
        with pytest.raises(KdmError):
            NoteService(s).edit("yok-boyle-not", "x")


def test_service_entries_are_validated(noted, as_user) -> None:
    ref, _, _ = noted
    with as_user("sosyal") as s:
        log = ServiceLogService(s)
        with pytest.raises(ValidationErrors) as err:
            log.add(
                ref.id,
                ServiceEntryDraft(ServiceKind.SOCIAL, datetime.date(2999, 1, 1), "sosyal", 0, ""),
            )
        assert {e.field for e in err.value.errors} == {"date", "duration_minutes"}
        with pytest.raises(ValidationErrors) as one:
            log.add(
                ref.id, ServiceEntryDraft(ServiceKind.SOCIAL, datetime.date(2026, 1, 1), "sekreter")
            )
        assert one.value.field == "staff"
        entry = log.add(
            ref.id, ServiceEntryDraft(ServiceKind.ECONOMIC, datetime.date(2026, 1, 1), " SOSYAL ")
        )
        assert entry.staff == "sosyal" and entry.duration_minutes is None
        assert len(log.for_case(ref.id)) == 3


def test_note_actions_are_audited(noted, as_user) -> None:
    _ref, psych, _social = noted
    with as_user("psikolog") as s:
        NoteService(s).history(psych.id)
    with as_user("yonetici") as s:
        entries = s.audit_entries(50)
    seen = {(e.action, e.object_type, e.object_id) for e in entries}
    assert ("create", "case_note", psych.id) in seen
    assert ("view", "case_note", psych.id) in seen
    assert all(SECRET not in e.detail for e in entries)
