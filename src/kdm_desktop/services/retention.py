"""KVKK retention: the policy, legal holds, the due list, destruction runs and their
records, and the start screen's reminder.

Only the administrator manages retention (`Permission.MANAGE_RETENTION`). A run is
all-or-nothing: anonymised statistics are written, the due records destroyed, the
signed destruction record and the audit entries written in one transaction; only
after the commit is the file compacted (WAL checkpoint + VACUUM) so freed pages hold
no old content. A held case, a case with an order in force and an open case are
never touched.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kdm_desktop.domain.retention import record as rec
from kdm_desktop.domain.retention.anonymise import AnonymisedCase, anonymise
from kdm_desktop.domain.retention.due import (
    DueItem,
    DueList,
)
from kdm_desktop.domain.retention.policy import (
    RecordKind,
    RetentionPolicy,
    add_years,
)
from kdm_desktop.domain.retention.runs import DestructionRun, DestructionRunItem
from kdm_desktop.errors import RefusedInput
from kdm_desktop.progress import CancelFn, Cancelled, ProgressFn, never_cancelled, no_progress
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import today
from kdm_desktop.storage.unit_of_work import StorageFault, UnitOfWork

if TYPE_CHECKING:
    from kdm_desktop.storage.retention_repo import RetentionRepository

from kdm_desktop.services.retention_due import (
    MAX_REASON,
    RetentionPolicyService,
    _with_ids,
    case_facts,
)
from kdm_desktop.services.retention_minutes import (
    RetentionRecords,
    RetentionReminder,
    StoredRecord,
    record_facts,
)

# Every retention name keeps its import path here.
__all__ = [
    "MAX_REASON",
    "TRIGGER_PERIODIC",
    "TRIGGER_REQUEST",
    "RetentionPolicyService",
    "RetentionReminder",
    "RetentionService",
    "RunResult",
    "StoredRecord",
    "case_facts",
    "reapply",
    "record_facts",
]

TRIGGER_PERIODIC = "periodic"
TRIGGER_REQUEST = "subject_request"


@dataclass(frozen=True)
class RunResult:
    record: StoredRecord
    destroyed: DueList
    anonymised: int
    records_expired: int
    # False when the VACUUM after the commit failed (e.g. a full disk): the records
    # are destroyed and their pages zeroed by secure_delete; the next run compacts.
    compacted: bool = True


class RetentionService(RetentionRecords):
    """Retention use cases; the run lives here, the rest in retention_due/_minutes."""

    # ----- the run -----

    def run(
        self,
        *,
        reviewed: DueList | None = None,
        progress: ProgressFn = no_progress,
        cancelled: CancelFn = never_cancelled,
    ) -> RunResult:
        """Destroy what is due now and write the signed destruction record.

        With `reviewed` (the list the admin confirmed), only what is both in that list
        and still due is destroyed: a hold placed meanwhile wins, and nothing that
        became due after the review is destroyed unseen.
        """
        self._s.require(Permission.MANAGE_RETENTION)
        policy = self.policy()
        due = self._due_list(policy)
        if reviewed is not None:
            due = _within(due, reviewed)
        return self._destroy(policy, due, TRIGGER_PERIODIC, progress, cancelled)

    def run_reviewed(
        self,
        review_code: str,
        *,
        progress: ProgressFn = no_progress,
        cancelled: CancelFn = never_cancelled,
    ) -> RunResult:
        """Destroy what is due if it is still exactly the list whose `review_code`
        the administrator saw (`DueList.review_code`); else refuse, destroying nothing."""
        self._s.require(Permission.MANAGE_RETENTION)
        policy = self.policy()
        due = self._due_list(policy)
        if due.review_code() != review_code.strip().lower():
            raise RefusedInput("retention.review_changed")
        return self._destroy(policy, due, TRIGGER_PERIODIC, progress, cancelled)

    def _destroy(
        self,
        policy: RetentionPolicy,
        due: DueList,
        trigger: str,
        progress: ProgressFn = no_progress,
        cancelled: CancelFn = never_cancelled,
    ) -> RunResult:
        day = today(self._s)
        run_id = str(uuid.uuid4())
        total = max(len(due.items), 1)
        with self._s.work() as uow:
            repo = uow.retention
            anon = self._anonymise(uow, due.case_ids(RecordKind.CLOSED_CASE))
            uow.anonymised_stats.add(anon)
            for done, item in enumerate(due.items):
                if cancelled():
                    raise Cancelled
                _destroy_item(repo, item)
                if item.kind == RecordKind.CLOSED_CASE and item.case_id:
                    uow.audit(AuditAction.DELETE, "case", item.case_id, f"retention_run={run_id}")
                progress(done + 1, total)
            repo.optimize_search_index()
            expired = repo.delete_runs_kept_until(day)
            repo.delete_requests_answered_before(add_years(day, -policy.record_keep_years))
            run = self._record(policy, run_id, due, trigger)
            repo.add_run(run)
            uow.audit(
                AuditAction.DELETE,
                "retention_run",
                run_id,
                f"items={sum(i.count for i in due.items):d} expired_records={len(expired):d}",
            )
            if cancelled():
                raise Cancelled
        # After the commit, outside any transaction: no freed page keeps old content.
        try:
            self._repo.compact()
            compacted = True
        except StorageFault:
            compacted = False
        return RunResult(self._stored(run), due, len(anon), len(expired), compacted)

    def _anonymise(self, uow: UnitOfWork, case_ids: Sequence[str]) -> list[AnonymisedCase]:
        cases = uow.cases
        repo = uow.retention
        levels = uow.risk.latest_levels(list(case_ids))
        out = []
        for case_id in case_ids:
            record = cases.by_id(case_id)
            if record is None:
                continue
            orders, services = repo.counts_for(case_id)
            level = levels.get(case_id)
            primary = next(iter(uow.perpetrators.for_case(case_id)), None)
            out.append(
                anonymise(
                    record.draft,
                    closure_reason=record.closure_reason,
                    closed_on=repo.closed_on(case_id),
                    risk_level=level[1] if level else None,
                    orders_count=orders,
                    services_count=services,
                    perpetrator_relation=primary.record.relation if primary else None,
                )
            )
        return out

    def _record(
        self, policy: RetentionPolicy, run_id: str, due: DueList, trigger: str
    ) -> DestructionRun:
        now = self._s.now()
        day = now.date()
        by_kind: dict[RecordKind, list[DueItem]] = {}
        for item in due.items:
            by_kind.setdefault(item.kind, []).append(item)
        items = []
        for kind in RecordKind:
            found = by_kind.get(kind, [])
            if not found:
                continue
            numbers = sorted({i.case_number for i in found if i.case_number})
            ids = tuple(sorted({o for i in found for o in i.object_ids}))
            items.append(
                DestructionRunItem(kind.value, sum(i.count for i in found), tuple(numbers), ids)
            )
        facts = rec.RecordFacts(
            id=run_id,
            run_at=now.isoformat(timespec="seconds"),
            run_by=self._s.user.username,
            trigger=trigger,
            method=policy.method,
            legal_basis=policy.legal_basis,
            policy_version=policy.version,
            backups_clear_after=(
                day + datetime.timedelta(days=policy.backup_max_age_days)
            ).isoformat(),
            keep_until=add_years(day, policy.record_keep_years).isoformat(),
            items=[
                rec.RecordItem(
                    i.kind, policy.kind(RecordKind(i.kind)).label_tr, i.count, i.case_numbers
                )
                for i in items
            ],
        )
        digest = rec.digest(facts)
        signature = rec.sign(digest, self._s.identity().signing_private)
        return DestructionRun(
            facts.id,
            facts.run_at,
            facts.run_by,
            facts.trigger,
            facts.method,
            facts.legal_basis,
            facts.policy_version,
            facts.backups_clear_after,
            facts.keep_until,
            digest,
            signature,
            tuple(items),
        )


def _within(due: DueList, reviewed: DueList) -> DueList:
    seen: dict[tuple[RecordKind, str | None], set[str]] = {}
    for item in reviewed.items:
        seen.setdefault((item.kind, item.case_id), set()).update(item.object_ids)
    items = []
    for item in due.items:
        allowed = seen.get((item.kind, item.case_id))
        if not allowed:
            continue
        ids = tuple(i for i in item.object_ids if i in allowed)
        if ids:
            items.append(_with_ids(item, ids))
    return DueList(tuple(items), due.kept)


def _destroy_item(repo: RetentionRepository, item: DueItem) -> None:
    if item.kind == RecordKind.CLOSED_CASE:
        assert item.case_id is not None
        repo.destroy_case(item.case_id)
    elif item.kind in (RecordKind.NOTES, RecordKind.SESSION_NOTES):
        repo.destroy_notes(item.object_ids)
    elif item.kind == RecordKind.ATTACHMENTS:
        repo.destroy_attachments(item.object_ids)
    elif item.kind == RecordKind.LETTERS:
        repo.destroy_letters(item.object_ids)
    elif item.kind == RecordKind.CALENDAR_ENTRIES:
        repo.destroy_calendar(item.object_ids)
    elif item.kind == RecordKind.TRANSFER_RECORDS:
        repo.destroy_transfers(item.object_ids)


def reapply(repo: RetentionRepository, runs: Sequence[DestructionRun]) -> int:
    """Destroy again, in a restored file, everything the given runs destroyed.

    Returns how many records were still present. Used on a restored backup that is
    older than some of the live file's runs (services/retention_restore.py).
    """
    found = 0
    for run in runs:
        for item in run.items:
            kind = RecordKind(item.kind)
            ids = list(item.object_ids)
            if kind == RecordKind.CLOSED_CASE:
                present = repo.existing_case_ids(ids)
                found += len(present)
                for case_id in present:
                    repo.destroy_case(case_id)
            else:
                _destroy_item(
                    repo,
                    DueItem(
                        kind, "", None, None, tuple(ids), datetime.date.min, datetime.date.min, ""
                    ),
                )
    repo.optimize_search_index()
    return found
