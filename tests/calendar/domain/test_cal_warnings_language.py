"""Booking warnings, clash reasons and series summaries speak the user's language
(issue #19): English with `--lang en`, dates and weekday names included; the Turkish
sentence (`message_tr`, and `message` in Turkish mode) is unchanged."""

from __future__ import annotations

import datetime as dt

import pytest
from cal_support import appt, at

from kdm_desktop.domain.calendar import (
    ClosedDay,
    Frequency,
    Recurrence,
    WorkingHours,
    check_schedule,
    expand,
    find_conflicts,
)
from kdm_desktop.domain.rules import DomainRuleError


def _messages(start: dt.datetime, **kw: object) -> list[tuple[str, str]]:
    found = check_schedule(start, 60, **kw)  # type: ignore[arg-type]
    return [(w.message, w.message_tr) for w in found]


def test_day_warnings_in_english(english: None) -> None:
    assert _messages(at(2026, 3, 24, 17)) == [
        (
            "Tuesday 24 March 2026: the appointment is outside working hours "
            "(Tuesday 08:30–17:30).",
            "24 Mart 2026 Salı: randevu çalışma saatleri dışında (Salı 08:30–17:30).",
        )
    ]
    assert _messages(at(2026, 3, 28, 10)) == [
        (
            "Saturday 28 March 2026: not one of the centre's working days.",
            "28 Mart 2026 Cumartesi: merkezin çalışma günü değil.",
        )
    ]
    closed = [ClosedDay(dt.date(2026, 12, 1), "Tadilat")]
    assert _messages(at(2026, 12, 1, 10), closed_days=closed) == [
        (
            "Tuesday 1 December 2026: the centre is closed (Tadilat).",
            "1 Aralık 2026 Salı: merkez kapalı (Tadilat).",
        )
    ]
    assert _messages(at(2026, 3, 20, 10)) == [
        (
            "Friday 20 March 2026 is a public holiday: Eid al-Fitr.",
            "20 Mart 2026 Cuma resmî tatil: Ramazan Bayramı.",
        )
    ]
    [(english_text, turkish)] = _messages(at(2026, 3, 19, 14))
    assert english_text.startswith("Thursday 19 March 2026 is the eve of ")
    assert english_text.endswith(": a public holiday after 13:00.")
    assert turkish.endswith("'ten sonra resmî tatil.") and "13.00" in turkish


def test_opening_hours_and_series_summaries_in_english(english: None) -> None:
    hours = WorkingHours.uniform(dt.time(9), dt.time(17), weekdays=range(6))
    assert str(hours.description()) == "Monday–Saturday 09:00–17:00"
    assert hours.describe_tr() == "Pazartesi–Cumartesi 09:00–17:00"
    assert str(WorkingHours((None,) * 7).description()) == "Closed"
    rule = Recurrence(Frequency.WEEKLY, interval=2, weekdays=frozenset({3, 1}), count=8)
    assert str(rule.description()) == "Every 2 weeks on Tuesday, Thursday; 8 sessions"
    assert rule.describe_tr() == "2 haftada bir Salı, Perşembe; 8 seans"
    monthly = Recurrence(Frequency.MONTHLY, until=dt.date(2027, 6, 30))
    assert str(monthly.description(at(2027, 1, 31))) == "Every month on day 31; until 30 June 2027"


def test_clash_reasons_and_the_series_anchor_rule_in_english(english: None) -> None:
    other = appt(at(2026, 12, 1, 10), room="Oda 1")
    candidate = appt(at(2026, 12, 1, 10, 30), room="Oda 1")
    found = {c.kind.value: c for c in find_conflicts(candidate, [other], staff_names={})}
    assert found["staff"].message == "derya has another appointment 10:00–11:00"
    assert found["staff"].message_tr == "derya 10:00–11:00 arasında başka bir randevuda"
    assert found["room"].message == "Oda 1 is taken at this time (10:00–11:00)"
    assert found["room"].message_tr == "Oda 1 bu saatte dolu (10:00–11:00)"
    rule = Recurrence(Frequency.WEEKLY, weekdays=frozenset({0, 2}), count=3)
    with pytest.raises(DomainRuleError) as caught:
        expand(rule, at(2026, 12, 1, 10), at(2026, 12, 1), at(2027, 1, 1))
    assert caught.value.message == (
        "The first appointment must fall on one of the chosen days (Monday, Wednesday); "
        "1 December 2026 is a Tuesday."
    )
    assert caught.value.message_tr == (
        "İlk randevu seçilen günlerden birine denk gelmeli (Pazartesi, Çarşamba); "
        "1 Aralık 2026 bir Salı."
    )
