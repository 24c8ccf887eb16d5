"""Reading `.kdmbak` files back: unlock their key slots, open and check the snapshot.

Shared by making a backup (the read-back check), verifying and listing backups, and
restoring; the result types every caller sees live here too.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kdm_desktop import messages
from kdm_desktop.backup.container import (
    SUFFIX,
    BackupReader,
    Manifest,
    manifest_is_authentic,
)
from kdm_desktop.errors import AuthenticationError, KdmError, RefusedInput
from kdm_desktop.fsutil import (
    create_private,
    make_private_dir,
)
from kdm_desktop.oserrors import disk_nearly_full, os_error_kind, os_reason
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.progress import CancelFn, ProgressFn, never_cancelled, no_progress
from kdm_desktop.scratch import make_work_dir, remove_stale_debris
from kdm_desktop.security import recovery
from kdm_desktop.security.anchor import AnchorFormatError, AuditAnchor
from kdm_desktop.security.keyslots import (
    KeySlotFile,
    SlotUnlockFailed,
    UnlockedSlot,
)
from kdm_desktop.security.throttle import RECOVERY_NAME, LoginThrottle, attempt_guarded
from kdm_desktop.services import anchor_log
from kdm_desktop.services.casefile import _dummy_kdf, login_refusal, recovery_refusal
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.unit_of_work import reading_from

_log = logging.getLogger("kdm.backup")


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


def io_error(
    exc: OSError, *places: Path, nearly_full: Callable[[Path], bool] = disk_nearly_full
) -> KdmError:
    # A full stick or data disk gets the one full-disk message; everything else the
    # drive does (pulled out, bad sector, vanished folder) is "backup.io".
    if os_error_kind(exc) == "disk_full":
        # zipfile and SQLite often leave `filename` empty: name the drive that is full.
        full = [p for p in places if nearly_full(p)]
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
        raise io_error(exc) from exc
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
