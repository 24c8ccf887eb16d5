"""Restoring a backup older than a destruction run re-applies that destruction.

The live case file keeps the destruction records (and the anonymised statistics).
Before a restored snapshot replaces it, `carry_over_destructions` copies those
records and statistics into the snapshot and destroys there again everything they
name, then compacts it, so the restored file can never bring destroyed data back.
`services/backup.restore_backup` calls it as one hook; restore permission and audit
stay there.

Restoring into an empty folder has no live file to read: the snapshot's own
records are kept, and data destroyed after the backup was taken is listed again by
`kdm retention due` (its period has still ended), see docs/retention.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security import recovery
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.keyslots import KeySlotFile, SlotUnlockFailed
from kdm_desktop.services.clock import iso_now
from kdm_desktop.services.retention import reapply
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.unit_of_work import reading_from, working_on


class _Creds(Protocol):
    @property
    def username(self) -> str | None: ...
    @property
    def password(self) -> str | None: ...
    @property
    def recovery_key(self) -> str | None: ...
    @property
    def master_key(self) -> bytes | None: ...


def _live_key(paths: CaseFilePaths, creds: _Creds) -> bytes:
    if creds.master_key is not None:
        return creds.master_key
    slots = KeySlotFile.load(paths.keyslots)
    try:
        if creds.recovery_key:
            slot = slots.recovery_slot()
            secret = recovery.parse_recovery_key(creds.recovery_key)
        else:
            slot = slots.password_slot((creds.username or "").strip().lower())
            secret = (creds.password or "").encode("utf-8")
        if slot is None:
            raise SlotUnlockFailed
        unlocked = slots.unlock(slot, secret)
    except SlotUnlockFailed:
        raise RefusedInput("retention.restore_live_locked", detail="key slot") from None
    return unlocked.next_master_key or unlocked.master_key


def _open_live(paths: CaseFilePaths, snapshot_key: bytes, creds: _Creds) -> Database:
    # Usually the same master key (one case file); a rekey since then needs the slots.
    try:
        return Database.open(paths.database, snapshot_key)
    except RefusedInput:
        pass
    try:
        return Database.open(paths.database, _live_key(paths, creds))
    except KdmError as exc:
        raise RefusedInput("retention.restore_live_locked", detail=exc.key) from exc


def carry_over_destructions(
    paths: CaseFilePaths, snapshot: Path, snapshot_key: bytes, creds: _Creds
) -> int:
    """Re-apply the live file's destruction runs to `snapshot`; return how many
    destroyed cases the snapshot still held. A missing live file changes nothing."""
    if not paths.database.exists():
        return 0
    live = _open_live(paths, snapshot_key, creds)
    try:
        found_live = reading_from(live)
        runs = found_live.retention.runs()
        anon = found_live.anonymised_stats.raw()
    finally:
        live.close()
    if not runs:
        return 0
    db = Database.open(snapshot, snapshot_key)
    try:
        casefile_id = reading_from(db).meta.get("casefile_id") or ""
        actor = (creds.username or "kurtarma").strip().lower()
        with working_on(db, casefile_id, actor, iso_now) as uow:
            repo = uow.retention
            known = {r.id for r in repo.runs()}
            for run in runs:
                if run.id not in known:
                    repo.add_run(run)
            # The live rows are a superset: anonymised rows are never deleted.
            uow.anonymised_stats.replace_raw(anon)
            found = reapply(repo, runs)
            uow.audit(
                AuditAction.DELETE,
                "retention_restore",
                casefile_id,
                f"runs={len(runs):d} cases_destroyed_again={found:d}",
            )
        # Outside any transaction, as VACUUM needs: a unit that is not in one.
        reading_from(db).retention.compact()
    finally:
        db.close()
    return found
