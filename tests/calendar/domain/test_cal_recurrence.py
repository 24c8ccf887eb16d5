from __future__ import annotations

import calendar
import datetime as dt
import itertools

import pytest
from cal_support import DERANDOMIZED, at, next_id
from hypothesis import given
from hypothesis import strategies as st

from kdm_desktop.domain.calendar import (
    ISTANBUL,
    KEEP,
    AppointmentSeries,
    AppointmentStatus,
    AppointmentType,
    Frequency,
    OccurrenceChange,
    Recurrence,
    SeriesExceptions,
    expand,
    materialise,
    unknown_exception_dates,
)
from kdm_desktop.domain.calendar.recurrence import MAX_OCCURRENCES, occurrence_dates
from kdm_desktop.domain.rules import DomainRuleError

FAR_PAST = at(2000, 1, 1, 0)
FAR_FUTURE = at(2099, 1, 1, 0)


def dates(starts: list[dt.datetime]) -> list[str]:
    return [s.date().isoformat() for s in starts]


def every(rule: Recurrence, first: dt.datetime) -> list[dt.datetime]:
    return expand(rule, first, FAR_PAST, FAR_FUTURE)


# ----- rules -----


def test_weekly_across_the_year_end() -> None:
    starts = every(Recurrence(Frequency.WEEKLY, count=3), at(2026, 12, 29, 10))
    assert dates(starts) == ["2026-12-29", "2027-01-05", "2027-01-12"]
    assert all((s.hour, s.minute, s.tzinfo) == (10, 0, ISTANBUL) for s in starts)


def test_eight_week_series() -> None:
    starts = every(Recurrence(Frequency.WEEKLY, count=8), at(2026, 3, 3, 14, 30))
    assert len(starts) == 8
    assert starts[-1] == at(2026, 4, 21, 14, 30)
    assert {b - a for a, b in itertools.pairwise(starts)} == {dt.timedelta(weeks=1)}


def test_every_two_weeks_on_chosen_days() -> None:
    rule = Recurrence(Frequency.WEEKLY, interval=2, weekdays=frozenset({1, 3}), count=5)
    # 2026-05-26 is a Tuesday.
    assert dates(every(rule, at(2026, 5, 26))) == [
        "2026-05-26",
        "2026-05-28",
        "2026-06-09",
        "2026-06-11",
        "2026-06-23",
    ]


def test_first_start_must_be_one_of_the_chosen_weekdays() -> None:
    rule = Recurrence(Frequency.WEEKLY, weekdays=frozenset({1, 3}), count=4)
    with pytest.raises(DomainRuleError) as err:
        every(rule, at(2026, 5, 25))  # a Monday
    assert err.value.field == "start"
    assert "Salı, Perşembe" in err.value.message_tr


def test_daily_across_month_and_year_end() -> None:
    starts = every(Recurrence(Frequency.DAILY, count=5), at(2026, 12, 30, 9))
    assert dates(starts) == ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"]
    every_third = every(Recurrence(Frequency.DAILY, interval=3, count=3), at(2027, 2, 27))
    assert dates(every_third) == ["2027-02-27", "2027-03-02", "2027-03-05"]


def test_daily_through_a_leap_day() -> None:
    starts = every(Recurrence(Frequency.DAILY, count=3), at(2028, 2, 28))
    assert dates(starts) == ["2028-02-28", "2028-02-29", "2028-03-01"]


def test_monthly_on_the_31st_clamps_to_month_end_without_drifting() -> None:
    starts = every(Recurrence(Frequency.MONTHLY, count=5), at(2027, 12, 31, 11))
    assert dates(starts) == ["2027-12-31", "2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30"]
    non_leap = every(Recurrence(Frequency.MONTHLY, count=2), at(2027, 1, 31))
    assert dates(non_leap) == ["2027-01-31", "2027-02-28"]


def test_monthly_from_a_leap_day() -> None:
    starts = every(Recurrence(Frequency.MONTHLY, interval=12, count=5), at(2028, 2, 29))
    assert dates(starts) == ["2028-02-29", "2029-02-28", "2030-02-28", "2031-02-28", "2032-02-29"]


def test_until_is_inclusive() -> None:
    rule = Recurrence(Frequency.WEEKLY, until=dt.date(2026, 6, 16))
    assert dates(every(rule, at(2026, 6, 2))) == ["2026-06-02", "2026-06-09", "2026-06-16"]
    with pytest.raises(DomainRuleError):
        every(Recurrence(Frequency.DAILY, until=dt.date(2026, 6, 1)), at(2026, 6, 2))


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"count": 3, "until": dt.date(2027, 1, 1)},
        {"count": 0},
        {"count": MAX_OCCURRENCES + 1},
        {"count": 3, "interval": 0},
        {"count": 3, "weekdays": frozenset({7})},
    ],
)
def test_rule_refusals(kwargs: dict[str, object]) -> None:
    with pytest.raises(DomainRuleError) as err:
        Recurrence(Frequency.WEEKLY, **kwargs)  # type: ignore[arg-type]
    assert err.value.field == "recurrence"


