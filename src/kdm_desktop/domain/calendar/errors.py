"""The calendar rules' error: a `DomainRuleError` (domain/rules.py) coded "calendar.rule".

It adds nothing but that stable code (scripts and tests match it); the words in
its sentences are the shared `Label`s, the collector is the shared one.
"""

from __future__ import annotations

from typing import ClassVar

from kdm_desktop.domain.rules import DomainRuleError

__all__ = ["CalendarRuleError"]


class CalendarRuleError(DomainRuleError):
    """A calendar value broke a rule: ``field`` names the attribute (``"start"``,
    ``"duration_minutes"`` …) so a form can highlight it; ``message_tr`` is the
    Turkish sentence. Like every `DomainRuleError` it is a ``ValueError``."""

    default_code: ClassVar[str] = "calendar.rule"
