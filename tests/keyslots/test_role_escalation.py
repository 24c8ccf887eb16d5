"""The role-escalation hole, closed (docs/security.md, "Role rows and the role key").

The attack: the secretary takes the master key from her own slot, sets her own
row in `users` to `psikolog` with sqlcipher3 and waits. Before the fix, the next
login of a real psychologist sealed the role key to her slot. Now the key is given
only to readers endorsed by a list MAC'd under the role key itself; anyone else
the users table calls a psychologist waits until a holder confirms her.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator

import pytest
import sqlcipher3
from crashkit import Centre
from test_role_keys import SECRET, _login, noted  # noqa: F401 - the fixture

from kdm_desktop import messages
from kdm_desktop.errors import PermissionDenied, RefusedInput
from kdm_desktop.security import role_readers
from kdm_desktop.security.keyslots import KeySlotFile
from kdm_desktop.security.rolefields import key_id
from kdm_desktop.services import role_keys
from kdm_desktop.services.case_notes import NoteService
from kdm_desktop.services.casefile import recover_access
from kdm_desktop.services.role_grants import RoleGrantService
from kdm_desktop.services.users import UserService
from kdm_desktop.storage.audit_repo import AuditRepository
from kdm_desktop.storage.rolekeys_repo import RoleKeyRepository
from kdm_testing import ADMIN


def _raw(centre: Centre, statements: list[tuple[str, tuple[object, ...]]]) -> None:
    """What the secretary can do with the master key her own password yields."""
    with _login(centre, "elif") as s:
        key = s.master_key
    conn = sqlcipher3.connect(str(centre.paths.database))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        for sql, params in statements:
            conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


PROMOTE_ELIF = ("UPDATE users SET role = 'psikolog' WHERE username = 'elif'", ())


def _texts(centre: Centre, user: str, ref_id: str) -> list[str]:
    with _login(centre, user) as s:
        try:
            return [n.current.text for n in NoteService(s).for_case(ref_id)]
        except RefusedInput:
            return []


def _role_key_entries(centre: Centre) -> list[tuple[str, str, str]]:
    with _login(centre, ADMIN) as s:
        entries = AuditRepository(s.db.conn, s.casefile_id).iter_all()
        return [(e.username, e.object_id, e.detail) for e in entries if e.object_type == "role_key"]


def _holders(centre: Centre) -> set[str | None]:
    slots = KeySlotFile.load(centre.paths.keyslots)
    return {s.user for s in slots.slots if any(n.startswith("psych#") for n, _ in s.sealed_roles)}


def test_a_secretary_who_edits_her_role_does_not_get_the_session_notes(noted) -> None:  # noqa: F811
    centre, ref_id, _ = noted
    _raw(centre, [PROMOTE_ELIF])
    with _login(centre, "zehra") as s:  # a real psychologist's ordinary login
        assert [p.username for p in RoleGrantService(s).pending()] == ["elif"]
    with _login(centre, "derya"):
        pass
    assert "elif" not in _holders(centre)
    assert SECRET not in _texts(centre, "elif", ref_id)
    # The refused automatic grant is recorded, once, and nobody is said to have given it.
    entries = _role_key_entries(centre)
    assert entries.count(("zehra", "elif", "role_key_pending")) == 1
    assert not [e for e in entries if e[1] == "elif" and e[2] != "role_key_pending"]


def test_every_grant_confirmation_and_refusal_is_in_the_audit_log(noted) -> None:  # noqa: F811
    centre, _, _ = noted
    assert _role_key_entries(centre) == [
        # The first psychologist of the centre: a fresh key, nothing to read yet.
        (ADMIN, "zehra", "role_key_granted"),
        # Derya, added by the administrator, waited; Zehra confirmed her.
        (ADMIN, "derya", "role_key_pending"),
        ("zehra", "derya", "role_key_confirmed"),
    ]
    _raw(centre, [PROMOTE_ELIF])
    with _login(centre, "elif") as s, pytest.raises(PermissionDenied) as err:
        RoleGrantService(s).confirm("elif")  # she holds no key: she cannot vouch for herself
    assert err.value.exit_code == 3
    with _login(centre, "zehra") as s:
        RoleGrantService(s).decline("elif")
        assert RoleGrantService(s).pending() == []
    assert _role_key_entries(centre)[-3:] == [
        ("elif", "elif", "role_key_pending"),
        ("elif", "elif", "role_key_confirm_refused"),
        ("zehra", "elif", "role_key_declined"),
    ]
    with _login(centre, "zehra") as s:  # declined: not asked about again
        assert RoleGrantService(s).pending() == []


def test_a_psychologist_added_by_the_admin_reads_once_a_colleague_confirms(noted) -> None:  # noqa: F811
    centre, ref_id, _ = noted
    with _login(centre, ADMIN) as s:  # the administrator does not hold the key
        UserService(s).add("merve", "merve-parola-2026", "psikolog", "Merve Kaya")
        assert [p.username for p in RoleGrantService(s).pending()] == ["merve"]
        with pytest.raises(PermissionDenied):
            RoleGrantService(s).confirm("merve")
    centre.passwords["merve"] = "merve-parola-2026"
    assert _texts(centre, "merve", ref_id) == []
    with _login(centre, "zehra") as s:
        [waiting] = RoleGrantService(s).pending()
        assert (waiting.username, waiting.display_name) == ("merve", "Merve Kaya")
        RoleGrantService(s).confirm("merve")
        assert RoleGrantService(s).pending() == []
    assert SECRET in _texts(centre, "merve", ref_id)
    assert ("zehra", "merve", "role_key_confirmed") in _role_key_entries(centre)
    # Her endorsement survives the next logins: nothing is renewed or taken back.
    with _login(centre, "derya") as s:
        public = RoleKeyRepository(s.db.conn, "psych").public_key()
    assert SECRET in _texts(centre, "merve", ref_id)
    with _login(centre, "zehra") as s:
        assert RoleKeyRepository(s.db.conn, "psych").public_key() == public


def _readers_list(centre: Centre, user: str) -> role_readers.ReaderList:
    with _login(centre, user) as s:
        repo = RoleKeyRepository(s.db.conn, "psych")
        public = repo.public_key()
        assert public is not None
        kid = key_id(public)
        record = repo.readers_record()
        assert record is not None
        return role_readers.verify(
            *record,
            role_keys.held_keys(s.role_keys)[kid],
            casefile_id=s.casefile_id,
            role="psych",
            kid=kid,
        )


def test_an_old_case_file_without_the_list_is_migrated(noted) -> None:  # noqa: F811
    centre, ref_id, _ = noted
    # As an earlier build left it: role keys sealed in the slots, no list of readers;
    # and the secretary promotes herself before anyone with the key logs in.
    _raw(
        centre,
        [
            (
                "DELETE FROM meta WHERE key IN "
                "('rolekey.psych.readers', 'rolekey.psych.readers_mac')",
                (),
            ),
            PROMOTE_ELIF,
        ],
    )
    with _login(centre, "zehra") as s:
        assert s.notices == []  # a missing list is an older file, not tampering
    assert set(_readers_list(centre, "zehra").readers) == {"zehra"}
    assert ("zehra", "psych", "role_readers_created") in _role_key_entries(centre)
    # Derya still holds her key, and adds herself at her own login.
    assert SECRET in _texts(centre, "derya", ref_id)
    assert set(_readers_list(centre, "derya").readers) == {"zehra", "derya"}
    # The secretary is not endorsed by the migration: she waits, and reads nothing.
    assert SECRET not in _texts(centre, "elif", ref_id)
    assert "elif" not in _holders(centre)
    with _login(centre, "zehra") as s:
        assert [p.username for p in RoleGrantService(s).pending()] == ["elif"]


def _elif_slot_hex(centre: Centre) -> str:
    slot = KeySlotFile.load(centre.paths.keyslots).password_slot("elif")
    assert slot is not None
    return slot.public_key.hex()


def _forged_bodies(centre: Centre) -> Iterator[tuple[str, str, str]]:
    """(name, body, tag): the list with the secretary added, under each forgery."""
    with _login(centre, "elif") as s:
        body, tag = RoleKeyRepository(s.db.conn, "psych").readers_record() or ("", "")
    obj = json.loads(body)
    obj["readers"]["elif"] = _elif_slot_hex(centre)
    forged = json.dumps(obj, sort_keys=True, separators=(",", ":"))
    yield "old tag kept", forged, tag
    yield (
        "tag under a key of her own",
        forged,
        hmac.new(b"k" * 32, forged.encode(), hashlib.sha256).hexdigest(),
    )
    yield "not JSON", "{readers", tag


@pytest.mark.parametrize("variant", [0, 1, 2])
def test_tampering_with_the_list_is_detected(noted, variant: int) -> None:  # noqa: F811
    centre, ref_id, _ = noted
    name, body, tag = list(_forged_bodies(centre))[variant]
    _raw(
        centre,
        [
            PROMOTE_ELIF,
            ("UPDATE meta SET value = ? WHERE key = 'rolekey.psych.readers'", (body,)),
            ("UPDATE meta SET value = ? WHERE key = 'rolekey.psych.readers_mac'", (tag,)),
        ],
    )
    with _login(centre, "zehra") as s:
        assert s.notices == ["rolegrant.tampered"], name
        assert RoleGrantService(s).tampered
        with messages.speaking("tr"):
            text = messages.text(s.notices[0])
        assert "anahtarı taşımayan biri tarafından değiştirilmiş" in text
        assert "yöneticinize bildirin" in text
        # Renewed for her alone: everyone else is confirmed again, one by one.
        assert {p.username for p in RoleGrantService(s).pending()} == {"derya", "elif"}
        RoleGrantService(s).confirm("derya")
        assert SECRET in [n.current.text for n in NoteService(s).for_case(ref_id)]
    assert ("zehra", "psych", "role_readers_tampered") in _role_key_entries(centre)
    assert set(_readers_list(centre, "zehra").readers) == {"zehra", "derya"}
    assert _holders(centre) == {"zehra", "derya", None}
    assert SECRET not in _texts(centre, "elif", ref_id)
    assert SECRET in _texts(centre, "derya", ref_id)
    with _login(centre, "zehra") as s:  # the renewed list verifies: no second alarm
        assert s.notices == []


def test_the_recovery_key_does_not_give_the_key_to_a_promoted_secretary(noted) -> None:  # noqa: F811
    centre, ref_id, _ = noted
    _raw(centre, [PROMOTE_ELIF])
    recover_access(centre.data_dir, centre.recovery_key, "elif", "elif-yeni-parola-1").close()
    centre.passwords["elif"] = "elif-yeni-parola-1"
    assert SECRET not in _texts(centre, "elif", ref_id)
    # An endorsed psychologist who forgot her password keeps hers through it.
    recover_access(centre.data_dir, centre.recovery_key, "derya", "derya-yeni-parola-1").close()
    centre.passwords["derya"] = "derya-yeni-parola-1"
    assert SECRET in _texts(centre, "derya", ref_id)
    assert SECRET in _texts(centre, "zehra", ref_id)


def test_after_a_rebuilt_slot_file_the_recovery_key_gives_endorsed_readers_their_key(
    noted,  # noqa: F811
) -> None:
    from kdm_desktop.services.slot_repair import rebuild_slots

    centre, ref_id, _ = noted
    _raw(centre, [PROMOTE_ELIF])
    rebuild_slots(centre.data_dir, centre.recovery_key, ADMIN, "Yeni-Yonetici-2026").close()
    centre.passwords[ADMIN] = "Yeni-Yonetici-2026"
    # Every other slot is gone; the recovery key gives each colleague a new one.
    for user in ("derya", "elif"):
        recover_access(centre.data_dir, centre.recovery_key, user, f"{user}-yeni-2026").close()
        centre.passwords[user] = f"{user}-yeni-2026"
    assert SECRET in _texts(centre, "derya", ref_id)  # endorsed: keeps the key
    assert SECRET not in _texts(centre, "elif", ref_id)  # only the table said so
    with _login(centre, "derya") as s:
        assert [p.username for p in RoleGrantService(s).pending()] == ["elif"]


def _publish_her_own_key(centre: Centre, seal_to: tuple[str, ...]) -> tuple[bytes, str]:
    """The secretary, with the master key and the project's own code, publishes a role
    key she made, seals it into `seal_to`'s slots and writes a list that verifies."""
    from kdm_desktop.security import rolefields
    from kdm_desktop.services import role_endorse

    private, public = rolefields.new_role_key()
    kid = key_id(public)
    with _login(centre, "elif") as s:
        for user in seal_to:
            s.slots.grant_role_key(user, role_keys.seal_name(kid), private)
        s.save_slots()
        listed = role_endorse.listing_for(s, "psych", kid, {"zehra", "derya", "elif"})
        with s.work() as uow:
            uow.users.set_role("elif", "psikolog")
            uow.role_keys("psych").set_public_key(public)
            role_endorse.write(uow, listed, private)
    return private, kid


