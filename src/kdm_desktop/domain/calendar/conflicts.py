"""Double-booking checks: one staff member, or one room, cannot be in two places at once.

Intervals are half-open, [start, end): a session ending at 11:00 and one starting at
11:00 do not conflict.  Cancelled appointments never conflict, neither as candidate nor
as existing booking.  Editing an appointment checks it against everything except itself
(same ``id``).

`ConflictIndex` answers each query in O(log n + k): bookings are kept sorted by start per
staff member and per room, and because no appointment lasts longer than
`MAX_DURATION_MINUTES`, only bookings starting in (candidate start − that maximum,
candidate end) can overlap.  `find_all_conflicts` sweeps a whole month at once.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from kdm_desktop.domain.calendar.appointments import MAX_DURATION_MINUTES, Appointment
from kdm_desktop.domain.calendar.wording import ShownDay
from kdm_desktop.domain.rules import Label
from kdm_desktop.domain.turkish import fold_for_search

__all__ = [
    "Conflict",
    "ConflictIndex",
    "ConflictKind",
    "ConflictPair",
    "find_all_conflicts",
    "find_conflicts",
    "room_key",
]

_LONGEST: Final = dt.timedelta(minutes=MAX_DURATION_MINUTES)


class ConflictKind(StrEnum):
    STAFF = "staff"
    ROOM = "room"


@dataclass(frozen=True, slots=True)
class Conflict:
    """``candidate`` cannot be booked because of ``other``; ``message_tr`` says why.

    The message names only the staff member, the room and the other booking's times,
    never its client or case, so it can be shown to the sekreter.
    """

    kind: ConflictKind
    other: Appointment
    text: Label

    @property
    def message(self) -> str:
        """The reason in the current language (the window, `--lang en`)."""
        return str(self.text)

    @property
    def message_tr(self) -> str:
        return self.text.in_language("tr")


@dataclass(frozen=True, slots=True)
class ConflictPair:
    """Two existing bookings that clash (``first`` starts no later than ``second``)."""

    kind: ConflictKind
    first: Appointment
    second: Appointment


def room_key(room: str) -> str:
    """Rooms typed differently ("Oda 2", "oda  2", "ODA 2") are the same room."""
    return fold_for_search(room)


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


def _hhmm(value: dt.datetime) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def _span(other: Appointment, candidate: Appointment) -> str | Label:
    start, end = other.start, other.end
    # A clash across midnight would otherwise show two times that look unrelated to the
    # day the user is booking: then both days, as the window writes days.
    if start.date() != candidate.start.date() or end.date() != start.date():
        return ShownDay(start, until=end)
    return f"{_hhmm(start)}–{_hhmm(end)}"


def _staff_message(other: Appointment, candidate: Appointment, names: Mapping[str, str]) -> Label:
    who = names.get(other.staff, other.staff)
    return Label("calendar.conflict.staff", who=who, span=_span(other, candidate))


def _room_message(other: Appointment, candidate: Appointment) -> Label:
    return Label("calendar.conflict.room", room=other.room, span=_span(other, candidate))


@dataclass(order=True, frozen=True, slots=True)
class _Entry:
    start: dt.datetime
    end: dt.datetime
    seq: int
    appointment: Appointment = field(compare=False)


class ConflictIndex:
    """Bookings indexed by staff member and by room, for repeated conflict queries.

    Use one index to check every occurrence of a new series, adding each accepted one
    with `add` so the series is also checked against itself.
    """

    def __init__(self, appointments: Iterable[Appointment] = ()) -> None:
        self._by_staff: dict[str, list[_Entry]] = defaultdict(list)
        self._by_room: dict[str, list[_Entry]] = defaultdict(list)
        self._seq = 0
        for a in appointments:
            self.add(a)

    def add(self, appointment: Appointment) -> None:
        """Index a booking; cancelled ones are ignored (they hold no slot)."""
        if appointment.is_cancelled:
            return
        entry = _Entry(_utc(appointment.start), _utc(appointment.end), self._seq, appointment)
        self._seq += 1
        bisect.insort(self._by_staff[appointment.staff], entry)
        if appointment.room is not None:
            bisect.insort(self._by_room[room_key(appointment.room)], entry)

    def conflicts_for(
        self, candidate: Appointment, *, staff_names: Mapping[str, str] | None = None
    ) -> list[Conflict]:
        """Why ``candidate`` cannot be booked: staff clashes first, then room clashes.

        ``staff_names`` maps user names to display names for the messages ("Derya
        Kaya"); an unknown user is shown by user name.
        """
        if candidate.is_cancelled:
            return []
        names = staff_names or {}
        start, end = _utc(candidate.start), _utc(candidate.end)
        out = [
            Conflict(
                ConflictKind.STAFF, e.appointment, _staff_message(e.appointment, candidate, names)
            )
            for e in self._overlapping(
                self._by_staff.get(candidate.staff, []), candidate, start, end
            )
        ]
        if candidate.room is not None:
            bucket = self._by_room.get(room_key(candidate.room), [])
            out += [
                Conflict(ConflictKind.ROOM, e.appointment, _room_message(e.appointment, candidate))
                for e in self._overlapping(bucket, candidate, start, end)
            ]
        return out

    @staticmethod
    def _overlapping(
        bucket: list[_Entry], candidate: Appointment, start: dt.datetime, end: dt.datetime
    ) -> list[_Entry]:
        # No booking lasts longer than _LONGEST, so one starting at or before
        # start − _LONGEST has ended by ``start``: only starts in (start − _LONGEST, end)
        # can overlap, and the final filter checks the actual end.
        lo = bisect.bisect_right(bucket, start - _LONGEST, key=lambda e: e.start)
        hi = bisect.bisect_left(bucket, end, key=lambda e: e.start)
        return [e for e in bucket[lo:hi] if e.end > start and e.appointment.id != candidate.id]


def find_conflicts(
    candidate: Appointment,
    existing: Iterable[Appointment],
    *,
    staff_names: Mapping[str, str] | None = None,
) -> list[Conflict]:
    """Conflicts of one candidate with existing bookings (see `ConflictIndex`).

    A single query is a linear scan, which is cheaper than building an index; build a
    `ConflictIndex` when checking many candidates against the same bookings.
    """
    if candidate.is_cancelled:
        return []
    names = staff_names or {}
    start, end = _utc(candidate.start), _utc(candidate.end)
    key = room_key(candidate.room) if candidate.room is not None else None
    staff: list[Appointment] = []
    rooms: list[Appointment] = []
    for other in existing:
        if other.is_cancelled or other.id == candidate.id:
            continue
        if not (_utc(other.start) < end and start < _utc(other.end)):
            continue
        if other.staff == candidate.staff:
            staff.append(other)
        if key is not None and other.room is not None and room_key(other.room) == key:
            rooms.append(other)

    def order(a: Appointment) -> tuple[dt.datetime, str]:
        return _utc(a.start), a.id

    staff.sort(key=order)
    rooms.sort(key=order)
    return [
        *(Conflict(ConflictKind.STAFF, o, _staff_message(o, candidate, names)) for o in staff),
        *(Conflict(ConflictKind.ROOM, o, _room_message(o, candidate)) for o in rooms),
    ]


def find_all_conflicts(appointments: Iterable[Appointment]) -> list[ConflictPair]:
    """Every clashing pair among existing bookings (sort and sweep per staff/room).

    For auditing imported or restored data; O(n log n + number of clashes).
    """
    groups: dict[tuple[ConflictKind, str], list[Appointment]] = defaultdict(list)
    for a in appointments:
        if a.is_cancelled:
            continue
        groups[(ConflictKind.STAFF, a.staff)].append(a)
        if a.room is not None:
            groups[(ConflictKind.ROOM, room_key(a.room))].append(a)
    pairs: list[ConflictPair] = []
    for (kind, _), items in sorted(groups.items()):
        items.sort(key=lambda a: (_utc(a.start), _utc(a.end), a.id))
        active: list[tuple[dt.datetime, int, Appointment]] = []  # heap by end
        for i, a in enumerate(items):
            start = _utc(a.start)
            while active and active[0][0] <= start:
                heapq.heappop(active)
            for _, _, other in sorted(active, key=lambda t: (_utc(t[2].start), t[2].id)):
                pairs.append(ConflictPair(kind, other, a))
            heapq.heappush(active, (_utc(a.end), i, a))
    return pairs
