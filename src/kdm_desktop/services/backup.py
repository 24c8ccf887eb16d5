"""Backup and restore: no case file is ever lost.

A backup is taken from the live database with SQLite's online backup API into a
snapshot that stays encrypted under the same master key, packed with the key
slots into one `.kdmbak`, written to a temp name, fsynced, renamed, then read back
from the drive and checked (hashes, decryption, `cipher_integrity_check`) before it
counts. Older generations are removed only after the new one is verified.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import kdm_desktop
from kdm_desktop import messages
from kdm_desktop.backup.container import (
    SUFFIX,
    BackupReader,
    Manifest,
    manifest_is_authentic,
    write_container,
)
from kdm_desktop.domain.retention.policy import load_policy
from kdm_desktop.errors import AuthenticationError, KdmError, PermissionDenied, RefusedInput
from kdm_desktop.fsutil import (
    create_private,
    fsync_directory,
    make_private_dir,
    make_private_file,
)
from kdm_desktop.oserrors import disk_nearly_full, os_error_kind, os_reason
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.progress import CancelFn, Cancelled, ProgressFn, never_cancelled, no_progress
from kdm_desktop.scratch import make_work_dir, partial_path, remove_stale_debris
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
from kdm_desktop.services import anchor_log, removals, slot_journal
from kdm_desktop.services.casefile import (
    CurrentUser,
    Session,
    _dummy_kdf,
    login_refusal,
    open_session,
    recovery_refusal,
)
from kdm_desktop.services.clock import ISTANBUL, Now, iso_now, now_istanbul
from kdm_desktop.services.retention_restore import carry_over_destructions
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.unit_of_work import UnitOfWork, reading_from, working_on

_log = logging.getLogger("kdm.backup")
DEFAULT_KEEP = 10
DEFAULT_REMIND_DAYS = 7
_LAST_VERIFIED = "backup.last_verified_at"


@dataclass(frozen=True)
class Credentials:
    """How to open a backup: a user's password, or the recovery key."""

    username: str | None = None
    password: str | None = None
    recovery_key: str | None = None
    # Used by the backup's own read-back check, which already holds the key.
    master_key: bytes | None = None


@dataclass(frozen=True)
class BackupPreview:
    path: Path
    casefile_id: str
    centre_name: str
    centre_code: str
    created_at: str
    schema_version: int
    counts: dict[str, int]
    # Slots in the backup's key file that fail their own digest (user names, or
    # "kurtarma"): the database is sound, but these cannot open the backup.
    damaged_slots: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "casefile_id": self.casefile_id,
            "centre_name": self.centre_name,
            "centre_code": self.centre_code,
            "created_at": self.created_at,
            "schema_version": self.schema_version,
            "counts": self.counts,
            "slots_sound": not self.damaged_slots,
            "damaged_slots": list(self.damaged_slots),
        }

    def slot_warning(self) -> str:
        if not self.damaged_slots:
            return ""
        return messages.text("backup.slots_damaged", slots=", ".join(self.damaged_slots))


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    created_at: str
    preview: BackupPreview
    removed: list[Path] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "size": self.size,
            "created_at": self.created_at,
            "verified": True,
            "counts": self.preview.counts,
            "slots_sound": not self.preview.damaged_slots,
            "damaged_slots": list(self.preview.damaged_slots),
            "removed_old": [str(p) for p in self.removed],
        }


@dataclass(frozen=True)
class BackupListing:
    path: Path
    created_at: str
    casefile_id: str
    centre_code: str
    size: int
    readable: bool


@dataclass(frozen=True)
class RestoreResult:
    preview: BackupPreview
    data_dir: Path
    kept_aside: Path | None
    restored_by: str = ""
    # Users removed from the live file since the backup, removed again from the copy.
    removals_reapplied: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class BackupReminder:
    last_verified_at: str | None
    days_since: int | None
    overdue: bool


def _io_error(exc: OSError, *places: Path) -> KdmError:
    # A full stick or data disk gets the one full-disk message; everything else the
    # drive does (pulled out, bad sector, vanished folder) is "backup.io".
    if os_error_kind(exc) == "disk_full":
        # zipfile and SQLite often leave `filename` empty: name the drive that is full.
        full = [p for p in places if disk_nearly_full(p)]
        candidates = [str(p) for p in full or places] or ["-"]
        return KdmError("io.disk_full", path=str(exc.filename or candidates[0]))
    return KdmError("backup.io", detail=os_reason(exc))


