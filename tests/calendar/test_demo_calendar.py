"""The demo's appointments: around today, for the demo staff, never clashing."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter

from kdm_desktop.domain.calendar import AppointmentStatus, AppointmentType, find_conflicts
from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.demo import DEMO_ADMIN, DEMO_PASSWORD, create_demo
from kdm_desktop.services.demo_calendar import CLOSED_REASON, SERIES_WEEKS


def test_demo_books_appointments_without_conflicts(tmp_path) -> None:
    started = time.perf_counter()
    result = create_demo(tmp_path / "demo", cases=20)
    elapsed = time.perf_counter() - started
    with open_session(result.path.parent, DEMO_ADMIN, DEMO_PASSWORD) as s:
        svc = CalendarService(s)
        today = svc.today()
        first, last = today - dt.timedelta(days=14), today + dt.timedelta(days=28)
        entries = svc.list_range(first, last)
        appts = [e.appointment for e in entries]
        assert len(appts) >= 60, elapsed
        assert {a.staff for a in appts} == {"sosyal", "psikolog", "avukat"}
        live = [a for a in appts if not a.is_cancelled]
        for i, a in enumerate(live):
            assert find_conflicts(a, live[:i] + live[i + 1 :]) == []
        holidays = {h.date for h in svc.holidays(first, last)}
        assert all(a.start.date() not in holidays and a.start.weekday() < 5 for a in appts)
        assert any(d.reason == CLOSED_REASON for d in svc.closed_days())
        linked = [e for e in entries if e.case_number]
        assert linked and len(linked) < len(entries)
        workshops = [a for a in appts if a.type is AppointmentType.WORKSHOP]
        assert len(workshops) == 1 and workshops[0].case_id is None
        # The series began in the past fortnight and runs past the four weeks ahead.
        later = svc.list_range(first, today + dt.timedelta(weeks=SERIES_WEEKS))
        series = Counter(e.appointment.series_id for e in later if e.in_series)
        assert list(series.values()) == [SERIES_WEEKS]
        past = Counter(a.status for a in appts if a.start.date() < today)
        assert past[AppointmentStatus.DONE] and past[AppointmentStatus.PLANNED] == 0
        assert past[AppointmentStatus.CANCELLED] + past[AppointmentStatus.NO_SHOW] > 0
        assert all(a.status is AppointmentStatus.PLANNED for a in appts if a.start.date() > today)
        assert s.verify_audit().sound
