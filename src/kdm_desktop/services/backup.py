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
from kdm_desktop.errors import AuthenticationError, KdmError, RefusedInput
from kdm_desktop.fsutil import fsync_directory, make_private_dir
from kdm_desktop.oserrors import disk_nearly_full, os_error_kind, os_reason
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.progress import CancelFn, Cancelled, ProgressFn, never_cancelled, no_progress
from kdm_desktop.scratch import make_work_dir, partial_path, remove_stale_debris
from kdm_desktop.security import recovery
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.keyslots import KeySlotFile, SlotUnlockFailed
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.casefile import Session
from kdm_desktop.services.clock import ISTANBUL
from kdm_desktop.services.retention_restore import carry_over_destructions
from kdm_desktop.storage.connection import is_in_use
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.meta_repo import MetaRepository

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


def _master_key_for(reader: BackupReader, creds: Credentials) -> bytes:
    if creds.master_key is not None:
        return creds.master_key
    slots = KeySlotFile.from_bytes(reader.keys_bytes())
    if slots.casefile_id != reader.manifest.casefile_id:
        raise RefusedInput("backup.damaged", detail="case file id")
    try:
        if creds.recovery_key:
            slot = slots.recovery_slot()
            if slot is None:
                raise AuthenticationError("auth.recovery_failed")
            unlocked = slots.unlock(slot, recovery.parse_recovery_key(creds.recovery_key))
        elif creds.username and creds.password:
            name = creds.username.strip().lower()
            slot = slots.password_slot(name)
            if slot is None and slots.damaged_password_slot(name) is not None:
                raise RefusedInput("keys.slot_damaged", user=name)
            if slot is None:
                raise AuthenticationError("auth.failed")
            unlocked = slots.unlock(slot, creds.password.encode("utf-8"))
        else:
            raise AuthenticationError("backup.no_credentials")
    except SlotUnlockFailed:
        raise AuthenticationError(
            "auth.recovery_failed" if creds.recovery_key else "auth.failed"
        ) from None
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
        meta = MetaRepository(db.conn)
        if meta.get("casefile_id") != manifest.casefile_id:
            raise RefusedInput("backup.damaged", detail="case file id")
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
            master_key = _master_key_for(reader, creds)
            if not manifest_is_authentic(manifest, master_key):
                raise RefusedInput("backup.damaged", detail="manifest")
            snapshot = scratch / "casefile.kdm"
            reader.extract_database(snapshot, progress, cancelled)
            reader_keys = reader.keys_bytes()
            (scratch / "casefile.keys").write_bytes(reader_keys)
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
            out.parent.mkdir(parents=True, exist_ok=True)
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

                self._s.db.backup_to(
                    snapshot,
                    self._s.master_key,
                    progress=snap_progress,
                    pages_per_step=pages_per_step,
                )
                manifest = Manifest(
                    casefile_id=self._s.casefile_id,
                    created_at=created.isoformat(timespec="seconds"),
                    app_version=kdm_desktop.__version__,
                    schema_version=self._s.db.schema_version,
                    centre_code=centre.code,
                    members={},
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

        with self._s.db.transaction() as conn:
            MetaRepository(conn).set(_LAST_VERIFIED, manifest.created_at)
            self._s.audit(AuditAction.BACKUP, "casefile", self._s.casefile_id, detail=out.name)
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
        return MetaRepository(self._s.db.conn).get(_LAST_VERIFIED)

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


def restore_backup(
    backup: Path,
    to_dir: Path,
    creds: Credentials,
    *,
    replace: bool = False,
    progress: ProgressFn = no_progress,
    cancelled: CancelFn = never_cancelled,
) -> RestoreResult:
    """Put a verified backup in place. An existing case file is kept aside, never deleted."""
    paths = CaseFilePaths(to_dir)
    current_id: str | None = None
    if paths.exists():
        if not replace:
            raise RefusedInput("backup.target_exists", path=str(paths.database))
        if is_in_use(paths.database):
            raise KdmError("casefile.in_use")
        with contextlib.suppress(KdmError):
            current_id = KeySlotFile.load(paths.keyslots).casefile_id
    make_private_dir(to_dir)
    with _work_dir(to_dir) as scratch:
        preview, snapshot, snapshot_key = _open_verified(
            backup, creds, scratch, progress, cancelled, expected_casefile_id=current_id
        )
        # KVKK: destruction runs of the live file are re-applied to the older copy.
        carry_over_destructions(paths, snapshot, snapshot_key, creds)
        if cancelled():
            raise Cancelled
        kept_aside = None
        try:
            if paths.exists():
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                kept_aside = to_dir / f"replaced-{stamp}"
                kept_aside.mkdir()
                for f in sorted(to_dir.iterdir()):
                    if f.is_file() and f.name.startswith("casefile."):
                        os.replace(f, kept_aside / f.name)
            # Keys first: a database without its keys is useless, keys without a
            # database are recognisably incomplete.
            os.replace(scratch / "casefile.keys", paths.keyslots)
            os.replace(snapshot, paths.database)
            for leftover in ("casefile.kdm-wal", "casefile.kdm-shm"):
                with contextlib.suppress(FileNotFoundError):
                    (scratch / leftover).unlink()
            fsync_directory(to_dir)
        except OSError as exc:
            raise _io_error(exc, to_dir) from exc
    return RestoreResult(preview, to_dir, kept_aside)
