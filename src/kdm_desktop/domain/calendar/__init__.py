"""The appointment calendar's pure model: no Qt, no SQL, no I/O.

Modules: `appointments` (the value type, its type and status), `istanbul_time`
(Istanbul wall-clock time), `recurrence` (rules and their expansion), `series` (a
recurring booking and its occurrences), `series_exceptions` (per-occurrence changes),
`conflicts` (double booking), `holidays_tr` and `working_hours` (closed days and
warnings), `privacy` and `ics` (what a label or an export may reveal), `colours` and
`layout` (for the views), `wording` and `errors` (message parameters, rule errors).
The names below are the public API.
"""

from __future__ import annotations

from kdm_desktop.domain.calendar.appointments import (
    MAX_DURATION_MINUTES,
    MAX_NOTE_LENGTH,
    MIN_DURATION_MINUTES,
    Appointment,
    AppointmentStatus,
    AppointmentType,
    new_appointment_id,
)
from kdm_desktop.domain.calendar.colours import Colour, staff_colour, type_colour
from kdm_desktop.domain.calendar.conflicts import (
    Conflict,
    ConflictIndex,
    ConflictKind,
    ConflictPair,
    find_all_conflicts,
    find_conflicts,
)
from kdm_desktop.domain.calendar.errors import calendar_rule
from kdm_desktop.domain.calendar.holidays_tr import (
    HALF_DAY_START,
    ClosedDay,
    Holiday,
    holidays_between,
    holidays_on,
)
from kdm_desktop.domain.calendar.ics import export_ics, ics_calendar, ics_export_warning_tr
from kdm_desktop.domain.calendar.istanbul_time import (
    ISTANBUL,
    local_day_bounds,
    parse_local_start,
    resolve_wall_time,
    to_istanbul,
)
from kdm_desktop.domain.calendar.layout import DayLayoutItem, layout_day, month_grid, week_days
from kdm_desktop.domain.calendar.privacy import display_label, initials
from kdm_desktop.domain.calendar.recurrence import Frequency, Recurrence, expand
from kdm_desktop.domain.calendar.series import (
    AppointmentSeries,
    materialise,
    unknown_exception_dates,
)
from kdm_desktop.domain.calendar.series_exceptions import KEEP, OccurrenceChange, SeriesExceptions
from kdm_desktop.domain.calendar.working_hours import (
    DEFAULT_WORKING_HOURS,
    DayWarning,
    OpeningHours,
    WarningKind,
    WorkingHours,
    appointment_warnings,
    check_schedule,
    day_warnings,
)

__all__ = [
    "DEFAULT_WORKING_HOURS",
    "HALF_DAY_START",
    "ISTANBUL",
    "KEEP",
    "MAX_DURATION_MINUTES",
    "MAX_NOTE_LENGTH",
    "MIN_DURATION_MINUTES",
    "Appointment",
    "AppointmentSeries",
    "AppointmentStatus",
    "AppointmentType",
    "ClosedDay",
    "Colour",
    "Conflict",
    "ConflictIndex",
    "ConflictKind",
    "ConflictPair",
    "DayLayoutItem",
    "DayWarning",
    "Frequency",
    "Holiday",
    "OccurrenceChange",
    "OpeningHours",
    "Recurrence",
    "SeriesExceptions",
    "WarningKind",
    "WorkingHours",
    "appointment_warnings",
    "calendar_rule",
    "check_schedule",
    "day_warnings",
    "display_label",
    "expand",
    "export_ics",
    "find_all_conflicts",
    "find_conflicts",
    "holidays_between",
    "holidays_on",
    "ics_calendar",
    "ics_export_warning_tr",
    "initials",
    "layout_day",
    "local_day_bounds",
    "materialise",
    "month_grid",
    "new_appointment_id",
    "parse_local_start",
    "resolve_wall_time",
    "staff_colour",
    "to_istanbul",
    "type_colour",
    "unknown_exception_dates",
    "week_days",
]
