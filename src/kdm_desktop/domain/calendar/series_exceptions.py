"""Per-occurrence exceptions of a series: what differs for one occurrence, by date.

Each occurrence of a series is keyed by its original local date (see `recurrence`), so
a change recorded for a date stays attached to that occurrence even after it is moved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import Enum
from typing import Final, Literal

from kdm_desktop.domain.calendar.appointments import Appointment, AppointmentStatus
from kdm_desktop.domain.calendar.errors import calendar_rule
from kdm_desktop.domain.calendar.istanbul_time import to_istanbul

__all__ = ["KEEP", "Keep", "OccurrenceChange", "SeriesExceptions"]


class Keep(Enum):
    """Sentinel type: "leave this field as the series has it"."""

    KEEP = "keep"

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = Keep.KEEP


@dataclass(frozen=True, slots=True)
class OccurrenceChange:
    """What differs for one occurrence.  `KEEP` fields inherit from the series.

    ``room=None`` really removes the room, which is why "unchanged" needs its own
    sentinel instead of None.  Cancelling is ``status=CANCELLED`` (see `cancel`); the
    occurrence stays in the calendar, struck through, because cancelled sessions are
    counted in the centre's statistics.
    """

    start: dt.datetime | Literal[Keep.KEEP] = KEEP
    duration_minutes: int | Literal[Keep.KEEP] = KEEP
    staff: str | Literal[Keep.KEEP] = KEEP
    room: str | Literal[Keep.KEEP] | None = KEEP
    note: str | Literal[Keep.KEEP] = KEEP
    interpreter_needed: bool | Literal[Keep.KEEP] = KEEP
    status: AppointmentStatus | Literal[Keep.KEEP] = KEEP

    def __post_init__(self) -> None:
        if self.start is not KEEP:
            object.__setattr__(self, "start", to_istanbul(self.start, field="start"))

    @classmethod
    def cancel(cls) -> OccurrenceChange:
        return cls(status=AppointmentStatus.CANCELLED)

    @classmethod
    def move(cls, start: dt.datetime) -> OccurrenceChange:
        return cls(start=start)

    def merged(self, later: OccurrenceChange) -> OccurrenceChange:
        """This change with every field that ``later`` sets overriding it."""
        return OccurrenceChange(
            start=self.start if later.start is KEEP else later.start,
            duration_minutes=(
                self.duration_minutes if later.duration_minutes is KEEP else later.duration_minutes
            ),
            staff=self.staff if later.staff is KEEP else later.staff,
            room=self.room if later.room is KEEP else later.room,
            note=self.note if later.note is KEEP else later.note,
            interpreter_needed=(
                self.interpreter_needed
                if later.interpreter_needed is KEEP
                else later.interpreter_needed
            ),
            status=self.status if later.status is KEEP else later.status,
        )

    def apply(self, appointment: Appointment) -> Appointment:
        """The occurrence with this change; the appointment rules are checked again."""
        result = appointment
        if self.start is not KEEP:
            result = replace(result, start=self.start)
        if self.duration_minutes is not KEEP:
            result = replace(result, duration_minutes=self.duration_minutes)
        if self.staff is not KEEP:
            result = replace(result, staff=self.staff)
        if self.room is not KEEP:
            result = replace(result, room=self.room)
        if self.note is not KEEP:
            result = replace(result, note=self.note)
        if self.interpreter_needed is not KEEP:
            result = replace(result, interpreter_needed=self.interpreter_needed)
        if self.status is not KEEP:
            result = replace(result, status=self.status)
        return result


@dataclass(frozen=True, slots=True)
class SeriesExceptions:
    """Per-occurrence changes of one series, keyed by the original local date.

    Immutable: ``with_change``/``without`` return a new value.
    """

    changes: tuple[tuple[dt.date, OccurrenceChange], ...] = ()

    def __post_init__(self) -> None:
        keys = [d for d, _ in self.changes]
        if len(set(keys)) != len(keys):
            raise calendar_rule("exceptions", "calendar.rule.exception_twice")
        object.__setattr__(self, "changes", tuple(sorted(self.changes, key=lambda kv: kv[0])))

    @classmethod
    def of(cls, changes: Mapping[dt.date, OccurrenceChange]) -> SeriesExceptions:
        return cls(tuple(changes.items()))

    def get(self, original_date: dt.date) -> OccurrenceChange | None:
        for d, change in self.changes:
            if d == original_date:
                return change
        return None

    def as_dict(self) -> dict[dt.date, OccurrenceChange]:
        return dict(self.changes)

    def with_change(self, original_date: dt.date, change: OccurrenceChange) -> SeriesExceptions:
        """Add a change; one already recorded for that date is merged (newer wins)."""
        table = self.as_dict()
        old = table.get(original_date)
        table[original_date] = change if old is None else old.merged(change)
        return SeriesExceptions.of(table)

    def cancel(self, original_date: dt.date) -> SeriesExceptions:
        return self.with_change(original_date, OccurrenceChange.cancel())

    def without(self, original_date: dt.date) -> SeriesExceptions:
        return SeriesExceptions(tuple(kv for kv in self.changes if kv[0] != original_date))

    def __len__(self) -> int:
        return len(self.changes)

    def __contains__(self, original_date: object) -> bool:
        return any(d == original_date for d, _ in self.changes)
