"""Items 2, 3 and 4 of issue 13: the slot file and the database agree; ghosts,
old copies and foreign slots are refused; damaged slots are named, not mistaken
for a wrong password; a lost or refused slot file is rebuilt with the recovery key."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from crashkit import (
    Centre,
    assert_sound,
    can_log_in,
    files_opening_with,
    make_centre,
    slot_files_opening_for,
)

from kdm_desktop.errors import AuthenticationError, KdmError, RefusedInput
from kdm_desktop.security.kdf import FAST_TEST_PARAMS
from kdm_desktop.security.keyslots import KeySlotFile
from kdm_desktop.services import slot_journal
from kdm_desktop.services.casefile import open_session, recover_access
from kdm_desktop.services.users import UserService
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.keybinding_repo import KeyBindingRepository
from kdm_desktop.storage.users_repo import UserRepository
from kdm_testing import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def centre(tmp_path: Path) -> Centre:
    return make_centre(tmp_path)


def _mirror(centre: Centre) -> Path:
    return centre.paths.keyslots.with_name("casefile.keys.mirror")


def _put_keys(centre: Centre, data: bytes) -> None:
    centre.paths.keyslots.write_bytes(data)
    _mirror(centre).write_bytes(data)


def _refusal(centre: Centre, user: str, password: str) -> KdmError:
    with pytest.raises(KdmError) as err:
        open_session(centre.data_dir, user, password)
    return err.value


# ----- item 3: old copies bring no password back -----


def test_an_old_copy_of_the_slot_file_brings_no_old_password_back(centre: Centre) -> None:
    before = centre.paths.keyslots.read_bytes()
    with open_session(centre.data_dir, "zehra", "zehra-parola-2026") as s:
        UserService(s).change_own_password("zehra-parola-2026", "zehranın-yeni-parolası")
    with open_session(centre.data_dir, ADMIN, ADMIN_PASSWORD) as s:
        UserService(s).reset_password("gul", "gul-icin-yeni-parola")
    # The insider puts the old file back (in both places) and tries the old passwords.
    _put_keys(centre, before)
    for user, old in (("zehra", "zehra-parola-2026"), ("gul", "gul-parolasi-2026")):
        err = _refusal(centre, user, old)
        assert isinstance(err, RefusedInput) and err.key == "keys.stale"
        assert "eski bir kopya" in err.message
    run = centre.kdm("--user", "zehra", "--password-stdin", "info", stdin="zehra-parola-2026\n")
    assert run.returncode == 4
    assert "eski bir kopya" in run.stderr and "Traceback" not in run.stderr


def test_the_first_versions_prev_copy_is_removed_at_the_next_open(centre: Centre) -> None:
    prev = centre.data_dir / "casefile.keys.prev"
    shutil.copy(centre.paths.keyslots, prev)
    open_session(centre.data_dir, ADMIN, ADMIN_PASSWORD).close()
    assert not prev.exists()


def test_a_slot_added_behind_the_databases_back_is_refused(centre: Centre) -> None:
    """An insider with the master key adds a slot for herself, keeping the generation."""
    with open_session(centre.data_dir, ADMIN, ADMIN_PASSWORD) as s:
        s.slots.add_password_slot("sahte", "sahte-parola-2026", s.master_key, FAST_TEST_PARAMS)
        s.slots.save(centre.paths.keyslots)
    err = _refusal(centre, ADMIN, ADMIN_PASSWORD)
    assert err.key == "keys.not_bound" and err.exit_code == 4


def test_a_slot_file_of_another_case_file_is_refused(centre: Centre, tmp_path: Path) -> None:
    other = make_centre(tmp_path / "other", fresh=True)
    _put_keys(centre, other.paths.keyslots.read_bytes())
    # Same admin name and password in both: the slot opens, the database refuses it.
    with pytest.raises(KdmError) as err:
        open_session(centre.data_dir, ADMIN, ADMIN_PASSWORD)
    assert err.value.exit_code in (3, 4)
    assert err.value.key in ("casefile.wrong_key", "keys.not_bound", "keys.stale")


# ----- item 2: ghost slots -----


def test_a_slot_write_failing_after_the_row_is_deleted_leaves_no_ghost(centre: Centre) -> None:
    old_key = centre.master_key()
    run = centre.as_admin("user", "remove", "gul", fail_at="slots.pending#1")
    assert run.returncode == 1
    assert_sound(centre, removed="gul", old_key=old_key)
    # She can be added again as a new person; her old password still opens nothing.
    with open_session(centre.data_dir, ADMIN, ADMIN_PASSWORD) as s:
        UserService(s).add("gul", "gul-yeni-hesap-2026", "avukat")
        UserService(s).rekey()
    assert not can_log_in(centre, "gul", "gul-parolasi-2026")
    assert can_log_in(centre, "gul", "gul-yeni-hesap-2026")
    assert slot_files_opening_for(centre.data_dir, "gul", "gul-parolasi-2026") == []


def test_a_bound_ghost_slot_is_refused_and_named(centre: Centre) -> None:
    with open_session(centre.data_dir, ADMIN, ADMIN_PASSWORD) as s:
        s.slots.add_password_slot("hayalet", "hayalet-parola-1", s.master_key, FAST_TEST_PARAMS)
        slot_journal.write_slots(s.db, s.paths, s.slots)  # as a bug would
    err = _refusal(centre, ADMIN, ADMIN_PASSWORD)
    assert err.key == "keys.ghost" and err.exit_code == 4 and "hayalet" in err.message


def test_ghosts_left_by_the_first_version_are_removed_with_a_rekey(centre: Centre) -> None:
    """A case file from before the binding, whose interrupted removal left a ghost."""
    old_key = centre.master_key()
    with open_session(centre.data_dir, ADMIN, ADMIN_PASSWORD) as s, s.db.transaction() as conn:
        KeyBindingRepository(conn).clear_all()
        UserRepository(conn).delete("gul")
    open_session(centre.data_dir, ADMIN, ADMIN_PASSWORD).close()
    assert not can_log_in(centre, "gul", "gul-parolasi-2026")
    assert files_opening_with(centre.data_dir, old_key) == []
    assert_sound(centre, removed="gul", old_key=old_key)


# ----- item 4: damaged slots -----


def _damage(centre: Centre, which: str, *, mirror_too: bool = True) -> None:
    """Flip one character of a slot's sealed private key (still valid base64)."""
    doc = json.loads(centre.paths.keyslots.read_bytes())
    for slot in doc["slots"]:
        if (which == "recovery" and slot["kind"] == "recovery") or slot.get("user") == which:
            text = slot["private"]["ciphertext"]
            slot["private"]["ciphertext"] = ("B" if text[5] == "A" else "A").join(
                (text[:5], text[6:])
            )
    data = json.dumps(doc, indent=1, sort_keys=True).encode()
    centre.paths.keyslots.write_bytes(data)
    if mirror_too:
        _mirror(centre).write_bytes(data)


