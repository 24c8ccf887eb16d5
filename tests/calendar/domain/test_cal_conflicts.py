from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import random
import time

from cal_support import DERANDOMIZED, appt, at
from hypothesis import given
from hypothesis import strategies as st

from kdm_desktop.domain.calendar import (
    AppointmentStatus,
    ConflictIndex,
    ConflictKind,
    find_all_conflicts,
    find_conflicts,
)
from kdm_desktop.domain.calendar.appointments import Appointment

NAMES = {"derya": "Derya Kaya", "elif": "Elif Şahin"}


def test_same_staff_overlap_is_refused_with_a_turkish_message() -> None:
    booked = appt(at(2026, 12, 1, 10), 60, staff="derya")
    candidate = appt(at(2026, 12, 1, 10, 30), 60, staff="derya")
    [conflict] = find_conflicts(candidate, [booked], staff_names=NAMES)
    assert conflict.kind is ConflictKind.STAFF and conflict.other == booked
    assert conflict.message_tr == "Derya Kaya 10:00–11:00 arasında başka bir randevuda"


def test_unknown_staff_falls_back_to_the_user_name() -> None:
    booked = appt(at(2026, 12, 1, 10), 60, staff="zeynep")
    [conflict] = find_conflicts(appt(at(2026, 12, 1, 10), 30, staff="zeynep"), [booked])
    assert conflict.message_tr.startswith("zeynep 10:00–11:00")


def test_same_room_overlap_is_refused() -> None:
    booked = appt(at(2026, 12, 1, 10), 60, staff="elif", room="Oda 2")
    candidate = appt(at(2026, 12, 1, 9, 30), 60, staff="derya", room="oda  2")
    [conflict] = find_conflicts(candidate, [booked], staff_names=NAMES)
    assert conflict.kind is ConflictKind.ROOM
    assert conflict.message_tr == "Oda 2 bu saatte dolu (10:00–11:00)"


def test_staff_and_room_both_reported_staff_first() -> None:
    booked = appt(at(2026, 12, 1, 10), 60, staff="derya", room="Oda 2")
    candidate = appt(at(2026, 12, 1, 10), 60, staff="derya", room="Oda 2")
    kinds = [c.kind for c in find_conflicts(candidate, [booked])]
    assert kinds == [ConflictKind.STAFF, ConflictKind.ROOM]


def test_back_to_back_is_fine() -> None:
    booked = appt(at(2026, 12, 1, 10), 60, staff="derya", room="Oda 2")
    after = appt(at(2026, 12, 1, 11), 60, staff="derya", room="Oda 2")
    before = appt(at(2026, 12, 1, 9), 60, staff="derya", room="Oda 2")
    assert find_conflicts(after, [booked]) == []
    assert find_conflicts(before, [booked]) == []
    assert ConflictIndex([booked]).conflicts_for(after) == []


def test_cancelled_appointments_never_conflict() -> None:
    booked = appt(at(2026, 12, 1, 10), 60, room="Oda 2", status=AppointmentStatus.CANCELLED)
    candidate = appt(at(2026, 12, 1, 10), 60, room="Oda 2")
    assert find_conflicts(candidate, [booked]) == []
    assert ConflictIndex([booked]).conflicts_for(candidate) == []
    live = appt(at(2026, 12, 1, 10), 60, room="Oda 2")
    cancelled = dataclasses.replace(candidate, status=AppointmentStatus.CANCELLED)
    assert find_conflicts(cancelled, [live]) == []


def test_editing_does_not_conflict_with_itself() -> None:
    booked = appt(at(2026, 12, 1, 10), 60, room="Oda 2")
    moved = dataclasses.replace(booked, start=at(2026, 12, 1, 10, 30))
    assert find_conflicts(moved, [booked]) == []
    assert ConflictIndex([booked]).conflicts_for(moved) == []


def test_other_staff_in_other_rooms_is_fine() -> None:
    booked = appt(at(2026, 12, 1, 10), 60, staff="elif", room="Oda 1")
    assert (
        find_conflicts(appt(at(2026, 12, 1, 10), 60, staff="derya", room="Oda 2"), [booked]) == []
    )
    # No room on either side never counts as the same room.
    assert (
        find_conflicts(appt(at(2026, 12, 1, 10), 60, staff="derya"), [appt(at(2026, 12, 1, 10))])
        != []
    )
    assert (
        find_conflicts(
            appt(at(2026, 12, 1, 10), staff="derya"), [appt(at(2026, 12, 1, 10), staff="elif")]
        )
        == []
    )


