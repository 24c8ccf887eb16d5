"""Roles and what each may do. The service layer checks these on every call."""

from __future__ import annotations

from enum import StrEnum

from kdm_desktop import messages


class Role(StrEnum):
    ADMIN = "yonetici"
    SOCIAL_WORKER = "sosyal_calismaci"
    PSYCHOLOGIST = "psikolog"
    LAWYER = "avukat"
    SECRETARY = "sekreter"


# The Turkish role names (letters and account lists); the names live in the catalogue
# (catalogue/desk.py, tr + en) with the audit log's role values.
ROLE_LABELS_TR: dict[Role, str] = {
    role: messages.CATALOGUE[f"audit.value.role.{role.value}"]["tr"] for role in Role
}


def role_name(role: Role) -> str:
    """The role's name in the language of the moment ("Psikolog" / "Psychologist")."""
    return messages.text(f"audit.value.role.{role.value}")


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    MANAGE_CENTRE = "manage_centre"
    VIEW_AUDIT = "view_audit"
    VIEW_CASES = "view_cases"
    EDIT_CASES = "edit_cases"
    VIEW_PSYCH_NOTES = "view_psych_notes"
    VIEW_CALENDAR = "view_calendar"
    EDIT_CALENDAR = "edit_calendar"
    EXPORT = "export"
    IMPORT = "import"
    PRINT = "print"
    BACKUP = "backup"
    MANAGE_TRUST = "manage_trust"
    # KVKK retention: policy periods, legal holds, destruction runs and their records.
    MANAGE_RETENTION = "manage_retention"
    # Replacing the live case file with a backup: it can undo work, so admins only.
    RESTORE = "restore"


_CASEWORK = frozenset(
    {
        Permission.VIEW_CASES,
        Permission.EDIT_CASES,
        Permission.VIEW_CALENDAR,
        Permission.EDIT_CALENDAR,
        Permission.EXPORT,
        Permission.IMPORT,
        Permission.PRINT,
        Permission.BACKUP,
    }
)

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission) - {Permission.VIEW_PSYCH_NOTES},
    Role.SOCIAL_WORKER: _CASEWORK,
    Role.PSYCHOLOGIST: _CASEWORK | {Permission.VIEW_PSYCH_NOTES},
    Role.LAWYER: _CASEWORK,
    # The secretary runs the calendar and sees no case content.
    Role.SECRETARY: frozenset(
        {Permission.VIEW_CALENDAR, Permission.EDIT_CALENDAR, Permission.BACKUP}
    ),
}


def parse_role(value: str) -> Role:
    """Accept the stored value or the Turkish label, in any case."""
    from kdm_desktop.domain.turkish import fold_for_search

    folded = fold_for_search(value).replace(" ", "_")
    for role in Role:
        if folded in (role.value, fold_for_search(ROLE_LABELS_TR[role]).replace(" ", "_")):
            return role
    raise ValueError(value)


def allows(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]
