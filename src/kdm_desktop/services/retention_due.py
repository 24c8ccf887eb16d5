"""KVKK retention, part one: the policy, legal holds and the due list.

RetentionService (services/retention.py) builds on this; only the administrator
manages retention (`Permission.MANAGE_RETENTION`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kdm_desktop import messages
from kdm_desktop.domain.cases.validation import clean_text
from kdm_desktop.domain.retention.due import (
    CaseFacts,
    DatedRecord,
    DueItem,
    DueList,
    build_due_list,
)
from kdm_desktop.domain.retention.holds import Hold
from kdm_desktop.domain.retention.policy import (
    RecordKind,
    RetentionPolicy,
    check_years,
    load_policy,
)
from kdm_desktop.domain.rules import Problems
from kdm_desktop.errors import RefusedInput
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import resolve_case, today
from kdm_desktop.services.session import Session
from kdm_desktop.storage.retention_repo import CaseFactsRow

if TYPE_CHECKING:
    from kdm_desktop.storage.retention_repo import RetentionRepository

MAX_REASON = 500


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


def _ids_cases(records: Sequence[DatedRecord], item: DueItem) -> list[str | None]:
    by_id = {r.id: r.case_id for r in records}
    return [by_id.get(i) for i in item.object_ids]


def _with_ids(item: DueItem, ids: tuple[str, ...]) -> DueItem:
    from dataclasses import replace

    return replace(item, object_ids=ids)


class RetentionPolicyService:
    """The policy, holds and due list of RetentionService (use RetentionService)."""

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
        text = clean_text(
            problems,
            "reason",
            messages.text("field.hold_reason"),
            reason,
            MAX_REASON,
            required=True,
        )
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
