"""A recurring booking and its concrete occurrences, with exceptions applied.

`AppointmentSeries` is the template appointment plus its `Recurrence`; `materialise`
turns it and its `SeriesExceptions` into the appointments a view's window shows.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from dataclasses import dataclass

from kdm_desktop.domain.calendar.appointments import (
    MAX_DURATION_MINUTES,
    Appointment,
    AppointmentType,
)
from kdm_desktop.domain.calendar.errors import calendar_rule
from kdm_desktop.domain.calendar.istanbul_time import utc_window
from kdm_desktop.domain.calendar.recurrence import (
    MAX_OCCURRENCES,
    Recurrence,
    occurrence_start,
    rule_dates,
)
from kdm_desktop.domain.calendar.series_exceptions import OccurrenceChange, SeriesExceptions
from kdm_desktop.domain.calendar.wording import ShownDay

__all__ = ["AppointmentSeries", "materialise", "unknown_exception_dates"]


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class AppointmentSeries:
    """A recurring booking: the template fields of `Appointment` plus a rule.

    ``id`` is the series UUID that every occurrence carries as ``series_id``.  Occurrence
    ids are derived (UUID5 of the series id and the original date), so the same
    occurrence has the same id every time it is materialised and storage, the views and
    exported ``.ics`` UIDs can refer to it without storing every occurrence.
    """

    id: str
    rule: Recurrence
    first_start: dt.datetime
    duration_minutes: int
    staff: str
    type: AppointmentType
    case_id: str | None = None
    room: str | None = None
    note: str = ""
    interpreter_needed: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.rule, Recurrence):
            raise calendar_rule("recurrence", "calendar.rule.rule_missing")
        # Build the first occurrence to run every appointment rule once, and copy its
        # normalised values back so the series and its occurrences agree exactly.
        probe = self._appointment(str(uuid.UUID(int=0)), self.first_start, 0)
        for name in ("first_start", "staff", "case_id", "room"):
            src = "start" if name == "first_start" else name
            object.__setattr__(self, name, getattr(probe, src))
        object.__setattr__(self, "id", probe.series_id)
        # Stop one past the limit: a rule can allow years of daily sessions, and
        # counting all of them only to refuse the series would be wasted work.
        dates = rule_dates(self.rule, probe.start.date())
        if sum(1 for _ in itertools.islice(dates, MAX_OCCURRENCES + 1)) > MAX_OCCURRENCES:
            raise calendar_rule("recurrence", "calendar.rule.series_too_long", high=MAX_OCCURRENCES)

    @property
    def wall_time(self) -> dt.time:
        return self.first_start.time().replace(fold=0)

    def occurrence_id(self, original_date: dt.date) -> str:
        return str(uuid.uuid5(uuid.UUID(self.id), original_date.isoformat()))

    def dates(self) -> list[dt.date]:
        return list(rule_dates(self.rule, self.first_start.date()))

    def _appointment(self, id: str, start: dt.datetime, index: int) -> Appointment:
        """An occurrence with the series' template fields: every appointment rule runs."""
        return Appointment(
            id=id,
            start=start,
            duration_minutes=self.duration_minutes,
            staff=self.staff,
            type=self.type,
            case_id=self.case_id,
            room=self.room,
            note=self.note,
            interpreter_needed=self.interpreter_needed,
            series_id=self.id,
            occurrence_index=index,
        )

    def _base(self, index: int, original_date: dt.date) -> Appointment:
        start = occurrence_start(original_date, self.wall_time)
        return self._appointment(self.occurrence_id(original_date), start, index)

    def occurrence(
        self, original_date: dt.date, change: OccurrenceChange | None = None
    ) -> Appointment:
        """One occurrence, with ``change`` applied; refuses a date not in the series.

        Services call this before storing an exception, so that a bad change (a naive
        start, an unknown date) is reported when it is made and not at display time.
        """
        for index, d in enumerate(rule_dates(self.rule, self.first_start.date())):
            if d == original_date:
                base = self._base(index, d)
                return base if change is None else change.apply(base)
            if d > original_date:
                break
        raise calendar_rule(
            "original_date", "calendar.rule.not_in_series", date=ShownDay(original_date)
        )


def materialise(
    series: AppointmentSeries,
    exceptions: SeriesExceptions,
    window_start: dt.datetime,
    window_end: dt.datetime,
    *,
    include_cancelled: bool = True,
) -> list[Appointment]:
    """Concrete occurrences that overlap the half-open window, sorted by start.

    An occurrence moved *into* the window from a date outside it is included, one moved
    out is not.  Changes keyed by a date that is not in the series are ignored (see
    `unknown_exception_dates` to report them).  Cancelled occurrences are returned with
    status `AppointmentStatus.CANCELLED` unless ``include_cancelled`` is false.
    """
    lo, hi = utc_window(window_start, window_end)
    table = exceptions.as_dict()
    last_changed = max(table, default=None)
    longest = dt.timedelta(minutes=MAX_DURATION_MINUTES)
    out: list[Appointment] = []
    for index, d in enumerate(series.dates()):
        original = occurrence_start(d, series.wall_time)
        change = table.get(d)
        if _utc(original) >= hi and (last_changed is None or d > last_changed):
            break
        if change is None:
            # Cheap pre-filter: only build occurrences that can reach the window.
            if not lo - longest < _utc(original) < hi:
                continue
            appt = series._base(index, d)
        else:
            appt = change.apply(series._base(index, d))
        if not appt.overlaps(lo, hi):
            continue
        if appt.is_cancelled and not include_cancelled:
            continue
        out.append(appt)
    out.sort(key=lambda a: (_utc(a.start), a.occurrence_index))
    return out


def unknown_exception_dates(
    series: AppointmentSeries, exceptions: SeriesExceptions
) -> list[dt.date]:
    """Exception dates that are not occurrences (e.g. left over after a rule edit)."""
    valid = set(series.dates())
    return [d for d, _ in exceptions.changes if d not in valid]
