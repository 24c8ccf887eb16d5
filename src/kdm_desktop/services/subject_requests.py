"""Her rights over her own data (KVKK Art. 11): requests with their 30-day deadline,
a complete copy of what the centre holds about her, and deletion through the same
review as a destruction run (legal holds respected and explained).

Giving her a copy of her own data is not sharing with a third party, so it needs no
consent; its legal basis is her logged access request, which the service requires.
The copy is complete, so a reader who may not see psychological session notes
cannot produce it.
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kdm_desktop import messages
from kdm_desktop.domain.cases.validation import MAX_MEDIUM, clean_text
from kdm_desktop.domain.keyed_labels import text_tr
from kdm_desktop.domain.protection.safety_plan import plan_from_dict, printable_sections
from kdm_desktop.domain.retention.due import CaseFacts, DueItem, DueList, hold_reasons
from kdm_desktop.domain.retention.policy import RecordKind
from kdm_desktop.domain.retention.requests import RequestKind, SubjectRequest, deadline
from kdm_desktop.domain.rules import Problems
from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.reports.pdfout import write_bytes_atomically
from kdm_desktop.reports.subject_export_pdf import SubjectData, render_subject_export
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import resolve_case, today
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.retention import TRIGGER_REQUEST, RetentionService, RunResult
from kdm_desktop.services.safety_plans import SafetyPlanService
from kdm_desktop.services.session import Session
from kdm_desktop.storage.retention_repo import RequestRow

if TYPE_CHECKING:
    from kdm_desktop.storage.retention_repo import RetentionRepository

MAX_ANSWER = MAX_MEDIUM


def parse_day(text: str) -> datetime.date:
    value = text.strip()
    for parse in (
        datetime.date.fromisoformat,
        lambda v: datetime.datetime.strptime(v, "%d.%m.%Y").date(),
    ):
        try:
            return parse(value)
        except ValueError:
            continue
    raise RefusedInput("retention.bad_date", value=value[:20])


def _request(row: RequestRow) -> SubjectRequest:
    return SubjectRequest(
        id=row.id,
        case_id=row.case_id,
        case_number=row.case_number,
        kind=RequestKind(row.kind),
        received_on=datetime.date.fromisoformat(row.received_on),
        due_on=datetime.date.fromisoformat(row.due_on),
        answered_on=datetime.date.fromisoformat(row.answered_on) if row.answered_on else None,
        answer=row.answer,
        recorded_by=row.recorded_by,
    )


@dataclass(frozen=True)
class DeletionReview:
    """What her deletion request would destroy, or why it cannot be done now."""

    request: SubjectRequest
    blocked_by: tuple[str, ...]

    @property
    def possible(self) -> bool:
        return not self.blocked_by


@dataclass(frozen=True)
class RequestsSummary:
    open: int
    overdue: int
    next_due: datetime.date | None


class SubjectRequestService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> RetentionRepository:
        return self._s.reading().retention

    def add(self, ref: str, kind: str, received_on: datetime.date | None = None) -> SubjectRequest:
        self._s.require(Permission.EDIT_CASES)
        case = resolve_case(self._s, ref)
        request_kind = RequestKind(kind)
        day = today(self._s)
        received = received_on or day
        if received > day:
            raise RefusedInput("retention.future_date", value=received.isoformat())
        days = RetentionService(self._s).policy().request_answer_days
        row = RequestRow(
            id=str(uuid.uuid4()),
            case_id=case.id,
            case_number=case.case_number,
            kind=request_kind.value,
            received_on=received.isoformat(),
            due_on=deadline(received, days).isoformat(),
            answered_on=None,
            answer="",
            recorded_by=self._s.user.username,
        )
        with self._s.work() as uow:
            uow.retention.add_request(row, self._s.timestamp())
            uow.audit(AuditAction.CREATE, "subject_request", row.id, f"case={case.id}")
        return _request(row)

    def list(self) -> list[SubjectRequest]:
        self._s.require(Permission.VIEW_CASES)
        return [_request(r) for r in self._repo.requests()]

    def get(self, request_id: str) -> SubjectRequest:
        self._s.require(Permission.VIEW_CASES)
        key = request_id.strip().lower()
        for r in self._repo.requests():
            if key and (r.id == key or r.id.startswith(key)):
                return _request(r)
        raise KdmError("retention.no_request", id=request_id.strip()[:40])

    def summary(self) -> RequestsSummary:
        """For the start screen: open requests, overdue ones and the nearest deadline."""
        if not self._s.can(Permission.VIEW_CASES):
            return RequestsSummary(0, 0, None)
        day = today(self._s)
        open_ = [r for r in self.list() if r.open()]
        return RequestsSummary(
            len(open_),
            sum(r.overdue(day) for r in open_),
            min((r.due_on for r in open_), default=None),
        )

    def answer(
        self, request_id: str, answer: str, answered_on: datetime.date | None = None
    ) -> SubjectRequest:
        self._s.require(Permission.EDIT_CASES)
        request = self.get(request_id)
        if request.answered_on is not None:
            raise RefusedInput("retention.request_answered", day=request.answered_on.isoformat())
        problems = Problems()
        text = clean_text(
            problems,
            "answer",
            messages.text("field.request_answer"),
            answer,
            MAX_ANSWER,
            required=True,
            multiline=True,
        )
        problems.raise_if_any()
        day = answered_on or today(self._s)
        if day > today(self._s):
            raise RefusedInput("retention.future_date", value=day.isoformat())
        with self._s.work() as uow:
            uow.retention.answer_request(request.id, day.isoformat(), text)
            uow.audit(AuditAction.CHANGE, "subject_request", request.id, "answered")
        return self.get(request.id)

    # ----- deletion: the same review as a destruction run -----

    def review_deletion(self, request_id: str) -> DeletionReview:
        self._s.require(Permission.MANAGE_RETENTION)
        request = self.get(request_id)
        if request.kind != RequestKind.DELETION:
            raise RefusedInput("retention.not_deletion")
        if request.case_id is None:
            raise RefusedInput("retention.case_gone")
        facts = self.case_facts(request.case_id)
        reasons = list(hold_reasons(facts))
        if facts.closed_on is None:
            reasons.insert(0, messages.text("retention.case_open"))
        return DeletionReview(request, tuple(reasons))

    def case_facts(self, case_id: str) -> CaseFacts:
        from kdm_desktop.services.retention import case_facts

        rows = self._repo.closed_case_facts(today(self._s), case_id)
        if not rows:
            raise RefusedInput("retention.case_gone")
        return case_facts(rows[0])

    def carry_out_deletion(self, request_id: str) -> RunResult:
        """Destroy her whole file (statistics kept anonymised), record and sign it, and
        answer the request. Refused, with the reasons, while anything holds it."""
        review = self.review_deletion(request_id)
        if not review.possible:
            raise RefusedInput(
                "retention.deletion_blocked",
                case=review.request.case_number,
                reasons="; ".join(review.blocked_by),
            )
        case_id = review.request.case_id
        assert case_id is not None
        retention = RetentionService(self._s)
        policy = retention.policy()

        item = DueItem(
            RecordKind.CLOSED_CASE,
            policy.kind(RecordKind.CLOSED_CASE).label,
            case_id,
            review.request.case_number,
            (case_id,),
            today(self._s),
            today(self._s),
            text_tr("retention.request.erasure_reason"),
        )
        result = retention._destroy(policy, DueList((item,), ()), TRIGGER_REQUEST)
        with self._s.work() as uow:
            uow.retention.answer_request(
                review.request.id,
                today(self._s).isoformat(),
                text_tr("retention.request.destroyed_answer", run=result.record.run.id[:8]),
            )
            uow.audit(AuditAction.CHANGE, "subject_request", review.request.id, "answered")
        return result

    # ----- her copy -----

    def export(self, ref: str, out: Path) -> Path:
        """A complete, readable PDF of what the centre holds about her."""
        self._s.require(Permission.EXPORT)
        case = resolve_case(self._s, ref)
        requests = [r for r in self.list() if r.case_id == case.id and r.kind == RequestKind.ACCESS]
        if not requests:
            raise RefusedInput("retention.export_no_request", case=case.case_number)
        view = CaseService(self._s).open(case.id)
        if view.hidden_note_count:
            raise RefusedInput("retention.export_psych")
        stored = self._s.reading()
        latest = stored.safety_plans.latest(case.id)
        sections = (
            tuple(
                printable_sections(
                    plan_from_dict(latest.plan), SafetyPlanService(self._s).emergency_numbers()
                )
            )
            if latest is not None
            else ()
        )
        data = SubjectData(
            view=view,
            orders=tuple(o.order for o in stored.orders.for_case(case.id)),
            risk=tuple(stored.risk.for_case(case.id)),
            letters=tuple(stored.letters.for_case(case.id)),
            requests=tuple(r for r in self.list() if r.case_id == case.id),
            plan_sections=sections,
            appointments=tuple(stored.retention.appointments_of(case.id)),
            perpetrators=tuple(r.record for r in stored.perpetrators.for_case(case.id)),
        )
        pdf = render_subject_export(data, self._s.centre().name, today(self._s))
        write_bytes_atomically(out, pdf)
        with self._s.work() as uow:
            uow.audit(AuditAction.EXPORT, "case", case.id, "subject_copy")
        return out
