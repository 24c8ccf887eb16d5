"""The CLI's appointment JSON names a wrong field's expected type in the user's language."""

from __future__ import annotations

import pytest

from kdm_desktop import messages
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.services.calendar import CalendarService


def _refusal(data: dict[str, object]) -> ValidationErrors:
    with pytest.raises(ValidationErrors) as caught:
        CalendarService.parse_input(data)
    return caught.value


GOOD = {"start": "2026-12-03 10:00", "duration_min": 60, "staff": "psikolog"}


def test_turkish_text_is_unchanged() -> None:
    messages.set_language("tr")
    assert _refusal({**GOOD, "duration_min": "60"}).message == (
        "Randevu: 'duration_min' alanı tam sayı olmalı."
    )
    assert _refusal({**GOOD, "staff": 5}).message == (
        "Randevu: 'staff' alanı metin (string) olmalı."
    )
    assert _refusal({**GOOD, "interpreter": "evet"}).message == (
        "Randevu: 'interpreter' alanı true ya da false olmalı."
    )


def test_english_names_the_type_in_english(english: None) -> None:
    assert _refusal({**GOOD, "weekly_count": 2.5}).message == (
        "Appointment: the field 'weekly_count' must be a whole number."
    )
    assert _refusal({**GOOD, "staff": 5}).message == (
        "Appointment: the field 'staff' must be text (a string)."
    )
    assert _refusal({**GOOD, "interpreter": 1}).message == (
        "Appointment: the field 'interpreter' must be true or false."
    )
