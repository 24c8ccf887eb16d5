"""Drafts of unsaved editors, kept inside the encrypted case file.

Each user sees only her own drafts: every call is scoped to the logged-in user,
and no method takes another user's name. Saving needs the permission the editor
itself needs, so a role that cannot write a note cannot leave a note draft.

Draft saves are not audit entries: they happen every second or two while she
types, on a case she already opened (and that opening was audited). The editor a
restored draft reopens goes through its own service, which audits the access.
"""

from __future__ import annotations

from kdm_desktop.domain.drafts import (
    MAX_OBJECT_ID,
    NEW,
    Draft,
    DraftKind,
    decode_content,
    encode_content,
)
from kdm_desktop.errors import RefusedInput
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.storage.drafts_repo import DraftRow

_NEEDS: dict[DraftKind, Permission] = {
    DraftKind.INTAKE: Permission.EDIT_CASES,
    DraftKind.CASE_EDIT: Permission.EDIT_CASES,
    DraftKind.NOTE: Permission.EDIT_CASES,
    DraftKind.RISK: Permission.EDIT_CASES,
    DraftKind.SAFETY_PLAN: Permission.EDIT_CASES,
    DraftKind.PERPETRATOR: Permission.EDIT_CASES,
    DraftKind.ORDER: Permission.EDIT_CASES,
    DraftKind.LETTER: Permission.VIEW_CASES,
    DraftKind.APPOINTMENT: Permission.EDIT_CALENDAR,
}


class DraftService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _me(self) -> str:
        return self._s.user.username

    def _check_key(self, kind: DraftKind, object_id: str) -> str:
        self._s.require(_NEEDS[kind])
        oid = object_id.strip()
        if not oid or len(oid) > MAX_OBJECT_ID:
            raise RefusedInput("drafts.bad_object")
        if kind.case_bound:
            if self._s.reading().cases.case_number_of(oid) is None:
                raise RefusedInput("drafts.bad_object")
        elif oid != NEW:
            raise RefusedInput("drafts.bad_object")
        return oid

    def save(self, kind: DraftKind, object_id: str, content: dict[str, object]) -> None:
        """Store (or replace) this user's draft of one editor."""
        oid = self._check_key(kind, object_id)
        text = encode_content(content)
        if text is None:
            raise RefusedInput("drafts.too_large")
        # A psychologist's note draft may be a session note: sealed to the role key
        # as the saved note will be, so another role's key does not read it.
        sealed = kind is DraftKind.NOTE and self._s.can(Permission.VIEW_PSYCH_NOTES)
        with self._s.work() as uow:
            uow.drafts.put(self._me, kind.value, oid, text, self._s.timestamp(), sealed=sealed)

    def get(self, kind: DraftKind, object_id: str) -> Draft | None:
        oid = self._check_key(kind, object_id)
        row = self._s.reading().drafts.get(self._me, kind.value, oid)
        return None if row is None else self._draft(row)

    def discard(self, kind: DraftKind, object_id: str) -> bool:
        """Remove this user's draft (the editor saved, or she chose to throw it away)."""
        self._s.require(_NEEDS[kind])
        with self._s.work() as uow:
            return uow.drafts.delete(self._me, kind.value, object_id.strip())

    def mine(self) -> list[Draft]:
        """This user's drafts she may still reopen, newest first.

        A draft whose case is gone, or whose editor her role no longer allows,
        is left out (and one that no longer reads is dropped).
        """
        out: list[Draft] = []
        for row in self._s.reading().drafts.for_user(self._me):
            try:
                kind = DraftKind(row.kind)
            except ValueError:
                continue
            if not self._s.can(_NEEDS[kind]):
                continue
            draft = self._draft(row)
            if draft is None or (kind.case_bound and not draft.case_number):
                continue
            out.append(draft)
        return out

    def _draft(self, row: DraftRow) -> Draft | None:
        content = decode_content(row.content)
        if content is None:
            return None
        kind = DraftKind(row.kind)
        number = ""
        if kind.case_bound:
            number = self._s.reading().cases.case_number_of(row.object_id) or ""
        return Draft(kind, row.object_id, content, row.updated_at, number)


__all__ = ["NEW", "Draft", "DraftKind", "DraftService"]
