"""The drafts service: per user, inside the case file, every editor kind round-trips."""

from __future__ import annotations

import pytest
from drafts_support import ADMIN, STAFF_PASSWORD

from kdm_desktop.domain.drafts import NEW, DraftKind
from kdm_desktop.errors import PermissionDenied, RefusedInput
from kdm_desktop.services.drafts import DraftService
from kdm_desktop.storage.migrations import LATEST_VERSION

# One realistic, half-typed content per editor kind: text with Turkish letters,
# an unreadable date as typed, unchecked and checked boxes, nested lists.
CONTENTS: dict[DraftKind, dict[str, object]] = {
    DraftKind.INTAKE: {
        "inputs": {"field_first_name": "Gülşen", "field_birth_date": "31.02.19", "x": True},
        "step": 1,
        "children": [{"age": 4, "with_her": True}],
    },
    DraftKind.CASE_EDIT: {"inputs": {"field_phone": "0532 111 22 33"}, "step": 2},
    DraftKind.NOTE: {"inputs": {"noteEditor": "Görüşmede İstanbul'a\ngitmek istediğini"}},
    DraftKind.RISK: {"inputs": {"yes_weapon": True, "no_threats": False}},
    DraftKind.SAFETY_PLAN: {"inputs": {"notes_home": "Komşu Şükran Hanım"}},
    DraftKind.ORDER: {"inputs": {"orderFileNo": "2026/114 D.İş"}},
    DraftKind.APPOINTMENT: {"inputs": {"QDateEdit#0": "2026-12-03", "QSpinBox#0": 45}},
    DraftKind.LETTER: {"inputs": {"letterTemplate": 2, "letterField_body": "Sayın ilgili"}},
    DraftKind.PERPETRATOR: {"inputs": {"perpName": "Şükrü Ilgaz", "perpChildren": -1}},
}


def object_for(kind: DraftKind, case_id: str) -> str:
    return case_id if kind.case_bound else NEW


@pytest.mark.parametrize("kind", list(DraftKind))
def test_each_kind_round_trips_and_is_removed(staffed, case_id, kind) -> None:
    with staffed.login() as admin:
        service = DraftService(admin)
        oid = object_for(kind, case_id)
        assert service.get(kind, oid) is None
        service.save(kind, oid, CONTENTS[kind])
        service.save(kind, oid, CONTENTS[kind])  # a second save replaces, never adds
        (listed,) = service.mine()
        assert listed.kind is kind and listed.object_id == oid
        assert listed.content == CONTENTS[kind]
        if kind.case_bound:
            assert listed.case_number.startswith("NRL-") or listed.case_number
    # Survives closing and reopening the case file.
    with staffed.login() as admin:
        service = DraftService(admin)
        got = service.get(kind, oid)
        assert got is not None and got.content == CONTENTS[kind]
        assert service.discard(kind, oid)
        assert service.get(kind, oid) is None and service.mine() == []
        assert not service.discard(kind, oid)


def test_drafts_are_per_user_and_never_shown_to_another(staffed, case_id) -> None:
    with staffed.login() as admin:
        DraftService(admin).save(DraftKind.NOTE, case_id, {"inputs": {"n": "yönetici"}})
    with staffed.login("sosyal", STAFF_PASSWORD) as derya:
        service = DraftService(derya)
        assert service.mine() == []
        assert service.get(DraftKind.NOTE, case_id) is None
        service.save(DraftKind.NOTE, case_id, {"inputs": {"n": "Derya'nın taslağı"}})
        # Discarding her own does not touch the administrator's.
        assert service.discard(DraftKind.NOTE, case_id)
    with staffed.login() as admin:
        (mine,) = DraftService(admin).mine()
        assert mine.content == {"inputs": {"n": "yönetici"}}
        assert mine.object_id == case_id


