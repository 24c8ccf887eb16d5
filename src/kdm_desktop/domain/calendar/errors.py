"""The one error type the calendar rules raise: a `DomainRuleError` (domain/rules.py)."""

from __future__ import annotations

from kdm_desktop.domain.rules import DomainRuleError, turkish_text

__all__ = ["CalendarRuleError"]


class CalendarRuleError(DomainRuleError):
    """A calendar value broke a rule.

    ``field`` names the offending attribute (``"start"``, ``"duration_minutes"`` …) so a
    form can highlight it; ``message_tr`` is a complete Turkish sentence naming the field
    and the problem, shown as is by the CLI and the window.  Like every
    `DomainRuleError` it is a ``ValueError``, so generic parsing code that already
    expects ``ValueError`` keeps working.
    """

    def __init__(
        self, field: str, message_tr: str, *, key: str = "", params: dict[str, object] | None = None
    ) -> None:
        super().__init__(field, message_tr, code="calendar.rule", key=key, params=params)

    @classmethod
    def keyed(cls, field: str, key: str, /, **params: object) -> CalendarRuleError:
        """A rule with a catalogue message (catalogue/rules.py): English in English mode."""
        return cls(field, turkish_text(key, **params), key=key, params=params)

    def __str__(self) -> str:
        return self.message_tr

    def __repr__(self) -> str:
        return f"CalendarRuleError({self.field!r}, {self.message_tr!r})"
