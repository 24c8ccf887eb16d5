"""Creating, unlocking and recovering the case file; the logged-in session.

A `Session` is what the CLI and the window hold after a successful login. It owns
the open database and the master key; everything else reaches the data through
the service objects it hands out, which check the user's role first.
"""

from __future__ import annotations

import contextlib
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

import kdm_desktop
from kdm_desktop.changes import ChangeBus, Changes, changes_from_audit, merge
from kdm_desktop.domain.accounts import validate_password, validate_username
from kdm_desktop.domain.centre import CentreInfo, CentreKeys
from kdm_desktop.errors import AuthenticationError, KdmError, PermissionDenied, RefusedInput
from kdm_desktop.fsutil import make_private_dir, make_private_file
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.scratch import remove_stale_debris
from kdm_desktop.security import recovery
from kdm_desktop.security.audit import AuditAction, AuditEntry, ChainReport, verify_chain
from kdm_desktop.security.kdf import Argon2Params, policy_params
from kdm_desktop.security.keyslots import (
    MASTER_KEY_BYTES,
    KeySlotFile,
    SlotUnlockFailed,
    UnlockedSlot,
    mirror_path,
)
from kdm_desktop.security.roles import ROLE_LABELS_TR, Permission, Role, allows
from kdm_desktop.security.throttle import (
    RECOVERY_NAME,
    LoginThrottle,
    attempt_guarded,
    name_key,
)
from kdm_desktop.services import anchor_log, slot_journal
from kdm_desktop.services.clock import Now, iso_now, now_istanbul
from kdm_desktop.services.upgrade import note_version, stamp_version
from kdm_desktop.storage import field_crypto
from kdm_desktop.storage.audit_repo import AuditRepository
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.unit_of_work import UnitOfWork, reading_from, working_on
from kdm_desktop.storage.users_repo import UserRow

if TYPE_CHECKING:
    from collections.abc import Iterator

    from kdm_desktop.security.rolefields import RoleFieldCipher

T = TypeVar("T")

_CENTRE_PREFIX = "centre."


@dataclass(frozen=True)
class CurrentUser:
    username: str
    display_name: str
    role: Role

    @property
    def role_label(self) -> str:
        return ROLE_LABELS_TR[self.role]


@dataclass(frozen=True)
class CheckReport:
    integrity_problems: list[str]
    audit: ChainReport
    # Damaged, ghost or unbound key slots, each a Turkish sentence naming the slot.
    slot_problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.integrity_problems and self.audit.sound and not self.slot_problems


