"""KVKK retention, part two: the signed destruction records and their minutes.

A record is shown only with its signature checked against the centre's key.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kdm_desktop.domain.retention import record as rec
from kdm_desktop.domain.retention.due import (
    next_run_due,
)
from kdm_desktop.domain.retention.policy import (
    RecordKind,
    load_policy,
)
from kdm_desktop.domain.retention.runs import DestructionRun
from kdm_desktop.errors import KdmError
from kdm_desktop.reports.pdfout import write_bytes_atomically
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import today

if TYPE_CHECKING:
    pass

from kdm_desktop.services.retention_due import RetentionPolicyService


@dataclass(frozen=True)
class StoredRecord:
    """A destruction record with its signature checked against the centre's key."""

    run: DestructionRun
    signature_ok: bool
    public_key: bytes

    @property
    def total(self) -> int:
        return sum(i.count for i in self.run.items)


@dataclass(frozen=True)
class RetentionReminder:
    last_run: datetime.date | None
    next_due: datetime.date
    run_due: bool
    due_count: int


def record_facts(run: DestructionRun) -> rec.RecordFacts:
    policy = load_policy()
    return rec.RecordFacts(
        id=run.id,
        run_at=run.run_at,
        run_by=run.run_by,
        trigger=run.trigger,
        method=run.method,
        legal_basis=run.legal_basis,
        policy_version=run.policy_version,
        backups_clear_after=run.backups_clear_after,
        keep_until=run.keep_until,
        items=[
            rec.RecordItem(
                i.kind, policy.kind(RecordKind(i.kind)).label_tr, i.count, i.case_numbers
            )
            for i in run.items
        ],
    )


class RetentionRecords(RetentionPolicyService):
    """Destruction records and the reminder of RetentionService (use RetentionService)."""

    def _stored(self, run: DestructionRun) -> StoredRecord:
        public = rec.public_key_of(self._s.identity().signing_private)
        facts = record_facts(run)
        ok = rec.digest(facts) == run.digest and rec.verify(run.digest, run.signature, public)
        return StoredRecord(run, ok, public)

    # ----- records -----

    def records(self) -> list[StoredRecord]:
        self._s.require(Permission.MANAGE_RETENTION)
        return [self._stored(r) for r in self._repo.runs()]

    def record(self, run_id: str) -> StoredRecord:
        key = run_id.strip().lower()
        for r in self.records():
            if key and (r.run.id == key or r.run.id.startswith(key)):
                return r
        raise KdmError("retention.no_record", id=run_id.strip()[:40])

    def minutes_pdf(self, run_id: str) -> bytes:
        """The signed minutes (imha tutanağı) of one run, as PDF bytes."""
        # reportlab loads when a PDF is made, not with every command (issue #18).
        from kdm_desktop.reports.destruction_pdf import MinutesData, MinutesItem, render_minutes

        stored = self.record(run_id)
        run = stored.run
        policy = load_policy()
        data = MinutesData(
            centre_name=self._s.centre().name,
            run_id=run.id,
            run_at=datetime.datetime.fromisoformat(run.run_at),
            run_by=run.run_by,
            trigger=run.trigger,
            method=run.method,
            legal_basis=run.legal_basis,
            policy_version=run.policy_version,
            backups_clear_after=datetime.date.fromisoformat(run.backups_clear_after),
            keep_until=datetime.date.fromisoformat(run.keep_until),
            items=tuple(
                MinutesItem(policy.kind(RecordKind(i.kind)).label_tr, i.count, i.case_numbers)
                for i in run.items
            ),
            digest=run.digest,
            signature=run.signature,
            public_key=stored.public_key,
            signature_ok=stored.signature_ok,
        )
        return render_minutes(data)

    def export_minutes(self, run_id: str, out: Path) -> Path:
        pdf = self.minutes_pdf(run_id)
        write_bytes_atomically(out, pdf)
        with self._s.work() as uow:
            uow.audit(AuditAction.PRINT, "retention_run", self.record(run_id).run.id)
        return out

    def reminder(self) -> RetentionReminder:
        """For the start screen: is a periodic run due (at most every 6 months)?"""
        policy = self.policy()
        last = self._repo.last_run_at()
        last_day = datetime.date.fromisoformat(last[:10]) if last else None
        created = self._s.reading().meta.get("created_at")
        first = datetime.date.fromisoformat(created[:10]) if created else today(self._s)
        next_due = next_run_due(policy, last_day, first)
        count = 0
        if self._s.can(Permission.MANAGE_RETENTION):
            count = len(self._due_list(policy).items)
        return RetentionReminder(last_day, next_due, today(self._s) >= next_due or count > 0, count)
