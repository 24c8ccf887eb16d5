"""The services log of a case: psychological, social, legal, shelter, economic, employment."""

from __future__ import annotations

import uuid

from kdm_desktop import messages
from kdm_desktop.domain.cases.service_log import (
    ServiceEntry,
    ServiceEntryDraft,
    validate_service_entry,
)
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import resolve_case, staff_may_work_on_cases, today
from kdm_desktop.services.session import Session


class ServiceLogService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, ref: str, entry: ServiceEntryDraft) -> ServiceEntry:
        self._s.require(Permission.EDIT_CASES)
        case = resolve_case(self._s, ref)
        cleaned = validate_service_entry(entry, today(self._s))
        if not staff_may_work_on_cases(self._s, cleaned.staff):
            raise ValidationErrors.one(
                "staff",
                "input.case.staff_unknown",
                label=messages.text("field.service_staff"),
                user=cleaned.staff,
            )
        saved = ServiceEntry(
            id=str(uuid.uuid4()),
            case_id=case.id,
            kind=cleaned.kind,
            date=cleaned.date,
            staff=cleaned.staff,
            duration_minutes=cleaned.duration_minutes,
            note=cleaned.note,
            note_hidden=False,
            created_at=self._s.timestamp(),
            created_by=self._s.user.username,
        )
        with self._s.work() as uow:
            uow.service_log.add_many([saved])
            uow.audit(AuditAction.CREATE, "case_service", saved.id, f"case={case.id}")
        return saved

    def for_case(self, ref: str) -> list[ServiceEntry]:
        """Entries by date; a psychological service's note only for psychologists."""
        self._s.require(Permission.VIEW_CASES)
        case = resolve_case(self._s, ref)
        stored = self._s.reading()
        entries = stored.service_log.for_case(
            case.id,
            include_psych_notes=self._s.can(Permission.VIEW_PSYCH_NOTES) and stored.can_read_sealed,
        )
        with self._s.work() as uow:
            uow.audit(AuditAction.VIEW, "case_services", case.id)
        return entries
