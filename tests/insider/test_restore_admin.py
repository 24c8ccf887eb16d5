"""`backup restore --replace` is an administrator's act, audited in both files, and
cannot undo a removal (issue 13, item 6)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from insider_support import master_key_from_password

from kdm_desktop.cli.main import main
from kdm_desktop.errors import AuthenticationError, PermissionDenied, RefusedInput
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security.keyslots import KeySlotFile, mirror_path
from kdm_desktop.security.roles import Role
from kdm_desktop.services.audit_anchors import AuditAnchorService
from kdm_desktop.services.backup import (
    RECOVERY_ACTOR,
    BackupService,
    Credentials,
    restore_backup,
)
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.users import UserService
from kdm_desktop.storage.audit_repo import AuditRepository
from kdm_desktop.storage.database import Database
from kdm_testing import ADMIN, ADMIN_PASSWORD, CaseFileFixture

AVUKAT, AVUKAT_PW = "avukat", "avukat-parola-1"
SEKRETER, SEKRETER_PW = "sekreter", "sekreter-parola"
ADMIN_CREDS = Credentials(ADMIN, ADMIN_PASSWORD)


@pytest.fixture(scope="module")
def _removal_template(
    tmp_path_factory: pytest.TempPathFactory, casefile_template: CaseFileFixture
) -> tuple[Path, Path]:
    """Built once per module: a backup holding the lawyer's slot; then she is
    removed and work goes on. Each test gets its own copy (see the two below)."""
    root = tmp_path_factory.mktemp("removal")
    data_dir = root / "data"
    shutil.copytree(casefile_template.data_dir, data_dir)
    template = CaseFileFixture(
        data_dir, casefile_template.recovery_key, casefile_template.casefile_id
    )
    with template.login() as s:
        users = UserService(s)
        users.add(AVUKAT, AVUKAT_PW, Role.LAWYER)
        users.add(SEKRETER, SEKRETER_PW, Role.SECRETARY)
        backup = BackupService(s).create(root / "usb").path
        users.remove(AVUKAT)
        users.add("sonradan", "sonradan-parola", Role.SOCIAL_WORKER)
    return data_dir, backup


@pytest.fixture
def casefile(
    tmp_path: Path, casefile_template: CaseFileFixture, _removal_template: tuple[Path, Path]
) -> CaseFileFixture:
    """This module's live file: the lawyer already removed after the backup."""
    data_dir = tmp_path / "data"
    shutil.copytree(_removal_template[0], data_dir)
    return CaseFileFixture(data_dir, casefile_template.recovery_key, casefile_template.casefile_id)


@pytest.fixture
def before_removal(
    casefile: CaseFileFixture, tmp_path: Path, _removal_template: tuple[Path, Path]
) -> Path:
    """The backup taken before the removal, a copy of its own in this test's tmp_path."""
    backup = tmp_path / "usb" / _removal_template[1].name
    backup.parent.mkdir()
    shutil.copy2(_removal_template[1], backup)
    return backup


def _kdm(monkeypatch, capsys, data_dir: Path, *argv: str, user: str, stdin: str):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(data_dir), "--user", user, "--password-stdin", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _users(casefile: CaseFileFixture) -> list[str]:
    with casefile.login() as s:
        return [u.username for u in UserService(s).list()]


def test_a_secretary_cannot_replace_the_live_file(
    casefile: CaseFileFixture, before_removal: Path, monkeypatch, capsys
) -> None:
    code, _, err = _kdm(
        monkeypatch,
        capsys,
        casefile.data_dir,
        "backup",
        "restore",
        str(before_removal),
        "--to",
        str(casefile.data_dir),
        "--replace",
        user=SEKRETER,
        stdin=SEKRETER_PW + "\n",
    )
    assert code == 3 and "Sekreter" in err
    assert not list(casefile.data_dir.glob("replaced-*"))
    assert "sonradan" in _users(casefile)  # the live file is still the live file
    with pytest.raises(PermissionDenied):
        restore_backup(
            before_removal, casefile.data_dir, Credentials(SEKRETER, SEKRETER_PW), replace=True
        )


def test_a_removed_user_cannot_restore_her_way_back(
    casefile: CaseFileFixture, before_removal: Path, monkeypatch, capsys
) -> None:
    code, _, _ = _kdm(
        monkeypatch,
        capsys,
        casefile.data_dir,
        "backup",
        "restore",
        str(before_removal),
        "--to",
        str(casefile.data_dir),
        "--replace",
        user=AVUKAT,
        stdin=AVUKAT_PW + "\n",
    )
    assert code == 3
    assert not list(casefile.data_dir.glob("replaced-*"))
    with pytest.raises(AuthenticationError):
        open_session(casefile.data_dir, AVUKAT, AVUKAT_PW)


