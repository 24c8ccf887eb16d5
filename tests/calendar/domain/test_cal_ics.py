from __future__ import annotations

import datetime as dt
import re

import pytest
from cal_support import DERANDOMIZED, appt, at
from hypothesis import given
from hypothesis import strategies as st

from kdm_desktop.domain.calendar import (
    ISTANBUL,
    AppointmentStatus,
    AppointmentType,
    export_ics,
    ics_calendar,
    ics_export_warning_tr,
)
from kdm_desktop.domain.calendar.ics import escape_text, fold_line
from kdm_desktop.domain.rules import DomainRuleError

NOW = dt.datetime(2026, 11, 20, 9, 15, 30, tzinfo=dt.UTC)
NUMBERS = {"case-1": "NRL-2026-0042"}


def unfold(text: str) -> list[str]:
    assert text.endswith("\r\n")
    return text[:-2].replace("\r\n ", "").split("\r\n")


def sample() -> str:
    mine = appt(
        at(2026, 12, 1, 10),
        50,
        staff="derya",
        room="Oda 2",
        case_id="case-1",
        note="Ayşe Yılmaz eşinden korkuyor",
        id="5b9f6f2e-36a0-4bb8-9a0e-3c0f0d4a1e77",
    )
    theirs = appt(at(2026, 12, 1, 10), 50, staff="elif", case_id="case-1")
    return ics_calendar([theirs, mine], "Derya", case_numbers=NUMBERS, now=NOW)


def test_structure_and_fields() -> None:
    lines = unfold(sample())
    assert lines[:5] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//KDM Desktop//Takvim//TR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    assert lines[-1] == "END:VCALENDAR"
    tz = lines[lines.index("BEGIN:VTIMEZONE") : lines.index("END:VTIMEZONE") + 1]
    assert "TZID:Europe/Istanbul" in tz
    assert "TZOFFSETFROM:+0300" in tz and "TZOFFSETTO:+0300" in tz
    event = lines[lines.index("BEGIN:VEVENT") : lines.index("END:VEVENT") + 1]
    assert "UID:5b9f6f2e-36a0-4bb8-9a0e-3c0f0d4a1e77@kdm-desktop.invalid" in event
    assert "DTSTAMP:20261120T091530Z" in event
    assert "DTSTART;TZID=Europe/Istanbul:20261201T100000" in event
    assert "DTEND;TZID=Europe/Istanbul:20261201T105000" in event
    assert "SUMMARY:Psikolojik destek – NRL-2026-0042" in event
    assert "LOCATION:Oda 2" in event
    assert "STATUS:CONFIRMED" in event and "CLASS:PRIVATE" in event


def test_only_the_staff_members_own_appointments() -> None:
    assert sample().count("BEGIN:VEVENT") == 1


def test_no_names_and_no_notes() -> None:
    text = sample()
    assert "Ayşe" not in text and "Yılmaz" not in text and "korkuyor" not in text
    assert "DESCRIPTION" not in text


def test_crlf_everywhere() -> None:
    text = sample()
    assert re.search(r"(?<!\r)\n", text) is None
    assert "\r" not in text.replace("\r\n", "")


def test_cancelled_status() -> None:
    a = appt(at(2026, 12, 1), staff="derya", status=AppointmentStatus.CANCELLED)
    assert "STATUS:CANCELLED" in unfold(ics_calendar([a], "derya", case_numbers={}, now=NOW))


def test_group_sessions_and_missing_numbers_give_the_type_only() -> None:
    workshop = appt(at(2026, 12, 1), staff="derya", type=AppointmentType.WORKSHOP)
    unnumbered = appt(at(2026, 12, 2), staff="derya", case_id="case-unknown")
    lines = unfold(ics_calendar([workshop, unnumbered], "derya", case_numbers=NUMBERS, now=NOW))
    assert [ln for ln in lines if ln.startswith("SUMMARY")] == [
        "SUMMARY:Atölye",
        "SUMMARY:Psikolojik destek",
    ]


def test_long_turkish_values_are_folded_within_75_octets() -> None:
    room = "Çocuk Görüşme Odası, Şükrü Saraçoğlu Binası; Üçüncü Kat ğğğ"
    a = appt(at(2026, 12, 1), staff="derya", room=room)
    text = ics_calendar([a], "derya", case_numbers={}, now=NOW)
    physical = text.split("\r\n")[:-1]
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert any(p.startswith(" ") for p in physical)
    assert f"LOCATION:{escape_text(room)}" in unfold(text)
    assert "\\," in escape_text(room) and "\\;" in escape_text(room)


def test_pre_2016_events_are_written_in_utc() -> None:
    winter_2015 = appt(dt.datetime(2015, 12, 1, 10, tzinfo=ISTANBUL), 60, staff="derya")
    lines = unfold(ics_calendar([winter_2015], "derya", case_numbers={}, now=NOW))
    assert "DTSTART:20151201T080000Z" in lines


def test_naive_dtstamp_is_refused() -> None:
    with pytest.raises(DomainRuleError):
        ics_calendar([], "derya", case_numbers={}, now=dt.datetime(2026, 1, 1))


def test_export_bytes() -> None:
    data = export_ics([], "derya", case_numbers={}, now=NOW)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")


def test_escaping() -> None:
    assert escape_text("a,b;c\\d\ne\r\nf\rg") == "a\\,b\\;c\\\\d\\ne\\nf\\ng"
    assert escape_text("x\x00y\tz") == "xy\tz"


@DERANDOMIZED
@given(st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc")), max_size=400))
def test_folding_is_lossless_and_utf8_safe(value: str) -> None:
    line = "SUMMARY:" + value
    folded = fold_line(line)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert folded.replace("\r\n ", "") == line
    # Each piece is whole characters, so it decodes on its own.
    for p in pieces:
        p.encode("utf-8").decode("utf-8")


def test_warning_text() -> None:
    text = ics_export_warning_tr()
    assert "Danışan adları" in text and "dosya numarası" in text
