"""The unit of work: the one way services reach stored data.

A service never holds a connection. It asks its session for a unit of work:

    with session.work() as uow:          # one write transaction, all or nothing
        uow.notes.add(...)
        uow.audit(AuditAction.CREATE, "case_note", note_id)

    found = session.reading().notes.for_case(case_id)   # reads, no transaction

A unit of work carries the three things every change needs together: the
transaction boundary (commit on success, rollback on any exception, nested units
join the outer one through a savepoint), the audit entry (appended in the same
transaction as the change it records) and the change notes for the views (passed
on only if the transaction commits).

Repositories are typed properties created on first use, so importing this module
loads no repository module (startup stays lean) and a second storage engine can
hand out its own implementations behind the same names (docs/multi-desk.md).

Backup, restore and unlocking work on a database that is not (yet) a session's: a
backup's snapshot, the restored copy in scratch, the file being opened. They get
units of the same kind from `reading_from` and `working_on` instead of a connection.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from kdm_desktop.security.audit import AuditAction
from kdm_desktop.storage import field_crypto
from kdm_desktop.storage.connection import DatabaseError

if TYPE_CHECKING:
    from kdm_desktop.storage.attachments_repo import AttachmentRepository
    from kdm_desktop.storage.audit_repo import AuditRepository
    from kdm_desktop.storage.calendar_repo import CalendarRepository
    from kdm_desktop.storage.case_details_repo import (
        ConsentRepository,
        NoteRepository,
        ServiceLogRepository,
    )
    from kdm_desktop.storage.cases_repo import CaseRepository
    from kdm_desktop.storage.connection import Connection
    from kdm_desktop.storage.database import Database
    from kdm_desktop.storage.drafts_repo import DraftRepository
    from kdm_desktop.storage.identity_repo import IdentityRepository
    from kdm_desktop.storage.keybinding_repo import KeyBindingRepository
    from kdm_desktop.storage.letters_repo import LetterRepository
    from kdm_desktop.storage.meta_repo import MetaRepository
    from kdm_desktop.storage.perpetrator_repo import PerpetratorRepository
    from kdm_desktop.storage.protection_repo import (
        OrderRepository,
        RiskRepository,
        SafetyPlanRepository,
    )
    from kdm_desktop.storage.retention_repo import AnonymisedStatsRepository, RetentionRepository
    from kdm_desktop.storage.rolekeys_repo import RoleKeyRepository
    from kdm_desktop.storage.statistics_repo import StatisticsRepository, StatisticsWorkRepository
    from kdm_desktop.storage.transfer_repo import TransferRepository
    from kdm_desktop.storage.trust_repo import TrustRepository
    from kdm_desktop.storage.users_repo import UserRepository

# What the storage engine raises when a statement fails (a full disk, a damaged page):
# services name it through the seam, not through the engine's module.
StorageFault = DatabaseError

# Records an audit entry for the session's user: (action, object type, object id, detail).
Auditor = Callable[[AuditAction, str, str, str], None]


class NotInTransaction(RuntimeError):
    """An audit entry or a change was attempted on a read-only unit of work."""


class UnitOfWork:
    """The repositories on one transaction (or, read-only, on the open case file)."""

    def __init__(
        self,
        db: Database,
        conn: Connection,
        casefile_id: str,
        auditor: Auditor | None,
        *,
        writable: bool | None = None,
    ) -> None:
        self._db = db
        self._conn = conn
        self._casefile_id = casefile_id
        # None for a read-only unit: audited work must run in a transaction.
        self._auditor = auditor
        # A unit in a transaction with no one to audit as (the key-slot journal's own
        # bookkeeping while a file is being opened) may change data but not audit.
        self._writable = auditor is not None if writable is None else writable

    # ----- audit and change notes -----
    def audit(
        self, action: AuditAction, object_type: str, object_id: str, detail: str = ""
    ) -> None:
        """Append an audit entry to this transaction: it commits with the change or not at all."""
        if self._auditor is None:
            raise NotInTransaction("audit outside a unit of work's transaction")
        self._auditor(action, object_type, object_id, detail)

    def note(self, item: object) -> None:
        """Attach a change note; the views get it only if the transaction commits."""
        if not self._writable:
            raise NotInTransaction("change note outside a unit of work's transaction")
        self._db.note(item)

    @property
    def can_read_sealed(self) -> bool:
        """True when this session holds the role key for sealed fields (or none is sealed)."""
        return field_crypto.can_read(self._conn)

    @property
    def schema_version(self) -> int:
        """The case file's schema step (storage/migrations.py)."""
        return self._db.schema_version

    @property
    def casefile_id(self) -> str:
        return self._casefile_id

    def scan(self) -> contextlib.AbstractContextManager[None]:
        """A small page cache for one pass over a large table (`Database.scan`)."""
        return self._db.scan()

    # ----- repositories (created on first use) -----
    @cached_property
    def anonymised_stats(self) -> AnonymisedStatsRepository:
        from kdm_desktop.storage.retention_repo import AnonymisedStatsRepository

        return AnonymisedStatsRepository(self._conn)

    @cached_property
    def attachments(self) -> AttachmentRepository:
        from kdm_desktop.storage.attachments_repo import AttachmentRepository

        return AttachmentRepository(self._conn)

    @cached_property
    def audit_log(self) -> AuditRepository:
        from kdm_desktop.storage.audit_repo import AuditRepository

        return AuditRepository(self._conn, self._casefile_id)

    @cached_property
    def calendar(self) -> CalendarRepository:
        from kdm_desktop.storage.calendar_repo import CalendarRepository

        return CalendarRepository(self._conn)

    @cached_property
    def cases(self) -> CaseRepository:
        from kdm_desktop.storage.cases_repo import CaseRepository

        return CaseRepository(self._conn)

    @cached_property
    def consents(self) -> ConsentRepository:
        from kdm_desktop.storage.case_details_repo import ConsentRepository

        return ConsentRepository(self._conn)

    @cached_property
    def drafts(self) -> DraftRepository:
        from kdm_desktop.storage.drafts_repo import DraftRepository

        return DraftRepository(self._conn)

    @cached_property
    def identity(self) -> IdentityRepository:
        from kdm_desktop.storage.identity_repo import IdentityRepository

        return IdentityRepository(self._conn)

    @cached_property
    def key_bindings(self) -> KeyBindingRepository:
        from kdm_desktop.storage.keybinding_repo import KeyBindingRepository

        return KeyBindingRepository(self._conn)

    @cached_property
    def letters(self) -> LetterRepository:
        from kdm_desktop.storage.letters_repo import LetterRepository

        return LetterRepository(self._conn)

    @cached_property
    def meta(self) -> MetaRepository:
        from kdm_desktop.storage.meta_repo import MetaRepository

        return MetaRepository(self._conn)

    @cached_property
    def notes(self) -> NoteRepository:
        from kdm_desktop.storage.case_details_repo import NoteRepository

        return NoteRepository(self._conn)

    @cached_property
    def orders(self) -> OrderRepository:
        from kdm_desktop.storage.protection_repo import OrderRepository

        return OrderRepository(self._conn)

    @cached_property
    def perpetrators(self) -> PerpetratorRepository:
        from kdm_desktop.storage.perpetrator_repo import PerpetratorRepository

        return PerpetratorRepository(self._conn)

    @cached_property
    def retention(self) -> RetentionRepository:
        from kdm_desktop.storage.retention_repo import RetentionRepository

        return RetentionRepository(self._conn)

    @cached_property
    def risk(self) -> RiskRepository:
        from kdm_desktop.storage.protection_repo import RiskRepository

        return RiskRepository(self._conn)

    @cached_property
    def safety_plans(self) -> SafetyPlanRepository:
        from kdm_desktop.storage.protection_repo import SafetyPlanRepository

        return SafetyPlanRepository(self._conn)

    @cached_property
    def service_log(self) -> ServiceLogRepository:
        from kdm_desktop.storage.case_details_repo import ServiceLogRepository

        return ServiceLogRepository(self._conn)

    @cached_property
    def statistics(self) -> StatisticsRepository:
        from kdm_desktop.storage.statistics_repo import StatisticsRepository

        return StatisticsRepository(self._conn)

    @cached_property
    def statistics_work(self) -> StatisticsWorkRepository:
        from kdm_desktop.storage.statistics_repo import StatisticsWorkRepository

        return StatisticsWorkRepository(self._conn)

    @cached_property
    def transfers(self) -> TransferRepository:
        from kdm_desktop.storage.transfer_repo import TransferRepository

        return TransferRepository(self._conn)

    @cached_property
    def trust(self) -> TrustRepository:
        from kdm_desktop.storage.trust_repo import TrustRepository

        return TrustRepository(self._conn)

    @cached_property
    def users(self) -> UserRepository:
        from kdm_desktop.storage.users_repo import UserRepository

        return UserRepository(self._conn)

    def role_keys(self, role: str) -> RoleKeyRepository:
        """The sealed keys of one role (storage/rolekeys_repo.py)."""
        from kdm_desktop.storage.rolekeys_repo import RoleKeyRepository

        return RoleKeyRepository(self._conn, role)


