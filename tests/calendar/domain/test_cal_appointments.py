from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from cal_support import DERANDOMIZED, appt, at, next_id
from hypothesis import given
from hypothesis import strategies as st

from kdm_desktop.domain.calendar import (
    ISTANBUL,
    AppointmentStatus,
    AppointmentType,
    local_day_bounds,
    parse_local_start,
    resolve_wall_time,
)
from kdm_desktop.domain.calendar.colours import (
    STAFF_PALETTE,
    TYPE_COLOURS,
    contrast_ratio,
    staff_colour,
    type_colour,
)
from kdm_desktop.domain.rules import DomainRuleError


def test_labels_are_turkish() -> None:
    assert [t.label_tr for t in AppointmentType] == [
        "İlk görüşme",
        "Psikolojik destek",
        "Hukuki danışmanlık",
        "Sosyal destek",
        "Takip",
        "Grup çalışması",
        "Atölye",
    ]
    assert [s.label_tr for s in AppointmentStatus] == ["Planlandı", "Yapıldı", "İptal", "Gelmedi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hukuki_danismanlik", AppointmentType.LEGAL_COUNSELLING),
        ("Hukuki Danışmanlık", AppointmentType.LEGAL_COUNSELLING),
        ("HUKUKİ DANIŞMANLIK", AppointmentType.LEGAL_COUNSELLING),
        ("ilk gorusme", AppointmentType.FIRST_INTERVIEW),
        ("atölye", AppointmentType.WORKSHOP),
        ("  takip ", AppointmentType.FOLLOW_UP),
    ],
)
def test_type_parse_accepts_codes_and_labels(text: str, expected: AppointmentType) -> None:
    assert AppointmentType.parse(text) is expected


def test_status_parse() -> None:
    assert AppointmentStatus.parse("iptal") is AppointmentStatus.CANCELLED
    assert AppointmentStatus.parse("no_show") is AppointmentStatus.NO_SHOW
    with pytest.raises(DomainRuleError) as err:
        AppointmentStatus.parse("ertelendi")
    assert err.value.field == "status"


def test_unknown_type_names_the_field() -> None:
    with pytest.raises(DomainRuleError) as err:
        AppointmentType.parse("masaj")
    assert err.value.field == "type"
    assert "Randevu türü" in err.value.message_tr
    with pytest.raises(DomainRuleError) as err:
        appt(at(2026, 12, 1), type="masaj")
    assert err.value.field == "type"


def test_a_valid_appointment_is_normalised() -> None:
    utc_start = dt.datetime(2026, 12, 1, 7, 0, tzinfo=dt.UTC)
    a = appt(utc_start, 50, staff=" Derya.Kaya ", room="  Oda   2 ", case_id="c-1")
    assert a.start == at(2026, 12, 1, 10) and a.start.tzinfo is ISTANBUL
    assert (a.start.hour, a.start.minute) == (10, 0)
    assert a.end == at(2026, 12, 1, 10, 50)
    assert a.staff == "derya.kaya"
    assert a.room == "Oda 2"
    assert a.status is AppointmentStatus.PLANNED
    assert appt(at(2026, 12, 1), room="   ").room is None


def test_error_is_a_value_error_with_turkish_text() -> None:
    with pytest.raises(ValueError, match="saat dilimi"):
        appt(dt.datetime(2026, 12, 1, 10, 0))


def test_naive_start_is_refused() -> None:
    with pytest.raises(DomainRuleError) as err:
        appt(dt.datetime(2026, 12, 1, 10, 0))
    assert err.value.field == "start"
    assert "Başlangıç zamanı" in err.value.message_tr


def test_a_start_that_is_not_a_datetime_is_refused() -> None:
    with pytest.raises(DomainRuleError) as err:
        appt(dt.date(2026, 12, 1))  # type: ignore[arg-type]
    assert err.value.field == "start"
    assert "Başlangıç zamanı" in err.value.message_tr


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status", "planned"),
        ("case_id", "   "),
        ("room", 7),
        ("room", "x" * 61),
        ("note", None),
        ("interpreter_needed", "evet"),
    ],
)
def test_each_field_rule_names_its_field(field: str, value: object) -> None:
    with pytest.raises(DomainRuleError) as err:
        appt(at(2026, 12, 1), **{field: value})
    assert err.value.field == field


