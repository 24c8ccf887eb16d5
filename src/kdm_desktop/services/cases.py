"""Case files: intake, change, status, assignment, the list, search and duplicates.

Every call checks the role first (the secretary has no case access), and every
view, creation, change and search writes an audit entry that names objects by
id only, never a person's name and never the search text.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from kdm_desktop import messages
from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason, NoteKind
from kdm_desktop.domain.cases.consent import ConsentGrant, ConsentRecord, validate_grant
from kdm_desktop.domain.cases.draft import (
    DRAFT_FIELDS,
    CaseDraft,
    changed_fields,
    clean_draft,
    draft_from_mapping,
)
from kdm_desktop.domain.cases.intake import Intake, check_assignee, parse_intake
from kdm_desktop.domain.cases.notes import validate_note_text
from kdm_desktop.domain.cases.numbering import format_case_number
from kdm_desktop.domain.cases.records import CaseRecord, CaseRef
from kdm_desktop.domain.cases.status import check_transition
from kdm_desktop.domain.cases.validation import MAX_MEDIUM, clean_text
from kdm_desktop.domain.rules import Problems
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import (
    staff_may_work_on_cases,
    staff_working_on_cases,
    today,
)
from kdm_desktop.storage.cases_repo import NewCase
from kdm_desktop.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    pass
from kdm_desktop.services.case_reading import MAX_DUPLICATES, SEARCH_LIMIT, CaseReader

__all__ = ["MAX_DUPLICATES", "SEARCH_LIMIT", "STATUS_FIELDS", "VERSIONED_FIELDS", "CaseService"]


# Fields outside the draft that also carry a version for field-by-field merging.
STATUS_FIELDS: Final = ("status", "closure_reason", "assigned_to")
VERSIONED_FIELDS: Final = (*DRAFT_FIELDS, *STATUS_FIELDS)


class CaseService(CaseReader):
    """Case use cases: intake, change, status and assignment; reading is in CaseReader."""

    # ----- intake -----

    def create(
        self,
        draft: CaseDraft,
        *,
        consent: ConsentGrant | None = None,
        assigned_to: str | None = None,
        no_consent_reason: str = "",
    ) -> CaseRef:
        """Validate and store a new case with its consents; raise `ValidationErrors`
        (every field's problem) and store nothing if anything is wrong.
        `no_consent_reason` (why it is kept without consent) becomes a case note."""
        self._s.require(Permission.EDIT_CASES)
        day = today(self._s)
        problems = Problems()
        cleaned = clean_draft(draft, day, problems)
        grant = consent or ConsentGrant()
        consent_problems = Problems(prefix="consent.")
        validate_grant(grant, day, consent_problems)
        problems.extend(consent_problems)
        assigned = check_assignee(problems, assigned_to, self._staff_ok)
        problems.raise_if_any()
        return self._insert(Intake(cleaned, grant, assigned, no_consent_reason))

    def parse_intake(self, data: Mapping[str, object]) -> Intake:
        """Read and validate the intake's loose values (the CLI's JSON file, see
        docs/cli.md) without storing anything; raise `ValidationErrors` with every
        problem. Use before `create_intake`, e.g. to check for duplicates first."""
        self._s.require(Permission.EDIT_CASES)
        return parse_intake(data, today(self._s), staff_ok=self._staff_ok)

    def create_intake(self, intake: Intake) -> CaseRef:
        return self.create(
            intake.draft,
            consent=intake.consent,
            assigned_to=intake.assigned_to,
            no_consent_reason=intake.no_consent_reason,
        )

    def create_from_mapping(self, data: Mapping[str, object]) -> CaseRef:
        return self.create_intake(self.parse_intake(data))

    def _staff_ok(self, username: str) -> bool:
        return staff_may_work_on_cases(self._s, username)

    def _insert(self, intake: Intake) -> CaseRef:
        draft = intake.draft
        assert draft.application_date is not None  # set by validation
        now = self._s.timestamp()
        user = self._s.user.username
        code = self._s.centre().code
        year = draft.application_date.year
        case_id = str(uuid.uuid4())
        with self._s.work() as uow:
            repo = uow.cases
            seq = repo.allocate_seq(code, year)
            number = format_case_number(code, year, seq)
            record = CaseRecord(
                id=case_id,
                case_number=number,
                status=CaseStatus.OPEN,
                closure_reason=None,
                closure_note="",
                assigned_to=intake.assigned_to,
                draft=draft,
                field_versions={},
                created_at=now,
                created_by=user,
                updated_at=now,
                updated_by=user,
            )
            repo.insert(NewCase(record, code, year, seq))
            repo.add_status_history(case_id, CaseStatus.OPEN, None, "", now, user)
            consents = uow.consents
            grant = intake.consent
            for purpose, kind in grant.purposes():
                assert grant.date is not None  # validated: a given consent has a date
                consents.add(
                    ConsentRecord(str(uuid.uuid4()), case_id, purpose, kind, grant.date, user, now)
                )
            uow.audit(AuditAction.CREATE, "case", case_id)
            reason = intake.no_consent_reason.strip()
            if reason and not grant.processing:
                # In the same transaction: the file never exists without its reason.
                notes = uow.notes
                note_id = str(uuid.uuid4())
                notes.add(note_id, case_id, NoteKind.GENERAL, now, user)
                notes.add_version(note_id, validate_note_text(reason), now, user)
                uow.audit(AuditAction.CREATE, "case_note", note_id, f"case={case_id}")
        return CaseRef(case_id, number)

    # ----- changes -----

    def update(self, ref: str, draft: CaseDraft) -> CaseRecord:
        """Replace the draft fields; only changed fields get a new version time."""
        self._s.require(Permission.EDIT_CASES)
        old = self._load(ref)
        problems = Problems()
        cleaned = clean_draft(draft, today(self._s), problems, stored_district=old.draft.district)
        problems.raise_if_any()
        return self._store_change(old, cleaned)

    def update_from_mapping(self, ref: str, data: Mapping[str, object]) -> CaseRecord:
        """Change only the keys given (same keys as intake, without consent/assignment)."""
        self._s.require(Permission.EDIT_CASES)
        old = self._load(ref)
        cleaned = draft_from_mapping(data, today(self._s), base=old.draft)
        return self._store_change(old, cleaned)

    def _store_change(self, old: CaseRecord, new_draft: CaseDraft) -> CaseRecord:
        changed = changed_fields(old.draft, new_draft)
        if not changed:
            return old
        now = self._s.timestamp()
        versions = dict(old.field_versions)
        versions.update(dict.fromkeys(changed, now))
        record = dataclasses.replace(
            old,
            draft=new_draft,
            field_versions=versions,
            updated_at=now,
            updated_by=self._s.user.username,
        )
        with self._s.work() as uow:
            uow.cases.update(record)
            # Field names, never values: the log holds no personal data.
            uow.audit(AuditAction.CHANGE, "case", old.id, "fields=" + ",".join(changed))
        return record

    def set_status(
        self,
        ref: str,
        status: CaseStatus,
        *,
        reason: ClosureReason | None = None,
        note: str = "",
    ) -> CaseRecord:
        """Move the file on (closing needs a reason); every change is a history row,
        so reopening keeps the closure it undid. Audited with the reason's code."""
        self._s.require(Permission.EDIT_CASES)
        old = self._load(ref)
        check_transition(old.status, status, reason)
        problems = Problems()
        note = clean_text(
            problems, "note", messages.text("field.description"), note, MAX_MEDIUM, multiline=True
        )
        problems.raise_if_any()
        with self._s.work() as uow:
            return self.store_status(uow, old, status, reason, note)

    def close(self, ref: str, reason: ClosureReason, note: str = "") -> CaseRecord:
        """Close the file for `reason` (goal reached, moved, transferred, …)."""
        return self.set_status(ref, CaseStatus.CLOSED, reason=reason, note=note)

    def reopen(self, ref: str, note: str = "") -> CaseRecord:
        """Reopen a closed file; the closure stays in its history."""
        return self.set_status(ref, CaseStatus.REOPENED, note=note)

    def store_status(
        self,
        uow: UnitOfWork,
        old: CaseRecord,
        status: CaseStatus,
        reason: ClosureReason | None,
        note: str,
        handed_to: tuple[str, str] | None = None,
    ) -> CaseRecord:
        """Write a checked status change inside the caller's unit of work `uow`
        (the transfer service closes handed-over files in the export's own)."""
        check_transition(old.status, status, reason)
        now = self._s.timestamp()
        user = self._s.user.username
        versions = dict(old.field_versions)
        versions.update(dict.fromkeys(("status", "closure_reason"), now))
        uow.cases.set_status(old.id, status, reason, note, versions, now, user, handed_to=handed_to)
        detail = f"status={status.value}"
        if reason is not None:
            detail += f" reason={reason.value}"
        if handed_to is not None:
            detail += f" centre={handed_to[0]}"
        uow.audit(AuditAction.CHANGE, "case", old.id, detail)
        return dataclasses.replace(
            old,
            status=status,
            closure_reason=reason,
            closure_note=note if status == CaseStatus.CLOSED else "",
            field_versions=versions,
            updated_at=now,
            updated_by=user,
        )

    def assign(self, ref: str, username: str | None) -> CaseRecord:
        """Give the case to a colleague (None: to nobody)."""
        self._s.require(Permission.EDIT_CASES)
        old = self._load(ref)
        problems = Problems()
        name = check_assignee(problems, username, self._staff_ok)
        problems.raise_if_any()
        if name == old.assigned_to:
            return old
        now = self._s.timestamp()
        user = self._s.user.username
        versions = dict(old.field_versions)
        versions["assigned_to"] = now
        with self._s.work() as uow:
            uow.cases.set_assigned(old.id, name, versions, now, user)
            uow.audit(AuditAction.CHANGE, "case", old.id, f"assigned_to={name or '-'}")
        return dataclasses.replace(
            old, assigned_to=name, field_versions=versions, updated_at=now, updated_by=user
        )

    def assignable_staff(self) -> list[tuple[str, str]]:
        """(username, display name) of colleagues a case can be given to."""
        self._s.require(Permission.VIEW_CASES)
        return staff_working_on_cases(self._s)