def test_a_role_without_the_editor_cannot_keep_its_draft(staffed, case_id) -> None:
    with staffed.login("sekreter", STAFF_PASSWORD) as secretary:
        service = DraftService(secretary)
        with pytest.raises(PermissionDenied):
            service.save(DraftKind.NOTE, case_id, {"inputs": {}})
        with pytest.raises(PermissionDenied):
            service.get(DraftKind.INTAKE, NEW)
        # The calendar is hers.
        service.save(DraftKind.APPOINTMENT, NEW, {"inputs": {"room": "2"}})
        assert [d.kind for d in service.mine()] == [DraftKind.APPOINTMENT]


def test_bad_keys_and_content_are_refused(staffed, case_id) -> None:
    with staffed.login() as admin:
        service = DraftService(admin)
        for kind, oid in (
            (DraftKind.NOTE, "no-such-case"),
            (DraftKind.NOTE, ""),
            (DraftKind.INTAKE, case_id),
            (DraftKind.NOTE, "x" * 500),
        ):
            with pytest.raises(RefusedInput) as caught:
                service.save(kind, oid, {"inputs": {}})
            assert "bulunamadı" in caught.value.message
        for content in (
            {"inputs": {"t": "ş" * 600_000}},
            {"inputs": {"n": float("nan")}},
            {"inputs": {"o": object()}},
        ):
            with pytest.raises(RefusedInput) as caught:
                service.save(DraftKind.NOTE, case_id, content)  # type: ignore[arg-type]
            assert "çok büyük" in caught.value.message
        deep: dict[str, object] = {}
        node = deep
        for _ in range(40):
            node["a"] = {}
            node = node["a"]  # type: ignore[assignment]
        with pytest.raises(RefusedInput):
            service.save(DraftKind.NOTE, case_id, deep)
        assert service.mine() == []


def test_a_draft_is_never_written_in_plain_text(staffed, case_id) -> None:
    secret = "Zümrüt Hanım'ın gizli adresi Çınarlı Sokak"
    with staffed.login() as admin:
        assert admin.db.schema_version == LATEST_VERSION
        DraftService(admin).save(DraftKind.NOTE, case_id, {"inputs": {"noteEditor": secret}})
    needles = [secret.encode("utf-8"), secret.encode("utf-16-le")]
    for path in staffed.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(n in data for n in needles), path
    with staffed.login() as admin:
        assert admin.user.username == ADMIN
        (kept,) = DraftService(admin).mine()
        assert kept.content["inputs"] == {"noteEditor": secret}


def test_a_case_s_drafts_go_with_the_case(staffed, case_id) -> None:
    from kdm_desktop.storage.drafts_repo import DraftRepository

    with staffed.login() as admin:
        DraftService(admin).save(DraftKind.NOTE, case_id, {"inputs": {"n": "Gülay"}})
        DraftService(admin).save(DraftKind.INTAKE, NEW, {"inputs": {"n": "yeni"}})
        # Destroying the file (retention) deletes its rows; the trigger takes the drafts.
        with admin.db.transaction() as conn:
            conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        rows = DraftRepository(admin.db.conn).for_user(ADMIN)
        assert [(r.kind, r.object_id) for r in rows] == [("intake", NEW)]


def test_removing_a_user_removes_her_drafts(staffed, case_id) -> None:
    from kdm_desktop.services.users import UserService
    from kdm_desktop.storage.drafts_repo import DraftRepository

    with staffed.login("sosyal", STAFF_PASSWORD) as derya:
        DraftService(derya).save(DraftKind.NOTE, case_id, {"inputs": {"n": "Derya'nın notu"}})
    with staffed.login() as admin:
        DraftService(admin).save(DraftKind.NOTE, case_id, {"inputs": {"n": "yönetici"}})
        UserService(admin).remove("sosyal")
    with staffed.login() as admin:
        assert DraftRepository(admin.db.conn).for_user("sosyal") == []
        assert len(DraftService(admin).mine()) == 1
