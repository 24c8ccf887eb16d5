"""Reading an appointment from the CLI's JSON object, field by field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from kdm_desktop.domain.calendar import AppointmentType, parse_local_start
from kdm_desktop.domain.rules import DomainRuleError, ValidationErrors
from kdm_desktop.messages import text as text_of
from kdm_desktop.services.calendar.common import AppointmentInput, rule_error

_INPUT_FIELDS: Final = (
    "start",
    "duration_min",
    "staff",
    "case_id",
    "type",
    "room",
    "note",
    "interpreter",
    "weekly_count",
)


def parse_input(data: Mapping[str, object]) -> tuple[AppointmentInput, int | None]:
    """The CLI's JSON object; returns the input and the optional weekly count."""
    for key in data:
        if key not in _INPUT_FIELDS:
            raise ValidationErrors.one(
                key, "calendar.unknown_field", name=key, allowed=", ".join(_INPUT_FIELDS)
            )

    def text(key: str, required: bool = False) -> str | None:
        value = data.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or (required and not value.strip()):
            raise ValidationErrors.one(
                key, "calendar.bad_field", name=key, expected=text_of("calendar.expected_text")
            )
        return value

    def integer(key: str) -> int | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationErrors.one(
                key, "calendar.bad_field", name=key, expected=text_of("calendar.expected_integer")
            )
        return value

    duration = integer("duration_min")
    if duration is None:
        raise ValidationErrors.one(
            "duration_min",
            "calendar.bad_field",
            name="duration_min",
            expected=text_of("calendar.expected_integer"),
        )
    interpreter = data.get("interpreter", False)
    if not isinstance(interpreter, bool):
        raise ValidationErrors.one(
            "interpreter",
            "calendar.bad_field",
            name="interpreter",
            expected=text_of("calendar.expected_boolean"),
        )
    try:
        start = parse_local_start(text("start", required=True) or "")
        kind_text = text("type")
        kind = AppointmentType.parse(kind_text) if kind_text else AppointmentType.FOLLOW_UP
    except DomainRuleError as exc:
        raise rule_error(exc) from None
    return (
        AppointmentInput(
            start=start,
            duration_minutes=duration,
            staff=text("staff", required=True) or "",
            type=kind,
            case_ref=text("case_id"),
            room=text("room"),
            note=text("note") or "",
            interpreter_needed=interpreter,
        ),
        integer("weekly_count"),
    )
