"""Backup and restore: no case file is ever lost.

A backup is taken from the live database with SQLite's online backup API into a
snapshot that stays encrypted under the same master key, packed with the key
slots into one `.kdmbak`, written to a temp name, fsynced, renamed, then read back
from the drive and checked (hashes, decryption, `cipher_integrity_check`) before it
counts. Older generations are removed only after the new one is verified.
"""

from __future__ import annotations

import contextlib
import logging
import os
from datetime import datetime, timedelta
from pathlib import Path

import kdm_desktop

# BackupReader stays importable here: tests patch it through this module's path.
from kdm_desktop.backup.container import (  # noqa: F401
    SUFFIX,
    BackupReader,
    Manifest,
    write_container,
)
from kdm_desktop.domain.retention.policy import load_policy
from kdm_desktop.errors import KdmError
from kdm_desktop.fsutil import (
    fsync_directory,
    make_private_dir,
)
from kdm_desktop.oserrors import disk_nearly_full
from kdm_desktop.progress import CancelFn, Cancelled, ProgressFn, never_cancelled, no_progress
from kdm_desktop.scratch import partial_path, remove_stale_debris
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services import anchor_log
from kdm_desktop.services.backup_restore import RECOVERY_ACTOR, restore_backup
from kdm_desktop.services.backup_verify import (
    BackupListing,
    BackupPreview,
    BackupReminder,
    BackupResult,
    Credentials,
    RestoreResult,
    _fadvise_dontneed,
    _work_dir,
    io_error,
    list_backups,
    verify_backup,
)
from kdm_desktop.services.clock import ISTANBUL
from kdm_desktop.services.session import Session

_log = logging.getLogger("kdm.backup")

# The public import path of every backup use case (callers and tests import from here).
__all__ = [
    "DEFAULT_KEEP",
    "DEFAULT_REMIND_DAYS",
    "RECOVERY_ACTOR",
    "BackupListing",
    "BackupPreview",
    "BackupReminder",
    "BackupResult",
    "BackupService",
    "Credentials",
    "RestoreResult",
    "list_backups",
    "restore_backup",
    "verify_backup",
]
DEFAULT_KEEP = 10
DEFAULT_REMIND_DAYS = 7
_LAST_VERIFIED = "backup.last_verified_at"


def _io_error(exc: OSError, *places: Path) -> KdmError:
    # Looks `disk_nearly_full` up in this module at call time, so the reliability
    # tests that fake a full stick here keep reaching the make-a-backup path.
    return io_error(exc, *places, nearly_full=disk_nearly_full)


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
