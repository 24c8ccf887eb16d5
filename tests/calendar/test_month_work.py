"""A full month is read and drawn with work that does not grow per appointment where
it need not: one label per case and type, one entry font per style."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from calendar_support import at, booking

from kdm_desktop.domain.calendar import (
    Appointment,
    AppointmentStatus,
    AppointmentType,
    display_label,
)
from kdm_desktop.services.calendar import CalendarEntry, CalendarService
from kdm_desktop.ui.calendar import month_view, paint


def test_a_weekly_client_is_labelled_once_per_read(cal, monkeypatch: pytest.MonkeyPatch) -> None:
    import kdm_desktop.services.calendar.base as base

    calls: list[str] = []

    def counting(*args: Any, **kw: Any) -> str:
        calls.append(args[0].id)
        return display_label(*args, **kw)

    with cal.login() as s:
        svc = CalendarService(s)
        for day in range(1, 29):
            svc.add(booking(at(2026, 12, day, 10), case_ref=cal.case_number))
        svc.add(booking(at(2026, 12, 3, 14), type=AppointmentType.WORKSHOP))
        expected = [e.label for e in svc.list_range(dt.date(2026, 12, 1), dt.date(2026, 12, 31))]
        monkeypatch.setattr(base, "display_label", counting)
        entries = svc.list_range(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert len(entries) == 29
    assert [e.label for e in entries] == expected  # same text as labelling each one
    assert len(calls) == 2  # the client's sessions once, the workshop once


def _entries(n: int) -> list[CalendarEntry]:
    out = []
    for i in range(n):
        start = at(2026, 3, 1 + i % 28, 8 + i % 9)
        appt = Appointment.stored(
            id=f"a{i:05d}",
            start=start,
            duration_minutes=30,
            staff="derya",
            room=None,
            case_id=None,
            type=AppointmentType.WORKSHOP,
            note="",
            interpreter_needed=False,
            status=AppointmentStatus.PLANNED,
            start_in_istanbul=True,
        )
        out.append(CalendarEntry(f"a{i:05d}", appt, "Atölye", None, "Derya"))
    return out


def test_a_month_of_2000_draws_what_fits_with_fonts_made_once(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = 0
    real = paint.QFontMetrics

    def counting(*args: Any) -> Any:
        nonlocal made
        made += 1
        return real(*args)

    for module in (month_view, paint):
        monkeypatch.setattr(module, "QFontMetrics", counting)
    view = month_view.MonthView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.set_month(2026, 3)
    view.set_data(_entries(2000), [], today=dt.date(2026, 3, 2))
    drawn = view.hit_rects()
    # Each cell shows what fits (a few rows) and "+N more"; never 2,000 rectangles.
    assert 0 < len(drawn) <= 6 * 7 * 8
    first = made
    view.grab()
    # One metrics for the day numbers and one per entry style; none per entry.
    assert made - first <= 2
