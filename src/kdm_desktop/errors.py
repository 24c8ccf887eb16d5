"""The error types the core raises, each with its command-line exit code.

Every error a user can cause carries a message key from `messages`, so the CLI and
the window show the same Turkish sentence and never a traceback.
"""

from __future__ import annotations

from typing import ClassVar

from kdm_desktop import messages

# Messages whose {detail} is a short diagnostic written by the code that found the
# damage ("manifest", "password slot KDF out of bounds"): shown translated when
# the catalogue has it, as a neutral phrase in Turkish otherwise.
_DIAGNOSTIC_KEYS = frozenset({"keys.damaged", "backup.damaged"})


def diagnostic(detail: str) -> str:
    key = f"diagnostic.{detail}"
    if key in messages.CATALOGUE:
        return messages.text(key)
    if messages.language() == "tr":
        return messages.text("diagnostic.other")
    return detail


class KdmError(Exception):
    """An expected failure with a user-facing message. Exit code 1."""

    exit_code: ClassVar[int] = 1

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    @property
    def message(self) -> str:
        params = self.params
        if self.key in _DIAGNOSTIC_KEYS and "detail" in params:
            params = {**params, "detail": diagnostic(str(params["detail"]))}
        return messages.text(self.key, **params)

    def __str__(self) -> str:
        return self.message


class UsageError(KdmError):
    exit_code = 2


class AuthenticationError(KdmError):
    """Wrong password, unknown user, lockout, missing permission to log in. Exit code 3."""

    exit_code = 3


class PermissionDenied(KdmError):
    """The logged-in user's role does not allow the action. Exit code 3."""

    exit_code = 3

    @property
    def message(self) -> str:
        # `action` is a permission's stable identifier; people read its description.
        from kdm_desktop.labels import permission_label

        params = dict(self.params)
        if isinstance(params.get("action"), str):
            params["action"] = permission_label(str(params["action"]))
        return messages.text(self.key, **params)


class RefusedInput(KdmError):
    """Invalid record, tampered or unverifiable file. Exit code 4.

    Input refused because of what is in its fields is `domain.rules.ValidationErrors`
    (one problem or several), so a form can mark each field."""

    exit_code = 4