def test_an_admin_restore_reapplies_the_removal_and_is_audited_in_both_files(
    casefile: CaseFileFixture, before_removal: Path, monkeypatch, capsys
) -> None:
    old_key = master_key_from_password(casefile.data_dir, ADMIN, ADMIN_PASSWORD)
    code, out, err = _kdm(
        monkeypatch,
        capsys,
        casefile.data_dir,
        "backup",
        "restore",
        str(before_removal),
        "--to",
        str(casefile.data_dir),
        "--replace",
        "--json",
        user=ADMIN,
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 0, err
    result = json.loads(out)
    assert result["removals_reapplied"] == [AVUKAT] and result["restored_by"] == ADMIN
    paths = CaseFilePaths(casefile.data_dir)
    # Her old password opens nothing: no slot, and the restored copy was rekeyed.
    assert KeySlotFile.load(paths.keyslots).password_slot(AVUKAT) is None
    with pytest.raises(AuthenticationError):
        open_session(casefile.data_dir, AVUKAT, AVUKAT_PW)
    backup_key = master_key_from_password(
        _unpacked(before_removal, casefile.data_dir.parent / "unpacked"), AVUKAT, AVUKAT_PW
    )
    with pytest.raises(RefusedInput):
        Database.open(paths.database, backup_key).close()
    with casefile.login() as s:
        assert AVUKAT not in [u.username for u in UserService(s).list()]
        rows = [(e.username, e.action, e.object_id, e.detail) for e in s.audit_entries(20)]
        assert s.check().sound
        # the anchor log restarted from the backup's anchor, which still holds
        assert AuditAnchorService(s).verify_against([before_removal]).sound
    restore_row = next(r for r in rows if r[1] == "restore")
    assert restore_row[0] == ADMIN and f"from={before_removal.name}" in restore_row[3]
    assert (ADMIN, "delete", AVUKAT, "removal_reapplied_on_restore") in rows
    # The live file that was set aside says a restore replaced it, and by whom.
    (aside,) = casefile.data_dir.glob("replaced-*")
    db = Database.open(aside / "casefile.kdm", old_key)
    try:
        last = AuditRepository(db.conn, casefile.casefile_id).recent(1)[0]
    finally:
        db.close()
    assert (last.username, last.action) == (ADMIN, "restore")
    assert last.detail == f"replaced_by={before_removal.name};phase=started"
    assert (aside / "audit-anchors.log").exists()


def test_the_removal_record_survives_a_second_restore(
    casefile: CaseFileFixture, before_removal: Path
) -> None:
    for _ in range(2):
        result = restore_backup(before_removal, casefile.data_dir, ADMIN_CREDS, replace=True)
        assert result.removals_reapplied == [AVUKAT]
        with pytest.raises(AuthenticationError):
            open_session(casefile.data_dir, AVUKAT, AVUKAT_PW)
    assert sorted(_users(casefile)) == [SEKRETER, ADMIN]


def test_a_colleague_removed_and_added_again_keeps_her_new_slot(
    casefile: CaseFileFixture, before_removal: Path, tmp_path: Path
) -> None:
    with casefile.login() as s:
        UserService(s).add(AVUKAT, "avukat-yeni-parola", Role.LAWYER)
        later = BackupService(s).create(tmp_path / "usb2").path
    result = restore_backup(later, casefile.data_dir, ADMIN_CREDS, replace=True)
    assert result.removals_reapplied == []
    open_session(casefile.data_dir, AVUKAT, "avukat-yeni-parola").close()


def test_recovery_key_replaces_a_live_file_that_no_longer_opens(
    casefile: CaseFileFixture, before_removal: Path
) -> None:
    paths = CaseFilePaths(casefile.data_dir)
    for keys in (paths.keyslots, mirror_path(paths.keyslots)):
        keys.write_bytes(b"{damaged")  # the slot file and its mirror copy
    with pytest.raises(RefusedInput) as err:
        restore_backup(before_removal, casefile.data_dir, ADMIN_CREDS, replace=True)
    assert err.value.key == "restore.live_unreadable"
    assert "--recovery-key" in err.value.message
    result = restore_backup(
        before_removal,
        casefile.data_dir,
        Credentials(recovery_key=casefile.recovery_key),
        replace=True,
    )
    assert result.restored_by == RECOVERY_ACTOR
    open_session(casefile.data_dir, ADMIN, ADMIN_PASSWORD).close()


def test_recovery_key_on_a_live_file_that_opens_still_reapplies_removals(
    casefile: CaseFileFixture, before_removal: Path
) -> None:
    result = restore_backup(
        before_removal,
        casefile.data_dir,
        Credentials(recovery_key=casefile.recovery_key),
        replace=True,
    )
    assert result.removals_reapplied == [AVUKAT]


def test_admin_password_for_the_live_file_and_recovery_key_for_the_backup(
    casefile: CaseFileFixture, before_removal: Path, monkeypatch, capsys
) -> None:
    with casefile.login() as s:
        UserService(s).change_own_password(ADMIN_PASSWORD, "Yonetici-Yeni-Parola")
    code, out, err = _kdm(
        monkeypatch,
        capsys,
        casefile.data_dir,
        "backup",
        "restore",
        str(before_removal),
        "--to",
        str(casefile.data_dir),
        "--replace",
        "--recovery-key",
        "--json",
        user=ADMIN,
        stdin=f"Yonetici-Yeni-Parola\n{casefile.recovery_key}\n",
    )
    assert code == 0, err
    assert json.loads(out)["restored_by"] == ADMIN


def _unpacked(backup: Path, where: Path) -> Path:
    """The backup's slot file in a folder of its own (as an attacker would unzip it)."""
    import zipfile

    where.mkdir()
    with zipfile.ZipFile(backup) as zf:
        (where / "casefile.keys").write_bytes(zf.read("casefile.keys"))
    return where