@contextlib.contextmanager
def _work_dir(near: Path) -> Iterator[Path]:
    """A private scratch folder; only encrypted pages are ever written into it."""
    make_private_dir(near)
    # Debris of a killed earlier run goes first (see kdm_desktop.scratch).
    remove_stale_debris(near)
    path = make_work_dir(near)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _fadvise_dontneed(path: Path) -> None:
    # Read-back should come from the stick, not from the page cache we just filled.
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def _unlock_backup_slots(
    reader: BackupReader, creds: Credentials, throttle: LoginThrottle
) -> tuple[KeySlotFile, UnlockedSlot]:
    """Open the backup's own slot file with a password or the recovery key.

    Every guess goes through the same throttle as a login (the data folder's
    counters, the minimum time per failure), so a backup on a stick is no faster
    to guess at through the program than the live case file.
    """
    slots = KeySlotFile.from_bytes(reader.keys_bytes())
    if slots.casefile_id != reader.manifest.casefile_id:
        raise RefusedInput("backup.damaged", detail="case file id")
    if creds.recovery_key:
        secret = recovery.parse_recovery_key(creds.recovery_key)
        slot = slots.recovery_slot()
        name, refusal = RECOVERY_NAME, recovery_refusal

        def attempt() -> UnlockedSlot:
            if slot is None:
                raise SlotUnlockFailed
            return slots.unlock(slot, secret)

    elif creds.username and creds.password:
        name, refusal = creds.username.strip().lower(), login_refusal
        slot = slots.password_slot(name)
        if slot is None and slots.damaged_password_slot(name) is not None:
            raise RefusedInput("keys.slot_damaged", user=name)
        password = creds.password.encode("utf-8")

        def attempt() -> UnlockedSlot:
            if slot is None:
                _dummy_kdf()
                raise SlotUnlockFailed
            return slots.unlock(slot, password)

    else:
        raise AuthenticationError("backup.no_credentials")
    return slots, attempt_guarded(throttle, name, attempt, SlotUnlockFailed, refusal)


def _master_key_for(reader: BackupReader, creds: Credentials, throttle: LoginThrottle) -> bytes:
    if creds.master_key is not None:
        return creds.master_key
    _, unlocked = _unlock_backup_slots(reader, creds, throttle)
    return unlocked.next_master_key if unlocked.next_master_key else unlocked.master_key


def _inspect_snapshot(
    snapshot: Path, master_key: bytes, manifest: Manifest, path: Path
) -> BackupPreview:
    try:
        db = Database.open(snapshot, master_key)
    except RefusedInput as exc:
        raise RefusedInput("backup.damaged", detail="decryption") from exc
    try:
        problems = db.integrity_problems()
        if problems:
            raise RefusedInput("backup.damaged", detail=problems[0][:80])
        meta = reading_from(db, manifest.casefile_id).meta
        if meta.get("casefile_id") != manifest.casefile_id:
            raise RefusedInput("backup.damaged", detail="case file id")
        if manifest.audit_anchor is not None:
            _check_snapshot_anchor(db, manifest)
        return BackupPreview(
            path=path,
            casefile_id=manifest.casefile_id,
            centre_name=meta.get("centre.name", "") or "",
            centre_code=meta.get("centre.code", "") or "",
            created_at=manifest.created_at,
            schema_version=manifest.schema_version,
            counts=db.counts(),
        )
    finally:
        db.close()


def _check_snapshot_anchor(db: Database, manifest: Manifest) -> None:
    """The anchor in the manifest must be the snapshot's own head, signed by its centre."""
    try:
        anchor = AuditAnchor.from_json(manifest.audit_anchor)
    except AnchorFormatError as exc:
        raise RefusedInput("backup.damaged", detail="audit anchor") from exc
    snapshot = reading_from(db, manifest.casefile_id)
    if (
        anchor.casefile_id != manifest.casefile_id
        or snapshot.audit_log.head() != (anchor.seq, anchor.head)
        or not anchor.signature_valid(anchor_log.public_signing_key(snapshot))
    ):
        raise RefusedInput("backup.damaged", detail="audit anchor")


