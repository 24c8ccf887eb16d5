"""iCalendar (RFC 5545) export of one staff member's own appointments.

Written by hand because the format is small and the privacy rules are the point: an
``.ics`` file ends up in phone and cloud calendars, so it carries the appointment type
and case number only, never a client's name, and never the free-text note (which may
name her).  Events are marked ``CLASS:PRIVATE`` so shared calendars hide the details.

Format details handled here: CRLF line ends, folding at 75 octets without splitting a
UTF-8 character, TEXT escaping of backslash, semicolon, comma and newlines, a
``VTIMEZONE`` for Europe/Istanbul (+03 all year since 7 September 2016).  Events from
before that date are written in UTC, because the single-offset ``VTIMEZONE`` would give
them a wrong time.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.calendar.appointments import Appointment, AppointmentStatus
from kdm_desktop.domain.calendar.errors import calendar_rule
from kdm_desktop.domain.keyed_labels import text_tr

__all__ = [
    "ICS_PRODID",
    "TZID",
    "escape_text",
    "export_ics",
    "fold_line",
    "ics_calendar",
    "ics_export_warning_tr",
    "ics_summary",
]

TZID: Final = "Europe/Istanbul"
ICS_PRODID: Final = "-//KDM Desktop//Takvim//TR"
_UID_DOMAIN: Final = "kdm-desktop.invalid"  # RFC 2606 name: the UID reveals no host
_CRLF: Final = "\r\n"
_MAX_OCTETS: Final = 75
_PERMANENT_PLUS_THREE: Final = dt.timedelta(hours=3)

_VTIMEZONE: Final = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0300",
    "TZOFFSETTO:+0300",
    "TZNAME:+03",
    "END:STANDARD",
    "END:VTIMEZONE",
)


def escape_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11).

    Backslash goes first so the escapes added afterwards are not doubled.  Every line
    break form becomes ``\\n``; other control characters are not allowed in a value
    and are dropped.
    """
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = text.replace("\n", "\\n")
    return "".join(ch for ch in text if ch == "\t" or unicodedata.category(ch) != "Cc")


def fold_line(line: str) -> str:
    """Fold a content line into CRLF-joined pieces of at most 75 octets (§3.1).

    Continuation lines start with one space, which counts towards their 75 octets.
    Breaks fall between characters, never inside a multi-byte UTF-8 sequence.
    """
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    limit = _MAX_OCTETS
    for ch in line:
        size = len(ch.encode("utf-8"))
        if used + size > limit:
            pieces.append("".join(current))
            current, used, limit = [], 0, _MAX_OCTETS - 1
        current.append(ch)
        used += size
    pieces.append("".join(current))
    return (_CRLF + " ").join(pieces)


def _utc_stamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _date_time(name: str, value: dt.datetime) -> str:
    if value.utcoffset() == _PERMANENT_PLUS_THREE:
        return f"{name};TZID={TZID}:{value:%Y%m%dT%H%M%S}"
    return f"{name}:{_utc_stamp(value)}"


def ics_summary(appt: Appointment, case_number: str | None) -> str:
    """Type label and case number ("Psikolojik destek – NRL-2026-0042"); no names."""
    if case_number and not appt.type.is_group:
        return f"{appt.type.label_tr} – {case_number}"
    return appt.type.label_tr


def _event(appt: Appointment, case_number: str | None, stamp: str) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{appt.id}@{_UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
        _date_time("DTSTART", appt.start),
        _date_time("DTEND", appt.end),
        f"SUMMARY:{escape_text(ics_summary(appt, case_number))}",
        "CLASS:PRIVATE",
        "TRANSP:OPAQUE",
    ]
    if appt.room:
        lines.append(f"LOCATION:{escape_text(appt.room)}")
    cancelled = appt.status is AppointmentStatus.CANCELLED
    lines.append("STATUS:CANCELLED" if cancelled else "STATUS:CONFIRMED")
    lines.append("END:VEVENT")
    return lines


def ics_calendar(
    appointments: Iterable[Appointment],
    staff: str,
    *,
    case_numbers: Mapping[str, str],
    now: dt.datetime | None = None,
) -> str:
    """The calendar text (CRLF line ends) with ``staff``'s appointments only.

    Appointments of other staff members are left out, so a caller handing over a whole
    day cannot leak colleagues' sessions.  ``case_numbers`` maps ``case_id`` to the case
    number shown in SUMMARY.  ``now`` (aware) is the DTSTAMP; it defaults to the clock.
    Cancelled appointments are included with ``STATUS:CANCELLED`` so a calendar that
    imported them earlier removes them.
    """
    owner = staff.strip().lower()
    if now is not None and (now.tzinfo is None or now.utcoffset() is None):
        # A naive value would be read in the operating system's zone by astimezone().
        raise calendar_rule("now", "calendar.rule.export_now_naive")
    stamp = _utc_stamp(now if now is not None else dt.datetime.now(dt.UTC))
    mine = sorted(
        (a for a in appointments if a.staff == owner),
        key=lambda a: (a.start.astimezone(dt.UTC), a.id),
    )
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{ICS_PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        *_VTIMEZONE,
    ]
    for appt in mine:
        number = case_numbers.get(appt.case_id) if appt.case_id is not None else None
        lines += _event(appt, number, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + _CRLF for line in lines)


def export_ics(
    appointments: Iterable[Appointment],
    staff: str,
    *,
    case_numbers: Mapping[str, str],
    now: dt.datetime | None = None,
) -> bytes:
    """`ics_calendar` encoded as UTF-8, ready to write in binary mode.

    Bytes rather than text because writing text on Windows turns every CRLF into
    CR CR LF unless the caller remembers ``newline=""``.
    """
    return ics_calendar(appointments, staff, case_numbers=case_numbers, now=now).encode("utf-8")


def ics_export_warning_tr() -> str:
    """Shown before the export is saved, so the user knows what leaves the programme."""
    return text_tr("calendar.ics.warning")


def ics_export_warning() -> str:
    """`ics_export_warning_tr` in the current language (the window's export dialog)."""
    return messages.text("calendar.ics.warning")