def test_rule_refuses_an_unknown_frequency_and_a_datetime_until() -> None:
    with pytest.raises(DomainRuleError) as err:
        Recurrence("yearly", count=3)  # type: ignore[arg-type]
    assert err.value.field == "recurrence"
    with pytest.raises(DomainRuleError) as err:
        Recurrence(Frequency.DAILY, until=at(2027, 1, 1))
    assert err.value.field == "recurrence"


def test_weekdays_only_for_weekly() -> None:
    with pytest.raises(DomainRuleError):
        Recurrence(Frequency.DAILY, weekdays=frozenset({0}), count=2)


def test_window_is_half_open() -> None:
    rule = Recurrence(Frequency.WEEKLY, count=8)
    first = at(2026, 3, 3, 10)
    inside = expand(rule, first, at(2026, 3, 10, 10), at(2026, 3, 24, 10))
    assert dates(inside) == ["2026-03-10", "2026-03-17"]
    with pytest.raises(DomainRuleError):
        expand(rule, first, dt.datetime(2026, 3, 1), at(2026, 4, 1))


def test_wall_clock_time_is_kept_across_historical_dst() -> None:
    starts = every(Recurrence(Frequency.WEEKLY, count=2), at(2015, 3, 22, 10))
    assert [s.hour for s in starts] == [10, 10]
    assert [s.utcoffset() for s in starts] == [dt.timedelta(hours=2), dt.timedelta(hours=3)]
    # 03:30 did not exist on 29 March 2015; RFC 5545 moves it forward by the gap.
    gap = every(Recurrence(Frequency.DAILY, count=3), at(2015, 3, 28, 3, 30))
    assert [s.strftime("%d %H:%M") for s in gap] == ["28 03:30", "29 04:30", "30 03:30"]


def test_describe() -> None:
    rule = Recurrence(Frequency.WEEKLY, interval=2, weekdays=frozenset({3, 1}), count=8)
    assert rule.describe_tr() == "2 haftada bir Salı, Perşembe; 8 seans"
    assert (
        Recurrence(Frequency.MONTHLY, until=dt.date(2027, 6, 30)).describe_tr(at(2027, 1, 31))
        == "Her ay ayın 31. günü; 30 Haziran 2027 tarihine kadar"
    )
    assert Recurrence(Frequency.WEEKLY, count=8).describe_tr(at(2026, 3, 3)) == (
        "Her hafta Salı; 8 seans"
    )


def test_describe_daily() -> None:
    assert Recurrence(Frequency.DAILY, count=5).describe_tr() == "Her gün; 5 seans"
    assert Recurrence(Frequency.DAILY, interval=3, count=5).describe_tr() == "3 günde bir; 5 seans"


# ----- properties -----

_first_starts = st.builds(
    lambda d, h, m: dt.datetime.combine(d, dt.time(h, m), tzinfo=ISTANBUL),
    st.dates(min_value=dt.date(2017, 1, 1), max_value=dt.date(2060, 12, 31)),
    st.integers(7, 20),
    st.sampled_from([0, 15, 30, 45]),
)


