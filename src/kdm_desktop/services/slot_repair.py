"""Recovering from a lost, damaged or refused slot file with the recovery key.

`kdm recover --rebuild-slots` looks for a recovery slot that the recovery key opens
in the slot file, its `.prev` copy and (with `--keys-from`) a backup or a copied
key file, and keeps the first whose key opens the live database. It then writes a
fresh slot file (the named administrator with a new password, and the recovery key
itself) and moves the database to a new master key, so no older slot file, whoever
holds it, opens the live file again. Other users get new passwords from the
administrator (`kdm user passwd NAME`). An interrupted removal is finished on the way.

A recovery slot only ever proves knowledge of the recovery key: nothing here trusts
the rest of a file it came from.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from kdm_desktop.backup.container import SUFFIX, BackupReader
from kdm_desktop.domain.accounts import validate_password
from kdm_desktop.errors import AuthenticationError, KdmError, RefusedInput
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security import recovery
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.kdf import policy_params
from kdm_desktop.security.keyslots import KeySlotFile, SlotUnlockFailed, mirror_path
from kdm_desktop.security.roles import Permission, Role
from kdm_desktop.security.throttle import RECOVERY_NAME, LoginThrottle, attempt_throttled
from kdm_desktop.services import slot_journal, slot_rekey
from kdm_desktop.services.clock import Now, now_istanbul
from kdm_desktop.services.session import CurrentUser, Session
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.unit_of_work import reading_from


def _candidate_files(paths: CaseFilePaths, keys_from: Path | None) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    sources = [
        paths.keyslots,
        mirror_path(paths.keyslots),
        paths.data_dir / slot_journal.LEGACY_PREVIOUS_SLOTS,
    ]
    for source in sources:
        with contextlib.suppress(OSError):
            found.append((source.name, source.read_bytes()))
    if keys_from is not None:
        try:
            if keys_from.suffix == SUFFIX:
                with BackupReader(keys_from) as reader:
                    found.append((keys_from.name, reader.keys_bytes()))
            else:
                found.append((keys_from.name, keys_from.read_bytes()))
        except OSError as exc:
            raise RefusedInput("backup.not_backup", path=str(keys_from)) from exc
    return found


def _open_with_recovery(
    paths: CaseFilePaths, secret: bytes, keys_from: Path | None
) -> tuple[Database, bytes, dict[str, bytes]]:
    tried: list[str] = []
    damaged_only = True
    for name, data in _candidate_files(paths, keys_from):
        tried.append(name)
        try:
            slots = KeySlotFile.from_bytes(data)
        except KdmError:
            continue
        slot = slots.recovery_slot()
        if slot is None:
            continue
        damaged_only = False
        try:
            unlocked = slots.unlock(slot, secret)
        except (SlotUnlockFailed, KdmError):
            continue
        for key in (unlocked.master_key, unlocked.next_master_key):
            if key is None:
                continue
            try:
                return Database.open(paths.database, key), key, dict(unlocked.role_keys)
            except RefusedInput:
                continue
    if damaged_only and tried:
        raise RefusedInput("keys.recovery_slot_damaged")
    raise AuthenticationError("keys.rebuild_no_slot", tried=", ".join(tried) or "-")


def rebuild_slots(
    data_dir: Path,
    recovery_key: str,
    username: str,
    new_password: str,
    *,
    keys_from: Path | None = None,
    now: Now = now_istanbul,
) -> Session:
    paths = CaseFilePaths(data_dir)
    if not paths.database.exists():
        raise KdmError("casefile.missing", path=str(paths.database))
    secret = recovery.parse_recovery_key(recovery_key)
    validate_password(new_password)
    name = username.strip().lower()
    # Recovery-key attempts go through the login throttle like every other secret.
    db, key, role_keys = attempt_throttled(
        LoginThrottle(paths.login_state),
        RECOVERY_NAME,
        lambda: _open_with_recovery(paths, secret, keys_from),
        AuthenticationError,
    )
    try:
        found = reading_from(db)
        row = found.users.by_username(name)
        if row is None or not row.active:
            raise AuthenticationError("auth.failed")
        if row.role != Role.ADMIN.value:
            raise RefusedInput("keys.rebuild_needs_admin", user=name)
        casefile_id = found.meta.get("casefile_id")
        if casefile_id is None:
            raise KdmError("casefile.damaged", detail="casefile_id")
        pending_removal = found.key_bindings.load().removal
        slots = KeySlotFile(casefile_id)
        slots.add_password_slot(name, new_password, key, policy_params())
        recovery_slot = slots.add_recovery_slot(secret, key)
        for role_name, role_key in role_keys.items():
            slots.grant_role_key_to_slot(recovery_slot.slot_id, role_name, role_key)
        user = CurrentUser(row.username, row.display_name, Role(row.role))
        session = Session(paths, db, slots, key, user, now)
        new_key = slot_rekey.rekey(
            db,
            paths,
            slots,
            key,
            remove_user=pending_removal or None,
            with_change=lambda _unit: session.audit(
                AuditAction.CHANGE, "casefile", casefile_id, detail="keys_rebuilt"
            ),
        )
        session._replace_master_key(new_key)
        session.role_keys = dict(role_keys)
        from kdm_desktop.services import role_keys as role_key_service

        role_key_service.reconcile(session)
    except BaseException:
        db.close()
        raise
    return session


def renew_recovery_key(session: Session) -> str:
    """A new recovery key replaces the old (or damaged) one; shown once.

    The case file moves to a new master key as well: an old slot file holds the old
    recovery slot, and the old recovery key must open nothing live.
    """
    session.require(Permission.MANAGE_USERS)
    secret = recovery.new_recovery_secret()
    text = recovery.format_recovery_key(secret)
    slot = session.slots.add_recovery_slot(secret, session.master_key)
    for role_name, role_key in session.role_keys.items():
        session.slots.grant_role_key_to_slot(slot.slot_id, role_name, role_key)
    try:
        new_key = session.rekey_slots(
            remove_user=None,
            with_change=lambda _unit: session.audit(
                AuditAction.CHANGE, "casefile", session.casefile_id, detail="recovery_key_renewed"
            ),
        )
    except slot_rekey.RekeyInterrupted as exc:
        session.close()
        # The new key may already be in the file: it must not be lost with the error.
        raise KdmError("keys.recovery_renew_unfinished", key=text, detail=str(exc)) from exc
    session._replace_master_key(new_key)
    return text
