"""Case notes. Session notes of a psychologist are for psychologists only; an edit
adds a version, so every earlier wording stays readable with who wrote it and when."""

from __future__ import annotations

import uuid

from kdm_desktop.domain.cases.choices import NoteKind
from kdm_desktop.domain.cases.notes import Note, NoteVersion, is_psych_note, validate_note_text
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import CaseNotFound, resolve_case
from kdm_desktop.services.session import Session


class NoteService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _require_kind(self, kind: NoteKind) -> None:
        if is_psych_note(kind):
            self._s.require(Permission.VIEW_PSYCH_NOTES)

    def _note_case(self, note_id: str) -> tuple[NoteKind, str]:
        found = self._s.reading().notes.kind_and_case(note_id.strip())
        if found is None:
            raise CaseNotFound("case.note_not_found", ref=note_id.strip())
        return found

    def add(self, ref: str, kind: NoteKind, text: str) -> Note:
        self._s.require(Permission.EDIT_CASES)
        self._require_kind(kind)
        case = resolve_case(self._s, ref)
        cleaned = validate_note_text(text)
        note_id = str(uuid.uuid4())
        now = self._s.timestamp()
        user = self._s.user.username
        with self._s.work() as uow:
            uow.notes.add(note_id, case.id, kind, now, user)
            version = uow.notes.add_version(note_id, cleaned, now, user)
            uow.audit(AuditAction.CREATE, "case_note", note_id, f"case={case.id}")
        return Note(note_id, case.id, kind, now, user, NoteVersion(version, cleaned, now, user), 1)

    def edit(self, note_id: str, text: str) -> Note:
        """A new version; the earlier ones are kept (the table refuses updates)."""
        self._s.require(Permission.EDIT_CASES)
        kind, case_id = self._note_case(note_id)
        self._require_kind(kind)
        cleaned = validate_note_text(text)
        now = self._s.timestamp()
        user = self._s.user.username
        with self._s.work() as uow:
            version = uow.notes.add_version(note_id.strip(), cleaned, now, user)
            uow.audit(AuditAction.CHANGE, "case_note", note_id.strip(), f"version={version}")
        notes = self._s.reading().notes.for_case(
            case_id, include_psych=self._s.can(Permission.VIEW_PSYCH_NOTES)
        )
        return next(n for n in notes if n.id == note_id.strip())

    def for_case(self, ref: str) -> list[Note]:
        """Current versions of the notes this reader may see."""
        self._s.require(Permission.VIEW_CASES)
        case = resolve_case(self._s, ref)
        notes = self._s.reading().notes.for_case(
            case.id, include_psych=self._s.can(Permission.VIEW_PSYCH_NOTES)
        )
        with self._s.work() as uow:
            uow.audit(AuditAction.VIEW, "case_notes", case.id)
        return notes

    def history(self, note_id: str) -> list[NoteVersion]:
        """Every version, oldest first, with who wrote it and when."""
        self._s.require(Permission.VIEW_CASES)
        kind, _case_id = self._note_case(note_id)
        self._require_kind(kind)
        versions = self._s.reading().notes.versions(note_id.strip())
        with self._s.work() as uow:
            uow.audit(AuditAction.VIEW, "case_note", note_id.strip(), "history")
        return versions