def _open_verified(
    path: Path,
    creds: Credentials,
    scratch: Path,
    progress: ProgressFn,
    cancelled: CancelFn,
    expected_casefile_id: str | None = None,
) -> tuple[BackupPreview, Path, bytes]:
    """Check everything; leave the decrypt-checked snapshot at scratch/casefile.kdm."""
    try:
        with BackupReader(path) as reader:
            manifest = reader.manifest
            if expected_casefile_id and manifest.casefile_id != expected_casefile_id:
                raise RefusedInput("backup.wrong_casefile")
            throttle = LoginThrottle(CaseFilePaths(scratch.parent).login_state)
            master_key = _master_key_for(reader, creds, throttle)
            if not manifest_is_authentic(manifest, master_key):
                raise RefusedInput("backup.damaged", detail="manifest")
            snapshot = scratch / "casefile.kdm"
            reader.extract_database(snapshot, progress, cancelled)
            reader_keys = reader.keys_bytes()
            with open(create_private(scratch / "casefile.keys"), "wb") as fh:
                fh.write(reader_keys)
    except FileNotFoundError as exc:
        if not path.exists():
            raise RefusedInput("backup.not_found", path=str(path)) from exc
        raise RefusedInput("backup.not_backup", path=str(path)) from exc
    except OSError as exc:
        raise _io_error(exc) from exc
    preview = _inspect_snapshot(snapshot, master_key, manifest, path)
    damaged = _damaged_slot_labels(reader_keys)
    return dataclasses.replace(preview, damaged_slots=damaged), snapshot, master_key


def _damaged_slot_labels(keys: bytes) -> tuple[str, ...]:
    try:
        slots = KeySlotFile.from_bytes(keys)
    except KdmError:
        return ("*",)
    return tuple(sorted(d.label for d in slots.damaged))


def verify_backup(
    path: Path,
    creds: Credentials,
    *,
    work_near: Path,
    expected_casefile_id: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelFn = never_cancelled,
) -> BackupPreview:
    """Open and check a backup without touching any case file; return its preview."""
    with _work_dir(work_near) as scratch:
        preview, _, _ = _open_verified(
            path, creds, scratch, progress, cancelled, expected_casefile_id
        )
    return preview


def list_backups(directory: Path) -> list[BackupListing]:
    """Backups in a folder, newest first, from their manifests only (nothing decrypted)."""
    found = []
    for path in sorted(directory.glob(f"*{SUFFIX}")):
        try:
            with BackupReader(path) as reader:
                m = reader.manifest
                found.append(
                    BackupListing(
                        path, m.created_at, m.casefile_id, m.centre_code, path.stat().st_size, True
                    )
                )
        except (KdmError, OSError):
            found.append(BackupListing(path, "", "", "", path.stat().st_size, False))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def _created(iso: str) -> datetime:
    moment = datetime.fromisoformat(iso)
    return moment if moment.tzinfo else moment.replace(tzinfo=ISTANBUL)


def _target_file(target: Path, centre_code: str, created: datetime) -> Path:
    if target.suffix == SUFFIX:
        return target
    stamp = created.strftime("%Y%m%d-%H%M%S")
    return target / f"kdm-{centre_code}-{stamp}{SUFFIX}"