@pytest.mark.parametrize("minutes", [4, 0, -30, 601, 10_000])
def test_duration_outside_5_to_600_is_refused(minutes: int) -> None:
    with pytest.raises(DomainRuleError) as err:
        appt(at(2026, 12, 1), minutes)
    assert err.value.field == "duration_minutes"
    assert "Süre" in err.value.message_tr and str(minutes) in err.value.message_tr


def test_duration_bounds_are_inclusive_and_must_be_int() -> None:
    assert appt(at(2026, 12, 1), 5).duration_minutes == 5
    assert appt(at(2026, 12, 1), 600).duration_minutes == 600
    for bad in (True, 60.0, "60"):
        with pytest.raises(DomainRuleError):
            appt(at(2026, 12, 1), bad)  # type: ignore[arg-type]


def test_note_limit() -> None:
    assert len(appt(at(2026, 12, 1), note="ş" * 2000).note) == 2000
    with pytest.raises(DomainRuleError) as err:
        appt(at(2026, 12, 1), note="x" * 2001)
    assert err.value.field == "note" and "2000" in err.value.message_tr


@pytest.mark.parametrize("staff", ["", "ab", "derya kaya", "ayşe", "x" * 33])
def test_bad_staff_user_name(staff: str) -> None:
    with pytest.raises(DomainRuleError) as err:
        appt(at(2026, 12, 1), staff=staff)
    assert err.value.field == "staff"


def test_group_sessions_have_no_case() -> None:
    for kind in (AppointmentType.WORKSHOP, AppointmentType.GROUP_WORK):
        assert appt(at(2026, 12, 1), type=kind).case_id is None
        with pytest.raises(DomainRuleError) as err:
            appt(at(2026, 12, 1), type=kind, case_id="c-1")
        assert err.value.field == "case_id"


def test_series_fields_go_together() -> None:
    series = next_id()
    a = appt(at(2026, 12, 1), series_id=series, occurrence_index=3)
    assert a.occurrence_index == 3
    with pytest.raises(DomainRuleError) as err:
        appt(at(2026, 12, 1), occurrence_index=3)
    assert err.value.field == "occurrence_index"
    for bad in (None, -1):
        with pytest.raises(DomainRuleError) as err:
            appt(at(2026, 12, 1), series_id=series, occurrence_index=bad)
        assert err.value.field == "occurrence_index"
    with pytest.raises(DomainRuleError) as err:
        appt(at(2026, 12, 1), series_id="seri-1", occurrence_index=0)
    assert err.value.field == "series_id"


def test_ids_must_be_uuids_and_are_canonicalised() -> None:
    a = appt(at(2026, 12, 1), id="0000000000000000000000000000ABCD")
    assert a.id == "00000000-0000-0000-0000-00000000abcd"
    with pytest.raises(DomainRuleError) as err:
        appt(at(2026, 12, 1), id="1")
    assert err.value.field == "id"


def test_implausible_years_are_refused() -> None:
    with pytest.raises(DomainRuleError) as err:
        appt(at(226, 12, 1))
    assert err.value.field == "start"


def test_replace_revalidates() -> None:
    a = appt(at(2026, 12, 1))
    assert dataclasses.replace(a, status=AppointmentStatus.DONE).status is AppointmentStatus.DONE
    with pytest.raises(DomainRuleError):
        dataclasses.replace(a, duration_minutes=1000)


def test_end_counts_real_minutes_across_a_historical_dst_change() -> None:
    # 8 Nov 2015 04:00 (+03) fell back to 03:00 (+02): two real hours from 02:30 end at
    # 03:30 local time.
    a = appt(dt.datetime(2015, 11, 8, 2, 30, tzinfo=ISTANBUL), 120)
    assert a.end.replace(tzinfo=None) == dt.datetime(2015, 11, 8, 3, 30)
    assert a.end.utcoffset() == dt.timedelta(hours=2)
    # Same-zone subtraction in Python is wall-clock arithmetic, hence the UTC.
    assert a.end.astimezone(dt.UTC) - a.start.astimezone(dt.UTC) == dt.timedelta(hours=2)


# ----- parse_local_start -----