def test_a_slot_damaged_in_one_copy_opens_from_the_other(centre: Centre) -> None:
    _damage(centre, "gul", mirror_too=False)
    assert can_log_in(centre, "gul", "gul-parolasi-2026")
    # The damaged copy was rewritten from the sound one.
    assert centre.paths.keyslots.read_bytes() == _mirror(centre).read_bytes()
    assert_sound(centre)


def test_damaged_slots_are_named_not_taken_for_wrong_secrets(centre: Centre) -> None:
    _damage(centre, "gul")
    _damage(centre, "recovery")
    # The user is told her slot is damaged, not that her password is wrong.
    err = _refusal(centre, "gul", "gul-parolasi-2026")
    assert err.key == "keys.slot_damaged" and err.exit_code == 4
    assert "gul" in err.message and "yanlış değil" in err.message
    # The right recovery key is told its slot is damaged, not "another case file".
    with pytest.raises(KdmError) as rec:
        recover_access(centre.data_dir, centre.recovery_key, ADMIN, "Yeni-Parola-2026")
    assert rec.value.key == "keys.recovery_slot_damaged"
    assert "yanlış değil" in rec.value.message
    # Everyone else still logs in; `check` names both slots and fails.
    for user in (ADMIN, "zehra", "elif"):
        assert can_log_in(centre, user, centre.passwords[user])
    run = centre.as_admin("check", "--json")
    assert run.returncode == 4
    problems = " ".join(json.loads(run.stdout)["slot_problems"])
    assert "'gul' kullanıcısının anahtar yuvası bozuk" in problems
    assert "Kurtarma anahtarının yuvası bozuk" in problems
    # A backup of it is verified *and says so*.
    out = centre.data_dir.parent / "yedek"
    made = centre.as_admin("backup", "create", "-o", str(out), "--json")
    assert made.returncode == 0, made.stderr
    result = json.loads(made.stdout)
    assert result["slots_sound"] is False
    assert sorted(result["damaged_slots"]) == ["gul", "kurtarma"]
    backup = next(out.glob("*.kdmbak"))
    verify = centre.as_admin("backup", "verify", str(backup))
    assert verify.returncode == 0 and "bozuk yuvalar var (gul, kurtarma)" in verify.stdout


