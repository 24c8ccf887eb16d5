"""Staff accounts: add, list, change password, remove (with a rekey)."""

from __future__ import annotations

import contextlib
import secrets
import uuid
from dataclasses import dataclass

from kdm_desktop.domain.accounts import validate_password, validate_username
from kdm_desktop.errors import RefusedInput, ValidationError
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.kdf import policy_params
from kdm_desktop.security.keyslots import MASTER_KEY_BYTES, SlotUnlockFailed, UnlockedSlot
from kdm_desktop.security.roles import ROLE_LABELS_TR, Permission, Role, parse_role
from kdm_desktop.security.throttle import LoginThrottle, attempt_guarded
from kdm_desktop.services import removals
from kdm_desktop.services.casefile import Session, login_refusal
from kdm_desktop.storage.users_repo import UserRepository, UserRow


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: str

    @property
    def role_label(self) -> str:
        return ROLE_LABELS_TR[self.role]

    def as_dict(self) -> dict[str, object]:
        return {
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role.value,
            "role_label": self.role_label,
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
        raise ValidationError(
            "input.role", field="role", role=value, roles=", ".join(r.value for r in Role)
        ) from None


class UserService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self) -> list[UserInfo]:
        # Every role may see who the colleagues are, for assigning cases and rooms.
        return [_info(r) for r in UserRepository(self._s.db.conn).all()]

    def add(
        self, username: str, password: str, role: str | Role, display_name: str = ""
    ) -> UserInfo:
        self._s.require(Permission.MANAGE_USERS)
        name = validate_username(username)
        validate_password(password)
        role = to_role(role)
        repo = UserRepository(self._s.db.conn)
        if repo.by_username(name) is not None or self._s.slots.password_slot(name) is not None:
            raise ValidationError("input.user_exists", field="username", user=name)
        row = UserRow(
            str(uuid.uuid4()),
            name,
            display_name.strip() or name,
            role.value,
            True,
            self._s.timestamp(),
        )
        # The slot is written after the row commits; a crash in between leaves a
        # user without a slot, who simply cannot log in until an admin sets a password.
        with self._s.db.transaction() as conn:
            UserRepository(conn).add(row)
            self._s.audit(AuditAction.CREATE, "user", name, detail=role.value)
        self._s.slots.add_password_slot(name, password, self._s.master_key, policy_params())
        self._s.slots.save(self._s.paths.keyslots)
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
        self._s.slots.save(self._s.paths.keyslots)
        with self._s.db.transaction():
            self._s.audit(AuditAction.CHANGE, "user", name, detail="password_changed")

    def reset_password(self, username: str, new_password: str) -> None:
        """An administrator gives a colleague a new password (their old slot is replaced)."""
        self._s.require(Permission.MANAGE_USERS)
        validate_password(new_password)
        name = username.strip().lower()
        if UserRepository(self._s.db.conn).by_username(name) is None:
            raise ValidationError("input.user_unknown", field="username", user=name)
        self._s.slots.set_password_for(name, new_password, self._s.master_key, policy_params())
        self._s.slots.save(self._s.paths.keyslots)
        with self._s.db.transaction():
            self._s.audit(AuditAction.CHANGE, "user", name, detail="password_reset")

    def set_role(self, username: str, role: str | Role) -> None:
        self._s.require(Permission.MANAGE_USERS)
        role = to_role(role)
        name = username.strip().lower()
        if name == self._s.user.username:
            # The open session would keep its old rights until the next login.
            raise RefusedInput("input.change_own_role")
        repo = UserRepository(self._s.db.conn)
        row = repo.by_username(name)
        if row is None:
            raise ValidationError("input.user_unknown", field="username", user=name)
        if (
            row.role == Role.ADMIN
            and role != Role.ADMIN
            and repo.count_active_with_role(Role.ADMIN) <= 1
        ):
            raise RefusedInput("input.last_admin")
        with self._s.db.transaction() as conn:
            UserRepository(conn).set_role(name, role.value)
            self._s.audit(AuditAction.CHANGE, "user", name, detail=f"role={role.value}")

    def remove(self, username: str) -> None:
        """Remove the user's slot and rekey, so a copied old slot opens nothing new."""
        self._s.require(Permission.MANAGE_USERS)
        name = username.strip().lower()
        if name == self._s.user.username:
            raise RefusedInput("input.remove_self")
        repo = UserRepository(self._s.db.conn)
        row = repo.by_username(name)
        if row is None:
            raise ValidationError("input.user_unknown", field="username", user=name)
        if row.role == Role.ADMIN and repo.count_active_with_role(Role.ADMIN) <= 1:
            raise RefusedInput("input.last_admin")
        slot = self._s.slots.password_slot(name)
        with self._s.db.transaction() as conn:
            UserRepository(conn).delete(name)
            if slot is not None:
                # So that restoring an older backup cannot bring her slot back.
                removals.record(conn, name, slot.public_key, self._s.timestamp())
            self._s.audit(AuditAction.DELETE, "user", name)
        self._rekey_without(name)

    def _rekey_without(self, name: str) -> None:
        paths = self._s.paths
        slots = self._s.slots
        new_key = secrets.token_bytes(MASTER_KEY_BYTES)
        slots.remove_user(name)
        # 1. every remaining slot learns the next key before the database changes;
        slots.stage_next_master(new_key)
        slots.save(paths.keyslots)
        # 2. an encrypted safety copy, in case the rekey dies half-way;
        safety = paths.database.with_name(paths.database.name + ".pre-rekey")
        with contextlib.suppress(FileNotFoundError):
            safety.unlink()
        self._s.db.backup_to(safety, self._s.master_key)
        # 3. the rekey itself, then the slots forget the old key.
        self._s.db.rekey(new_key)
        slots.commit_next_master()
        slots.save(paths.keyslots)
        self._s._replace_master_key(new_key)
        safety.unlink()


def users(session: Session) -> UserService:
    return UserService(session)
