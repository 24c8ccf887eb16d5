"""The logged-in session: the open case file, its master key and the user.

A `Session` is what the CLI and the window hold after a successful login. It owns
the open database and the master key; everything else reaches the data through
the service objects it hands out, which check the user's role first.

Its one job is to be the unit of work's other side: it makes the units, appends
their audit entries and runs the whole-file operations (close, backup snapshot,
integrity check, the slot file's write and rekey). It is kept apart from
services/casefile.py, which creates, unlocks and recovers a case file: almost every
service and screen needs `Session`, none of them needs the ways it comes to be.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import kdm_desktop
from kdm_desktop.changes import ChangeBus, Changes, changes_from_audit, merge
from kdm_desktop.domain.centre import CentreInfo, CentreKeys
from kdm_desktop.errors import KdmError, PermissionDenied
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security.audit import AuditAction, AuditEntry, ChainReport, verify_chain
from kdm_desktop.security.keyslots import KeySlotFile
from kdm_desktop.security.roles import Permission, Role, allows, role_name
from kdm_desktop.services import anchor_log, slot_journal, slot_rekey
from kdm_desktop.services.clock import Now, iso_now, now_istanbul
from kdm_desktop.storage import field_crypto
from kdm_desktop.storage.audit_repo import AuditRepository
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from collections.abc import Iterator

    from kdm_desktop.security.rolefields import RoleFieldCipher

T = TypeVar("T")

# Meta keys of the centre's details (also written by create_case_file).
CENTRE_PREFIX = "centre."


@dataclass(frozen=True)
class CurrentUser:
    username: str
    display_name: str
    role: Role

    @property
    def role_label(self) -> str:
        """The role's name in the user's language."""
        return role_name(self.role)


@dataclass(frozen=True)
class CheckReport:
    integrity_problems: list[str]
    audit: ChainReport
    # Damaged, ghost or unbound key slots, each a sentence (user's language) naming the slot.
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
        # Catalogue keys of warnings the login found for this user (role_endorse.py).
        self.notices: list[str] = []
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
        values = self.reading().meta.get_many(CENTRE_PREFIX)
        return CentreInfo(**{k: v for k, v in values.items() if k in CentreInfo.__annotations__})

    def update_centre(self, centre: CentreInfo) -> CentreInfo:
        self.require(Permission.MANAGE_CENTRE)
        centre = centre.validated()
        with self.work() as uow:
            for key, value in centre.as_dict().items():
                uow.meta.set(CENTRE_PREFIX + key, value)
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
        """The journaled, roll-forward rekey (see slot_rekey.rekey); the new master key."""
        return slot_rekey.rekey(
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
