from __future__ import annotations

import datetime as dt

import pytest
from cal_support import appt, at

from kdm_desktop.domain.calendar import (
    DEFAULT_WORKING_HOURS,
    ClosedDay,
    WarningKind,
    WorkingHours,
    appointment_warnings,
    check_schedule,
    day_warnings,
)
from kdm_desktop.domain.rules import DomainRuleError


def kinds(start: dt.datetime, minutes: int, **kw: object) -> list[WarningKind]:
    return [w.kind for w in check_schedule(start, minutes, **kw)]  # type: ignore[arg-type]


def test_an_ordinary_slot_has_no_warning() -> None:
    assert day_warnings(at(2026, 3, 24, 10), 60) == []
    assert day_warnings(at(2026, 3, 24, 8, 30), 60) == []  # opening minute
    assert day_warnings(at(2026, 3, 24, 16, 30), 60) == []  # ends at closing


def test_outside_working_hours() -> None:
    assert day_warnings(at(2026, 3, 24, 17), 60) == [
        "24 Mart 2026 Salı: randevu çalışma saatleri dışında (Salı 08:30–17:30)."
    ]
    assert kinds(at(2026, 3, 24, 8), 60) == [WarningKind.OUTSIDE_HOURS]


def test_weekend_is_not_a_working_day() -> None:
    assert day_warnings(at(2026, 3, 28, 10), 60) == [
        "28 Mart 2026 Cumartesi: merkezin çalışma günü değil."
    ]


def test_public_holiday() -> None:
    assert day_warnings(at(2026, 3, 20, 10), 60) == [
        "20 Mart 2026 Cuma resmî tatil: Ramazan Bayramı."
    ]
    # A holiday on a weekend is reported once, as the holiday.
    assert kinds(at(2026, 3, 21, 10), 60) == [WarningKind.HOLIDAY]
    assert kinds(at(2027, 1, 1, 10), 60) == [WarningKind.HOLIDAY]


@pytest.mark.parametrize(
    ("start", "minutes", "warned"),
    [
        (at(2026, 3, 19, 10), 60, False),
        (at(2026, 3, 19, 12), 60, False),  # ends exactly at 13:00
        (at(2026, 3, 19, 12, 30), 60, True),
        (at(2026, 3, 19, 14), 60, True),
        (at(2026, 5, 26, 15), 30, True),  # Kurban Bayramı eve
        (at(2026, 10, 28, 13), 30, True),  # 28 October afternoon
        (at(2026, 10, 28, 9), 30, False),
        (at(2027, 3, 8, 14), 30, True),  # Ramazan Bayramı eve 2027
    ],
)
def test_half_day_eve_afternoon(start: dt.datetime, minutes: int, warned: bool) -> None:
    assert (WarningKind.HALF_DAY_AFTERNOON in kinds(start, minutes)) is warned


def test_half_day_text() -> None:
    assert day_warnings(at(2026, 3, 19, 14), 60) == [
        "19 Mart 2026 Perşembe arife günü (Ramazan Bayramı): saat 13.00'ten sonra resmî tatil."
    ]


def test_centre_closed_day() -> None:
    closed = [ClosedDay(dt.date(2026, 3, 23), "İdari izin")]
    assert day_warnings(at(2026, 3, 23, 10), 60, closed) == [
        "23 Mart 2026 Pazartesi: merkez kapalı (İdari izin)."
    ]
    assert day_warnings(at(2026, 3, 24, 10), 60, closed) == []


def test_a_booking_over_midnight_checks_both_days() -> None:
    assert kinds(at(2026, 3, 27, 23), 120) == [
        WarningKind.OUTSIDE_HOURS,
        WarningKind.NON_WORKING_DAY,
    ]


def test_custom_working_hours() -> None:
    saturday_too = WorkingHours.uniform(dt.time(9), dt.time(17), range(6))
    assert day_warnings(at(2026, 3, 28, 10), 60, working_hours=saturday_too) == []
    assert kinds(at(2026, 3, 24, 8, 30), 60, working_hours=saturday_too) == [
        WarningKind.OUTSIDE_HOURS
    ]
    assert saturday_too.describe_tr() == "Pazartesi–Cumartesi 09:00–17:00"
    assert DEFAULT_WORKING_HOURS.describe_tr() == "Pazartesi–Cuma 08:30–17:30"
    split = WorkingHours.from_mapping(
        {0: (dt.time(9), dt.time(17)), 2: (dt.time(9), dt.time(17)), 3: (dt.time(12), dt.time(20))}
    )
    assert (
        split.describe_tr() == "Pazartesi 09:00–17:00, Çarşamba 09:00–17:00, Perşembe 12:00–20:00"
    )
    assert day_warnings(at(2026, 3, 26, 19), 60, working_hours=split) == []


def test_working_hours_rules() -> None:
    with pytest.raises(DomainRuleError):
        WorkingHours.uniform(dt.time(17), dt.time(9))
    with pytest.raises(DomainRuleError):
        WorkingHours(())
    with pytest.raises(DomainRuleError):
        WorkingHours.from_mapping({7: (dt.time(9), dt.time(17))})


def test_input_rules() -> None:
    with pytest.raises(DomainRuleError) as err:
        day_warnings(dt.datetime(2026, 3, 24, 10), 60)
    assert err.value.field == "start"
    with pytest.raises(DomainRuleError) as err:
        day_warnings(at(2026, 3, 24, 10), 0)
    assert err.value.field == "duration_minutes"


def test_appointment_warnings() -> None:
    [w] = appointment_warnings(appt(at(2026, 5, 27, 10), 60))
    assert w.kind is WarningKind.HOLIDAY and w.date == dt.date(2026, 5, 27)
    assert "Kurban Bayramı" in w.message_tr