@pytest.mark.parametrize("seal_to", [("zehra", "derya", "elif"), ()])
def test_a_role_key_published_without_the_old_one_is_refused(noted, seal_to) -> None:  # noqa: F811
    from kdm_desktop.domain.cases.choices import NoteKind
    from kdm_desktop.security import rolefields

    centre, ref_id, note_id = noted
    her_private, her_kid = _publish_her_own_key(centre, seal_to)
    with _login(centre, "zehra") as s:
        assert s.notices == ["rolegrant.tampered"]
        public = RoleKeyRepository(s.db.conn, "psych").public_key()
        assert public is not None and key_id(public) != her_kid
        later = NoteService(s).add(ref_id, NoteKind.PSYCH_SESSION, "Sonraki seans notu.")
        rows = dict(
            s.db.conn.execute(
                "SELECT note_id, text FROM case_note_versions WHERE note_id IN (?, ?)",
                (note_id, later.id),
            ).fetchall()
        )
    # Neither the older note (re-sealed) nor the new one opens with her key.
    for nid, value in rows.items():
        with pytest.raises(rolefields.FieldLocked):
            rolefields.open_sealed(value, {her_kid: her_private}, f"case_note_versions:{nid}:1")
    assert ("zehra", "psych", "role_key_replaced") in _role_key_entries(centre)
    assert SECRET not in _texts(centre, "elif", ref_id)
    assert SECRET in _texts(centre, "zehra", ref_id)
    with _login(centre, "zehra") as s:  # the renewed key is vouched for: no second alarm
        assert s.notices == []
        RoleGrantService(s).confirm("derya")
    assert SECRET in _texts(centre, "derya", ref_id)


