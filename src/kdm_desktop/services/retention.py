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
from pathlib import Path
from typing import TYPE_CHECKING

from kdm_desktop.domain.cases.validation import Problems, clean_text
from kdm_desktop.domain.retention import record as rec
from kdm_desktop.domain.retention.anonymise import AnonymisedCase, anonymise
from kdm_desktop.domain.retention.due import (
    CaseFacts,
    DatedRecord,
    DueItem,
    DueList,
    build_due_list,
    next_run_due,
)
from kdm_desktop.domain.retention.holds import Hold
from kdm_desktop.domain.retention.policy import (
    RecordKind,
    RetentionPolicy,
    add_years,
    check_years,
    load_policy,
)
from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.progress import CancelFn, Cancelled, ProgressFn, never_cancelled, no_progress
from kdm_desktop.reports.pdfout import write_bytes_atomically
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import resolve_case, today
from kdm_desktop.services.casefile import Session
from kdm_desktop.storage.retention_repo import CaseFactsRow, RunItemRow, RunRow
from kdm_desktop.storage.unit_of_work import StorageFault, UnitOfWork

if TYPE_CHECKING:
    from kdm_desktop.storage.retention_repo import RetentionRepository

MAX_REASON = 500
TRIGGER_PERIODIC = "periodic"
TRIGGER_REQUEST = "subject_request"


@dataclass(frozen=True)
class StoredRecord:
    """A destruction record with its signature checked against the centre's key."""

    run: RunRow
    signature_ok: bool
    public_key: bytes

    @property
    def total(self) -> int:
        return sum(i.count for i in self.run.items)


@dataclass(frozen=True)
class RunResult:
    record: StoredRecord
    destroyed: DueList
    anonymised: int
    records_expired: int
    # False when the VACUUM after the commit failed (e.g. a full disk): the records
    # are destroyed and their pages zeroed by secure_delete; the next run compacts.
    compacted: bool = True


@dataclass(frozen=True)
class RetentionReminder:
    last_run: datetime.date | None
    next_due: datetime.date
    run_due: bool
    due_count: int


def case_facts(row: CaseFactsRow) -> CaseFacts:
    return CaseFacts(
        case_id=row.case_id,
        case_number=row.case_number,
        closed_on=row.closed_on,
        last_contact=row.last_contact,
        order_ended=row.order_ended,
        orders_in_force=row.orders_in_force,
        hold_reason=row.hold_reason,
        records={
            RecordKind.NOTES: row.notes,
            RecordKind.SESSION_NOTES: row.session_notes,
            RecordKind.ATTACHMENTS: row.attachments,
            RecordKind.LETTERS: row.letters,
        },
    )


def _dated(rows: Sequence[object]) -> list[DatedRecord]:
    return [DatedRecord(r.id, r.day, r.case_id) for r in rows]  # type: ignore[attr-defined]


class RetentionService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> RetentionRepository:
        return self._s.reading().retention

    # ----- the policy -----

    def policy(self) -> RetentionPolicy:
        """The packaged policy with this centre's chosen periods (anyone may read it)."""
        return load_policy().with_years(self._repo.settings())

    def set_years(self, kind: str, years: int) -> RetentionPolicy:
        self._s.require(Permission.MANAGE_RETENTION)
        base = load_policy()
        entry = check_years(base, kind, years)
        with self._s.work() as uow:
            uow.retention.set_years(
                entry.kind.value, years, base.version, self._s.timestamp(), self._s.user.username
            )
            uow.audit(AuditAction.CHANGE, "retention_policy", entry.kind.value, f"years={years:d}")
        return self.policy()

    # ----- legal holds -----

    def hold(self, ref: str, reason: str) -> Hold:
        self._s.require(Permission.MANAGE_RETENTION)
        case = resolve_case(self._s, ref)
        problems = Problems()
        text = clean_text(problems, "reason", "Gerekçe", reason, MAX_REASON, required=True)
        problems.raise_if_any()
        if self._repo.active_hold(case.id) is not None:
            raise RefusedInput("retention.already_held", case=case.case_number)
        with self._s.work() as uow:
            uow.retention.add_hold(
                str(uuid.uuid4()), case.id, text, self._s.timestamp(), self._s.user.username
            )
            # The reason may name a court file; the audit names the case id only.
            uow.audit(AuditAction.CREATE, "retention_hold", case.id)
        held = self._repo.active_hold(case.id)
        assert held is not None
        return held

    def release(self, ref: str) -> Hold:
        self._s.require(Permission.MANAGE_RETENTION)
        case = resolve_case(self._s, ref)
        with self._s.work() as uow:
            hold_id = uow.retention.release_hold(
                case.id, self._s.timestamp(), self._s.user.username
            )
            if hold_id is None:
                raise RefusedInput("retention.not_held", case=case.case_number)
            uow.audit(AuditAction.DELETE, "retention_hold", case.id)
        released = [h for h in self._repo.holds(active_only=False) if h.id == hold_id]
        return released[0]

    def holds(self) -> list[Hold]:
        self._s.require(Permission.MANAGE_RETENTION)
        return self._repo.holds()

    # ----- what is due -----

    def due(self) -> DueList:
        """What a run would destroy today, and which due cases a legal hold keeps."""
        self._s.require(Permission.MANAGE_RETENTION)
        return self._due_list(self.policy())

    def _due_list(self, policy: RetentionPolicy, case_ids: Sequence[str] | None = None) -> DueList:
        day = today(self._s)
        repo = self._repo
        facts = [case_facts(r) for r in repo.closed_case_facts(day)]
        if case_ids is not None:
            wanted = set(case_ids)
            facts = [f for f in facts if f.case_id in wanted]
            return build_due_list(policy, facts, day)
        protected = repo.protected_case_ids(day)
        dated = {
            RecordKind.CALENDAR_ENTRIES: _dated(repo.calendar_records()),
            RecordKind.TRANSFER_RECORDS: _dated(repo.transfer_records()),
        }
        due = build_due_list(policy, facts, day, dated, protected)
        # A case destroyed whole takes its appointments with it (ON DELETE CASCADE).
        whole = set(due.case_ids(RecordKind.CLOSED_CASE))
        items = []
        for item in due.items:
            if item.kind == RecordKind.CALENDAR_ENTRIES:
                left = tuple(
                    i
                    for i, r in zip(
                        item.object_ids, _ids_cases(dated[item.kind], item), strict=True
                    )
                    if r not in whole
                )
                if not left:
                    continue
                item = _with_ids(item, left)
            items.append(item)
        return DueList(tuple(items), due.kept)

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

    def _record(self, policy: RetentionPolicy, run_id: str, due: DueList, trigger: str) -> RunRow:
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
            items.append(RunItemRow(kind.value, sum(i.count for i in found), tuple(numbers), ids))
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
        return RunRow(
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

    def _stored(self, run: RunRow) -> StoredRecord:
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


def record_facts(run: RunRow) -> rec.RecordFacts:
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


def _ids_cases(records: Sequence[DatedRecord], item: DueItem) -> list[str | None]:
    by_id = {r.id: r.case_id for r in records}
    return [by_id.get(i) for i in item.object_ids]


def _with_ids(item: DueItem, ids: tuple[str, ...]) -> DueItem:
    from dataclasses import replace

    return replace(item, object_ids=ids)


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


def reapply(repo: RetentionRepository, runs: Sequence[RunRow]) -> int:
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
