"""Draw a busy month (2,000 appointments) offscreen; target ≤ 100 ms.

    QT_QPA_PLATFORM=offscreen python bench/bench_calendar.py

Times building the entries and their layout, and `grab()` of the month and week
widgets at 1280x800.  Synthetic appointments only, no case file.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import time
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kdm_desktop.domain.calendar import (
    ISTANBUL,
    Appointment,
    AppointmentType,
    holidays_between,
    layout_day,
)
from kdm_desktop.services.calendar import CalendarEntry
from kdm_desktop.ui.calendar.month_view import MonthView
from kdm_desktop.ui.calendar.time_grid import TimeGridView

COUNT = 2000
TARGET_MS = 100.0
STAFF = [f"personel{i}" for i in range(12)]


def make_entries(year: int, month: int) -> list[CalendarEntry]:
    rng = random.Random(42)
    kinds = list(AppointmentType)
    out = []
    for i in range(COUNT):
        day = dt.date(year, month, 1 + rng.randrange(28))
        start = dt.datetime(
            day.year,
            day.month,
            day.day,
            8 + rng.randrange(10),
            rng.choice((0, 15, 30, 45)),
            tzinfo=ISTANBUL,
        )
        a = Appointment(
            id=str(uuid.UUID(int=i + 1)),
            start=start,
            duration_minutes=rng.choice((30, 45, 50, 60, 90)),
            staff=rng.choice(STAFF),
            type=rng.choice(kinds),
        )
        out.append(CalendarEntry(a.id, a, f"A. Y. · NRL-2026-{i:04d}", None, a.staff))
    return out


def main() -> None:
    app = QApplication.instance() or QApplication([])
    month_view = MonthView()
    month_view.resize(1280, 800)
    week_view = TimeGridView(7)
    week_view.resize(1280, 800)
    holidays = holidays_between(dt.date(2026, 10, 1), dt.date(2026, 11, 8))
    timings: dict[str, list[float]] = {"data": [], "layout": [], "month": [], "week": []}
    for _ in range(7):
        tq = time.perf_counter()
        entries = make_entries(2026, 10)
        t0 = time.perf_counter()
        by_day: dict[dt.date, list[Appointment]] = {}
        for e in entries:
            by_day.setdefault(e.appointment.start.date(), []).append(e.appointment)
        for appts in by_day.values():
            layout_day(appts)
        t1 = time.perf_counter()
        month_view.set_month(2026, 10)
        month_view.set_data(entries, holidays)
        month_view.grab()
        t2 = time.perf_counter()
        week_view.set_anchor(dt.date(2026, 10, 28))
        week_view.set_data(entries, holidays)
        week_view.grab()
        t3 = time.perf_counter()
        timings["data"].append((t0 - tq) * 1000)
        timings["layout"].append((t1 - t0) * 1000)
        timings["month"].append((t2 - t1) * 1000)
        timings["week"].append((t3 - t2) * 1000)
    for name, values in timings.items():
        print(f"{name:>6}: median {statistics.median(values):7.1f} ms  (min {min(values):.1f})")
    month_total = statistics.median(
        [a + b for a, b in zip(timings["layout"], timings["month"], strict=True)]
    )
    verdict = "OK" if month_total <= TARGET_MS else "SLOW"
    print(
        f"layout + month view with {COUNT} appointments: {month_total:.1f} ms "
        f"(target ≤ {TARGET_MS:.0f}) {verdict}; 'data' is building the synthetic "
        "appointments, which the real page gets from the service"
    )
    del app


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    # PySide 6 can abort in its own teardown during interpreter finalisation after
    # many paints ("none_dealloc"); the figures are printed, so skip the teardown.
    os._exit(0)
