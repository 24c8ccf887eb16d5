"""The month view's read (`CalendarService.day_cells`): per day, the first appointments
a cell can show and how many the day has, exactly as `list_range` lists them, and
built only for what is shown."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import uuid
from collections import defaultdict
from typing import Any

import pytest
from calendar_support import at, booking
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kdm_desktop.domain.calendar import (
    Appointment,
    AppointmentStatus,
    AppointmentType,
    Frequency,
    Recurrence,
)
from kdm_desktop.errors import RefusedInput
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.calendar import CalendarEntry, CalendarService
from kdm_desktop.services.session import Session
from kdm_desktop.storage.calendar_repo import CalendarRepository

STAFF = ("derya", "avukat")


def _insert(s: Session, appts: list[Appointment]) -> None:
    """Many singles at once, clashes allowed (the read does not judge them)."""
    with s.db.transaction() as tx:
        repo = CalendarRepository(tx)
        for a in appts:
            repo.insert(a, at=s.timestamp(), by="admin")


def _by_day(entries: list[CalendarEntry], first: dt.date, last: dt.date) -> dict[dt.date, list]:
    table: dict[dt.date, list[CalendarEntry]] = defaultdict(list)
    for e in entries:
        day = e.appointment.start.date()
        if first <= day <= last:
            table[day].append(e)
    return dict(table)


def _assert_same_as_list_range(
    svc: CalendarService, first: dt.date, last: dt.date, staff: str | None, per_day: int
) -> None:
    expected = _by_day(svc.list_range(first, last, staff), first, last)
    cells = svc.day_cells(first, last, staff, per_day=per_day)
    assert set(cells) == set(expected)
    for day, entries in expected.items():
        assert cells[day].total == len(entries)
        assert list(cells[day].entries) == entries[:per_day]


_single = st.tuples(
    st.integers(0, 4),  # day offset in the month: few days, so cells fill and
    st.sampled_from((9, 9, 10, 23)),  # starts tie (late ones run past midnight)
    st.sampled_from((0, 30)),
    st.sampled_from((0, 0, 0, 30)),  # seconds: typed in the CLI file
    st.sampled_from((0, 0, 0, 500_000)),  # microseconds: stored, though no form makes them
    st.sampled_from((30, 50, 90)),
    st.booleans(),  # linked to the case
    st.sampled_from(tuple(AppointmentStatus)),
)
_series = st.tuples(
    st.integers(0, 9),
    st.integers(8, 17),
    st.sampled_from(STAFF),
    st.sampled_from((Frequency.DAILY, Frequency.WEEKLY)),
    st.integers(2, 8),
    st.lists(st.integers(0, 7), max_size=3),  # occurrences to cancel
    st.lists(st.tuples(st.integers(0, 7), st.integers(-3, 12)), max_size=2),  # to move
)


def test_each_day_shows_what_list_range_shows_first(cal) -> None:
    """Property: for any mix of singles (ties, seconds, past midnight, cancelled),
    series with cancelled and moved occurrences, staff filter and cell size, the
    cells hold list_range's first entries per day and its count."""
    months = itertools.count()
    with cal.login() as admin:
        svc = CalendarService(admin)

        @settings(
            max_examples=30,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        )
        @given(
            singles=st.lists(_single, min_size=4, max_size=30),
            series=st.lists(_series, max_size=2),
            per_day=st.integers(0, 4),
            staff=st.sampled_from((None, *STAFF)),
            before=st.booleans(),
        )
        def check(
            singles: list[Any], series: list[Any], per_day: int, staff: str | None, before: bool
        ) -> None:
            n = next(months)
            year, month = 2030 + n // 12, 1 + n % 12
            first = dt.date(year, month, 2)
            last = first + dt.timedelta(days=8)
            appts = [
                Appointment(
                    id=str(uuid.uuid4()),
                    start=at(year, month, 1 + d, hh, mm).replace(second=ss, microsecond=us),
                    duration_minutes=minutes,
                    staff=STAFF[i % 2],  # alternating: equal starts tie across staff
                    type=AppointmentType.PSYCHOLOGICAL_SUPPORT,
                    case_id=cal.case_id if linked else None,
                    note="Görüşme notu",
                    status=status,
                )
                for i, (d, hh, mm, ss, us, minutes, linked, status) in enumerate(singles)
            ]
            if before:  # began the evening before the first day and runs into it
                appts.append(
                    Appointment(
                        id=str(uuid.uuid4()),
                        start=at(year, month, 1, 23, 30),
                        duration_minutes=120,
                        staff="derya",
                        type=AppointmentType.WORKSHOP,
                    )
                )
            for d, hh, who, freq, count, cancels, moves in series:
                try:
                    booked = svc.add_series(
                        booking(at(year, month, 1 + d, hh, 5), staff=who, case_ref=cal.case_number),
                        Recurrence(freq, count=count),
                    )
                except RefusedInput:  # clashes with the other series
                    continue
                series_id, _, start = booked.ref.partition("/")
                step = 1 if freq is Frequency.DAILY else 7
                dates = [dt.date.fromisoformat(start) + dt.timedelta(days=step * i)
                         for i in range(count)]  # fmt: skip
                for i in cancels:
                    if i < count:
                        svc.cancel(f"{series_id}/{dates[i]}")
                for i, shift in moves:
                    if i < count:
                        ref = f"{series_id}/{dates[i]}"
                        new = svc.get(ref).appointment.start + dt.timedelta(days=shift, hours=5)
                        # A clash with another occurrence leaves it where it was.
                        with contextlib.suppress(RefusedInput):
                            svc.change(ref, start=new)
            _insert(admin, appts)  # after the series: clashes with them allowed
            _assert_same_as_list_range(svc, first, last, staff, per_day)

        check()