class Session:
    """An unlocked case file and the user who unlocked it."""

    def __init__(
        self,
        paths: CaseFilePaths,
        db: Database,
        slots: KeySlotFile,
        master_key: bytes,
        user: CurrentUser,
        now: Now = now_istanbul,
    ) -> None:
        self.paths = paths
        self.db = db
        self.slots = slots
        self._master_key = master_key
        self.user = user
        self.now = now
        self.casefile_id = slots.casefile_id
        self._closed = False
        # Views learn here what each committed change touched (see `changes`).
        self.changes = ChangeBus()
        db.add_commit_listener(self._publish_changes)
        # Keys of role-sealed fields this user's slot holds (services/role_keys.py).
        self.role_keys: dict[str, bytes] = {}
        self._before_close: list[Callable[[], None]] = []

    # ----- lifecycle -----
    def before_close(self, fn: Callable[[], None]) -> None:
        """Call `fn` when the session closes, while it can still read and write
        (a search session writes its audit entry; a worker stops reading)."""
        self._before_close.append(fn)

    def close(self) -> None:
        if not self._closed:
            hooks, self._before_close = self._before_close, []
            for fn in hooks:
                # Locking must never fail: a hook's fault does not keep the file open.
                with contextlib.suppress(Exception):
                    fn()
            self._closed = True
            self._master_key = b""
            self.role_keys = {}
            field_crypto.detach(self.db.conn)
            self.db.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- helpers for services -----
    def require(self, permission: Permission) -> None:
        if not allows(self.user.role, permission):
            raise PermissionDenied(
                "auth.permission", role=self.user.role_label, action=permission.value
            )

    def can(self, permission: Permission) -> bool:
        return allows(self.user.role, permission)

    def timestamp(self) -> str:
        return iso_now(self.now)

    def audit(
        self, action: AuditAction, object_type: str, object_id: str, detail: str = ""
    ) -> None:
        """Record an action. Call inside the transaction of the change it records."""
        self.audit_as(self.user.username, action, object_type, object_id, detail)

    def audit_as(
        self, actor: str, action: AuditAction, object_type: str, object_id: str, detail: str = ""
    ) -> None:
        """Record an action someone else did (a failed login seen at the next login).

        A change (not a read) is also noted for the change bus, which announces it
        once the transaction commits; so every audited change reaches the views."""
        AuditRepository(self.db.conn, self.casefile_id).append(
            ts=self.timestamp(),
            username=actor,
            action=action.value,
            object_type=object_type,
            object_id=object_id,
            detail=detail,
        )
        change = changes_from_audit(action.value, object_type, object_id, detail)
        if change:
            self.db.note(change)

    @contextlib.contextmanager
    def work(self, *, durable: bool = True, bulk: bool = False) -> Iterator[UnitOfWork]:
        """One write transaction with its repositories, audit and change notes.

        Everything done through it commits together or not at all; nested use joins
        the outer transaction. `durable=False` only for the audit entries of reads
        (see `Database.transaction`); `bulk=True` for a transaction writing much new
        data once (see `Database.bulk_transaction`)."""
        opened = self.db.bulk_transaction() if bulk else self.db.transaction(durable=durable)
        with opened as conn:
            yield UnitOfWork(self.db, conn, self.casefile_id, self.audit)

    def reading(self) -> UnitOfWork:
        """Repositories for reading, outside a transaction (audit needs `work()`)."""
        return UnitOfWork(self.db, self.db.conn, self.casefile_id, None)

    def read_off_thread(self, fn: Callable[[UnitOfWork], T], cancelled: Callable[[], bool]) -> T:
        """Run the read-only `fn` on a worker thread, stopping when a writer waits or
        `cancelled()` turns true (see `Database.read`); `fn` must not write."""
        return self.db.read(
            lambda conn: fn(UnitOfWork(self.db, conn, self.casefile_id, None)), cancelled
        )

    def _publish_changes(self, notes: list[object]) -> None:
        self.changes.publish(merge(n for n in notes if isinstance(n, Changes)))

    def snapshot_to(
        self,
        target: Path,
        *,
        progress: Callable[[int, int], None] | None = None,
        pages_per_step: int = -1,
    ) -> None:
        """Copy the open case file page by page to `target`, encrypted under the same
        master key (a backup's snapshot; writes made meanwhile are carried into it)."""
        self.db.backup_to(
            target, self._master_key, progress=progress, pages_per_step=pages_per_step
        )

    def attach_field_cipher(self, cipher: RoleFieldCipher) -> None:
        """Let this session's reads and writes open and seal role-sealed fields."""
        field_crypto.attach(self.db.conn, cipher)

    @property
    def master_key(self) -> bytes:
        # Backups and the rekey need it; nothing else should.
        return self._master_key

    def _replace_master_key(self, key: bytes) -> None:
        self._master_key = key

    # ----- facts about the case file -----
    def centre(self) -> CentreInfo:
        values = self.reading().meta.get_many(_CENTRE_PREFIX)
        return CentreInfo(**{k: v for k, v in values.items() if k in CentreInfo.__annotations__})

    def update_centre(self, centre: CentreInfo) -> CentreInfo:
        self.require(Permission.MANAGE_CENTRE)
        centre = centre.validated()
        with self.work() as uow:
            for key, value in centre.as_dict().items():
                uow.meta.set(_CENTRE_PREFIX + key, value)
            uow.audit(AuditAction.CHANGE, "centre", self.casefile_id)
        return centre

    def info(self) -> dict[str, Any]:
        return {
            "version": kdm_desktop.__version__,
            "schema_version": self.db.schema_version,
            "cipher_version": self.db.cipher_version,
            "path": str(self.paths.database),
            "casefile_id": self.casefile_id,
            "centre": self.centre().as_dict(),
            "counts": self.counts(),
        }

    def counts(self) -> dict[str, int]:
        return self.db.counts()

    def verify_audit(self) -> ChainReport:
        self.require(Permission.VIEW_AUDIT)
        with self.db.scan():
            return self._verify_audit()

    def _verify_audit(self) -> ChainReport:
        reading = self.reading()
        repo = reading.audit_log
        head_seq, head_hash = repo.head()
        # Streamed in chunks: memory stays flat however long the chain (issue 18).
        report = verify_chain(repo.iter_all(), repo.genesis, head_seq, head_hash)
        # The chain inside the file can be recomputed by anyone holding the key; the
        # anchors signed into the log beside it cannot be changed without a trace in
        # every backup and receipt that carries the same anchors.
        outside = anchor_log.log_problems(
            self.paths.data_dir,
            repo.iter_all,
            repo.hashes_at,
            repo.genesis,
            self.casefile_id,
            anchor_log.public_signing_key(reading),
            chain_sound=report.sound,
        )
        return ChainReport(report.count, [*report.problems, *outside])

    def audit_entries(
        self, limit: int = 100, object_id: str | None = None, before_seq: int | None = None
    ) -> list[AuditEntry]:
        """Newest first. Pass the oldest `seq` already shown as `before_seq` for the next page."""
        self.require(Permission.VIEW_AUDIT)
        return self.reading().audit_log.recent(limit, object_id, before_seq)

    def check(self) -> CheckReport:
        self.require(Permission.VIEW_AUDIT)
        with self.db.scan():
            problems = self.db.integrity_problems()
        return CheckReport(
            problems,
            self.verify_audit(),
            slot_journal.check_slot_file(self.db, self.paths),
        )

    def save_slots(
        self,
        *,
        with_change: slot_journal.TxnHook | None = None,
        on_confirm: slot_journal.TxnHook | None = None,
    ) -> None:
        """Write the session's slot file, bound to the database (see slot_journal)."""
        slot_journal.write_slots(
            self.db, self.paths, self.slots, with_change=with_change, on_confirm=on_confirm
        )

    def rekey_slots(
        self, *, remove_user: str | None, with_change: slot_journal.TxnHook | None = None
    ) -> bytes:
        """The journaled, roll-forward rekey (see slot_journal.rekey); the new master key."""
        return slot_journal.rekey(
            self.db,
            self.paths,
            self.slots,
            self.master_key,
            remove_user=remove_user,
            with_change=with_change,
        )

    def identity(self) -> CentreKeys:
        row = self.reading().identity.load()
        if row is None:
            raise KdmError("keys.damaged", detail="centre identity missing")
        return row


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
                meta.set(_CENTRE_PREFIX + key, value)
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
    _reconcile_role_keys(session)
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


