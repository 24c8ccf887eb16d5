"""The one error type the calendar rules raise: a `DomainRuleError` (domain/rules.py)."""

from __future__ import annotations

from kdm_desktop import messages
from kdm_desktop.domain.rules import DomainRuleError, turkish_text

__all__ = ["CalendarRuleError", "Term"]


class Term:
    """A catalogue word used inside a rule message (a field's name, a type's label),
    written in the language of the sentence it is formatted into."""

    __slots__ = ("key",)

    def __init__(self, key: str) -> None:
        self.key = key

    def __format__(self, spec: str) -> str:
        return format(messages.text(self.key), spec)

    def __str__(self) -> str:
        return messages.text(self.key)

    def turkish(self) -> str:
        return turkish_text(self.key)


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
        turkish = {k: v.turkish() if isinstance(v, Term) else v for k, v in params.items()}
        return cls(field, turkish_text(key, **turkish), key=key, params=params)

    def __str__(self) -> str:
        return self.message_tr

    def __repr__(self) -> str:
        return f"CalendarRuleError({self.field!r}, {self.message_tr!r})"
