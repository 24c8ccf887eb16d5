"""Display names for the core's enums in the window's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kdm_desktop.domain.audit_words import detail_words, object_words
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Role


def role_label(role: Role | str) -> str:
    labels = {
        Role.ADMIN: QCoreApplication.translate("Labels", "Administrator"),
        Role.SOCIAL_WORKER: QCoreApplication.translate("Labels", "Social worker"),
        Role.PSYCHOLOGIST: QCoreApplication.translate("Labels", "Psychologist"),
        Role.LAWYER: QCoreApplication.translate("Labels", "Lawyer"),
        Role.SECRETARY: QCoreApplication.translate("Labels", "Secretary"),
    }
    try:
        return labels[Role(role)]
    except ValueError:
        return str(role)


def action_label(action: str) -> str:
    labels = {
        AuditAction.VIEW: QCoreApplication.translate("Labels", "Viewed"),
        AuditAction.CREATE: QCoreApplication.translate("Labels", "Created"),
        AuditAction.CHANGE: QCoreApplication.translate("Labels", "Changed"),
        AuditAction.DELETE: QCoreApplication.translate("Labels", "Deleted"),
        AuditAction.EXPORT: QCoreApplication.translate("Labels", "Exported"),
        AuditAction.PRINT: QCoreApplication.translate("Labels", "Printed"),
        AuditAction.IMPORT: QCoreApplication.translate("Labels", "Imported"),
        AuditAction.LOGIN: QCoreApplication.translate("Labels", "Logged in"),
        AuditAction.LOGIN_RECOVERY: QCoreApplication.translate(
            "Labels", "Logged in with the recovery key"
        ),
        AuditAction.SEARCH: QCoreApplication.translate("Labels", "Searched"),
        AuditAction.BACKUP: QCoreApplication.translate("Labels", "Backed up"),
        AuditAction.RESTORE: QCoreApplication.translate("Labels", "Restored"),
        AuditAction.LOGIN_FAILED: QCoreApplication.translate("Labels", "Failed login attempts"),
        AuditAction.LOCKOUT: QCoreApplication.translate("Labels", "Locked out after failed logins"),
    }
    try:
        return labels[AuditAction(action)]
    except ValueError:
        return action


def object_label(object_type: str) -> str:
    """What an audit entry is about, in words ("Yazı şablonu", not `letter_template`)."""
    return object_words(object_type)


def detail_label(
    object_type: str, detail: str, case_number: Callable[[str], str] = lambda c: c
) -> str:
    """The audit detail in words where the core stores a machine value."""
    if not detail:
        return detail
    if object_type == "user":
        if detail == "password_reset":
            return QCoreApplication.translate("Labels", "Password reset")
        if detail == "password_changed":
            return QCoreApplication.translate("Labels", "Changed own password")
        if detail == "removal_reapplied_on_restore":
            return QCoreApplication.translate(
                "Labels", "Removed again: the restored backup was older than her removal"
            )
        fields = dict(part.split("=", 1) for part in detail.split(";") if "=" in part)
        if "attempts" in fields:
            return QCoreApplication.translate("Labels", "{count} failed attempt(s)").format(
                count=fields["attempts"]
            )
        if "lockouts" in fields:
            return QCoreApplication.translate("Labels", "{count} lockout(s)").format(
                count=fields["lockouts"]
            )
        value = detail.removeprefix("role=")
        if value in {r.value for r in Role}:
            return QCoreApplication.translate("Labels", "Role: {role}").format(
                role=role_label(value)
            )
    return detail_words(detail, case_number)