def _reconcile_role_keys(session: Session) -> None:
    # Imported here: role_keys builds on Session.
    from kdm_desktop.services import role_keys

    role_keys.reconcile(session)


def _may_hold(user: CurrentUser, role_key_name: str) -> bool:
    from kdm_desktop.services import role_keys

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

    opened = slot_journal.open_bound(paths, slots, unlocked)
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
        _reconcile_role_keys(session)
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
    opened = slot_journal.open_bound(paths, slots, unlocked)
    db = opened.database
    try:
        name = username.strip().lower()
        user = _load_user(db, name)
        session = Session(paths, db, slots, opened.master_key, user, now)
        # The recovery slot holds every role key: the reset user keeps hers.
        session.role_keys = dict(opened.role_keys)
        keep = {n: k for n, k in opened.role_keys.items() if _may_hold(user, n)}
        slots.set_password_for(
            name, new_password, opened.master_key, policy_params(), role_keys=keep
        )
        # The new password's slot is bound first; the login (with the failed attempts
        # seen since the last one) is audited once it is on disk.
        slot_journal.write_slots(db, paths, slots)
        throttle.record_success(name)
        record_login(session, throttle, AuditAction.LOGIN_RECOVERY)
        _reconcile_role_keys(session)
        note_version(session)
    except BaseException:
        db.close()
        raise
    return session