class BackupService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def create(
        self,
        target: Path,
        *,
        keep: int = DEFAULT_KEEP,
        progress: ProgressFn = no_progress,
        cancelled: CancelFn = never_cancelled,
        pages_per_step: int = 256,
    ) -> BackupResult:
        """Snapshot, write, read back, verify, then rotate. On failure nothing is left."""
        self._s.require(Permission.BACKUP)
        created = self._s.now()
        centre = self._s.centre()
        out = _target_file(target, centre.code, created)
        try:
            if not out.parent.exists():
                make_private_dir(out.parent)
        except OSError as exc:
            raise _io_error(exc, out.parent) from exc
        remove_stale_debris(out.parent)
        partial = partial_path(out)
        paths = self._s.paths

        def phase(offset: int) -> ProgressFn:
            # Three phases of equal weight: snapshot, write, read-back.
            return lambda done, total: progress(
                offset * 1000 + (done * 1000) // max(total, 1), 3000
            )

        try:
            with _work_dir(paths.data_dir) as scratch:
                snapshot = scratch / "snapshot.kdm"

                def snap_progress(done: int, total: int) -> None:
                    if cancelled():
                        raise Cancelled
                    phase(0)(done, total)

                self._s.snapshot_to(snapshot, progress=snap_progress, pages_per_step=pages_per_step)
                # The snapshot holds exactly the chain as it stands now (writes made
                # through this connection during the copy are carried into it).
                anchor = anchor_log.current_anchor(
                    self._s.reading(), created.isoformat(timespec="seconds"), "backup"
                )
                manifest = Manifest(
                    casefile_id=self._s.casefile_id,
                    created_at=created.isoformat(timespec="seconds"),
                    app_version=kdm_desktop.__version__,
                    schema_version=self._s.reading().schema_version,
                    centre_code=centre.code,
                    members={},
                    audit_anchor=anchor.to_json(),
                )
                write_container(
                    partial,
                    manifest,
                    snapshot,
                    self._s.slots.to_bytes(),
                    self._s.master_key,
                    phase(1),
                    cancelled,
                )
                with open(partial, "rb+") as fh:
                    os.fsync(fh.fileno())
            os.replace(partial, out)
            fsync_directory(out.parent)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                partial.unlink()
            if isinstance(exc, OSError):
                raise _io_error(exc, out.parent, paths.data_dir) from exc
            raise

        _fadvise_dontneed(out)
        try:
            preview = verify_backup(
                out,
                Credentials(master_key=self._s.master_key),
                work_near=paths.data_dir,
                expected_casefile_id=self._s.casefile_id,
                progress=phase(2),
                cancelled=cancelled,
            )
        except Cancelled:
            with contextlib.suppress(OSError):
                out.unlink()
            raise
        except KdmError as exc:
            with contextlib.suppress(OSError):
                out.unlink()
            if exc.key == "io.disk_full":
                raise  # the data disk has no room for the read-back: say exactly that
            raise KdmError("backup.verify_failed", detail=exc.message) from exc

        with self._s.work() as uow:
            uow.meta.set(_LAST_VERIFIED, manifest.created_at)
            uow.audit(
                AuditAction.BACKUP,
                "casefile",
                self._s.casefile_id,
                detail=f"{out.name};anchor={anchor.seq}",
            )
        try:
            anchor_log.append_to_log(anchor_log.anchor_log_path(paths.data_dir), anchor)
        except OSError:
            # The backup on the stick carries the anchor; the local copy is a convenience.
            _log.info("anchor log not written")
        removed = self._rotate(out.parent, keep, keep_path=out)
        return BackupResult(out, out.stat().st_size, manifest.created_at, preview, removed)

    def _rotate(self, directory: Path, keep: int, keep_path: Path) -> list[Path]:
        ours = [
            b
            for b in list_backups(directory)
            if b.readable and b.casefile_id == self._s.casefile_id
        ]
        # KVKK: no backup outlives the age the destruction records promise
        # (retention policy `backup_max_age_days`); the newest is always kept.
        cutoff = self._s.now() - timedelta(days=load_policy().backup_max_age_days)
        too_old = [b for b in ours[1:] if _created(b.created_at) < cutoff]
        over_count = ours[max(keep, 1) :]
        removed = []
        for old in over_count + [b for b in too_old if b not in over_count]:
            if old.path == keep_path:
                continue
            with contextlib.suppress(OSError):
                old.path.unlink()
                removed.append(old.path)
        return removed

    def last_verified_at(self) -> str | None:
        return self._s.reading().meta.get(_LAST_VERIFIED)

    def reminder(self, days: int = DEFAULT_REMIND_DAYS) -> BackupReminder:
        last = self.last_verified_at()
        if last is None:
            return BackupReminder(None, None, True)
        since = (self._s.now() - datetime.fromisoformat(last)).days
        return BackupReminder(last, since, since >= days)

    def drill(
        self,
        backup: Path,
        creds: Credentials,
        progress: ProgressFn = no_progress,
        cancelled: CancelFn = never_cancelled,
    ) -> tuple[BackupPreview, dict[str, tuple[int, int]]]:
        """Restore into a scratch place and compare counts with the live case file."""
        self._s.require(Permission.BACKUP)
        preview = verify_backup(
            backup,
            creds,
            work_near=self._s.paths.data_dir,
            expected_casefile_id=self._s.casefile_id,
            progress=progress,
            cancelled=cancelled,
        )
        live = self._s.counts()
        comparison = {
            k: (live.get(k, 0), preview.counts.get(k, 0))
            for k in sorted(set(live) | set(preview.counts))
        }
        return preview, comparison


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
        opened = slot_journal.open_bound(paths, slots, unlocked)
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
                key = slot_journal.rekey(
                    db, CaseFilePaths(scratch), slots, key, remove_user=user, with_change=drop_row
                )
            except slot_journal.RekeyInterrupted as exc:
                cause = exc.cause
                raise _io_error(
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
        raise _io_error(exc, to_dir) from exc
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
