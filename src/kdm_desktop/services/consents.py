"""KVKK consents of a case: record, withdraw, and the check every sharing path calls.

`require_consent` is the single gate: letters, exports and transfers call it
before anything leaves the case file, and it refuses with a message that names
the case number and the missing consent.
"""

from __future__ import annotations

import datetime
import uuid

from kdm_desktop import messages
from kdm_desktop.domain.cases.choices import ConsentPurpose, RecipientKind
from kdm_desktop.domain.cases.consent import (
    ConsentRecord,
    MissingConsent,
    missing_consent,
    purpose_label,
)
from kdm_desktop.domain.cases.validation import check_date
from kdm_desktop.domain.rules import Day, Problems, ValidationErrors
from kdm_desktop.errors import RefusedInput
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import resolve_case, today
from kdm_desktop.services.session import Session


def _check_recipient(purpose: ConsentPurpose, recipient_kind: RecipientKind | None) -> None:
    if (purpose == ConsentPurpose.SHARE_WITH_INSTITUTION) != (recipient_kind is not None):
        raise ValidationErrors.one("recipient_kind", "consent.recipient")


class ConsentService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def for_case(self, ref: str) -> list[ConsentRecord]:
        """All consents of the case, withdrawn ones included (shown struck through)."""
        self._s.require(Permission.VIEW_CASES)
        case = resolve_case(self._s, ref)
        records = self._s.reading().consents.for_case(case.id)
        with self._s.work() as uow:
            uow.audit(AuditAction.VIEW, "case_consents", case.id)
        return records

    def record(
        self,
        ref: str,
        purpose: ConsentPurpose,
        granted_on: datetime.date,
        recipient_kind: RecipientKind | None = None,
    ) -> ConsentRecord:
        self._s.require(Permission.EDIT_CASES)
        _check_recipient(purpose, recipient_kind)
        case = resolve_case(self._s, ref)
        problems = Problems()
        check_date(
            problems, "granted_on", messages.text("case.consent.date"), granted_on, today(self._s)
        )
        problems.raise_if_any()
        repo = self._s.reading().consents
        if any(
            r.active and r.purpose == purpose and r.recipient_kind == recipient_kind
            for r in repo.for_case(case.id)
        ):
            raise ValidationErrors.one(
                "purpose",
                "consent.already_active",
                case_number=case.case_number,
                purpose=purpose_label(purpose, recipient_kind),
            )
        rec = ConsentRecord(
            id=str(uuid.uuid4()),
            case_id=case.id,
            purpose=purpose,
            recipient_kind=recipient_kind,
            granted_on=granted_on,
            recorded_by=self._s.user.username,
            recorded_at=self._s.timestamp(),
        )
        with self._s.work() as uow:
            uow.consents.add(rec)
            uow.audit(AuditAction.CREATE, "case_consent", rec.id, f"case={case.id}")
        return rec

    def withdraw(self, consent_id: str, withdrawn_on: datetime.date) -> ConsentRecord:
        """Record that she withdrew a consent; from then on it covers nothing."""
        self._s.require(Permission.EDIT_CASES)
        repo = self._s.reading().consents
        rec = repo.by_id(consent_id.strip())
        if rec is None or not rec.active:
            raise ValidationErrors.one("consent", "consent.not_found", ref=consent_id.strip())
        problems = Problems()
        check_date(
            problems,
            "withdrawn_on",
            messages.text("field.consent_withdrawn_on"),
            withdrawn_on,
            today(self._s),
        )
        problems.raise_if_any()
        if withdrawn_on < rec.granted_on:
            raise ValidationErrors.one(
                "withdrawn_on",
                "consent.withdrawn_before_granted",
                granted=Day(rec.granted_on, weekday=False),
            )
        now = self._s.timestamp()
        user = self._s.user.username
        with self._s.work() as uow:
            uow.consents.withdraw(rec.id, withdrawn_on, user, now)
            uow.audit(AuditAction.CHANGE, "case_consent", rec.id, f"withdrawn case={rec.case_id}")
        updated = repo.by_id(rec.id)
        assert updated is not None
        return updated

    def missing(
        self, ref: str, purpose: ConsentPurpose, recipient_kind: RecipientKind | None = None
    ) -> MissingConsent | None:
        """What consent is missing for this use (None: covered). For enabling buttons."""
        self._s.require(Permission.VIEW_CASES)
        _check_recipient(purpose, recipient_kind)
        case = resolve_case(self._s, ref)
        records = self._s.reading().consents.for_case(case.id)
        return missing_consent(records, purpose, recipient_kind)

    def require_consent(
        self, case_id: str, purpose: ConsentPurpose, recipient_kind: RecipientKind | None = None
    ) -> None:
        """Raise `RefusedInput` naming the case number and the missing consent, unless
        the consents in force cover this use. Sharing also needs processing consent."""
        self._s.require(Permission.VIEW_CASES)
        _check_recipient(purpose, recipient_kind)
        case = resolve_case(self._s, case_id)
        records = self._s.reading().consents.for_case(case.id)
        gap = missing_consent(records, purpose, recipient_kind)
        if gap is None:
            return
        if gap.withdrawn_on is not None:
            raise RefusedInput(
                "consent.withdrawn",
                case_number=case.case_number,
                purpose=gap.label,
                date=Day(gap.withdrawn_on, weekday=False),
            )
        raise RefusedInput("consent.missing", case_number=case.case_number, purpose=gap.label)
