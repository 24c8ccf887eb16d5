"""Risk assessments of a case: scoring with the centre's thresholds, history and trend.

The scoring rules live in `domain.protection.risk`; this service stores each result with
the answers, the checklist version and the thresholds it used, checks the
user's role and audits every read and write.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from kdm_desktop.domain.perpetrator import Answer
from kdm_desktop.domain.protection.risk import (
    INTAKE_RISK_ITEMS,
    AssessmentRecord,
    RiskAnswer,
    RiskAssessmentResult,
    RiskChecklist,
    RiskLevel,
    RiskThresholds,
    RiskTrend,
    answers_from_intake,
    assess,
    default_thresholds,
    intake_needs_risk_assessment,
    load_checklist,
    risk_trend,
)
from kdm_desktop.domain.rules import Day, DomainRuleError, FieldError, Label, ValidationErrors
from kdm_desktop.errors import RefusedInput
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import resolve_case, today
from kdm_desktop.services.session import Session

_INPUT_KEYS = frozenset({"answers", "judgement_level", "judgement_reason", "assessed_on"})


def rule_errors(exc: DomainRuleError) -> ValidationErrors:
    """The domain's rule errors as field-level validation errors (exit 4).

    The code stays `protection.rule` (scripts match it); the message is the rule's
    own keyed sentence in the user's language."""
    return exc.as_validation_errors("protection.rule")


