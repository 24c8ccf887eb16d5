"""CalendarService: booking, conflicts, warnings, series, status, privacy, exports."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from calendar_support import CLIENT_FIRST, CLIENT_LAST, at, booking
from pypdf import PdfReader

from kdm_desktop import messages
from kdm_desktop.domain.calendar import AppointmentStatus, AppointmentType
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import KdmError, PermissionDenied, RefusedInput
from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.services.service_log import ServiceLogService


def test_add_and_list_with_names_for_staff(cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        booked = svc.add(
            booking(at(2026, 12, 1), case_ref=cal.case_number, note="Ayşe ile görüşme")
        )
        assert booked.warnings == []
        [entry] = svc.list_range(dt.date(2026, 12, 1), dt.date(2026, 12, 1))
    assert entry.appointment.id == booked.id
    assert entry.label == f"Psikolojik destek · {CLIENT_FIRST} {CLIENT_LAST} · {cal.case_number}"
    assert entry.appointment.note == "Ayşe ile görüşme"
    assert entry.staff_name == "Derya Kaya"


def test_staff_and_room_conflicts_are_refused_with_turkish_message(cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        svc.add(booking(at(2026, 12, 1, 10)))
        with pytest.raises(RefusedInput) as exc:
            svc.add(booking(at(2026, 12, 1, 10, 30), room="Oda 2"))
        assert exc.value.exit_code == 4
        assert "Derya Kaya 10:00–10:50 arasında başka bir randevuda" in exc.value.message
        with pytest.raises(RefusedInput) as room:
            svc.add(booking(at(2026, 12, 1, 10, 20), staff="avukat", room="oda 1"))
        assert "Oda 1 bu saatte dolu (10:00–10:50)" in room.value.message
        # Back to back is fine.
        svc.add(booking(at(2026, 12, 1, 10, 50)))
        assert len(svc.list_range(dt.date(2026, 12, 1), dt.date(2026, 12, 1))) == 2


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (at(2026, 10, 29, 10), "resmî tatil: Cumhuriyet Bayramı"),
        (at(2026, 10, 28, 14), "arife günü (Cumhuriyet Bayramı)"),
        (at(2027, 1, 1, 10), "resmî tatil: Yılbaşı"),
        (at(2026, 12, 5, 10), "merkezin çalışma günü değil"),
        (at(2026, 12, 1, 18), "çalışma saatleri dışında"),
    ],
)
def test_warnings_for_holidays_eves_and_hours(cal, start, expected) -> None:
    with cal.login() as s:
        booked = CalendarService(s).add(booking(start))
    assert any(expected in w for w in booked.warnings), booked.warnings


def test_kurban_bayrami_eve_2027_morning_is_fine_afternoon_warns(cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        eves = [h for h in svc.holidays(dt.date(2027, 1, 1), dt.date(2027, 12, 31)) if h.half_day]
        kurban = next(h for h in eves if "Kurban" in h.name_tr)
        morning = svc.add(booking(at(kurban.date.year, kurban.date.month, kurban.date.day, 9)))
        afternoon = svc.add(booking(at(kurban.date.year, kurban.date.month, kurban.date.day, 14)))
    assert not any("arife" in w for w in morning.warnings)
    assert any("arife günü (Kurban Bayramı)" in w for w in afternoon.warnings)


def test_closed_day_warns_and_shows_as_holiday(cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        svc.add_closed_day(dt.date(2026, 12, 3), "İdari izin")
        booked = svc.add(booking(at(2026, 12, 3)))
        assert any("merkez kapalı (İdari izin)" in w for w in booked.warnings)
        [h] = svc.holidays(dt.date(2026, 12, 3), dt.date(2026, 12, 3))
        assert h.centre and h.name_tr == "İdari izin"
        assert svc.remove_closed_day(dt.date(2026, 12, 3))
        assert svc.closed_days() == []


def test_weekly_series_across_year_end_is_stored_and_materialised(cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        booked = svc.add_weekly(booking(at(2026, 12, 8, 11), case_ref=cal.case_number), 8)
        assert booked.series_id is not None
        # 1 January 2027 is a Friday: no occurrence falls on it, no warning is due.
        entries = svc.list_range(dt.date(2026, 12, 1), dt.date(2027, 2, 28))
    days = [e.appointment.start.date() for e in entries]
    assert days == [dt.date(2026, 12, 8) + dt.timedelta(weeks=i) for i in range(8)]
    assert all(e.appointment.start.hour == 11 for e in entries)
    assert {e.appointment.series_id for e in entries} == {booked.series_id}
    # Stored, not only computed: a new session sees the same series.
    with cal.login() as s:
        jan = CalendarService(s).list_range(dt.date(2027, 1, 1), dt.date(2027, 1, 31))
    assert [e.appointment.start.day for e in jan] == [5, 12, 19, 26]


def test_series_conflict_names_the_occurrence_and_stores_nothing(cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        svc.add(booking(at(2027, 1, 12, 11, 30), room="Oda 3"))
        with pytest.raises(RefusedInput) as exc:
            svc.add_weekly(booking(at(2026, 12, 8, 11)), 8)
        assert "12 Ocak 2027 Salı, 11:00 tarihli seans çakışıyor" in exc.value.message
        assert len(svc.list_range(dt.date(2026, 12, 1), dt.date(2027, 2, 28))) == 1


def test_cancel_and_move_single_occurrence(cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        svc.add_weekly(booking(at(2026, 12, 8, 11)), 4)
        entries = svc.list_range(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
        svc.cancel(entries[1].ref)
        moved = svc.change(entries[2].ref, start=at(2026, 12, 23, 14))
        assert moved.warnings == []
        # The cancelled slot is free again.
        svc.add(booking(at(2026, 12, 15, 11)))
        after = svc.list_range(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    by_ref = {e.ref: e.appointment for e in after}
    assert by_ref[entries[1].ref].status is AppointmentStatus.CANCELLED
    assert by_ref[entries[2].ref].start == at(2026, 12, 23, 14)
    assert by_ref[entries[0].ref].start == at(2026, 12, 8, 11)
    assert len(after) == 5


def test_moving_into_a_clash_is_refused(cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        first = svc.add(booking(at(2026, 12, 1, 10)))
        second = svc.add(booking(at(2026, 12, 1, 12)))
        with pytest.raises(RefusedInput):
            svc.change(second.ref, start=at(2026, 12, 1, 10, 15))
        assert svc.get(first.ref).appointment.start == at(2026, 12, 1, 10)


def test_done_adds_a_service_entry(cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        booked = svc.add(booking(at(2026, 11, 2, 10), case_ref=cal.case_number))
        entry = svc.set_status(booked.ref, AppointmentStatus.DONE, add_service=True)
        assert entry.appointment.status is AppointmentStatus.DONE
        [service] = ServiceLogService(s).for_case(cal.case_id)
    assert service.kind.value == "psikolojik"
    assert service.date == dt.date(2026, 11, 2)
    assert service.staff == "derya" and service.duration_minutes == 50


def test_secretary_sees_initials_and_no_notes(cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        svc.add(booking(at(2026, 12, 1), case_ref=cal.case_number, note="Gizli not"))
        svc.add(booking(at(2026, 12, 1, 14), type=AppointmentType.WORKSHOP, note="Atölye notu"))
    with cal.login("sekreter") as s:
        svc = CalendarService(s)
        entries = svc.list_range(dt.date(2026, 12, 1), dt.date(2026, 12, 1))
        # She can book by case number without seeing the case.
        svc.add(booking(at(2026, 12, 2), case_ref=cal.case_number, staff="avukat"))
        with pytest.raises(PermissionDenied):
            svc.set_status(entries[0].ref, AppointmentStatus.DONE, add_service=True)
    assert entries[0].label == f"A. Y. · {cal.case_number}"
    assert entries[0].appointment.note == ""
    assert entries[1].label == "Atölye" and entries[1].appointment.note == "Atölye notu"
    assert all(CLIENT_FIRST not in e.label and CLIENT_LAST not in e.label for e in entries)


def test_unknown_staff_and_bad_values_are_validation_errors(cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        with pytest.raises(ValidationErrors) as exc:
            svc.add(booking(at(2026, 12, 1), staff="sekreter"))
        assert exc.value.field == "staff"
        with pytest.raises(ValidationErrors) as dur:
            svc.add(booking(at(2026, 12, 1), duration_minutes=2))
        assert dur.value.exit_code == 4 and "Süre 5 ile 600 dakika" in dur.value.message
        with pytest.raises(KdmError):
            svc.cancel("00000000-0000-0000-0000-000000000000")


def test_ics_has_case_numbers_only_and_is_audited(cal, tmp_path: Path) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        svc.add(booking(at(2026, 12, 1), case_ref=cal.case_number, note="Gizli not"))
        svc.add(booking(at(2026, 12, 1, 14), staff="avukat", case_ref=cal.case_number))
    path = tmp_path / "takvim.ics"
    with cal.login("derya") as s:
        count = CalendarService(s).export_own_ics(path, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert count == 1  # only her own appointment
    text = path.read_bytes().decode("utf-8")
    assert f"SUMMARY:Psikolojik destek – {cal.case_number}" in text
    assert CLIENT_FIRST not in text and CLIENT_LAST not in text and "Gizli not" not in text
    with cal.login() as s:
        actions = [(e.action, e.object_type, e.username) for e in s.audit_entries(10)]
    assert ("export", "calendar_ics", "derya") in actions


def _pdf_fonts(reader: PdfReader) -> list[tuple[str, bool]]:
    out = []
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            desc = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            fd = desc.get("/FontDescriptor")
            out.append((str(font["/BaseFont"]), fd is not None and "/FontFile2" in fd.get_object()))
    return out


def test_day_list_pdf_has_initials_and_numbers_only(cal, tmp_path: Path) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        svc.add(booking(at(2026, 10, 28, 10), case_ref=cal.case_number, note="Gizli not"))
        path = tmp_path / "gun.pdf"
        assert svc.day_list_pdf(dt.date(2026, 10, 28), path) == 1
        week = tmp_path / "hafta.pdf"
        svc.staff_week_pdf("derya", dt.date(2026, 10, 28), week)
    for pdf in (path, week):
        reader = PdfReader(pdf)
        text = "".join(p.extract_text() for p in reader.pages)
        assert f"A. Y. · {cal.case_number}" in text
        assert CLIENT_FIRST not in text and CLIENT_LAST not in text and "Gizli not" not in text
        assert "Psikolojik" not in text
        assert "Cumhuriyet Bayramı (yarım gün: 13.00'ten sonra tatil)" in text
        fonts = _pdf_fonts(reader)
        assert fonts and all(embedded for _, embedded in fonts), fonts
        assert not any("Helvetica" in name or "Times" in name for name, _ in fonts)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Günün randevuları — 28 Ekim 2026 Çarşamba" in text
    assert "Derya Kaya" in text
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-singlefile", str(path), "/tmp/calendar_day_list"],
        check=True,
    )


def test_a_rule_message_speaks_english_in_english_mode(cal) -> None:
    """calendar.rule was "{message}" with a Turkish sentence: English mode showed Turkish."""
    with cal.login() as s:
        svc = CalendarService(s)
        try:
            messages.set_language("en")
            with pytest.raises(ValidationErrors) as dur:
                svc.add(booking(at(2026, 12, 1), duration_minutes=2))
            shown_en = dur.value.message
        finally:
            messages.set_language("tr")
        assert dur.value.key == "calendar.rule" and dur.value.field == "duration_minutes"
        assert shown_en == "The duration must be between 5 and 600 minutes (given: 2)."
        # Read in the language of the moment it is shown (the window can switch).
        assert dur.value.message == "Süre 5 ile 600 dakika arasında olmalı (verilen: 2)."
        with pytest.raises(ValidationErrors) as again:
            svc.add(booking(at(2026, 12, 1), duration_minutes=2))
        assert again.value.message == "Süre 5 ile 600 dakika arasında olmalı (verilen: 2)."
