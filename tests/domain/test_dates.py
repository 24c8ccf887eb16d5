import datetime

import pytest

from kdm_desktop import messages
from kdm_desktop.domain.dates import (
    format_shown_datetime,
    format_turkish_date,
    format_turkish_datetime,
)


def test_datetime_long_form() -> None:
    assert (
        format_turkish_datetime(datetime.datetime(2026, 11, 25, 14, 5))
        == "25 Kasım 2026 Çarşamba, 14:05"
    )


def test_midnight_and_single_digit_day_are_padded_only_where_expected() -> None:
    assert (
        format_turkish_datetime(datetime.datetime(2027, 1, 3, 0, 0)) == "3 Ocak 2027 Pazar, 00:00"
    )


def test_leap_day() -> None:
    assert format_turkish_date(datetime.date(2028, 2, 29)) == "29 Şubat 2028 Salı"
    assert (
        format_turkish_datetime(datetime.datetime(2028, 2, 29, 9, 30))
        == "29 Şubat 2028 Salı, 09:30"
    )


@pytest.mark.parametrize(
    ("month", "expected"),
    [
        (1, "1 Ocak 2026 Perşembe"),
        (2, "1 Şubat 2026 Pazar"),
        (3, "1 Mart 2026 Pazar"),
        (4, "1 Nisan 2026 Çarşamba"),
        (5, "1 Mayıs 2026 Cuma"),
        (6, "1 Haziran 2026 Pazartesi"),
        (7, "1 Temmuz 2026 Çarşamba"),
        (8, "1 Ağustos 2026 Cumartesi"),
        (9, "1 Eylül 2026 Salı"),
        (10, "1 Ekim 2026 Perşembe"),
        (11, "1 Kasım 2026 Pazar"),
        (12, "1 Aralık 2026 Salı"),
    ],
)
def test_all_months(month: int, expected: str) -> None:
    assert format_turkish_date(datetime.date(2026, month, 1)) == expected


def test_every_weekday_name() -> None:
    # 2026-11-23 is a Monday.
    names = [format_turkish_date(datetime.date(2026, 11, 23 + i)).split()[-1] for i in range(7)]
    assert names == ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]


def test_aware_datetime_uses_its_own_wall_clock() -> None:
    istanbul = datetime.timezone(datetime.timedelta(hours=3))
    dt = datetime.datetime(2026, 11, 25, 23, 59, tzinfo=istanbul)
    assert format_turkish_datetime(dt) == "25 Kasım 2026 Çarşamba, 23:59"


def test_datetime_passed_to_date_formatter_ignores_time() -> None:
    assert format_turkish_date(datetime.datetime(2026, 11, 25, 14, 5)) == "25 Kasım 2026 Çarşamba"


def test_a_moment_on_the_screen_follows_the_language() -> None:
    """The letter templates' history shows when each version was saved; an English
    screen says it in English, a Turkish one exactly as the documents do."""
    moment = datetime.datetime(2026, 11, 25, 14, 5)
    assert format_shown_datetime(moment) == format_turkish_datetime(moment)
    assert format_shown_datetime(moment) == "25 Kasım 2026 Çarşamba, 14:05"
    with messages.speaking("en"):
        assert format_shown_datetime(moment) == "Wednesday 25 November 2026, 14:05"


@pytest.mark.parametrize(
    ("lang", "day", "stamp", "long_stamp"),
    [
        ("tr", "8 Aralık 2026", "8 Aralık 2026 10:05", "8 Aralık 2026 Salı, 10:05"),
        ("en", "8 December 2026", "8 December 2026 10:05", "Tuesday 8 December 2026, 10:05"),
    ],
)
def test_stored_iso_text_reads_as_the_window_writes_it(
    lang: str, day: str, stamp: str, long_stamp: str
) -> None:
    from kdm_desktop.domain.dates import format_shown_iso_day, format_shown_stamp

    messages.set_language(lang)
    try:
        assert format_shown_iso_day("2026-12-08") == day
        assert format_shown_iso_day("2026-12-08T10:05:09+03:00") == day
        assert format_shown_stamp("2026-12-08T10:05:09+03:00") == stamp
        assert format_shown_stamp("2026-12-08T10:05:09+03:00", seconds=True) == stamp + ":09"
        assert format_shown_stamp("2026-12-08T10:05:09+03:00", weekday=True) == long_stamp
    finally:
        messages.set_language("tr")


def test_stored_text_that_is_not_a_date_is_shown_as_it_is() -> None:
    from kdm_desktop.domain.dates import format_shown_iso_day, format_shown_stamp

    assert format_shown_iso_day("okunamadı") == "okunamadı"
    assert format_shown_stamp("okunamadı") == "okunamadı"
    assert format_shown_iso_day(None) == format_shown_stamp("") == ""