def test_a_renewal_by_a_holder_is_vouched_for_by_the_old_key(noted) -> None:  # noqa: F811
    centre, ref_id, _ = noted
    with _login(centre, ADMIN) as s:
        UserService(s).reset_password("zehra", "zehra-yeni-parola-1")
    centre.passwords["zehra"] = "zehra-yeni-parola-1"
    with _login(centre, "derya") as s:  # renews (zehra's slot changed): no alarm
        assert s.notices == []
        links = RoleKeyRepository(s.db.conn, "psych").links()
        assert len(links) == 1
    with _login(centre, "derya") as s:
        assert s.notices == []
    assert SECRET in _texts(centre, "derya", ref_id)


def test_a_psychologist_moved_out_does_not_renew_the_key_herself(noted) -> None:  # noqa: F811
    centre, _, _ = noted
    # Her row changed behind everyone's back: her own login is the first to see it.
    with _login(centre, ADMIN) as s:
        before = RoleKeyRepository(s.db.conn, "psych").public_key()
    _raw(centre, [("UPDATE users SET role = 'sosyal_calismaci' WHERE username = 'zehra'", ())])
    with _login(centre, "zehra") as s:  # her session drops the key: it makes no new one
        assert s.role_keys == {}
        assert RoleKeyRepository(s.db.conn, "psych").public_key() == before
    with _login(centre, "derya") as s:  # a remaining psychologist renews it
        assert RoleKeyRepository(s.db.conn, "psych").public_key() != before
        assert s.notices == []