@pytest.mark.parametrize(
    "text", ["2026-12-01T10:00", "2026-12-01 10:00", "2026-12-01T10:00:00", "01.12.2026 10:00"]
)
def test_parse_local_start_forms(text: str) -> None:
    parsed = parse_local_start(text)
    assert parsed == at(2026, 12, 1, 10)
    assert parsed.tzinfo is ISTANBUL
    assert parsed.utcoffset() == dt.timedelta(hours=3)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("2026-12-01", "okunamadı"),
        ("yarın 10:00", "okunamadı"),
        ("2026-12-01T10:00+03:00", "saat dilimi"),
        ("2026-12-01T07:00Z", "saat dilimi"),
        ("2026-02-29T10:00", "geçerli"),
        ("2026-12-01T25:00", "geçerli"),
        ("0026-12-01T10:00", "yılları"),
    ],
)
def test_parse_local_start_refusals(text: str, fragment: str) -> None:
    with pytest.raises(DomainRuleError) as err:
        parse_local_start(text)
    assert err.value.field == "start"
    assert fragment in err.value.message_tr


def test_parse_local_start_refuses_skipped_and_repeated_times() -> None:
    # Turkey's last transitions: 29 Mar 2015 03:00 → 04:00, 8 Nov 2015 04:00 → 03:00.
    with pytest.raises(DomainRuleError, match="yok"):
        parse_local_start("2015-03-29T03:30")
    with pytest.raises(DomainRuleError, match="iki kez"):
        parse_local_start("2015-11-08T03:30")
    assert parse_local_start("2015-11-08T04:30").utcoffset() == dt.timedelta(hours=2)


def test_lenient_resolution_follows_rfc5545() -> None:
    gap = resolve_wall_time(dt.datetime(2015, 3, 29, 3, 30), strict=False)
    assert gap.replace(tzinfo=None) == dt.datetime(2015, 3, 29, 4, 30)
    repeated = resolve_wall_time(dt.datetime(2015, 11, 8, 3, 30), strict=False)
    assert repeated.utcoffset() == dt.timedelta(hours=3)  # the first of the two


def test_wall_time_resolution_wants_a_naive_value() -> None:
    with pytest.raises(DomainRuleError) as err:
        resolve_wall_time(at(2026, 12, 1, 10), strict=True)
    assert err.value.field == "start"
    assert "Başlangıç zamanı" in err.value.message_tr


@DERANDOMIZED
@given(st.datetimes(min_value=dt.datetime(2017, 1, 1), max_value=dt.datetime(2100, 12, 31)))
def test_parse_local_start_keeps_the_wall_clock(wall: dt.datetime) -> None:
    wall = wall.replace(second=0, microsecond=0)
    parsed = parse_local_start(wall.strftime("%Y-%m-%dT%H:%M"))
    assert parsed.replace(tzinfo=None) == wall
    assert parsed.utcoffset() == dt.timedelta(hours=3)  # permanent +03 since 2016


def test_local_day_bounds() -> None:
    lo, hi = local_day_bounds(dt.date(2026, 12, 31))
    assert lo == at(2026, 12, 31, 0) and hi == at(2027, 1, 1, 0)


def test_overlaps_is_half_open() -> None:
    a = appt(at(2026, 12, 1, 10), 60)
    assert a.overlaps(at(2026, 12, 1, 10, 59), at(2026, 12, 1, 12))
    assert not a.overlaps(at(2026, 12, 1, 11), at(2026, 12, 1, 12))
    assert not a.overlaps(at(2026, 12, 1, 9), at(2026, 12, 1, 10))


# ----- colours -----


def test_every_swatch_has_readable_text() -> None:
    for colour in [*TYPE_COLOURS.values(), *STAFF_PALETTE]:
        assert contrast_ratio(colour.background, colour.foreground) >= 4.5


def test_type_colours_are_distinct_and_total() -> None:
    assert set(TYPE_COLOURS) == set(AppointmentType)
    assert len({c.background for c in TYPE_COLOURS.values()}) == len(AppointmentType)
    assert type_colour(AppointmentType.WORKSHOP).background == "#D55E00"


def test_staff_colour_is_stable_and_case_insensitive() -> None:
    # Pinned values: a change here would recolour everybody's calendar.
    assert staff_colour("derya.kaya") == staff_colour(" DERYA.KAYA ")
    assert staff_colour("derya.kaya").background == "#CC6677"
    assert staff_colour("zeynep").background == "#332288"
    assert len({staff_colour(f"kullanici{i}").background for i in range(60)}) > 5
