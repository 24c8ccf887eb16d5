"""Rules for staff accounts that both the window and the CLI apply."""

from __future__ import annotations

import re

from kdm_desktop.domain.rules import ValidationErrors

MIN_PASSWORD = 10
_USERNAME = re.compile(r"[A-Za-z0-9._-]{3,32}")


def validate_username(username: str) -> str:
    name = username.strip()
    if not _USERNAME.fullmatch(name):
        raise ValidationErrors.one("username", "input.username")
    return name.lower()


def validate_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValidationErrors.one("password", "input.password_weak", min=MIN_PASSWORD)
    return password


def password_strength(password: str) -> int:
    """A 0–4 hint for the set-up form: length and variety, no dictionary pretence."""
    if len(password) < MIN_PASSWORD:
        return 0
    classes = sum(
        [
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        ]
    )
    score = 1 + (len(password) >= 14) + (len(password) >= 20) + (classes >= 3)
    return min(score, 4)
