"""The appointment calendar: booking, series, status, listing, closed days, exports.

Every call checks the role first.  The sekreter runs the calendar but sees no case
content: for her every label is initials + case number (`display_label`) and the
note of a case-linked appointment is withheld.  Printed day lists use the same
restricted labels for everybody, because paper lies on desks.

An occurrence of a recurring series has no row of its own; it is addressed by a
*ref* ``"<series id>/<original date>"``, a single appointment by its id.
"""

from __future__ import annotations

from kdm_desktop.services.calendar.booking import CalendarBooking
from kdm_desktop.services.calendar.common import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_SPAN_DAYS,
    SERVICE_KINDS,
    AppointmentInput,
    Booked,
    CalendarEntry,
    ClientMatch,
    DayCell,
    occurrence_ref,
)
from kdm_desktop.services.calendar.exports import CalendarExports
from kdm_desktop.services.calendar.hours import CalendarHours
from kdm_desktop.services.calendar.input import parse_input
from kdm_desktop.services.calendar.reading import CalendarReading

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "MAX_SPAN_DAYS",
    "SERVICE_KINDS",
    "AppointmentInput",
    "Booked",
    "CalendarEntry",
    "CalendarService",
    "ClientMatch",
    "DayCell",
    "occurrence_ref",
]


class CalendarService(CalendarReading, CalendarBooking, CalendarHours, CalendarExports):
    """The calendar's use cases for the window and the CLI, one module per job:
    reading (lookups, ranges, agenda), booking (book, move, status), hours (closed
    days, working hours) and exports (.ics, day and week lists)."""

    parse_input = staticmethod(parse_input)
