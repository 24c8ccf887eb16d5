from __future__ import annotations

import datetime as dt

import holidays
import pytest
from holidays.constants import HALF_DAY

from kdm_desktop.domain.calendar import (
    HALF_DAY_START,
    ClosedDay,
    Holiday,
    holidays_between,
    holidays_on,
)
from kdm_desktop.domain.calendar.holidays_tr import derive_half_days, library_has_half_days
from kdm_desktop.domain.rules import DomainRuleError

D = dt.date


def year_table(year: int) -> dict[dt.date, Holiday]:
    return {h.date: h for h in holidays_between(D(year, 1, 1), D(year, 12, 31))}


def full_days(year: int, prefix: str) -> list[dt.date]:
    return [d for d, h in year_table(year).items() if not h.half_day and prefix in h.name_tr]


def eve(year: int, prefix: str) -> list[dt.date]:
    return [d for d, h in year_table(year).items() if h.half_day and h.name_tr.startswith(prefix)]


@pytest.mark.parametrize(
    ("year", "ramazan", "kurban"),
    [
        (2025, (D(2025, 3, 30), 3), (D(2025, 6, 6), 4)),
        (2026, (D(2026, 3, 20), 3), (D(2026, 5, 27), 4)),
        (2027, (D(2027, 3, 9), 3), (D(2027, 5, 16), 4)),
    ],
)
def test_bayrams_and_their_eves_match_the_domain_facts(
    year: int, ramazan: tuple[dt.date, int], kurban: tuple[dt.date, int]
) -> None:
    for prefix, (first, length) in (("Ramazan Bayramı", ramazan), ("Kurban Bayramı", kurban)):
        assert full_days(year, prefix) == [first + dt.timedelta(days=i) for i in range(length)]
        assert eve(year, prefix) == [first - dt.timedelta(days=1)]


def test_2026_named_examples() -> None:
    table = year_table(2026)
    assert table[D(2026, 3, 19)] == Holiday(
        D(2026, 3, 19), "Ramazan Bayramı (saat 13.00'ten)", True
    )
    assert table[D(2026, 3, 19)].occasion_tr == "Ramazan Bayramı"
    assert table[D(2026, 5, 26)].half_day and table[D(2026, 5, 26)].occasion_tr == "Kurban Bayramı"
    assert [table[D(2026, 3, d)].name_tr for d in (20, 21, 22)] == ["Ramazan Bayramı"] * 3


@pytest.mark.parametrize("year", [2026, 2027])
def test_fixed_days(year: int) -> None:
    table = year_table(year)
    for month, day, name in [
        (1, 1, "Yılbaşı"),
        (4, 23, "Ulusal Egemenlik ve Çocuk Bayramı"),
        (5, 1, "Emek ve Dayanışma Günü"),
        (5, 19, "Atatürk'ü Anma, Gençlik ve Spor Bayramı"),
        (7, 15, "Demokrasi ve Millî Birlik Günü"),
        (8, 30, "Zafer Bayramı"),
        (10, 29, "Cumhuriyet Bayramı"),
    ]:
        h = table[D(year, month, day)]
        assert not h.half_day and not h.centre
        assert name in h.name_tr
    oct28 = table[D(year, 10, 28)]
    assert oct28.half_day and oct28.occasion_tr == "Cumhuriyet Bayramı"


def test_two_holidays_on_one_day_2027_05_19() -> None:
    [h] = holidays_on(D(2027, 5, 19))
    assert h.name_tr == "Atatürk'ü Anma, Gençlik ve Spor Bayramı; Kurban Bayramı"
    assert not h.half_day


def test_ordinary_days_and_counts() -> None:
    assert holidays_on(D(2026, 3, 18)) == []
    # 7 fixed + 3 Ramazan + 4 Kurban full days, and 3 half days.
    table = year_table(2026)
    assert sum(not h.half_day for h in table.values()) == 14
    assert sum(h.half_day for h in table.values()) == 3


def test_library_provides_half_days_and_the_fallback_agrees() -> None:
    assert library_has_half_days()
    for year in range(2020, 2036):
        library = holidays.country_holidays("TR", years=year, categories=(HALF_DAY,), language="tr")
        assert set(derive_half_days(year)) == set(library), year


def test_the_half_day_start_matches_the_library_label() -> None:
    assert dt.time(13, 0) == HALF_DAY_START
    assert all("13.00" in h.name_tr for h in year_table(2026).values() if h.half_day)


def test_closed_days_are_merged() -> None:
    closed = [
        ClosedDay(D(2026, 3, 23), "  İdari   izin "),
        ClosedDay(D(2026, 3, 20), "Köprü günü"),
        ClosedDay(D(2026, 5, 1), "Dışarıda"),
    ]
    got = holidays_between(D(2026, 3, 19), D(2026, 3, 31), closed)
    assert [(h.date.day, h.half_day, h.centre) for h in got] == [
        (19, True, False),
        (20, False, False),
        (20, False, True),
        (21, False, False),
        (22, False, False),
        (23, False, True),
    ]
    assert got[-1].name_tr == "İdari izin"


def test_range_edges() -> None:
    assert [h.date for h in holidays_between(D(2026, 12, 31), D(2027, 1, 1))] == [D(2027, 1, 1)]
    assert holidays_between(D(2026, 2, 1), D(2026, 1, 1)) == []
    with pytest.raises(DomainRuleError):
        holidays_between(dt.datetime(2026, 1, 1), D(2026, 2, 1))


def test_closed_day_rules() -> None:
    with pytest.raises(DomainRuleError) as err:
        ClosedDay(D(2026, 3, 23), "  ")
    assert err.value.field == "reason"
    with pytest.raises(DomainRuleError) as err:
        ClosedDay(dt.datetime(2026, 3, 23, 9), "İdari izin")
    assert err.value.field == "date"
    with pytest.raises(DomainRuleError):
        ClosedDay(D(2026, 3, 23), "x" * 201)
