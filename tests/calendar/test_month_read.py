"""Appointments read back for a month are exactly what the rules made when booking."""

from __future__ import annotations

import dataclasses
import datetime as dt

from calendar_support import at, booking

from kdm_desktop.services.calendar import CalendarService


def test_read_back_appointments_equal_validated_ones(cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        booked = [
            svc.add(booking(at(2026, 12, day, hour), case_ref=cal.case_number, note="Görüşme"))
            for day, hour in ((1, 9), (1, 11), (2, 14), (3, 10))
        ]
        entries = svc.list_range(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert [e.appointment.id for e in entries] == [b.id for b in booked]
    for entry in entries:
        appt = entry.appointment
        # `replace` runs every rule again: a stored row reads back unchanged by them.
        assert dataclasses.replace(appt) == appt
        assert appt.start.tzinfo is not None and appt.start.utcoffset() == dt.timedelta(hours=3)


def test_the_month_holds_what_overlaps_it_and_nothing_else(cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        inside = svc.add(booking(at(2026, 12, 31, 16), case_ref=cal.case_number))
        svc.add(booking(at(2027, 1, 4, 9), case_ref=cal.case_number))
        december = svc.list_range(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
        january = svc.list_range(dt.date(2027, 1, 1), dt.date(2027, 1, 3))
    assert [e.appointment.id for e in december] == [inside.id]
    assert january == []
