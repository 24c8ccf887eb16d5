"""A psychologist confirms (or declines) giving the session-notes key to a colleague.

The users table alone never gives anyone the psychologists' role key (see
services/role_endorse.py): a new psychologist, a role change into the role or a
reset password leaves her *pending* until a colleague who holds the key confirms
her here — in the window's prompt after login, or with `kdm user confirm-key`.
Every confirmation and refusal is audited.
"""

from __future__ import annotations

from dataclasses import dataclass

from kdm_desktop.errors import KdmError, PermissionDenied, RefusedInput
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.role_readers import ReadersTampered
from kdm_desktop.security.roles import Permission, Role, role_name
from kdm_desktop.services import role_endorse, role_keys
from kdm_desktop.services.session import Session


@dataclass(frozen=True)
class PendingGrant:
    username: str
    display_name: str
    role: Role

    def as_dict(self) -> dict[str, str]:
        return {
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role.value,
        }

    @property
    def role_label(self) -> str:
        return role_name(self.role)


class RoleGrantService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def pending(self) -> list[PendingGrant]:
        """Colleagues the users table calls psychologists whose slot lacks the key."""
        if not (self._s.can(Permission.VIEW_PSYCH_NOTES) or self._s.can(Permission.MANAGE_USERS)):
            self._s.require(Permission.VIEW_PSYCH_NOTES)
        waiting = set(self._s.reading().role_keys(role_keys.ROLE).pending_grants())
        rows = {r.username: r for r in self._s.reading().users.all()}
        return [
            PendingGrant(name, rows[name].display_name, Role(rows[name].role))
            for name in sorted(waiting)
            if name in rows
        ]

    def can_confirm(self) -> bool:
        """This session's user reads the notes and her slot holds the current key."""
        if not self._s.can(Permission.VIEW_PSYCH_NOTES):
            return False
        public = self._s.reading().role_keys(role_keys.ROLE).public_key()
        if public is None:
            return False
        from kdm_desktop.security.rolefields import key_id

        return key_id(public) in role_keys.held_keys(self._s.role_keys)

    @property
    def tampered(self) -> bool:
        """This login found the list of readers edited without the key."""
        return role_endorse.TAMPERED in self._s.notices

    def confirm(self, username: str) -> None:
        name = self._check(username)
        try:
            role_keys.grant(self._s, name)
        except ReadersTampered:
            raise KdmError(role_endorse.TAMPERED) from None

    def decline(self, username: str) -> None:
        """Not given; she is not asked about again until her slot changes."""
        name = self._check(username)
        public = role_endorse.slot_public(self._s, name)
        assert public is not None
        with self._s.work() as uow:
            repo = uow.role_keys(role_keys.ROLE)
            repo.set_declined({**repo.declined(), name: public.hex()})
            repo.set_pending_grants(repo.pending_grants() - {name})
            uow.audit(AuditAction.CHANGE, "role_key", name, "role_key_declined")

    def _check(self, username: str) -> str:
        if not self.can_confirm():
            with self._s.work() as uow:
                uow.audit(AuditAction.CHANGE, "role_key", username, "role_key_confirm_refused")
            raise PermissionDenied("rolegrant.not_holder")
        name = username.strip().lower()
        if name not in {p.username for p in self.pending()}:
            raise RefusedInput("rolegrant.not_pending", user=name)
        return name
