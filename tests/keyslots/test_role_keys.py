"""Item 8 of issue 13: psychologists' session notes are sealed to a role key that
only psychologists' slots (and the recovery slot) hold, so the master key — which
every user's password yields — does not read them, even with raw SQLCipher access."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import sqlcipher3
from crashkit import Centre, assert_sound, make_centre

from kdm_desktop.domain.cases.choices import NoteKind, ServiceKind
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.cases.service_log import ServiceEntryDraft
from kdm_desktop.errors import RefusedInput
from kdm_desktop.security import rolefields
from kdm_desktop.security.keyslots import KeySlotFile
from kdm_desktop.services import role_keys
from kdm_desktop.services.case_notes import NoteService
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.role_grants import RoleGrantService
from kdm_desktop.services.service_log import ServiceLogService
from kdm_desktop.services.users import UserService
from kdm_desktop.storage import field_crypto
from kdm_desktop.storage.case_details_repo import NoteRepository
from kdm_desktop.storage.rolekeys_repo import RoleKeyRepository
from kdm_testing import ADMIN, ADMIN_PASSWORD


def draft() -> CaseDraft:
    return CaseDraft(
        first_name="Ayşe",
        last_name="Yılmaz",
        tc_kimlik_no=VALID_TC,
        birth_date=datetime.date(1988, 4, 12),
        phone="0532 123 45 67",
        district="Karşıyaka",
    )


VALID_TC = "10000000146"  # synthetic, passes the checksum
SECRET = "Seansta çocukluk travmasından söz etti"
SERVICE_SECRET = "Kaygı ölçeği yüksek çıktı"


def _login(centre: Centre, user: str):  # type: ignore[no-untyped-def]
    return open_session(centre.data_dir, user, centre.passwords[user])


@pytest.fixture
def noted(tmp_path: Path) -> tuple[Centre, str, str]:
    centre = make_centre(tmp_path)
    with _login(centre, ADMIN) as s:
        UserService(s).add("derya", "derya-parola-2026", "psikolog")
        UserService(s).add("sosyal", "sosyal-parola-2026", "sosyal_calismaci")
    centre.passwords |= {"derya": "derya-parola-2026", "sosyal": "sosyal-parola-2026"}
    with _login(centre, "zehra") as s:
        # Derya, added by the administrator, waits for a psychologist's confirmation.
        RoleGrantService(s).confirm("derya")
        ref = CaseService(s).create(draft())
        note = NoteService(s).add(ref.id, NoteKind.PSYCH_SESSION, SECRET)
        ServiceLogService(s).add(
            ref.id,
            ServiceEntryDraft(
                ServiceKind.PSYCHOLOGICAL, datetime.date(2026, 1, 5), "zehra", 50, SERVICE_SECRET
            ),
        )
    return centre, ref.id, note.id


def _raw_text(centre: Centre, master_key: bytes) -> str:
    """Every value of every column of every table, read with SQLCipher directly."""
    conn = sqlcipher3.connect(str(centre.paths.database))
    try:
        conn.execute(f"PRAGMA key = \"x'{master_key.hex()}'\"")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        values = []
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                values.extend(str(v) for v in row)
        return "\n".join(values)
    finally:
        conn.close()


def test_the_master_key_does_not_read_session_notes(noted) -> None:
    centre, _, note_id = noted
    with _login(centre, "elif") as s:  # the secretary's password yields the master key
        master_key = s.master_key
    raw = _raw_text(centre, master_key)
    assert "Seans" not in raw and "travma" not in raw
    assert "Kaygı ölçeği" not in raw
    assert "kdmrf1:psych:" in raw
    # A general note is not sealed: only fields a role must not see are.
    with _login(centre, "zehra") as s:
        [shown] = NoteService(s).for_case(CaseService(s).page(limit=1)[0].id)
        assert shown.id == note_id and shown.current.text == SECRET


def test_only_readers_slots_hold_the_role_key(noted) -> None:
    centre, _, _ = noted
    slots = KeySlotFile.load(centre.paths.keyslots)
    holders = {
        s.user for s in slots.slots if any(n.startswith("psych#") for n, _ in s.sealed_roles)
    }
    assert holders == {"zehra", "derya", None}  # None: the recovery slot
    for user in (ADMIN, "elif", "gul", "sosyal"):
        slot = slots.password_slot(user)
        assert slot is not None
        assert slots.unlock(slot, centre.passwords[user].encode()).role_keys == {}


def test_secretary_with_raw_access_and_her_slot_cannot_open_a_note(noted) -> None:
    centre, _, note_id = noted
    with _login(centre, "elif") as s:
        value = s.db.conn.execute(
            "SELECT text FROM case_note_versions WHERE note_id = ?", (note_id,)
        ).fetchone()[0]
        with pytest.raises(rolefields.FieldLocked):
            rolefields.open_sealed(value, role_keys.held_keys(s.role_keys), "x")
        with pytest.raises(RefusedInput) as err:
            NoteRepository(s.db.conn).versions(note_id)
        assert err.value.key == "rolefields.locked"


def test_a_sealed_note_moved_to_another_row_does_not_open(noted) -> None:
    centre, ref_id, note_id = noted
    with _login(centre, "zehra") as s:
        other = NoteService(s).add(ref_id, NoteKind.PSYCH_SESSION, "Başka bir seans.")
        value = s.db.conn.execute(
            "SELECT text FROM case_note_versions WHERE note_id = ?", (note_id,)
        ).fetchone()[0]
        with pytest.raises(rolefields.FieldLocked):
            cipher = field_crypto.cipher_for(s.db.conn)
            assert cipher is not None
            cipher.open(value, f"case_note_versions:{other.id}:1")


def test_existing_plain_session_notes_are_sealed_at_the_next_open(tmp_path: Path) -> None:
    centre = make_centre(tmp_path)
    with _login(centre, "zehra") as s:
        ref = CaseService(s).create(draft())
        # As a version before role keys would have written it: no cipher attached.
        field_crypto.detach(s.db.conn)
        note = NoteService(s).add(ref.id, NoteKind.PSYCH_SESSION, SECRET)
        master_key = s.master_key
    assert SECRET in _raw_text(centre, master_key)
    with _login(centre, "elif"):  # any login seals them; the secretary needs no key
        pass
    assert SECRET not in _raw_text(centre, master_key)
    with _login(centre, "zehra") as s:
        assert NoteService(s).history(note.id)[0].text == SECRET


def test_a_new_psychologist_gets_the_key_once_a_colleague_confirms(noted) -> None:
    centre, ref_id, _ = noted
    with _login(centre, ADMIN) as s:
        UserService(s).set_role("elif", "psikolog")
    with _login(centre, "elif") as s, pytest.raises(RefusedInput) as err:
        NoteService(s).for_case(ref_id)
    assert "meslektaşınız giriş yaptığında bunu onaylamalıdır" in err.value.message
    with _login(centre, "derya") as s:  # a holder's login alone does not give it
        assert [p.username for p in RoleGrantService(s).pending()] == ["elif"]
    with _login(centre, "elif") as s, pytest.raises(RefusedInput):
        NoteService(s).for_case(ref_id)
    with _login(centre, "derya") as s:
        RoleGrantService(s).confirm("elif")  # sealing to her slot needs no password
    with _login(centre, "elif") as s:
        texts = [n.current.text for n in NoteService(s).for_case(ref_id)]
    assert SECRET in texts


def test_moving_out_of_the_role_rotates_and_reseals(noted) -> None:
    centre, ref_id, note_id = noted
    with _login(centre, "zehra") as s:
        her_keys = role_keys.held_keys(s.role_keys)
        old_public = RoleKeyRepository(s.db.conn, "psych").public_key()
    with _login(centre, ADMIN) as s:
        UserService(s).set_role("zehra", "sosyal_calismaci")
    slots = KeySlotFile.load(centre.paths.keyslots)
    zehra = slots.password_slot("zehra")
    assert zehra is not None and zehra.sealed_roles == ()
    # The administrator does not hold the key: the next holder's login renews it.
    with _login(centre, "derya") as s:
        new_public = RoleKeyRepository(s.db.conn, "psych").public_key()
        assert new_public != old_public
        # A note written after the move is sealed to the new key: her old key reads nothing.
        later = NoteService(s).add(ref_id, NoteKind.PSYCH_SESSION, "Taşınmadan sonraki seans.")
        rows = dict(
            s.db.conn.execute(
                "SELECT note_id, text FROM case_note_versions WHERE note_id IN (?, ?)",
                (note_id, later.id),
            ).fetchall()
        )
    with pytest.raises(rolefields.FieldLocked):
        rolefields.open_sealed(rows[later.id], her_keys, f"case_note_versions:{later.id}:1")
    # Derya's login re-sealed the old note to the new key too; the old key is retired.
    with pytest.raises(rolefields.FieldLocked):
        rolefields.open_sealed(rows[note_id], her_keys, f"case_note_versions:{note_id}:1")
    slots = KeySlotFile.load(centre.paths.keyslots)
    names = {n for s in slots.slots for n, _ in s.sealed_roles}
    assert names == {role_keys.seal_name(rolefields.key_id(new_public or b""))}
    with _login(centre, "derya") as s:
        assert SECRET in [n.current.text for n in NoteService(s).for_case(ref_id)]
    centre.passwords.pop("gul")  # not needed below
    assert_sound(centre)


def test_an_admin_reset_keeps_a_psychologist_reading_after_a_colleague_confirms(noted) -> None:
    centre, ref_id, _ = noted
    with _login(centre, ADMIN) as s:
        UserService(s).reset_password("zehra", "zehra-yeni-parola-1")
    centre.passwords["zehra"] = "zehra-yeni-parola-1"
    with _login(centre, "derya") as s:
        # A new slot is a new reader to the list: a colleague confirms it.
        RoleGrantService(s).confirm("zehra")
    with _login(centre, "zehra") as s:
        assert SECRET in [n.current.text for n in NoteService(s).for_case(ref_id)]


def test_the_recovery_key_keeps_a_psychologists_key(noted) -> None:
    from kdm_desktop.services.casefile import recover_access

    centre, ref_id, _ = noted
    recover_access(centre.data_dir, centre.recovery_key, "zehra", "kurtarilan-parola-1").close()
    centre.passwords["zehra"] = "kurtarilan-parola-1"
    with _login(centre, "zehra") as s:
        assert SECRET in [n.current.text for n in NoteService(s).for_case(ref_id)]
    with _login(centre, ADMIN) as s:
        assert ADMIN_PASSWORD and s.check().sound


def _summary_in_python(s) -> tuple[int, set[str]]:  # type: ignore[no-untyped-def]
    fields = list(RoleKeyRepository(s.db.conn, "psych").fields())
    plain = sum(1 for f in fields if not rolefields.is_sealed(f.value))
    return plain, {
        rolefields.sealed_key_id(f.value) for f in fields if rolefields.is_sealed(f.value)
    }


def test_the_login_summary_agrees_with_reading_every_field(noted) -> None:
    # Each login decides from one SQL aggregate (issue #18: reading every field took
    # seconds at 200,000 cases); it must see exactly what the field-by-field reading sees.
    centre, ref_id, _ = noted
    with _login(centre, "zehra") as s:
        repo = RoleKeyRepository(s.db.conn, "psych")
        summary = repo.summary(rolefields.PREFIX)
        assert summary == _summary_in_python(s)
        assert summary[0] == 0 and len(summary[1]) == 1
        field_crypto.detach(s.db.conn)  # a plain one, as an old version wrote it
        NoteService(s).add(ref_id, NoteKind.PSYCH_SESSION, "Eski sürümden kalma not.")
        assert repo.summary(rolefields.PREFIX) == _summary_in_python(s)
        assert repo.summary(rolefields.PREFIX)[0] == 1
    with _login(centre, ADMIN) as s:  # rotation: a new key, fields re-sealed by a reader
        UserService(s).set_role("zehra", "sosyal_calismaci")
    with _login(centre, "derya") as s:
        summary = RoleKeyRepository(s.db.conn, "psych").summary(rolefields.PREFIX)
        assert summary == _summary_in_python(s)
        public = RoleKeyRepository(s.db.conn, "psych").public_key()
        assert summary == (0, {rolefields.key_id(public or b"")})