def test_the_sekreter_sees_in_the_cells_what_she_sees_in_the_list(cal) -> None:
    """Initials and case number, no note of a case, cancelled and moved occurrences
    and same-minute ties all as list_range gives them to her."""
    with cal.login() as admin:
        svc = CalendarService(admin)
        _insert(
            admin,
            [
                Appointment(
                    id=str(uuid.uuid4()),
                    start=at(2026, 12, 7 + i % 3, 10),
                    duration_minutes=50,
                    staff=STAFF[i % 2] if i < 6 else "admin",
                    type=AppointmentType.LEGAL_COUNSELLING,
                    case_id=cal.case_id if i % 3 else None,
                    note="Görüşme notu",
                    status=AppointmentStatus.CANCELLED if i == 4 else AppointmentStatus.PLANNED,
                )
                for i in range(9)
            ],
        )
        booked = svc.add_series(
            booking(at(2026, 12, 7, 14), case_ref=cal.case_number, note="Seri notu"),
            Recurrence(Frequency.DAILY, count=5),
        )
        series_id = booked.series_id
        svc.cancel(f"{series_id}/2026-12-08")
        svc.change(f"{series_id}/2026-12-09", start=at(2026, 12, 7, 9))
    with cal.login("sekreter") as s:
        svc = CalendarService(s)
        for per_day in (0, 1, 2, 3, 10):
            _assert_same_as_list_range(
                svc, dt.date(2026, 12, 1), dt.date(2026, 12, 31), None, per_day
            )
        cells = svc.day_cells(dt.date(2026, 12, 1), dt.date(2026, 12, 31), per_day=10)
    shown = [e for c in cells.values() for e in c.entries]
    assert len(shown) == 14 and cells[dt.date(2026, 12, 7)].total == 5
    assert all(e.appointment.note == "" for e in shown if e.appointment.case_id)
    assert all("Yılmaz" not in e.label for e in shown)


def test_the_read_builds_only_what_the_cells_show(cal, monkeypatch: pytest.MonkeyPatch) -> None:
    import kdm_desktop.storage.calendar_repo as repo_module

    built = 0
    real = repo_module.appointment_from_row

    def counting(*args: Any, **kw: Any) -> Appointment:
        nonlocal built
        built += 1
        return real(*args, **kw)

    with cal.login() as s:
        svc = CalendarService(s)
        appts = [
            Appointment(
                id=str(uuid.uuid4()),
                start=at(2026, 3, 1 + day, 8 + slot % 10, 15 * (slot // 10)),
                duration_minutes=30,
                staff=STAFF[slot % 2],
                type=AppointmentType.FOLLOW_UP,
                case_id=cal.case_id,
            )
            for day in range(28)
            for slot in range(40)
        ]
        _insert(s, appts)
        monkeypatch.setattr(repo_module, "appointment_from_row", counting)
        cells = svc.day_cells(dt.date(2026, 2, 23), dt.date(2026, 4, 5), per_day=6)
        read_for_cells = built
        built = 0
        svc.list_range(dt.date(2026, 2, 23), dt.date(2026, 4, 5))
    assert sum(c.total for c in cells.values()) == 28 * 40
    assert all(len(c.entries) == 6 for c in cells.values())
    assert read_for_cells == 28 * 6  # 168 appointments made, not 1,120
    assert built == 28 * 40


def test_the_read_is_audited_like_a_listed_range(cal) -> None:
    """Names were shown: recorded like a page of the case list, counting the rows shown."""
    with cal.login() as s:
        svc = CalendarService(s)
        for hour in (9, 11, 14):
            svc.add(booking(at(2026, 12, 3, hour), case_ref=cal.case_number))
        svc.day_cells(dt.date(2026, 11, 30), dt.date(2027, 1, 10), per_day=2)
        [last] = s.audit_entries(1)
    assert (last.action, last.object_type) == (AuditAction.SEARCH, "calendar")
    assert last.detail == "from=2026-11-30 to=2027-01-10 rows=2"


def test_a_range_out_of_bounds_is_refused_like_list_range(cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        with pytest.raises(RefusedInput):
            svc.day_cells(dt.date(2026, 1, 1), dt.date(2040, 1, 1), per_day=4)
        with pytest.raises(RefusedInput):
            svc.list_range(dt.date(2026, 1, 1), dt.date(2040, 1, 1))
