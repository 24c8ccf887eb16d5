"""How appointments, series, their changes and working hours are written in the case
file and read back (rows and JSON), apart from the queries that move them."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Final

from kdm_desktop.domain.calendar import (
    KEEP,
    Appointment,
    AppointmentSeries,
    AppointmentStatus,
    AppointmentType,
    Frequency,
    OccurrenceChange,
    OpeningHours,
    Recurrence,
    WorkingHours,
    to_istanbul,
)

APPT_COLUMNS: Final = (
    "id, start, duration_min, staff, room, case_id, type, note, interpreter, status"
)
SERIES_COLUMNS: Final = (
    "id, rule, first_start, duration_min, staff, room, case_id, type, note, interpreter"
)


def utc_text(value: dt.datetime) -> str:
    """Fixed-width UTC text: its string order is time order."""
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_TYPES: Final = {t.value: t for t in AppointmentType}
_STATUSES: Final = {s.value: s for s in AppointmentStatus}


def appointment_from_row(
    r: tuple[Any, ...], starts: dict[str, dt.datetime] | None = None
) -> Appointment:
    # Written through Appointment's rules; read back without running them again.
    # `starts` caches the zoned start per stored text over one read: a month's 2,000
    # appointments begin at a few hundred distinct times (whole and half hours).
    text = r[1]
    start = None if starts is None else starts.get(text)
    if start is None:
        start = to_istanbul(dt.datetime.fromisoformat(text))
        if starts is not None:
            starts[text] = start
    try:
        kind, status = _TYPES[r[6]], _STATUSES[r[9]]
    except KeyError:  # not a stored value: the enums name the problem
        kind, status = AppointmentType(r[6]), AppointmentStatus(r[9])
    return Appointment.stored(
        id=r[0],
        start=start,
        duration_minutes=int(r[2]),
        staff=r[3],
        room=r[4],
        case_id=r[5],
        type=kind,
        note=r[7],
        interpreter_needed=bool(r[8]),
        status=status,
        start_in_istanbul=True,
    )


def rule_to_json(rule: Recurrence) -> str:
    return json.dumps(
        {
            "frequency": rule.frequency.value,
            "interval": rule.interval,
            "weekdays": sorted(rule.weekdays),
            "count": rule.count,
            "until": None if rule.until is None else rule.until.isoformat(),
        },
        sort_keys=True,
    )


def rule_from_json(text: str) -> Recurrence:
    d = json.loads(text)
    return Recurrence(
        frequency=Frequency(d["frequency"]),
        interval=int(d["interval"]),
        weekdays=frozenset(int(x) for x in d["weekdays"]),
        count=d["count"],
        until=None if d["until"] is None else dt.date.fromisoformat(d["until"]),
    )


def change_to_json(change: OccurrenceChange) -> str:
    out: dict[str, Any] = {}
    if change.start is not KEEP:
        out["start"] = change.start.isoformat()
    for name in ("duration_minutes", "staff", "room", "note", "interpreter_needed"):
        value = getattr(change, name)
        if value is not KEEP:
            out[name] = value
    if change.status is not KEEP:
        out["status"] = change.status.value
    return json.dumps(out, sort_keys=True)


def change_from_json(text: str) -> OccurrenceChange:
    d = json.loads(text)
    kwargs: dict[str, Any] = {
        k: d[k]
        for k in ("duration_minutes", "staff", "room", "note", "interpreter_needed")
        if k in d
    }
    if "start" in d:
        kwargs["start"] = dt.datetime.fromisoformat(d["start"])
    if "status" in d:
        kwargs["status"] = AppointmentStatus(d["status"])
    return OccurrenceChange(**kwargs)


def series_from_row(r: tuple[Any, ...]) -> AppointmentSeries:
    return AppointmentSeries(
        id=r[0],
        rule=rule_from_json(r[1]),
        first_start=dt.datetime.fromisoformat(r[2]),
        duration_minutes=int(r[3]),
        staff=r[4],
        room=r[5],
        case_id=r[6],
        type=AppointmentType(r[7]),
        note=r[8],
        interpreter_needed=bool(r[9]),
    )


def hours_to_json(hours: WorkingHours) -> str:
    return json.dumps(
        [
            None if h is None else [h.open.strftime("%H:%M"), h.close.strftime("%H:%M")]
            for h in hours.days
        ]
    )


def hours_from_json(text: str) -> WorkingHours:
    days = json.loads(text)
    return WorkingHours(
        tuple(
            None
            if d is None
            else OpeningHours(dt.time.fromisoformat(d[0]), dt.time.fromisoformat(d[1]))
            for d in days
        )
    )