@DERANDOMIZED
@given(
    first=_first_starts,
    interval=st.integers(1, 4),
    extra_days=st.frozensets(st.integers(0, 6), max_size=4),
    count=st.integers(1, 40),
)
def test_weekly_properties(
    first: dt.datetime, interval: int, extra_days: frozenset[int], count: int
) -> None:
    days = extra_days | {first.weekday()}
    starts = every(Recurrence(Frequency.WEEKLY, interval, days, count=count), first)
    assert len(starts) == count
    assert starts[0] == first
    assert all(a < b for a, b in itertools.pairwise(starts))
    assert all(s.time() == first.time() and s.weekday() in days for s in starts)
    monday = first.date() - dt.timedelta(days=first.weekday())
    assert all(((s.date() - monday).days // 7) % interval == 0 for s in starts)


@DERANDOMIZED
@given(first=_first_starts, interval=st.integers(1, 5), count=st.integers(1, 30))
def test_monthly_properties(first: dt.datetime, interval: int, count: int) -> None:
    starts = every(Recurrence(Frequency.MONTHLY, interval, count=count), first)
    assert len(starts) == count
    for k, s in enumerate(starts):
        months = first.year * 12 + first.month - 1 + k * interval
        assert (s.year, s.month - 1) == divmod(months, 12)
        assert s.day == min(first.day, calendar.monthrange(s.year, s.month)[1])
        assert s.time() == first.time()


@DERANDOMIZED
@given(
    first=_first_starts,
    freq=st.sampled_from(list(Frequency)),
    count=st.integers(1, 60),
    cut_days=st.integers(0, 2000),
)
def test_splitting_the_window_loses_and_duplicates_nothing(
    first: dt.datetime, freq: Frequency, count: int, cut_days: int
) -> None:
    rule = Recurrence(freq, count=count)
    cut = first + dt.timedelta(days=cut_days)
    whole = every(rule, first)
    assert expand(rule, first, FAR_PAST, cut) + expand(rule, first, cut, FAR_FUTURE) == whole


# ----- series, exceptions, materialise -----


def weekly_series(**kw: object) -> AppointmentSeries:
    fields: dict[str, object] = {
        "id": next_id(),
        "rule": Recurrence(Frequency.WEEKLY, count=8),
        "first_start": at(2026, 3, 3, 10),
        "duration_minutes": 50,
        "staff": "derya",
        "type": AppointmentType.PSYCHOLOGICAL_SUPPORT,
        "case_id": "case-7",
        "room": "Oda 2",
    }
    fields.update(kw)
    return AppointmentSeries(**fields)  # type: ignore[arg-type]


MARCH = (at(2026, 3, 1, 0), at(2026, 4, 1, 0))
SPRING = (at(2026, 3, 1, 0), at(2026, 6, 1, 0))


def test_materialise_without_exceptions() -> None:
    series = weekly_series()
    occ = materialise(series, SeriesExceptions(), *SPRING)
    assert len(occ) == 8
    assert [a.occurrence_index for a in occ] == list(range(8))
    assert {a.series_id for a in occ} == {series.id}
    assert len({a.id for a in occ}) == 8
    assert all(a.room == "Oda 2" and a.case_id == "case-7" for a in occ)
    # Ids are derived, so a second materialisation names the same occurrences.
    assert [a.id for a in materialise(series, SeriesExceptions(), *SPRING)] == [a.id for a in occ]
    assert len(materialise(series, SeriesExceptions(), *MARCH)) == 5


def test_cancelled_occurrence() -> None:
    series = weekly_series()
    exc = SeriesExceptions().cancel(dt.date(2026, 3, 17))
    occ = materialise(series, exc, *MARCH)
    assert [a.status for a in occ] == [
        AppointmentStatus.PLANNED,
        AppointmentStatus.PLANNED,
        AppointmentStatus.CANCELLED,
        AppointmentStatus.PLANNED,
        AppointmentStatus.PLANNED,
    ]
    kept = materialise(series, exc, *MARCH, include_cancelled=False)
    assert dates([a.start for a in kept]) == [
        "2026-03-03",
        "2026-03-10",
        "2026-03-24",
        "2026-03-31",
    ]


def test_moved_occurrence_with_other_room_staff_and_note() -> None:
    series = weekly_series()
    change = OccurrenceChange(
        start=at(2026, 3, 12, 15), staff="elif", room="Oda 4", note="Saat değişti"
    )
    occ = materialise(series, SeriesExceptions.of({dt.date(2026, 3, 10): change}), *MARCH)
    moved = next(a for a in occ if a.occurrence_index == 1)
    assert moved.start == at(2026, 3, 12, 15)
    assert (moved.staff, moved.room, moved.note) == ("elif", "Oda 4", "Saat değişti")
    assert moved.id == series.occurrence_id(dt.date(2026, 3, 10))
    assert moved.duration_minutes == 50 and moved.case_id == "case-7"
    assert [a.start for a in occ] == sorted(a.start for a in occ)


def test_room_can_be_cleared_and_keep_means_unchanged() -> None:
    series = weekly_series()
    cleared = series.occurrence(dt.date(2026, 3, 10), OccurrenceChange(room=None))
    assert cleared.room is None
    kept = series.occurrence(dt.date(2026, 3, 10), OccurrenceChange(room=KEEP))
    assert kept.room == "Oda 2"


def test_moving_across_the_window_edge() -> None:
    series = weekly_series()
    exc = (
        SeriesExceptions()
        .with_change(dt.date(2026, 3, 31), OccurrenceChange.move(at(2026, 4, 2, 10)))
        .with_change(dt.date(2026, 4, 7), OccurrenceChange.move(at(2026, 3, 30, 10)))
    )
    march = materialise(series, exc, *MARCH)
    assert dates([a.start for a in march]) == [
        "2026-03-03",
        "2026-03-10",
        "2026-03-17",
        "2026-03-24",
        "2026-03-30",
    ]
    assert march[-1].occurrence_index == 5


def test_a_long_session_just_before_the_window_is_included() -> None:
    series = weekly_series(first_start=at(2026, 2, 24, 23, 30), duration_minutes=90)
    occ = materialise(series, SeriesExceptions(), at(2026, 3, 3, 0), at(2026, 3, 4, 0))
    assert [a.start for a in occ] == [at(2026, 3, 3, 23, 30)]
    occ = materialise(series, SeriesExceptions(), at(2026, 3, 4, 0), at(2026, 3, 5, 0))
    assert [a.start for a in occ] == [at(2026, 3, 3, 23, 30)]  # runs until 01:00


def test_changes_merge_and_can_be_removed() -> None:
    d = dt.date(2026, 3, 10)
    exc = SeriesExceptions().with_change(d, OccurrenceChange(room="Oda 5"))
    exc = exc.with_change(d, OccurrenceChange(status=AppointmentStatus.DONE))
    change = exc.get(d)
    assert change is not None
    assert (change.room, change.status) == ("Oda 5", AppointmentStatus.DONE)
    assert d in exc and len(exc) == 1
    assert len(exc.without(d)) == 0
    with pytest.raises(DomainRuleError):
        SeriesExceptions(((d, OccurrenceChange()), (d, OccurrenceChange())))


def test_bad_changes_are_reported_when_made() -> None:
    series = weekly_series()
    with pytest.raises(DomainRuleError) as err:
        OccurrenceChange(start=dt.datetime(2026, 3, 12, 15))
    assert err.value.field == "start"
    with pytest.raises(DomainRuleError) as err:
        series.occurrence(dt.date(2026, 3, 11))
    assert err.value.field == "original_date"
    with pytest.raises(DomainRuleError) as err:
        series.occurrence(dt.date(2026, 3, 10), OccurrenceChange(duration_minutes=700))
    assert err.value.field == "duration_minutes"


def test_every_field_of_a_change_is_applied_and_an_absent_date_has_none() -> None:
    series = weekly_series()
    d = dt.date(2026, 3, 10)
    change = OccurrenceChange(
        duration_minutes=90, interpreter_needed=True, status=AppointmentStatus.NO_SHOW
    )
    occ = series.occurrence(d, change)
    assert (occ.duration_minutes, occ.interpreter_needed, occ.status) == (
        90,
        True,
        AppointmentStatus.NO_SHOW,
    )
    assert occ.start == at(2026, 3, 10, 10) and occ.room == "Oda 2"
    assert SeriesExceptions.of({d: change}).get(dt.date(2026, 3, 17)) is None
    assert repr(KEEP) == "KEEP"


def test_a_series_needs_a_rule() -> None:
    with pytest.raises(DomainRuleError) as err:
        weekly_series(rule=None)
    assert err.value.field == "recurrence"


def test_unknown_exception_dates_are_ignored_and_reported() -> None:
    series = weekly_series()
    exc = SeriesExceptions().cancel(dt.date(2026, 3, 11)).cancel(dt.date(2026, 3, 10))
    assert unknown_exception_dates(series, exc) == [dt.date(2026, 3, 11)]
    statuses = [a.status for a in materialise(series, exc, *MARCH)]
    assert statuses.count(AppointmentStatus.CANCELLED) == 1


def test_series_validates_like_an_appointment() -> None:
    with pytest.raises(DomainRuleError) as err:
        weekly_series(first_start=dt.datetime(2026, 3, 3, 10))
    assert err.value.field == "start"
    with pytest.raises(DomainRuleError) as err:
        weekly_series(type=AppointmentType.WORKSHOP)  # with a case id
    assert err.value.field == "case_id"
    with pytest.raises(DomainRuleError) as err:
        weekly_series(rule=Recurrence(Frequency.DAILY, until=dt.date(2030, 1, 1)))
    assert str(MAX_OCCURRENCES) in err.value.message_tr


def test_series_normalises_its_fields() -> None:
    utc = dt.datetime(2026, 3, 3, 7, 0, tzinfo=dt.UTC)
    series = weekly_series(first_start=utc, staff="Derya", room=" Oda  2 ")
    assert series.first_start == at(2026, 3, 3, 10) and series.first_start.tzinfo is ISTANBUL
    assert (series.staff, series.room) == ("derya", "Oda 2")
    assert occurrence_dates(series.rule, series.first_start) == series.dates()
