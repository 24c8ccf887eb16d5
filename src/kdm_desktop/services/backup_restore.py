"""Restoring a `.kdmbak`: into a new folder, or replacing the live case file.

Replacing needs an administrator of the live file (password or recovery key); the
live file is set aside, never deleted, until the restored one is in place.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kdm_desktop.backup.container import (
    BackupReader,
)
from kdm_desktop.errors import AuthenticationError, KdmError, PermissionDenied, RefusedInput
from kdm_desktop.fsutil import (
    fsync_directory,
    make_private_dir,
    make_private_file,
)
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.progress import CancelFn, Cancelled, ProgressFn, never_cancelled, no_progress
from kdm_desktop.security import recovery
from kdm_desktop.security.anchor import AnchorFormatError, AuditAnchor
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.keyslots import (
    KeySlotFile,
    SlotUnlockFailed,
    UnlockedSlot,
    mirror_path,
)
from kdm_desktop.security.roles import Permission, Role
from kdm_desktop.security.throttle import RECOVERY_NAME, LoginThrottle, attempt_guarded
from kdm_desktop.services import anchor_log, removals, slot_journal, slot_open, slot_rekey
from kdm_desktop.services.backup_verify import (
    BackupPreview,
    Credentials,
    RestoreResult,
    _open_verified,
    _work_dir,
    io_error,
)
from kdm_desktop.services.casefile import open_session, recovery_refusal
from kdm_desktop.services.clock import Now, iso_now, now_istanbul
from kdm_desktop.services.retention_restore import carry_over_destructions
from kdm_desktop.services.session import CurrentUser, Session
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.unit_of_work import UnitOfWork, reading_from, working_on

_log = logging.getLogger("kdm.backup")


@dataclass
class _LiveFile:
    """The case file a `--replace` restore is about to set aside."""

    casefile_id: str | None
    actor: str
    removals: list[removals.Removal]
    session: Session | None = None


RECOVERY_ACTOR = "kurtarma-anahtari"


def _authorize_replace(paths: CaseFilePaths, creds: Credentials, now: Now) -> _LiveFile:
    """Only an administrator may replace the live case file (checked here, not in the UI).

    With a password: she logs in to the live file (throttled, audited) and must hold
    the restore permission. With the recovery key: it must open the live file's
    recovery slot, or, when the live file no longer opens at all (the usual reason
    to restore), the backup's; whoever holds it already holds the centre's keys.
    """
    if creds.username and creds.password:
        try:
            session = open_session(paths.data_dir, creds.username, creds.password, now=now)
        except (AuthenticationError, PermissionDenied):
            raise
        except KdmError as exc:
            raise RefusedInput("restore.live_unreadable", detail=exc.message) from exc
        try:
            session.require(Permission.RESTORE)
            found = removals.load(session.reading())
        except BaseException:
            session.close()
            raise
        return _LiveFile(session.casefile_id, session.user.username, found, session)
    if not creds.recovery_key:
        raise AuthenticationError("backup.no_credentials")
    try:
        slots = slot_journal.load_slot_file(paths)
    except KdmError:
        return _LiveFile(None, RECOVERY_ACTOR, [])
    secret = recovery.parse_recovery_key(creds.recovery_key)
    slot = slots.recovery_slot()

    def attempt() -> UnlockedSlot:
        if slot is None:
            raise SlotUnlockFailed
        return slots.unlock(slot, secret)

    throttle = LoginThrottle(paths.login_state)
    unlocked = attempt_guarded(throttle, RECOVERY_NAME, attempt, SlotUnlockFailed, recovery_refusal)
    try:
        opened = slot_open.open_bound(paths, slots, unlocked)
    except KdmError:
        return _LiveFile(slots.casefile_id, RECOVERY_ACTOR, [])
    user = CurrentUser(RECOVERY_ACTOR, RECOVERY_ACTOR, Role.ADMIN)
    session = Session(paths, opened.database, slots, opened.master_key, user, now)
    try:
        found = removals.load(session.reading())
    except BaseException:
        session.close()
        raise
    return _LiveFile(slots.casefile_id, RECOVERY_ACTOR, found, session)


def _actor_for(creds: Credentials) -> str:
    if creds.username and creds.password:
        return creds.username.strip().lower()
    return RECOVERY_ACTOR


def _prepare_restored(
    scratch: Path,
    snapshot: Path,
    master_key: bytes,
    live_removals: list[removals.Removal],
    backup: Path,
    preview: BackupPreview,
    actor: str,
    replaced_live: bool,
    ts: str,
) -> list[str]:
    """Re-apply removals to the restored copy and audit the restore, all in scratch.

    Nothing here touches the live folder: a crash leaves only a scratch folder that
    the next restore cleans up. Returns the users whose removal was re-applied.
    """
    keys_path = scratch / "casefile.keys"
    slots = KeySlotFile.load(keys_path)
    db = Database.open(snapshot, master_key)
    try:
        copy = reading_from(db, slots.casefile_id)
        removed = {r.fingerprint: r for r in [*removals.load(copy), *live_removals]}
        victims = [
            s
            for s in slots.slots
            if s.kind == "password"
            and s.user is not None
            and removals.slot_fingerprint(s.public_key) in removed
        ]
        # The restored copy's own chain records who restored it, as `actor`.
        with working_on(db, slots.casefile_id, actor, lambda: ts) as uow:
            removals.merge(uow, live_removals)
            uow.audit(
                AuditAction.RESTORE,
                "casefile",
                slots.casefile_id,
                f"from={backup.name};backup_created={preview.created_at};"
                f"replaced_live={'yes' if replaced_live else 'no'}",
            )
        key = master_key
        for victim in victims:
            user = victim.user
            assert user is not None

            def drop_row(uow: UnitOfWork, user: str = user) -> None:
                users = uow.users
                if users.by_username(user) is not None:
                    users.delete(user)
                uow.audit_log.append(
                    ts=ts,
                    username=actor,
                    action=AuditAction.DELETE.value,
                    object_type="user",
                    object_id=user,
                    detail="removal_reapplied_on_restore",
                )

            # Her slot goes and the copy gets a new master key (the same journaled
            # rekey as `user remove`, here on the scratch copy): the old key, which
            # her password still yields from the backup's slot file, opens nothing.
            try:
                key = slot_rekey.rekey(
                    db, CaseFilePaths(scratch), slots, key, remove_user=user, with_change=drop_row
                )
            except slot_rekey.RekeyInterrupted as exc:
                cause = exc.cause
                raise io_error(
                    cause if isinstance(cause, OSError) else OSError(str(cause))
                ) from exc
    finally:
        db.close()
    return [v.user for v in victims if v.user is not None]


def restore_backup(
    backup: Path,
    to_dir: Path,
    creds: Credentials,
    *,
    replace: bool = False,
    authorize: Credentials | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelFn = never_cancelled,
    now: Now = now_istanbul,
) -> RestoreResult:
    """Put a verified backup in place. An existing case file is kept aside, never deleted.

    `creds` open the backup. Replacing a live case file is an administrator's act:
    `authorize` (default: `creds`) must log in to the live file as an administrator.
    Both files are audited: the live one records that a restore started before it
    is set aside; the restored one records where it came from and who restored it.
    Users removed since the backup was taken stay removed (services/removals.py).
    """
    paths = CaseFilePaths(to_dir)
    live: _LiveFile | None = None
    current_id: str | None = None
    replacing = paths.exists()
    if replacing:
        if not replace:
            raise RefusedInput("backup.target_exists", path=str(paths.database))
        if Database.in_use(paths.database):
            raise KdmError("casefile.in_use")
        with contextlib.suppress(KdmError):
            current_id = KeySlotFile.load(paths.keyslots).casefile_id
    make_private_dir(to_dir)
    try:
        with _work_dir(to_dir) as scratch:
            # The backup is checked first, so a damaged or foreign one leaves the live
            # file untouched (not even a login row); then the administrator logs in.
            preview, snapshot, master_key = _open_verified(
                backup, creds, scratch, progress, cancelled, expected_casefile_id=current_id
            )
            live_key: bytes | None = None
            if replacing:
                live = _authorize_replace(paths, authorize or creds, now)
                if live.session is not None:
                    # The live file records the restore before anything else happens
                    # to it; the session is then closed so the steps below can read it.
                    live_key = live.session.master_key
                    with live.session.work() as uow:
                        uow.audit(
                            AuditAction.RESTORE,
                            "casefile",
                            live.session.casefile_id,
                            detail=f"replaced_by={backup.name};phase=started",
                        )
                    live.session.close()
                    live.session = None
            actor = live.actor if live else _actor_for(creds)
            if live is None or live_key is not None:
                # KVKK: destruction runs of the live file are re-applied to the older
                # copy. (A live file that no longer opens has none to give.)
                carry_over_destructions(
                    paths,
                    snapshot,
                    master_key,
                    Credentials(username=actor, master_key=live_key) if live_key else creds,
                )
            reapplied = _prepare_restored(
                scratch,
                snapshot,
                master_key,
                live.removals if live else [],
                backup,
                preview,
                actor,
                live is not None,
                iso_now(now),
            )
            if cancelled():
                raise Cancelled
            kept_aside = _swap_in(paths, scratch, snapshot)
    finally:
        if live is not None and live.session is not None:
            live.session.close()
    _start_anchor_log(paths, kept_aside, backup)
    LoginThrottle(paths.login_state).initialise()
    return RestoreResult(preview, to_dir, kept_aside, actor, reapplied)


def _swap_in(paths: CaseFilePaths, scratch: Path, snapshot: Path) -> Path | None:
    to_dir = paths.data_dir
    kept_aside = None
    try:
        if paths.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept_aside = to_dir / f"replaced-{stamp}"
            n = 1
            while kept_aside.exists():  # two restores within one second
                n += 1
                kept_aside = to_dir / f"replaced-{stamp}-{n}"
            kept_aside.mkdir()
            make_private_dir(kept_aside)
            for f in sorted(to_dir.iterdir()):
                if f.is_file() and (
                    f.name.startswith("casefile.") or f.name == anchor_log.ANCHOR_LOG_NAME
                ):
                    os.replace(f, kept_aside / f.name)
        # Keys first: a database without its keys is useless, keys without a
        # database are recognisably incomplete.
        for restored in (scratch / "casefile.keys", snapshot):
            make_private_file(restored)
        os.replace(scratch / "casefile.keys", paths.keyslots)
        staged_mirror = mirror_path(scratch / "casefile.keys")
        if staged_mirror.exists():
            make_private_file(staged_mirror)
            os.replace(staged_mirror, mirror_path(paths.keyslots))
        os.replace(snapshot, paths.database)
        for leftover in ("casefile.kdm-wal", "casefile.kdm-shm"):
            with contextlib.suppress(FileNotFoundError):
                (scratch / leftover).unlink()
        fsync_directory(to_dir)
    except OSError as exc:
        raise io_error(exc, to_dir) from exc
    return kept_aside


def _start_anchor_log(paths: CaseFilePaths, kept_aside: Path | None, backup: Path) -> None:
    """The restored file starts a new anchor log from the backup's own anchor.

    The replaced file's log (anchors of a history the restore has abandoned) is kept
    aside with it, where `kdm audit verify --against` can still read it.
    """
    try:
        with BackupReader(backup) as reader:
            raw = reader.manifest.audit_anchor
        if raw is not None:
            anchor_log.append_to_log(
                anchor_log.anchor_log_path(paths.data_dir), AuditAnchor.from_json(raw)
            )
    except (KdmError, OSError, AnchorFormatError):
        _log.info("anchor log of the restored file not started")
