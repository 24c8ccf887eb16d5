"""Backups: consistent under writes, verified, rotated, restorable, tamper-evident."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kdm_desktop.cli.main import main
from kdm_desktop.errors import AuthenticationError, KdmError, RefusedInput
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.progress import Cancelled
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Role
from kdm_desktop.services.backup import (
    BackupService,
    Credentials,
    list_backups,
    restore_backup,
    verify_backup,
)
from kdm_desktop.services.casefile import create_case_file, open_session
from kdm_desktop.services.clock import ISTANBUL
from kdm_desktop.services.users import UserService
from kdm_testing import ADMIN, ADMIN_PASSWORD, CENTRE, CaseFileFixture

CREDS = Credentials(username=ADMIN, password=ADMIN_PASSWORD)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _records(session, skip_action: str = "") -> list[tuple]:
    entries = sorted(session.audit_entries(10_000), key=lambda e: e.seq)
    return [(e.seq, e.action, e.object_id, e.hash) for e in entries if e.action != skip_action] + [
        (u.username, u.role.value) for u in UserService(session).list()
    ]


@pytest.fixture
def full(casefile: CaseFileFixture):
    """A case file with some history, and a logged-in admin."""
    s = casefile.login()
    users = UserService(s)
    users.add("derya", "derya-parola-1", Role.SOCIAL_WORKER)
    users.add("sekreter", "sekreter-parola", Role.SECRETARY)
    with s.db.transaction():
        for i in range(300):
            s.audit(AuditAction.VIEW, "case", f"00000000-0000-4000-8000-{i:012d}")
    yield casefile, s
    s.close()


def test_backup_during_writes_restores_identical_records(full, tmp_path: Path) -> None:
    _, s = full
    writes = []

    def progress(done: int, total: int) -> None:
        # Writes land between snapshot steps, as the window would make them.
        if len(writes) < 3 and done < total * 3000:
            with s.db.transaction():
                s.audit(AuditAction.VIEW, "case", f"written-during-backup-{len(writes)}")
            writes.append(done)

    result = BackupService(s).create(tmp_path / "usb", progress=progress, pages_per_step=2)
    assert len(writes) == 3
    # The backup's own audit row is written after the snapshot, so it is the only difference.
    expected = _records(s, skip_action="backup")
    restored = restore_backup(result.path, tmp_path / "restored", CREDS)
    assert restored.kept_aside is None
    last_seq = max(x[0] for x in expected if len(x) == 4)
    with open_session(tmp_path / "restored", ADMIN, ADMIN_PASSWORD) as r:
        # Opening the restored file audits that login (and the restore) after the snapshot.
        got = [x for x in _records(r) if len(x) != 4 or x[0] <= last_seq]
        assert r.check().sound
    assert got == expected
    assert {x[2] for x in got if len(x) == 4} >= {f"written-during-backup-{i}" for i in range(3)}


def test_backup_records_verification_and_reminder(full, tmp_path: Path) -> None:
    _, s = full
    service = BackupService(s)
    assert service.reminder().overdue and service.last_verified_at() is None
    result = service.create(tmp_path / "usb")
    assert service.last_verified_at() == result.created_at
    assert not service.reminder(days=7).overdue
    later = datetime.now(ISTANBUL) + timedelta(days=8)
    s.now = lambda: later
    assert service.reminder(days=7).overdue and service.reminder(days=7).days_since == 8


def test_rotation_keeps_n_generations(full, tmp_path: Path) -> None:
    _, s = full
    usb = tmp_path / "usb"
    start = datetime(2026, 11, 1, 9, 0, tzinfo=ISTANBUL)
    paths = []
    for day in range(5):
        s.now = lambda day=day: start + timedelta(days=day)
        paths.append(BackupService(s).create(usb, keep=3).path)
    kept = [b.path for b in list_backups(usb)]
    assert kept == list(reversed(paths[-3:]))
    (usb / "foreign.kdmbak").write_bytes(b"not ours")
    s.now = lambda: start + timedelta(days=9)
    BackupService(s).create(usb, keep=3)
    assert (usb / "foreign.kdmbak").exists()  # never delete what isn't ours


def test_restore_with_the_recovery_key(full, tmp_path: Path) -> None:
    casefile, s = full
    result = BackupService(s).create(tmp_path / "usb")
    restored = restore_backup(
        result.path, tmp_path / "new-pc", Credentials(recovery_key=casefile.recovery_key)
    )
    assert restored.preview.centre_name == CENTRE.name
    assert restored.preview.counts["users"] == 3
    with open_session(tmp_path / "new-pc", "derya", "derya-parola-1") as r:
        assert r.centre().code == "NRL"


def test_wrong_password_or_recovery_key_is_refused(full, tmp_path: Path) -> None:
    _, s = full
    result = BackupService(s).create(tmp_path / "usb")
    with pytest.raises(AuthenticationError):
        verify_backup(result.path, Credentials(ADMIN, "yanlış"), work_near=tmp_path)
    other = create_case_file(
        tmp_path / "other", centre=CENTRE, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    other.session.close()
    with pytest.raises(AuthenticationError):
        verify_backup(result.path, Credentials(recovery_key=other.recovery_key), work_near=tmp_path)


def _damage_cases(size: int) -> list[tuple[str, callable]]:
    def truncate(at):
        return lambda b: b[:at]

    def flip(at):
        return lambda b: b[:at] + bytes([b[at] ^ 0x01]) + b[at + 1 :]

    return [
        ("truncated-to-zero", truncate(0)),
        ("truncated-early", truncate(200)),
        ("truncated-middle", truncate(size // 2)),
        ("truncated-end", truncate(size - 1)),
        ("flip-db-page", flip(5000)),
        ("flip-middle", flip(size // 2)),
        ("flip-near-end", flip(size - 300)),
        ("trailing-garbage", lambda b: b + b"\x00garbage"),
    ]


def test_damaged_backups_are_refused_and_the_case_file_is_untouched(full, tmp_path: Path) -> None:
    casefile, s = full
    good = BackupService(s).create(tmp_path / "usb").path
    data = good.read_bytes()
    paths = CaseFilePaths(casefile.data_dir)
    s.close()
    before = (_digest(paths.database), _digest(paths.keyslots))
    for name, damage in _damage_cases(len(data)):
        bad = tmp_path / f"{name}.kdmbak"
        bad.write_bytes(damage(data))
        if name == "trailing-garbage":
            # ZIP tolerates appended bytes; the verified content is still intact.
            verify_backup(bad, CREDS, work_near=tmp_path)
            continue
        with pytest.raises(RefusedInput):
            verify_backup(bad, CREDS, work_near=tmp_path)
        with pytest.raises(RefusedInput):
            restore_backup(bad, casefile.data_dir, CREDS, replace=True)
        assert (_digest(paths.database), _digest(paths.keyslots)) == before, name
    assert not list(casefile.data_dir.glob("replaced-*"))


def test_wrong_centre_backup_never_replaces_the_case_file(
    casefile: CaseFileFixture, tmp_path: Path
) -> None:
    other = create_case_file(
        tmp_path / "other", centre=CENTRE, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    foreign = BackupService(other.session).create(tmp_path / "usb").path
    other.session.close()
    paths = CaseFilePaths(casefile.data_dir)
    before = _digest(paths.database)
    with pytest.raises(RefusedInput) as err:
        restore_backup(foreign, casefile.data_dir, CREDS, replace=True)
    assert err.value.key == "backup.wrong_casefile"
    assert _digest(paths.database) == before


def test_replacing_keeps_the_current_file_aside(full, tmp_path: Path) -> None:
    casefile, s = full
    backup = BackupService(s).create(tmp_path / "usb").path
    UserService(s).add("sonradan", "sonradan-parola", Role.LAWYER)
    s.close()
    with pytest.raises(RefusedInput):
        restore_backup(backup, casefile.data_dir, CREDS)  # no --replace
    result = restore_backup(backup, casefile.data_dir, CREDS, replace=True)
    assert result.kept_aside and (result.kept_aside / "casefile.kdm").exists()
    with casefile.login() as r:
        assert "sonradan" not in [u.username for u in UserService(r).list()]
    aside = result.kept_aside
    for f in ("casefile.kdm", "casefile.keys"):
        (casefile.data_dir / f).unlink()
        (aside / f).rename(casefile.data_dir / f)
    with casefile.login() as r:  # the kept-aside file is whole
        assert "sonradan" in [u.username for u in UserService(r).list()]


def test_restore_refuses_while_the_case_file_is_open(full, tmp_path: Path) -> None:
    casefile, s = full
    backup = BackupService(s).create(tmp_path / "usb").path
    with pytest.raises(KdmError) as err:
        restore_backup(backup, casefile.data_dir, CREDS, replace=True)
    assert err.value.key == "casefile.in_use"


def test_cancelled_backup_leaves_nothing(full, tmp_path: Path) -> None:
    casefile, s = full
    usb = tmp_path / "usb"
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        BackupService(s).create(usb, cancelled=cancelled, pages_per_step=1)
    assert list(usb.iterdir()) == []
    assert not [p for p in casefile.data_dir.iterdir() if p.name.startswith(".kdm-work")]


def test_pulled_stick_gives_a_clear_message_and_no_partial_file(
    full, tmp_path: Path, monkeypatch
) -> None:
    _, s = full
    usb = tmp_path / "usb"

    def fail(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr("kdm_desktop.services.backup.write_container", fail)
    with pytest.raises(KdmError) as err:
        BackupService(s).create(usb)
    assert err.value.key == "backup.io" and "Bellek" in err.value.message
    assert list(usb.iterdir()) == []


def test_secretary_may_back_up(full, tmp_path: Path) -> None:
    casefile, s = full
    s.close()
    with open_session(casefile.data_dir, "sekreter", "sekreter-parola") as sek:
        assert BackupService(sek).create(tmp_path / "usb").path.exists()


def test_nothing_outside_backup_and_data_dir_holds_plaintext(
    full, tmp_path: Path, monkeypatch
) -> None:
    casefile, s = full
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    with s.db.transaction():
        s.update_centre(CENTRE.__class__(**{**CENTRE.as_dict(), "address": "Gizli Sokak Işıklı"}))
    usb = tmp_path / "usb"
    backup = BackupService(s).create(usb).path
    restore_backup(backup, tmp_path / "restored", CREDS)
    needle = "Gizli Sokak Işıklı".encode()
    for root in (tmp, usb, tmp_path / "restored", casefile.data_dir):
        for f in root.rglob("*"):
            if f.is_file():
                assert needle not in f.read_bytes(), f


def test_cli_contract(full, tmp_path: Path, monkeypatch, capsys) -> None:
    casefile, s = full
    s.close()

    def kdm(argv, stdin=ADMIN_PASSWORD + "\n"):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(argv)
        return code, capsys.readouterr()

    base = ["--data-dir", str(casefile.data_dir), "--user", ADMIN, "--password-stdin"]
    code, out = kdm([*base, "backup", "create", "-o", str(tmp_path / "usb"), "--json"])
    assert code == 0
    created = json.loads(out.out)
    assert created["verified"] is True and created["path"].endswith(".kdmbak")
    code, out = kdm(["backup", "list", str(tmp_path / "usb"), "--json"])
    assert code == 0 and len(json.loads(out.out)["backups"]) == 1
    code, out = kdm([*base, "backup", "verify", created["path"]])
    assert code == 0 and "sağlam" in out.out
    bad = tmp_path / "bad.kdmbak"
    bad.write_bytes(Path(created["path"]).read_bytes()[:-500])
    code, out = kdm([*base, "backup", "verify", str(bad)])
    assert code == 4 and "bozuk" in out.err
    code, out = kdm(
        [
            "--data-dir",
            str(tmp_path / "x"),
            "backup",
            "restore",
            created["path"],
            "--to",
            str(tmp_path / "fresh"),
            "--recovery-key",
            "--password-stdin",
            "--json",
        ],
        casefile.recovery_key + "\n",
    )
    assert code == 0 and json.loads(out.out)["restored_to"].endswith("fresh")
    code, out = kdm([*base, "backup", "restore", created["path"], "--to", str(casefile.data_dir)])
    assert code == 4  # exists, no --replace
