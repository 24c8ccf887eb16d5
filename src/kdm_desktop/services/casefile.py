"""Creating, unlocking and recovering the case file: the three ways to a Session.

Its one job is to turn credentials into a `Session` (services/session.py): make a
new case file with its first administrator and recovery key, open one with a
user's password (throttled, audited at the next login), or open one with the
recovery key and give a user a new password. Every path checks the slot file
against the database and finishes an interrupted command first
(services/slot_open.py). It is kept apart from the session itself because only the
login screen, the wizard and the CLI's login reach it.
"""

from __future__ import annotations

import contextlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kdm_desktop.domain.accounts import validate_password, validate_username
from kdm_desktop.domain.centre import CentreInfo, CentreKeys
from kdm_desktop.errors import AuthenticationError, KdmError, RefusedInput
from kdm_desktop.fsutil import make_private_dir, make_private_file
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.scratch import remove_stale_debris
from kdm_desktop.security import recovery
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.kdf import Argon2Params, policy_params
from kdm_desktop.security.keyslots import (
    MASTER_KEY_BYTES,
    KeySlotFile,
    SlotUnlockFailed,
    UnlockedSlot,
    mirror_path,
)
from kdm_desktop.security.roles import Role
from kdm_desktop.security.throttle import (
    RECOVERY_NAME,
    LoginThrottle,
    attempt_guarded,
    name_key,
)
from kdm_desktop.services import role_keys, slot_journal, slot_open
from kdm_desktop.services.clock import Now, iso_now, now_istanbul
from kdm_desktop.services.session import CENTRE_PREFIX, CurrentUser, Session
from kdm_desktop.services.upgrade import note_version, stamp_version
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.unit_of_work import reading_from, working_on
from kdm_desktop.storage.users_repo import UserRow

# ----- creating -----


@dataclass(frozen=True)
class CreatedCaseFile:
    session: Session
    recovery_key: str


