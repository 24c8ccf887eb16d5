"""Her safety plan: every save is a new version; the latest one can be printed."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kdm_desktop.domain.protection.emergency_numbers import (
    check_numbers,
    default_numbers,
    numbers_from_json,
    numbers_to_json,
)
from kdm_desktop.domain.protection.safety_plan import (
    EmergencyNumber,
    SafetyPlan,
    SafetyPlanTemplate,
    load_safety_plan_template,
    plan_from_dict,
    plan_to_dict,
    revise_plan,
)
from kdm_desktop.domain.rules import DomainRuleError, ValidationErrors
from kdm_desktop.errors import KdmError
from kdm_desktop.oserrors import write_user_file
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import resolve_case
from kdm_desktop.services.risk import rule_errors
from kdm_desktop.services.session import Session

if TYPE_CHECKING:
    from kdm_desktop.reports.printing import PrintDocument
from kdm_desktop.storage.protection_repo import PlanRow

# The centre's own list, as JSON in `meta`; absent: the template's list.
NUMBERS_KEY = "safety_plan.emergency_numbers"


@dataclass(frozen=True)
class SavedPlan:
    plan: SafetyPlan
    saved_by: str
    saved_at: str

    @property
    def version(self) -> int:
        return self.plan.version


def _saved(row: PlanRow) -> SavedPlan:
    return SavedPlan(plan_from_dict(row.plan), row.saved_by, row.saved_at)


class SafetyPlanService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @staticmethod
    def template() -> SafetyPlanTemplate:
        return load_safety_plan_template()

    # ----- the centre's emergency numbers -----

    def emergency_numbers(self) -> tuple[EmergencyNumber, ...]:
        """The numbers printed first on every plan: the centre's list or the default."""
        raw = self._s.reading().meta.get(NUMBERS_KEY)
        if raw is None:
            return default_numbers()
        try:
            return numbers_from_json(json.loads(raw))
        except (ValueError, ValidationErrors):
            # Stored by this program, so only damage gets here: never print no numbers.
            return default_numbers()

    def numbers_are_default(self) -> bool:
        return self._s.reading().meta.get(NUMBERS_KEY) is None

    def set_emergency_numbers(
        self, rows: Sequence[tuple[str, str]] | None
    ) -> tuple[EmergencyNumber, ...]:
        """Replace the centre's list ((number, label) rows); None goes back to the default."""
        self._s.require(Permission.MANAGE_CENTRE)
        numbers = None if rows is None else check_numbers(rows)
        with self._s.work() as uow:
            meta = uow.meta
            if numbers is None:
                meta.delete(NUMBERS_KEY)
                detail = "default"
            else:
                meta.set(NUMBERS_KEY, json.dumps(numbers_to_json(numbers), ensure_ascii=False))
                detail = f"count={len(numbers)}"
            uow.audit(AuditAction.CHANGE, "emergency_numbers", self._s.casefile_id, detail)
        return self.emergency_numbers()

    def latest(self, ref: str) -> SafetyPlan | None:
        self._s.require(Permission.VIEW_CASES)
        case = resolve_case(self._s, ref)
        row = self._s.reading().safety_plans.latest(case.id)
        with self._s.work() as uow:
            uow.audit(AuditAction.VIEW, "safety_plan", case.id)
        return None if row is None else _saved(row).plan

    def history(self, ref: str) -> list[SavedPlan]:
        """Every saved version, oldest first."""
        self._s.require(Permission.VIEW_CASES)
        case = resolve_case(self._s, ref)
        rows = self._s.reading().safety_plans.history(case.id)
        with self._s.work() as uow:
            uow.audit(AuditAction.VIEW, "safety_plan", case.id, "history")
        return [_saved(r) for r in rows]

    def save(
        self,
        ref: str,
        *,
        checked: Mapping[str, Iterable[str]],
        notes: Mapping[str, str],
        review_date: datetime.date | None,
        hide_logo: bool,
    ) -> SafetyPlan:
        """Store the form as a new version; an unchanged plan is not stored again."""
        self._s.require(Permission.EDIT_CASES)
        case = resolve_case(self._s, ref)
        repo = self._s.reading().safety_plans
        row = repo.latest(case.id)
        try:
            if row is None:
                plan = SafetyPlan(
                    checked={k: list(v) for k, v in checked.items()},
                    notes=notes,
                    review_date=review_date,
                    hide_logo=hide_logo,
                )
            else:
                current = plan_from_dict(row.plan)
                plan = revise_plan(
                    current,
                    checked=checked,
                    notes=notes,
                    review_date=review_date,
                    hide_logo=hide_logo,
                )
                if plan is current:
                    return current
        except DomainRuleError as exc:
            raise rule_errors(exc) from None
        with self._s.work() as uow:
            uow.safety_plans.add(
                case.id,
                plan.version,
                plan_to_dict(plan),
                plan.review_date.isoformat() if plan.review_date else None,
                self._s.user.username,
                self._s.timestamp(),
            )
            action = AuditAction.CREATE if plan.version == 1 else AuditAction.CHANGE
            uow.audit(action, "safety_plan", case.id, f"version={plan.version}")
        return plan

    def save_from_mapping(self, ref: str, data: Mapping[str, object]) -> SafetyPlan:
        """The CLI's JSON (the `plan_to_dict` shape; ``version`` is ignored)."""
        self._s.require(Permission.EDIT_CASES)
        try:
            parsed = plan_from_dict(data)
        except DomainRuleError as exc:
            raise rule_errors(exc) from None
        return self.save(
            ref,
            checked=parsed.checked,
            notes=parsed.notes,
            review_date=parsed.review_date,
            hide_logo=parsed.hide_logo,
        )

    def _printable(self, ref: str) -> tuple[str, SafetyPlan, str]:
        self._s.require(Permission.VIEW_CASES)
        self._s.require(Permission.PRINT)
        case = resolve_case(self._s, ref)
        row = self._s.reading().safety_plans.latest(case.id)
        if row is None:
            raise KdmError("protection.no_plan")
        plan = _saved(row).plan
        # A hidden logo means a neutral sheet: no centre name either.
        centre = "" if plan.hide_logo else self._s.centre().name
        return case.id, plan, centre

    def _render(self, ref: str) -> tuple[str, bytes, int]:
        case_id, plan, centre = self._printable(ref)
        numbers = self.emergency_numbers()
        return (
            case_id,
            _plan_pdf(plan, centre, numbers),
            plan.version,
        )

    def print_document(self, ref: str) -> PrintDocument:
        """The latest plan for the printer (laid out in memory); audited as a print."""
        case_id, plan, centre = self._printable(ref)
        with self._s.work() as uow:
            uow.audit(AuditAction.PRINT, "safety_plan", case_id, f"version={plan.version}")
        # reportlab and the print layouts load only when something is printed: the
        # settings page reads the emergency numbers through this service at start.
        from kdm_desktop.reports.printing import safety_plan_document

        return safety_plan_document(plan, centre, self.emergency_numbers())

    def render_pdf(self, ref: str) -> bytes:
        """The latest plan as PDF bytes, built in memory; audited as a print."""
        case_id, data, version = self._render(ref)
        with self._s.work() as uow:
            uow.audit(AuditAction.PRINT, "safety_plan", case_id, f"version={version}")
        return data

    def print_pdf(self, ref: str, path: Path) -> int:
        """Write the latest plan to `path` (atomically); returns the version printed."""
        case_id, data, version = self._render(ref)
        # The audit entry commits only if the file was written.
        with self._s.work() as uow:
            uow.audit(AuditAction.PRINT, "safety_plan", case_id, f"version={version}")
            write_user_file(path, data)
        return version


def _plan_pdf(plan: SafetyPlan, centre: str, numbers: Sequence[EmergencyNumber]) -> bytes:
    from kdm_desktop.reports.safety_plan_pdf import render_safety_plan

    return render_safety_plan(plan, centre_name=centre, numbers=numbers)