def test_wrong_secrets_on_intact_slots_are_still_wrong_secrets(centre: Centre) -> None:
    _damage(centre, "gul")
    assert _refusal(centre, "zehra", "yanlış-parola-123").key == "auth.failed"
    with pytest.raises(AuthenticationError) as err:
        recover_access(
            centre.data_dir,
            make_centre(centre.data_dir.parent / "baska", fresh=True).recovery_key,
            ADMIN,
            "Yeni-Parola-2026",
        )
    assert err.value.key == "auth.recovery_failed"


def test_an_admin_repairs_a_damaged_slot_with_a_new_password(centre: Centre) -> None:
    _damage(centre, "gul")
    with open_session(centre.data_dir, ADMIN, ADMIN_PASSWORD) as s:
        UserService(s).reset_password("gul", "gul-icin-yeni-parola")
        assert s.check().slot_problems == []
    assert can_log_in(centre, "gul", "gul-icin-yeni-parola")


# ----- recovery from a lost, damaged or refused slot file -----


def test_rebuild_slots_from_a_backup_after_losing_the_slot_file(centre: Centre) -> None:
    out = centre.data_dir.parent / "yedek"
    assert centre.as_admin("backup", "create", "-o", str(out)).returncode == 0
    backup = next(out.glob("*.kdmbak"))
    old_key = centre.master_key()
    centre.paths.keyslots.unlink()
    _mirror(centre).unlink()
    assert _refusal(centre, ADMIN, ADMIN_PASSWORD).key == "keys.missing"

    args = ("--user", ADMIN, "--password-stdin", "recover", "--rebuild-slots")
    stdin = f"{centre.recovery_key}\nYeni-Yonetici-Parola\n"
    without = centre.kdm(*args, stdin=stdin)
    assert without.returncode == 3 and "--keys-from" in without.stderr
    run = centre.kdm(*args, "--keys-from", str(backup), stdin=stdin)
    assert run.returncode == 0, run.stderr
    assert "yeniden kuruldu" in run.stdout

    centre.passwords = {ADMIN: "Yeni-Yonetici-Parola"}
    assert_sound(centre, old_key=old_key)
    assert not can_log_in(centre, "zehra", "zehra-parola-2026")
    with open_session(centre.data_dir, ADMIN, "Yeni-Yonetici-Parola") as s:
        UserService(s).reset_password("zehra", "zehra-yeni-parola-1")
    assert can_log_in(centre, "zehra", "zehra-yeni-parola-1")
    # The same paper recovery key keeps working.
    recover_access(centre.data_dir, centre.recovery_key, ADMIN, "Üçüncü-Parola-2026").close()