# ----- units over a database other than the session's -----
# A backup's snapshot and a restored copy are whole case files of their own, opened
# beside the live one. They get the same repositories through the same seam, so
# backup and restore speak to them as every service speaks to the live file.


def reading_from(db: Database, casefile_id: str = "") -> UnitOfWork:
    """Read-only repositories over another open database (a snapshot, a restored copy,
    a file being opened). `casefile_id` names the chain `audit_log` walks; a unit that
    reads no audit entries (the file's id is not yet known) may leave it out."""
    return UnitOfWork(db, db.conn, casefile_id, None)


@contextlib.contextmanager
def working_on(
    db: Database,
    casefile_id: str = "",
    actor: str | None = None,
    timestamp: Callable[[], str] | None = None,
) -> Iterator[UnitOfWork]:
    """One write transaction on another open database (or on one being opened, before
    any session exists). With an `actor`, its audit entries are recorded as `actor`
    in that database's own chain, in the same transaction as the change."""
    with db.transaction() as conn:
        if actor is None:
            yield UnitOfWork(db, conn, casefile_id, None, writable=True)
            return
        if timestamp is None:
            raise ValueError("an audited unit needs the time of its entries")
        clock = timestamp
        unit: UnitOfWork

        def auditor(action: AuditAction, object_type: str, object_id: str, detail: str) -> None:
            unit.audit_log.append(
                ts=clock(),
                username=actor,
                action=action.value,
                object_type=object_type,
                object_id=object_id,
                detail=detail,
            )

        unit = UnitOfWork(db, conn, casefile_id, auditor)
        yield unit
