"""The one error type the calendar rules raise: a `DomainRuleError` (domain/rules.py)."""

from __future__ import annotations

from kdm_desktop.domain.rules import DomainRuleError

__all__ = ["CalendarRuleError"]


class CalendarRuleError(DomainRuleError):
    """A calendar value broke a rule.

    ``field`` names the offending attribute (``"start"``, ``"duration_minutes"`` …) so a
    form can highlight it; ``message_tr`` is a complete Turkish sentence naming the field
    and the problem, shown as is by the CLI and the window.  Like every
    `DomainRuleError` it is a ``ValueError``, so generic parsing code that already
    expects ``ValueError`` keeps working.
    """

    def __init__(self, field: str, message_tr: str) -> None:
        super().__init__(field, message_tr, code="calendar.rule")

    def __str__(self) -> str:
        return self.message_tr

    def __repr__(self) -> str:
        return f"CalendarRuleError({self.field!r}, {self.message_tr!r})"