def test_rebuild_slots_after_a_refused_old_copy(centre: Centre) -> None:
    before = centre.paths.keyslots.read_bytes()
    with open_session(centre.data_dir, ADMIN, ADMIN_PASSWORD) as s:
        UserService(s).reset_password("gul", "gul-icin-yeni-parola")
    _put_keys(centre, before)
    assert _refusal(centre, ADMIN, ADMIN_PASSWORD).key == "keys.stale"
    run = centre.kdm(
        "--user",
        ADMIN,
        "--password-stdin",
        "recover",
        "--rebuild-slots",
        stdin=f"{centre.recovery_key}\nYeni-Yonetici-Parola\n",
    )
    assert run.returncode == 0, run.stderr
    centre.passwords = {ADMIN: "Yeni-Yonetici-Parola"}
    assert_sound(centre)
    # Neither the old nor the reset password of gul opens it; the old file opens nothing.
    assert not can_log_in(centre, "gul", "gul-parolasi-2026")
    assert not can_log_in(centre, "gul", "gul-icin-yeni-parola")
    slots = KeySlotFile.from_bytes(before)
    slot = slots.password_slot("gul")
    assert slot is not None
    old_key = slots.unlock(slot, b"gul-parolasi-2026").master_key
    assert files_opening_with(centre.data_dir, old_key) == []


def test_rebuild_needs_an_administrator(centre: Centre) -> None:
    with pytest.raises(RefusedInput) as err:
        from kdm_desktop.services.slot_repair import rebuild_slots

        rebuild_slots(centre.data_dir, centre.recovery_key, "zehra", "Yeni-Parola-2026")
    assert err.value.key == "keys.rebuild_needs_admin"


def test_renewing_the_recovery_key_retires_the_old_one(centre: Centre) -> None:
    old_file = centre.paths.keyslots.read_bytes()
    run = centre.as_admin("recovery-key", "renew", "--json")
    assert run.returncode == 0, run.stderr
    new_key = json.loads(run.stdout)["recovery_key"]
    with pytest.raises(AuthenticationError):
        recover_access(centre.data_dir, centre.recovery_key, ADMIN, "Yeni-Parola-2026")
    # Even with the old slot file, the old recovery key opens nothing live.
    slots = KeySlotFile.from_bytes(old_file)
    rec = slots.recovery_slot()
    assert rec is not None
    from kdm_desktop.security import recovery

    old_master = slots.unlock(rec, recovery.parse_recovery_key(centre.recovery_key)).master_key
    with pytest.raises(RefusedInput):
        Database.open(centre.paths.database, old_master)
    recover_access(centre.data_dir, new_key, ADMIN, "Yeni-Parola-2026").close()
    centre.passwords[ADMIN] = "Yeni-Parola-2026"
    assert_sound(centre)


def test_a_first_version_case_file_is_bound_at_its_first_open(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "release-0.1.0"
    data_dir = tmp_path / "eski"
    shutil.copytree(fixture, data_dir, ignore=shutil.ignore_patterns("README.md"))
    assert (data_dir / "casefile.keys.prev").exists()
    with open_session(data_dir, "yonetici", "demo-parola-2026") as s:
        assert s.check().slot_problems == []
    assert not (data_dir / "casefile.keys.prev").exists()
    doc = json.loads((data_dir / "casefile.keys").read_bytes())
    assert doc["version"] == 2 and doc["generation"] >= 1
    assert (data_dir / "casefile.keys.mirror").read_bytes() == (
        data_dir / "casefile.keys"
    ).read_bytes()
    for user in ("sosyal", "psikolog", "avukat", "sekreter"):
        open_session(data_dir, user, "demo-parola-2026").close()
