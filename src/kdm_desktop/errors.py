"""The error types the core raises, each with its command-line exit code.

Every error a user can cause carries a message key from `messages`, so the CLI and
the window show the same Turkish sentence and never a traceback.
"""

from __future__ import annotations

from typing import ClassVar

from kdm_desktop import messages


class KdmError(Exception):
    """An expected failure with a user-facing message. Exit code 1."""

    exit_code: ClassVar[int] = 1

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    @property
    def message(self) -> str:
        return messages.text(self.key, **self.params)

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


class RefusedInput(KdmError):
    """Invalid record, tampered or unverifiable file. Exit code 4."""

    exit_code = 4


class ValidationError(RefusedInput):
    """A record field failed validation; `field` names it for field-level messages."""

    def __init__(self, key: str, /, *, field: str = "", **params: object) -> None:
        super().__init__(key, **params)
        self.field = field
