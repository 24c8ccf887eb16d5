"""Builders shared by the calendar tests (a plain module: conftest names would clash)."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from typing import Any

from hypothesis import settings

from kdm_desktop.domain.calendar import ISTANBUL, Appointment, AppointmentType

# Reproducible examples: the same inputs on every run and every machine.
DERANDOMIZED = settings(derandomize=True, max_examples=150, deadline=None)

_ids = itertools.count(1)


def at(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=ISTANBUL)


def next_id() -> str:
    return str(uuid.UUID(int=next(_ids)))


def appt(
    start: dt.datetime,
    minutes: int = 60,
    staff: str = "derya",
    room: str | None = None,
    **kw: Any,
) -> Appointment:
    kw.setdefault("type", AppointmentType.PSYCHOLOGICAL_SUPPORT)
    kw.setdefault("id", next_id())
    return Appointment(start=start, duration_minutes=minutes, staff=staff, room=room, **kw)
