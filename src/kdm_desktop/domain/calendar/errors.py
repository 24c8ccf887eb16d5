"""How the calendar's rules fail: a `DomainRuleError` (domain/rules.py) coded "calendar.rule".

The calendar needs no error type of its own: the code tells its rules apart (scripts
and tests match it) and the services catch `DomainRuleError` around calendar code.
"""

from __future__ import annotations

from typing import Final

from kdm_desktop.domain.rules import DomainRuleError

__all__ = ["CALENDAR_RULE", "calendar_rule"]

CALENDAR_RULE: Final = "calendar.rule"


def calendar_rule(field: str, key: str, /, **params: object) -> DomainRuleError:
    """A calendar value broke a rule: ``field`` names the attribute (``"start"``,
    ``"duration_minutes"`` …) so a form can highlight it; ``key`` is the catalogue
    sentence. Like every `DomainRuleError` it is a ``ValueError``."""
    return DomainRuleError.keyed(field, key, code=CALENDAR_RULE, **params)