def test_clash_over_midnight_shows_dates() -> None:
    booked = appt(at(2026, 12, 1, 23), 120, staff="derya")
    [conflict] = find_conflicts(
        appt(at(2026, 12, 2, 0, 30), 30, staff="derya"), [booked], staff_names=NAMES
    )
    assert conflict.message_tr == (
        "Derya Kaya 1 Aralık 2026 Salı, 23:00–2 Aralık 2026 Çarşamba, 01:00 "
        "arasında başka bir randevuda"
    )


def test_index_checks_a_series_against_itself() -> None:
    index = ConflictIndex()
    first = appt(at(2026, 12, 1, 10), 60, room="Oda 2")
    assert index.conflicts_for(first) == []
    index.add(first)
    assert [c.other for c in index.conflicts_for(appt(at(2026, 12, 1, 10, 15), 30))] == [first]


# ----- equivalence and sweep -----

_slots = st.builds(
    lambda day, quarter, length, staff, room, cancelled: appt(
        at(2026, 12, 1 + day, 8) + dt.timedelta(minutes=15 * quarter),
        length,
        staff=staff,
        room=room,
        status=AppointmentStatus.CANCELLED if cancelled else AppointmentStatus.PLANNED,
    ),
    st.integers(0, 1),
    st.integers(0, 60),
    st.sampled_from([5, 15, 45, 60, 90, 600]),
    st.sampled_from(["derya", "elif", "zeynep"]),
    st.sampled_from([None, "Oda 1", "oda 1", "Oda 2"]),
    st.booleans(),
)


def _brute(candidate: Appointment, existing: list[Appointment]) -> set[tuple[ConflictKind, str]]:
    out: set[tuple[ConflictKind, str]] = set()
    if candidate.is_cancelled:
        return out
    for o in existing:
        if o.is_cancelled or o.id == candidate.id:
            continue
        if not (o.start < candidate.end and candidate.start < o.end):
            continue
        if o.staff == candidate.staff:
            out.add((ConflictKind.STAFF, o.id))
        if o.room and candidate.room and o.room.lower() == candidate.room.lower():
            out.add((ConflictKind.ROOM, o.id))
    return out


@DERANDOMIZED
@given(st.lists(_slots, max_size=25), _slots)
def test_index_and_scan_agree_with_brute_force(
    existing: list[Appointment], candidate: Appointment
) -> None:
    expected = _brute(candidate, existing)
    scanned = find_conflicts(candidate, existing)
    indexed = ConflictIndex(existing).conflicts_for(candidate)
    assert {(c.kind, c.other.id) for c in scanned} == expected
    assert {(c.kind, c.other.id) for c in indexed} == expected
    assert len(scanned) == len(expected) == len(indexed)


@DERANDOMIZED
@given(st.lists(_slots, max_size=25))
def test_sweep_finds_every_clashing_pair(items: list[Appointment]) -> None:
    expected = set()
    for a, b in itertools.combinations(items, 2):
        for kind, _ in _brute(a, [b]):
            expected.add((kind, frozenset((a.id, b.id))))
    found = [(p.kind, frozenset((p.first.id, p.second.id))) for p in find_all_conflicts(items)]
    assert len(found) == len(set(found))
    assert set(found) == expected
    for p in find_all_conflicts(items):
        assert p.first.start <= p.second.start


def test_a_busy_month_is_checked_quickly() -> None:
    rng = random.Random(2026)
    staff = [f"kullanici{i}" for i in range(25)]
    rooms = [f"Oda {i}" for i in range(12)]
    month = [
        appt(
            at(2026, 12, 1 + rng.randrange(31), 8) + dt.timedelta(minutes=15 * rng.randrange(40)),
            rng.choice([30, 45, 60, 90]),
            staff=rng.choice(staff),
            room=rng.choice(rooms),
        )
        for _ in range(2000)
    ]
    began = time.perf_counter()
    index = ConflictIndex(month)
    total = sum(len(index.conflicts_for(a)) for a in month)
    pairs = find_all_conflicts(month)
    elapsed = time.perf_counter() - began
    assert total == 2 * len(pairs)  # every clash is seen from both sides
    assert elapsed < 2.0
