"""Creating, unlocking, recovering, password changes, user removal and rekeying."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from kdm_desktop.errors import AuthenticationError, KdmError, PermissionDenied, RefusedInput
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security.kdf import DEFAULT_PARAMS, FAST_TEST_PARAMS
from kdm_desktop.security.keyslots import KeySlotFile
from kdm_desktop.security.roles import Role
from kdm_desktop.security.throttle import LoginThrottle, delay_after
from kdm_desktop.services.casefile import create_case_file, open_session, recover_access
from kdm_desktop.services.users import UserService
from kdm_desktop.storage.database import Database
from kdm_testing import ADMIN, ADMIN_PASSWORD, CENTRE, CaseFileFixture


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_created_case_file_opens_and_knows_its_centre(casefile: CaseFileFixture) -> None:
    with casefile.login() as s:
        assert s.user.role is Role.ADMIN
        assert s.centre().name == CENTRE.name
        assert s.info()["schema_version"] >= 2
        assert s.identity().signing_private


def test_init_refuses_to_overwrite(casefile: CaseFileFixture) -> None:
    with pytest.raises(KdmError) as err:
        create_case_file(
            casefile.data_dir, centre=CENTRE, admin_username="x" * 3, admin_password="p" * 12
        )
    assert err.value.key == "casefile.exists"


def test_without_the_fast_setting_slots_get_production_cost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KDM_INSECURE_FAST_KDF")
    created = create_case_file(
        tmp_path / "d", centre=CENTRE, admin_username="admin", admin_password=ADMIN_PASSWORD
    )
    slot = created.session.slots.password_slot("admin")
    created.session.close()
    assert slot and slot.argon2_params() == DEFAULT_PARAMS


def test_wrong_password_is_refused_and_changes_nothing(casefile: CaseFileFixture) -> None:
    paths = CaseFilePaths(casefile.data_dir)
    before = (_digest(paths.database), _digest(paths.keyslots))
    with pytest.raises(AuthenticationError) as err:
        open_session(casefile.data_dir, ADMIN, "yanlış-parola")
    assert err.value.message == "Kullanıcı adı ya da parola yanlış."
    assert (_digest(paths.database), _digest(paths.keyslots)) == before


def test_unknown_user_looks_like_a_wrong_password(casefile: CaseFileFixture) -> None:
    with pytest.raises(AuthenticationError) as err:
        open_session(casefile.data_dir, "kimse", ADMIN_PASSWORD)
    assert err.value.key == "auth.failed"


def test_failed_logins_get_increasing_delays(casefile: CaseFileFixture) -> None:
    now = [1_000_000.0]
    throttle = LoginThrottle(CaseFilePaths(casefile.data_dir).login_state, clock=lambda: now[0])
    keys = []
    for _ in range(4):
        with pytest.raises(AuthenticationError) as err:
            open_session(casefile.data_dir, ADMIN, "yanlış", throttle=throttle)
        keys.append(err.value.key)
    assert keys == ["auth.failed", "auth.failed", "auth.failed_wait", "auth.locked_out"]
    # even the right password waits out the delay
    with pytest.raises(AuthenticationError) as err:
        open_session(casefile.data_dir, ADMIN, ADMIN_PASSWORD, throttle=throttle)
    assert err.value.key == "auth.locked_out"
    assert "saniye" in err.value.message
    now[0] += delay_after(3) + 1
    open_session(casefile.data_dir, ADMIN, ADMIN_PASSWORD, throttle=throttle).close()
    assert throttle.failures(ADMIN) == 0


def test_delays_grow_and_are_capped() -> None:
    delays = [delay_after(n) for n in range(1, 20)]
    assert delays[:2] == [0, 0]
    assert delays == sorted(delays)
    assert max(delays) == 15 * 60


def test_recovery_key_sets_a_new_password(casefile: CaseFileFixture) -> None:
    s = recover_access(casefile.data_dir, casefile.recovery_key, ADMIN, "Yeni-Parola-Çok-Uzun")
    s.close()
    with pytest.raises(AuthenticationError):
        open_session(casefile.data_dir, ADMIN, ADMIN_PASSWORD)
    open_session(casefile.data_dir, ADMIN, "Yeni-Parola-Çok-Uzun").close()


def test_recovery_key_of_another_case_file_fails(casefile: CaseFileFixture, tmp_path: Path) -> None:
    other = create_case_file(
        tmp_path / "other", centre=CENTRE, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    other.session.close()
    with pytest.raises(AuthenticationError) as err:
        recover_access(casefile.data_dir, other.recovery_key, ADMIN, "Yeni-Parola-Çok-Uzun")
    assert err.value.key == "auth.recovery_failed"


def test_password_change_rewraps_one_slot_and_keeps_the_master_key(
    casefile: CaseFileFixture,
) -> None:
    paths = CaseFilePaths(casefile.data_dir)
    with casefile.login() as s:
        UserService(s).add("fatma", "fatma-parola-1", Role.SOCIAL_WORKER)
    slots_before = KeySlotFile.load(paths.keyslots)
    with open_session(casefile.data_dir, "fatma", "fatma-parola-1") as s:
        key_before = s.master_key
        UserService(s).change_own_password("fatma-parola-1", "fatmanın-yeni-parolası")
    # The database only records the new slot file's binding and the audit row; its key stays.
    Database.open(paths.database, key_before).close()
    slots_after = KeySlotFile.load(paths.keyslots)
    changed = {s.slot_id for s in slots_after.slots} ^ {s.slot_id for s in slots_before.slots}
    assert len(changed) == 2  # one slot out, its replacement in
    assert slots_after.password_slot(ADMIN) == slots_before.password_slot(ADMIN)
    open_session(casefile.data_dir, "fatma", "fatmanın-yeni-parolası").close()
    with pytest.raises(AuthenticationError):
        open_session(casefile.data_dir, "fatma", "fatma-parola-1")


def test_removing_a_user_rekeys_so_her_old_slot_opens_nothing(casefile: CaseFileFixture) -> None:
    paths = CaseFilePaths(casefile.data_dir)
    with casefile.login() as s:
        UserService(s).add("gul", "gul-parolasi-1", Role.LAWYER)
    old_slots = KeySlotFile.load(paths.keyslots)
    gul_slot = old_slots.password_slot("gul")
    assert gul_slot
    old_key = old_slots.unlock(gul_slot, b"gul-parolasi-1").master_key

    with casefile.login() as s:
        UserService(s).remove("gul")
        assert [u.username for u in UserService(s).list()] == [ADMIN]

    with pytest.raises(AuthenticationError):
        open_session(casefile.data_dir, "gul", "gul-parolasi-1")
    with pytest.raises(RefusedInput):
        Database.open(paths.database, old_key)
    assert not paths.database.with_name("casefile.kdm.pre-rekey").exists()
    with casefile.login() as s:
        assert s.check().sound
    # the recovery slot was resealed too
    recover_access(casefile.data_dir, casefile.recovery_key, ADMIN, "Başka-Parola-2026").close()


def test_old_slots_are_raised_to_the_policy_at_login(
    casefile: CaseFileFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = CaseFilePaths(casefile.data_dir)
    slot = KeySlotFile.load(paths.keyslots).password_slot(ADMIN)
    assert slot and slot.argon2_params() == FAST_TEST_PARAMS
    stronger = FAST_TEST_PARAMS.__class__(16 * 1024, 2, 1)
    monkeypatch.setattr("kdm_desktop.services.casefile.policy_params", lambda: stronger)
    casefile.login().close()
    slot = KeySlotFile.load(paths.keyslots).password_slot(ADMIN)
    assert slot and slot.argon2_params() == stronger


def test_slot_file_keeps_a_mirror_of_the_same_generation(casefile: CaseFileFixture) -> None:
    paths = CaseFilePaths(casefile.data_dir)
    with casefile.login() as s:
        UserService(s).add("zehra", "zehra-parola-1", Role.PSYCHOLOGIST)
    mirror = paths.keyslots.with_name("casefile.keys.mirror")
    assert mirror.read_bytes() == paths.keyslots.read_bytes()
    assert not paths.keyslots.with_name("casefile.keys.prev").exists()
    # A lost slot file opens from its mirror (the database confirms it first).
    paths.keyslots.unlink()
    open_session(casefile.data_dir, "zehra", "zehra-parola-1").close()


def test_missing_slot_file_is_named(casefile: CaseFileFixture) -> None:
    paths = CaseFilePaths(casefile.data_dir)
    shutil.move(paths.keyslots, paths.keyslots.with_suffix(".moved"))
    paths.keyslots.with_name("casefile.keys.mirror").unlink()
    with pytest.raises(KdmError) as err:
        casefile.login()
    assert err.value.key == "keys.missing"


def test_roles_are_enforced_in_the_service(casefile: CaseFileFixture) -> None:
    with casefile.login() as s:
        UserService(s).add("sekreter", "sekreter-parola", Role.SECRETARY)
    with open_session(casefile.data_dir, "sekreter", "sekreter-parola") as s:
        with pytest.raises(PermissionDenied):
            UserService(s).add("x1x", "xxxxxxxxxxxx", Role.ADMIN)
        with pytest.raises(PermissionDenied):
            s.verify_audit()


def test_last_admin_and_self_cannot_be_removed(session) -> None:
    with pytest.raises(RefusedInput):
        UserService(session).remove(ADMIN)
    UserService(session).add("ikinci", "ikinci-parola", Role.SOCIAL_WORKER)
    with pytest.raises(RefusedInput):
        UserService(session).set_role(ADMIN, Role.SOCIAL_WORKER)


def test_validation_of_accounts(session) -> None:
    users = UserService(session)
    with pytest.raises(RefusedInput):
        users.add("a", "uzun-bir-parola", Role.LAWYER)
    with pytest.raises(RefusedInput):
        users.add("avukat", "kisa", Role.LAWYER)
    with pytest.raises(RefusedInput) as err:
        users.add("avukat", "uzun-bir-parola", "kaptan")
    assert "rol" in err.value.message.lower()
    users.add("avukat", "uzun-bir-parola", "Avukat")
    with pytest.raises(RefusedInput):
        users.add("avukat", "uzun-bir-parola", Role.LAWYER)