def parse_input_date(value: object, field: str, label: str) -> datetime.date | None:
    """An ISO date from JSON or a form; None when absent. ``label`` is a catalogue key."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise rule_errors(DomainRuleError.keyed(field, "rule.date.iso", label=Label(label)))


@dataclass(frozen=True)
class StoredAssessment:
    id: str
    case_id: str
    assessed_on: datetime.date
    score: int
    item_count: int
    computed_level: RiskLevel
    final_level: RiskLevel
    judgement_reason: str
    answers: Mapping[str, RiskAnswer]
    checklist_version: int
    thresholds: RiskThresholds
    assessed_by: str
    created_at: str

    @property
    def raised_by_judgement(self) -> bool:
        return self.final_level > self.computed_level


def _stored(row: AssessmentRecord) -> StoredAssessment:
    checklist = load_checklist(row.checklist_version)
    return StoredAssessment(
        id=row.id,
        case_id=row.case_id,
        assessed_on=datetime.date.fromisoformat(row.assessed_on),
        score=row.score,
        item_count=len(checklist.items),
        computed_level=RiskLevel(row.computed_level),
        final_level=RiskLevel(row.final_level),
        judgement_reason=row.judgement_reason,
        answers=row.answers,
        checklist_version=row.checklist_version,
        thresholds=RiskThresholds(row.threshold_medium, row.threshold_high),
        assessed_by=row.assessed_by,
        created_at=row.created_at,
    )


class RiskService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @staticmethod
    def checklist() -> RiskChecklist:
        return load_checklist()

    def thresholds(self) -> RiskThresholds:
        """The centre's own thresholds, else DASH's scaled to the checklist."""
        self._s.require(Permission.VIEW_CASES)
        return self._thresholds()

    def _thresholds(self) -> RiskThresholds:
        stored = self._s.reading().risk.thresholds()
        if stored is None:
            return default_thresholds(len(load_checklist().items))
        return RiskThresholds(*stored)

    def set_thresholds(self, medium: int, high: int) -> RiskThresholds:
        self._s.require(Permission.MANAGE_CENTRE)
        try:
            thresholds = RiskThresholds(medium, high)
            item_count = len(load_checklist().items)
            if thresholds.high > item_count:
                raise DomainRuleError.keyed(
                    "thresholds.high",
                    "protection.risk.threshold_above_items",
                    high=high,
                    items=item_count,
                )
        except DomainRuleError as exc:
            raise rule_errors(exc) from None
        with self._s.work() as uow:
            uow.risk.set_thresholds(thresholds.medium, thresholds.high)
            uow.audit(
                AuditAction.CHANGE,
                "risk_thresholds",
                self._s.casefile_id,
                f"medium={thresholds.medium} high={thresholds.high}",
            )
        return thresholds

    def preview(
        self,
        answers: Mapping[str, RiskAnswer],
        judgement_level: RiskLevel | str | None = None,
        judgement_reason: str = "",
    ) -> RiskAssessmentResult:
        """Score without storing (the form's live score); raises `ValidationErrors`."""
        self._s.require(Permission.VIEW_CASES)
        try:
            return assess(answers, self._thresholds(), judgement_level, judgement_reason)  # type: ignore[arg-type]
        except DomainRuleError as exc:
            raise rule_errors(exc) from None

    def add(
        self,
        ref: str,
        answers: Mapping[str, RiskAnswer],
        judgement_level: RiskLevel | str | None = None,
        judgement_reason: str = "",
        assessed_on: datetime.date | None = None,
    ) -> StoredAssessment:
        self._s.require(Permission.EDIT_CASES)
        case = resolve_case(self._s, ref)
        day = today(self._s)
        on = assessed_on or day
        if on > day:
            raise ValidationErrors(
                [
                    FieldError(
                        "assessed_on",
                        "protection.future_date",
                        label=Label("protection.label.assessed_on"),
                        date=Day(on, weekday=False),
                    )
                ]
            )
        result = self.preview(answers, judgement_level, judgement_reason)
        if result.empty and not result.raised_by_judgement:
            # An empty form would read "Standart risk", a level nobody assessed. (A
            # level raised by judgement, with its written reason, is an assessment.)
            raise RefusedInput("risk.empty")
        row = AssessmentRecord(
            id=str(uuid.uuid4()),
            case_id=case.id,
            assessed_on=on.isoformat(),
            answers={k: answers.get(k) for k in load_checklist().item_ids},
            checklist_id=result.checklist_id,
            checklist_version=result.checklist_version,
            score=result.score,
            threshold_medium=result.thresholds.medium,
            threshold_high=result.thresholds.high,
            computed_level=result.computed_level.value,
            final_level=result.final_level.value,
            judgement_reason=result.judgement_reason,
            assessed_by=self._s.user.username,
            created_at=self._s.timestamp(),
        )
        with self._s.work() as uow:
            uow.risk.add(row)
            uow.audit(
                AuditAction.CREATE,
                "risk_assessment",
                row.id,
                f"case={case.id} level={row.final_level}",
            )
        return _stored(row)

    def add_from_mapping(self, ref: str, data: Mapping[str, object]) -> StoredAssessment:
        """The CLI's JSON: answers, optional judgement_level/_reason and assessed_on."""
        self._s.require(Permission.EDIT_CASES)
        unknown = sorted(k for k in data if k not in _INPUT_KEYS)
        if unknown:
            raise rule_errors(
                DomainRuleError.combine(
                    [
                        DomainRuleError.keyed(k, "protection.risk.unknown_field", field=repr(k))
                        for k in unknown
                    ]
                )
            )
        answers = data.get("answers", {})
        if not isinstance(answers, Mapping):
            raise rule_errors(DomainRuleError.keyed("answers", "protection.risk.answers_type"))
        level = data.get("judgement_level")
        reason = data.get("judgement_reason", "")
        return self.add(
            ref,
            answers,
            level if isinstance(level, str) or level is None else str(level),
            reason if isinstance(reason, str) else str(reason),
            parse_input_date(
                data.get("assessed_on"), "assessed_on", "protection.label.assessed_on"
            ),
        )

    def history(self, ref: str) -> list[StoredAssessment]:
        """Oldest first."""
        self._s.require(Permission.VIEW_CASES)
        case = resolve_case(self._s, ref)
        rows = self._s.reading().risk.for_case(case.id)
        with self._s.work() as uow:
            uow.audit(AuditAction.VIEW, "risk_assessments", case.id)
        return [_stored(r) for r in rows]

    def known_answers(self, ref: str) -> dict[str, RiskAnswer]:
        """Answers a new assessment starts from, given elsewhere in her file (issue 14):
        life danger or weapon access at intake (as the intake hands them over), and
        weapon access "Evet" for any man in the perpetrator section. Only a yes from
        the section is carried: a "Hayır" for one man says nothing about the others."""
        self._s.require(Permission.VIEW_CASES)
        case = resolve_case(self._s, ref)
        stored = self._s.reading()
        answers: dict[str, RiskAnswer] = {}
        record = stored.cases.by_id(case.id)
        if record is not None:
            d = record.draft
            flags = {"life_danger": d.life_danger, "weapon_access": d.weapon_access}
            if intake_needs_risk_assessment(flags):
                answers.update(answers_from_intake(flags))
        if any(r.record.weapon_access is Answer.YES for r in stored.perpetrators.for_case(case.id)):
            answers[INTAKE_RISK_ITEMS["weapon_access"]] = True
        return answers

    def trend(self, ref: str) -> RiskTrend:
        return risk_trend((a.assessed_on, a.final_level) for a in self.history(ref))

    def latest_levels(self, case_ids: list[str]) -> dict[str, RiskLevel]:
        """Latest final level per case, for the case list (one query for all ids)."""
        self._s.require(Permission.VIEW_CASES)
        found = self._s.reading().risk.latest_levels(list(case_ids))
        if found:
            with self._s.work(durable=False) as uow:
                uow.audit(AuditAction.SEARCH, "risk_levels", "*", f"rows={len(found)}")
        return {case_id: RiskLevel(level) for case_id, (_on, level) in found.items()}
