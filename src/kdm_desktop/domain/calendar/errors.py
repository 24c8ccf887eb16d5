"""The one error type the calendar rules raise."""

from __future__ import annotations

__all__ = ["CalendarRuleError"]


class CalendarRuleError(ValueError):
    """A calendar value broke a rule.

    ``field`` names the offending attribute (``"start"``, ``"duration_minutes"`` …) so a
    form can highlight it; ``message_tr`` is a complete Turkish sentence naming the field
    and the problem, shown as is by the CLI and the window.  It subclasses ``ValueError``
    so generic parsing code that already expects ``ValueError`` keeps working.
    """

    def __init__(self, field: str, message_tr: str) -> None:
        super().__init__(message_tr)
        self.field = field
        self.message_tr = message_tr

    def __str__(self) -> str:
        return self.message_tr