def create_case_file(
    data_dir: Path,
    *,
    centre: CentreInfo,
    admin_username: str,
    admin_password: str,
    admin_display_name: str = "",
    kdf: Argon2Params | None = None,
    now: Now = now_istanbul,
) -> CreatedCaseFile:
    """Make a new encrypted case file with one administrator and a recovery key."""
    centre = centre.validated()
    username = validate_username(admin_username)
    validate_password(admin_password)
    paths = CaseFilePaths(data_dir)
    if paths.exists():
        raise RefusedInput("casefile.exists", path=str(paths.database))
    make_private_dir(data_dir)

    master_key = secrets.token_bytes(MASTER_KEY_BYTES)
    recovery_secret = recovery.new_recovery_secret()
    slots = KeySlotFile(str(uuid.uuid4()))
    slots.add_password_slot(username, admin_password, master_key, kdf or policy_params())
    slots.add_recovery_slot(recovery_secret, master_key)

    created_at = iso_now(now)
    db = Database.open(paths.database, master_key, create=True)
    make_private_file(paths.database)
    try:
        with working_on(db, slots.casefile_id, username, lambda: created_at) as uow:
            meta = uow.meta
            meta.set("casefile_id", slots.casefile_id)
            meta.set("created_at", created_at)
            stamp_version(meta, uow.schema_version)
            for key, value in centre.as_dict().items():
                meta.set(CENTRE_PREFIX + key, value)
            uow.users.add(
                UserRow(
                    str(uuid.uuid4()),
                    username,
                    admin_display_name.strip() or username,
                    Role.ADMIN.value,
                    True,
                    created_at,
                )
            )
            uow.identity.save(
                CentreKeys(
                    Ed25519PrivateKey.generate().private_bytes_raw(),
                    X25519PrivateKey.generate().private_bytes_raw(),
                    created_at,
                )
            )
            uow.audit(AuditAction.CREATE, "casefile", slots.casefile_id)
            slot_journal.bind_new_case_file(uow, slots)
        # The slot file is written last: until it exists, the half-made folder is
        # recognisably incomplete and nothing can be opened with a lost key.
        LoginThrottle(paths.login_state).initialise()
        slots.save(paths.keyslots)
    except BaseException:
        db.close()
        for leftover in (paths.database, paths.keyslots, mirror_path(paths.keyslots)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise
    user = CurrentUser(username, admin_display_name.strip() or username, Role.ADMIN)
    session = Session(paths, db, slots, master_key, user, now)
    role_keys.reconcile(session)
    return CreatedCaseFile(session, recovery.format_recovery_key(recovery_secret))


# ----- unlocking -----


def login_refusal(wait: int) -> AuthenticationError:
    """The same words for a wrong password and an unknown name."""
    if wait:
        return AuthenticationError("auth.failed_wait", seconds=wait)
    return AuthenticationError("auth.failed")


def recovery_refusal(wait: int) -> AuthenticationError:
    return AuthenticationError("auth.recovery_failed")


def record_login(session: Session, throttle: LoginThrottle, action: AuditAction) -> None:
    """Audit this login and the failed attempts and lockouts since the last one.

    A failed attempt cannot write to the encrypted file, so its count waits in the
    throttle state until someone logs in. Names that are not staff accounts are
    recorded as "?": whatever was typed into the name field (sometimes a password)
    never reaches the log.
    """
    pending = throttle.take_unaudited()
    known = {name_key(u.username): u.username for u in session.reading().users.all()}
    known[name_key(RECOVERY_NAME)] = RECOVERY_NAME
    with session.work() as uow:
        for item in pending:
            who = known.get(item.key, "?")
            span = f"first={_stamp(item.first)};last={_stamp(item.last)}"
            if item.attempts:
                session.audit_as(
                    who, AuditAction.LOGIN_FAILED, "user", who, f"attempts={item.attempts};{span}"
                )
            if item.lockouts:
                session.audit_as(
                    who, AuditAction.LOCKOUT, "user", who, f"lockouts={item.lockouts};{span}"
                )
        uow.audit(action, "user", session.user.username)
    throttle.mark_audited([item.key for item in pending])
    throttle.ensure_present()


def _stamp(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds") if epoch else ""


def _dummy_kdf() -> None:
    # An unknown user costs the same time as a wrong password, so names can't be probed.
    policy_params().derive("x", b"\x00" * 16)


def _may_hold(user: CurrentUser, role_key_name: str) -> bool:
    return user.role in role_keys.READERS and role_key_name.startswith(role_keys.ROLE + "#")


def _load_user(db: Database, username: str) -> CurrentUser:
    row = reading_from(db).users.by_username(username)
    if row is None:
        raise AuthenticationError("auth.failed")
    if not row.active:
        raise AuthenticationError("auth.user_disabled")
    return CurrentUser(row.username, row.display_name, Role(row.role))


def open_session(
    data_dir: Path,
    username: str,
    password: str,
    *,
    now: Now = now_istanbul,
    throttle: LoginThrottle | None = None,
) -> Session:
    """Unlock with a user's password. A wrong password changes nothing in the case file."""
    paths = CaseFilePaths(data_dir)
    if not paths.database.exists():
        raise KdmError("casefile.missing", path=str(paths.database))
    slots = slot_journal.load_slot_file(paths)
    throttle = throttle or LoginThrottle(paths.login_state)
    name = username.strip().lower()
    slot = slots.password_slot(name)

    def attempt() -> UnlockedSlot:
        if slot is None:
            _dummy_kdf()
            if slots.damaged_password_slot(name) is not None:
                # Her slot fails its own digest: no password could open it.
                raise RefusedInput("keys.slot_damaged", user=name)
            raise SlotUnlockFailed
        return slots.unlock(slot, password.encode("utf-8"))

    unlocked = attempt_guarded(throttle, name, attempt, SlotUnlockFailed, login_refusal)

    opened = slot_open.open_bound(paths, slots, unlocked)
    db = opened.database
    remove_stale_debris(paths.data_dir)  # scratch left by a killed backup or restore
    try:
        user = _load_user(db, name)
        policy = policy_params()
        params = unlocked.slot.argon2_params()
        if params is not None and params.weaker_than(policy):
            # Raise old slots to today's cost while we hold the password.
            current = slots.password_slot(name)
            if current is not None and current.slot_id == unlocked.slot.slot_id:
                slots.replace_password(unlocked, password, policy)
                slot_journal.write_slots(db, paths, slots)
        session = Session(paths, db, slots, opened.master_key, user, now)
        session.role_keys = dict(opened.role_keys)
        role_keys.reconcile(session)
        note_version(session)
    except BaseException:
        db.close()
        raise
    try:
        record_login(session, throttle, AuditAction.LOGIN)
    except BaseException:
        session.close()
        raise
    return session


def recover_access(
    data_dir: Path,
    recovery_key: str,
    username: str,
    new_password: str,
    *,
    now: Now = now_istanbul,
) -> Session:
    """Open with the recovery key and give `username` a new password."""
    paths = CaseFilePaths(data_dir)
    if not paths.database.exists():
        raise KdmError("casefile.missing", path=str(paths.database))
    secret = recovery.parse_recovery_key(recovery_key)
    validate_password(new_password)
    slots = slot_journal.load_slot_file(paths)
    slot = slots.recovery_slot()
    if slot is None and slots.damaged_recovery_slot() is not None:
        raise RefusedInput("keys.recovery_slot_damaged")
    throttle = LoginThrottle(paths.login_state)

    def attempt() -> UnlockedSlot:
        if slot is None:
            raise SlotUnlockFailed
        return slots.unlock(slot, secret)

    unlocked = attempt_guarded(throttle, RECOVERY_NAME, attempt, SlotUnlockFailed, recovery_refusal)
    opened = slot_open.open_bound(paths, slots, unlocked)
    db = opened.database
    try:
        name = username.strip().lower()
        user = _load_user(db, name)
        session = Session(paths, db, slots, opened.master_key, user, now)
        # The recovery slot holds every role key: the reset user keeps hers.
        session.role_keys = dict(opened.role_keys)
        # Her new slot keeps the key only if the list the key authenticates names her.
        endorsed = role_keys.may_keep(session, name)
        keep = {n: k for n, k in opened.role_keys.items() if endorsed and _may_hold(user, n)}
        slots.set_password_for(
            name, new_password, opened.master_key, policy_params(), role_keys=keep
        )
        # The new password's slot is bound first; the login (with the failed attempts
        # seen since the last one) is audited once it is on disk.
        slot_journal.write_slots(db, paths, slots)
        throttle.record_success(name)
        record_login(session, throttle, AuditAction.LOGIN_RECOVERY)
        role_keys.reconcile(session)
        note_version(session)
    except BaseException:
        db.close()
        raise
    return session
