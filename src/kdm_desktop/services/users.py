"""Staff accounts: add, list, change password, remove (with a rekey)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from kdm_desktop.domain.accounts import validate_password, validate_username
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.kdf import policy_params
from kdm_desktop.security.keyslots import SlotUnlockFailed, UnlockedSlot
from kdm_desktop.security.roles import ROLE_LABELS_TR, Permission, Role, parse_role, role_name
from kdm_desktop.security.throttle import LoginThrottle, attempt_guarded
from kdm_desktop.services import removals, role_keys, slot_rekey
from kdm_desktop.services.casefile import login_refusal
from kdm_desktop.services.session import Session
from kdm_desktop.services.slot_journal import TxnHook
from kdm_desktop.storage.users_repo import UserRow


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: str

    @property
    def role_label(self) -> str:
        """The role's name in the user's language (`--json` keeps the Turkish one)."""
        return role_name(self.role)

    def as_dict(self) -> dict[str, object]:
        return {
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role.value,
            "role_label": ROLE_LABELS_TR[self.role],
            "active": self.active,
            "created_at": self.created_at,
        }


def _info(row: UserRow) -> UserInfo:
    return UserInfo(row.username, row.display_name, Role(row.role), row.active, row.created_at)


def to_role(value: str | Role) -> Role:
    if isinstance(value, Role):
        return value
    try:
        return parse_role(value)
    except ValueError:
        raise ValidationErrors.one(
            "role", "input.role", role=value, roles=", ".join(r.value for r in Role)
        ) from None


class UserService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self) -> list[UserInfo]:
        # Every role may see who the colleagues are, for assigning cases and rooms.
        return [_info(r) for r in self._s.reading().users.all()]

    def add(
        self, username: str, password: str, role: str | Role, display_name: str = ""
    ) -> UserInfo:
        self._s.require(Permission.MANAGE_USERS)
        name = validate_username(username)
        validate_password(password)
        role = to_role(role)
        repo = self._s.reading().users
        if repo.by_username(name) is not None or self._s.slots.password_slot(name) is not None:
            raise ValidationErrors.one("username", "input.user_exists", user=name)
        row = UserRow(
            str(uuid.uuid4()),
            name,
            display_name.strip() or name,
            role.value,
            True,
            self._s.timestamp(),
        )
        # The row commits with the slot file's pending binding; a crash before the
        # file lands leaves a user without a slot, who cannot log in until an admin
        # sets her password. A slot without a row (a ghost) cannot arise this way.
        self._s.slots.add_password_slot(name, password, self._s.master_key, policy_params())

        def add_row(_txn: object) -> None:
            # Runs inside the slot file's pending transaction: this unit joins it.
            with self._s.work() as uow:
                uow.users.add(row)
                uow.audit(AuditAction.CREATE, "user", name, detail=role.value)

        self._s.save_slots(with_change=add_row)
        role_keys.reconcile(self._s)
        return _info(row)

    def change_own_password(self, current_password: str, new_password: str) -> None:
        """Rewrap the user's own slot. The database is not touched."""
        validate_password(new_password)
        name = self._s.user.username
        slot = self._s.slots.password_slot(name)

        def attempt() -> UnlockedSlot:
            if slot is None:
                raise SlotUnlockFailed
            return self._s.slots.unlock(slot, current_password.encode("utf-8"))

        # The current password is checked through the login throttle: an open
        # window left unattended must not become a fast password oracle.
        throttle = LoginThrottle(self._s.paths.login_state)
        unlocked = attempt_guarded(throttle, name, attempt, SlotUnlockFailed, login_refusal)
        self._s.slots.replace_password(unlocked, new_password, policy_params())
        # The audit entry commits only once the new slot file is on disk and bound.
        self._s.save_slots(
            on_confirm=lambda _txn: self._audit_in_open_transaction(
                AuditAction.CHANGE, "user", name, "password_changed"
            )
        )

    def reset_password(self, username: str, new_password: str) -> None:
        """An administrator gives a colleague a new password (their old slot is replaced)."""
        self._s.require(Permission.MANAGE_USERS)
        validate_password(new_password)
        name = username.strip().lower()
        if self._s.reading().users.by_username(name) is None:
            raise ValidationErrors.one("username", "input.user_unknown", user=name)
        self._s.slots.set_password_for(name, new_password, self._s.master_key, policy_params())
        # The audit entry commits only once the new slot file is on disk and bound.
        self._s.save_slots(
            on_confirm=lambda _txn: self._audit_in_open_transaction(
                AuditAction.CHANGE, "user", name, "password_reset"
            )
        )
        # Her new slot holds no role key; a colleague holding it grants it again.
        role_keys.reconcile(self._s)

    def set_role(self, username: str, role: str | Role) -> None:
        self._s.require(Permission.MANAGE_USERS)
        role = to_role(role)
        name = username.strip().lower()
        if name == self._s.user.username:
            # The open session would keep its old rights until the next login.
            raise RefusedInput("input.change_own_role")
        repo = self._s.reading().users
        row = repo.by_username(name)
        if row is None:
            raise ValidationErrors.one("username", "input.user_unknown", user=name)
        if (
            row.role == Role.ADMIN
            and role != Role.ADMIN
            and repo.count_active_with_role(Role.ADMIN) <= 1
        ):
            raise RefusedInput("input.last_admin")
        with self._s.work() as uow:
            uow.users.set_role(name, role.value)
            uow.audit(AuditAction.CHANGE, "user", name, detail=f"role={role.value}")
        # Moving out of a reading role rotates the role key; moving in is granted
        # by the next session that holds it (services/role_keys.py).
        role_keys.reconcile(self._s)

    def remove(self, username: str) -> None:
        """Remove the user's slot and rekey, so a copied old slot opens nothing new."""
        self._s.require(Permission.MANAGE_USERS)
        name = username.strip().lower()
        if name == self._s.user.username:
            raise RefusedInput("input.remove_self")
        repo = self._s.reading().users
        row = repo.by_username(name)
        if row is None:
            raise ValidationErrors.one("username", "input.user_unknown", user=name)
        if row.role == Role.ADMIN and repo.count_active_with_role(Role.ADMIN) <= 1:
            raise RefusedInput("input.last_admin")
        slot = self._s.slots.password_slot(name)

        def delete_row(_txn: object) -> None:
            # Runs inside the rekey journal's transaction: this unit joins it.
            with self._s.work() as uow:
                uow.users.delete(name)
                # Her unsaved drafts hold case data only she could reopen: they go too.
                uow.drafts.delete_for_user(name)
                if slot is not None:
                    # So that restoring an older backup cannot bring her slot back.
                    removals.record(uow, name, slot.public_key, self._s.timestamp())
                uow.audit(AuditAction.DELETE, "user", name)

        self._rekey(remove_user=name, with_change=delete_row)

    def rekey(self) -> None:
        """Move the case file to a new master key (after a password may have leaked)."""
        self._s.require(Permission.MANAGE_USERS)
        self._rekey(
            remove_user=None,
            with_change=lambda _txn: self._audit_in_open_transaction(
                AuditAction.CHANGE, "casefile", self._s.casefile_id, "rekey"
            ),
        )

    def _audit_in_open_transaction(
        self, action: AuditAction, object_type: str, object_id: str, detail: str
    ) -> None:
        # A slot-journal hook: the unit of work joins the journal's open transaction.
        with self._s.work() as uow:
            uow.audit(action, object_type, object_id, detail)

    def _rekey(self, *, remove_user: str | None, with_change: TxnHook) -> None:
        """Journaled, roll-forward rekey (services/slot_rekey.py).

        Once the journal entry commits (with the row's deletion), a failure later on
        is reported as "started, finished at the next open", never as "nothing done".
        """
        try:
            new_key = self._s.rekey_slots(remove_user=remove_user, with_change=with_change)
        except slot_rekey.RekeyInterrupted as exc:
            # The connection may be half-way through a failed rekey: close it, so the
            # next open (which rolls the rekey forward) starts from the files.
            self._s.close()
            cause = exc.cause
            detail = cause.message if isinstance(cause, KdmError) else _os_detail(cause)
            if remove_user:
                key = "keys.removal_unconfirmed" if exc.rekeyed else "keys.removal_unfinished"
                raise KdmError(key, user=remove_user, detail=detail) from cause
            key = "keys.rekey_unconfirmed" if exc.rekeyed else "keys.rekey_unfinished"
            raise KdmError(key, detail=detail) from cause
        self._s._replace_master_key(new_key)


def _os_detail(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return type(exc).__name__


def users(session: Session) -> UserService:
    return UserService(session)
