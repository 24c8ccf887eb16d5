"""Appointments: the value type, its rules, and Istanbul wall-clock handling.

Every datetime in the calendar is *aware* and expressed in ``Europe/Istanbul``.  Turkey
has kept +03:00 all year since September 2016, but older data and the IANA database
still contain DST transitions, so wall-clock conversions are done generically (gaps and
repeated hours are detected rather than assumed away).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Final
from zoneinfo import ZoneInfo

from kdm_desktop import messages
from kdm_desktop.domain.calendar.errors import calendar_rule
from kdm_desktop.domain.rules import Label, turkish_text
from kdm_desktop.domain.turkish import fold_for_search

__all__ = [
    "ISTANBUL",
    "MAX_DURATION_MINUTES",
    "MAX_NOTE_LENGTH",
    "MAX_ROOM_LENGTH",
    "MIN_DURATION_MINUTES",
    "Appointment",
    "AppointmentStatus",
    "AppointmentType",
    "field_name_tr",
    "local_day_bounds",
    "new_appointment_id",
    "parse_local_start",
    "resolve_wall_time",
    "to_istanbul",
]

ISTANBUL: Final = ZoneInfo("Europe/Istanbul")

MIN_DURATION_MINUTES: Final = 5
MAX_DURATION_MINUTES: Final = 600
MAX_NOTE_LENGTH: Final = 2000
MAX_ROOM_LENGTH: Final = 60
# Years outside this range are typing mistakes ("0226"), and the bound keeps every
# timedelta arithmetic done on appointments (windows, sweeps) far from datetime's limits.
MIN_YEAR: Final = 1990
MAX_YEAR: Final = 2100

# Same rule as kdm_desktop.domain.accounts.validate_username; repeated rather than
# imported because that function raises the application error type, and the calendar
# rules must raise `calendar_rule(...)` (a `DomainRuleError`) with a field-specific Turkish message.
_USERNAME: Final = re.compile(r"[A-Za-z0-9._-]{3,32}")


_FIELDS: Final = frozenset(
    {
        "id",
        "start",
        "duration_minutes",
        "staff",
        "room",
        "case_id",
        "type",
        "note",
        "interpreter_needed",
        "status",
        "series_id",
        "occurrence_index",
    }
)


def _name(field: str) -> Label | str:
    """A field's name inside a message, in the message's language."""
    return Label(f"calendar.field.{field}") if field in _FIELDS else field


@functools.cache
def _type_label_tr(value: str) -> str:
    # The Turkish catalogue is fixed while the program runs; a month view draws the
    # type of up to thousands of appointments and formats each of the seven once.
    return turkish_text(f"calendar.type.{value}")


@functools.cache
def _type_label_in(value: str, lang: str) -> str:
    # The same in each language: a month view labels up to 2,000 entries.
    with messages.speaking(lang):
        return messages.text(f"calendar.type.{value}")


class AppointmentType(StrEnum):
    """What kind of session is booked.  Values are stable storage codes (ASCII)."""

    FIRST_INTERVIEW = "ilk_gorusme"
    PSYCHOLOGICAL_SUPPORT = "psikolojik_destek"
    LEGAL_COUNSELLING = "hukuki_danismanlik"
    SOCIAL_SUPPORT = "sosyal_destek"
    FOLLOW_UP = "takip"
    GROUP_WORK = "grup_calismasi"
    WORKSHOP = "atolye"

    @property
    def label(self) -> str:
        """The type in the language of the moment (screens, internal printouts)."""
        return _type_label_in(self.value, messages.language())

    @property
    def label_tr(self) -> str:
        return _type_label_tr(self.value)

    @property
    def term(self) -> Label:
        return Label(f"calendar.type.{self.value}")

    @property
    def is_group(self) -> bool:
        """Group work and workshops involve several women, so they belong to no case."""
        return self in (AppointmentType.GROUP_WORK, AppointmentType.WORKSHOP)

    @classmethod
    def parse(cls, text: str) -> AppointmentType:
        """Read a storage code or a Turkish label, ignoring case and diacritics.

        ``"hukuki danismanlik"``, ``"Hukuki Danışmanlık"`` and ``"hukuki_danismanlik"``
        all give `LEGAL_COUNSELLING`; anything else raises a calendar `DomainRuleError`.
        """
        key = fold_for_search(text)
        for member in cls:
            if key in (fold_for_search(member.value), fold_for_search(member.label_tr)):
                return member
        raise calendar_rule("type", "calendar.rule.type_unknown", value=repr(text))


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"

    @property
    def label(self) -> str:
        """The status in the language of the moment (screens, internal printouts)."""
        return messages.text(f"calendar.status.{self.value}")

    @property
    def label_tr(self) -> str:
        return turkish_text(f"calendar.status.{self.value}")

    @classmethod
    def parse(cls, text: str) -> AppointmentStatus:
        """Read a storage code or a Turkish label ("iptal", "Gelmedi" …)."""
        key = fold_for_search(text)
        for member in cls:
            if key in (fold_for_search(member.value), fold_for_search(member.label_tr)):
                return member
        raise calendar_rule("status", "calendar.rule.status_unknown", value=repr(text))


# ----- time zone helpers -----


def to_istanbul(value: dt.datetime, *, field: str = "start") -> dt.datetime:
    """Return the same instant in Europe/Istanbul; a naive value is refused.

    The conversion goes through UTC on purpose: ``astimezone`` is a no-op when the value
    already carries the target zone object, which would let a non-existent wall time
    (one inside a DST gap) through unnormalised.
    """
    if not isinstance(value, dt.datetime):
        raise calendar_rule(field, "calendar.rule.not_datetime", name=_name(field))
    if value.tzinfo is None or value.utcoffset() is None:
        raise calendar_rule(field, "calendar.rule.naive", name=_name(field))
    return value.astimezone(dt.UTC).astimezone(ISTANBUL)


def resolve_wall_time(wall: dt.datetime, *, strict: bool, field: str = "start") -> dt.datetime:
    """Attach Europe/Istanbul to a naive wall-clock time.

    With ``strict=True`` a time that does not exist (skipped by a DST change) or exists
    twice (repeated hour) raises a calendar `DomainRuleError`: a person typed it and must choose.
    With ``strict=False`` the RFC 5545 rule for recurring events applies: a skipped time
    is read with the offset in force before the gap (so it moves forward by the gap's
    length) and a repeated time means its first occurrence.
    """
    if wall.tzinfo is not None:
        raise calendar_rule(field, "calendar.rule.already_aware", name=_name(field))
    earlier = wall.replace(tzinfo=ISTANBUL, fold=0)
    later = wall.replace(tzinfo=ISTANBUL, fold=1)
    resolved = earlier.astimezone(dt.UTC).astimezone(ISTANBUL)
    if earlier.utcoffset() != later.utcoffset() and strict:
        name = _name(field)
        stamp = wall.strftime("%d.%m.%Y %H:%M")
        if resolved.replace(tzinfo=None) != wall:
            raise calendar_rule(field, "calendar.rule.dst_gap", name=name, stamp=stamp)
        raise calendar_rule(field, "calendar.rule.dst_repeat", name=name, stamp=stamp)
    return resolved


_ISO_LOCAL: Final = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2})[:.](\d{2})(?::(\d{2}))?", re.ASCII
)
_TR_LOCAL: Final = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})[ T](\d{1,2})[:.](\d{2})", re.ASCII)
_HAS_OFFSET: Final = re.compile(
    r"\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)$", re.IGNORECASE | re.ASCII
)


def parse_local_start(text: str) -> dt.datetime:
    """Parse a start typed on the command line as Istanbul wall-clock time.

    Accepts ``2026-12-01T10:00``, ``2026-12-01 10:00`` (optionally with seconds) and the
    Turkish ``01.12.2026 10:00``.  A date without a time, an explicit UTC offset, an
    impossible date, and a wall time skipped or repeated by a DST change are refused:
    the command line has no way to ask which of two meanings was intended.
    """
    raw = text.strip()
    if (m := _ISO_LOCAL.fullmatch(raw)) is not None:
        year, month, day, hour, minute = (int(g) for g in m.groups()[:5])
        second = int(m.group(6) or 0)
    elif (m := _TR_LOCAL.fullmatch(raw)) is not None:
        day, month, year, hour, minute = (int(g) for g in m.groups())
        second = 0
    elif _HAS_OFFSET.search(raw):
        raise calendar_rule("start", "calendar.rule.start_offset")
    else:
        raise calendar_rule("start", "calendar.rule.start_unreadable", value=repr(text))
    try:
        wall = dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise calendar_rule("start", "calendar.rule.start_invalid", value=repr(text)) from None
    _check_year(wall, "start")
    return resolve_wall_time(wall, strict=True, field="start")


def local_day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The half-open interval [00:00 of ``day``, 00:00 of the next day) in Istanbul.

    Meant as the window for a day view; a month or week window is
    ``(local_day_bounds(first)[0], local_day_bounds(last)[1])``.
    """
    start = resolve_wall_time(dt.datetime.combine(day, dt.time()), strict=False)
    nxt = day + dt.timedelta(days=1)
    end = resolve_wall_time(dt.datetime.combine(nxt, dt.time()), strict=False)
    return start, end


def new_appointment_id() -> str:
    return str(uuid.uuid4())


def _check_year(value: dt.datetime, field: str) -> None:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise calendar_rule(
            field, "calendar.rule.year_range", name=_name(field), low=MIN_YEAR, high=MAX_YEAR
        )


# ----- the value -----


def field_name_tr(field: str) -> str:
    """The Turkish name of an appointment field, for messages built elsewhere."""
    return turkish_text(f"calendar.field.{field}") if field in _FIELDS else field


def _canonical_uuid(value: object, field: str) -> str:
    if isinstance(value, str):
        try:
            return str(uuid.UUID(value))
        except ValueError:
            pass
    raise calendar_rule(field, "calendar.rule.bad_uuid", name=_name(field), value=repr(value))


@dataclass(frozen=True, slots=True)
class Appointment:
    """One booked session.  Construction validates and normalises every field.

    Normalisation: ``start`` is converted to Europe/Istanbul (an aware value in another
    zone is the same instant, so it is accepted), ``staff`` is lower-cased like account
    user names, ``room`` is trimmed (blank means no room), UUIDs are put in canonical
    form.  ``occurrence_index`` is 0-based and is set exactly when ``series_id`` is.
    Use ``dataclasses.replace`` to change a field; the rules run again.
    """

    id: str
    start: dt.datetime
    duration_minutes: int
    staff: str
    type: AppointmentType
    case_id: str | None = None
    room: str | None = None
    note: str = ""
    interpreter_needed: bool = False
    status: AppointmentStatus = AppointmentStatus.PLANNED
    series_id: str | None = None
    occurrence_index: int | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__  # frozen: normalised values are written once, here
        set_(self, "id", _canonical_uuid(self.id, "id"))

        start = to_istanbul(self.start, field="start")
        _check_year(start, "start")
        set_(self, "start", start)

        d = self.duration_minutes
        if isinstance(d, bool) or not isinstance(d, int):
            raise calendar_rule("duration_minutes", "calendar.rule.duration_type")
        if not MIN_DURATION_MINUTES <= d <= MAX_DURATION_MINUTES:
            raise calendar_rule(
                "duration_minutes",
                "calendar.rule.duration_range",
                low=MIN_DURATION_MINUTES,
                high=MAX_DURATION_MINUTES,
                value=d,
            )

        staff = self.staff.strip() if isinstance(self.staff, str) else ""
        if not _USERNAME.fullmatch(staff):
            raise calendar_rule("staff", "calendar.rule.staff_name")
        set_(self, "staff", staff.lower())

        if not isinstance(self.type, AppointmentType):
            raise calendar_rule("type", "calendar.rule.type_unknown", value=repr(self.type))
        if not isinstance(self.status, AppointmentStatus):
            raise calendar_rule("status", "calendar.rule.status_unknown", value=repr(self.status))

        if self.case_id is not None:
            if not isinstance(self.case_id, str) or not self.case_id.strip():
                raise calendar_rule("case_id", "calendar.rule.case_empty")
            # A group session has several participants; tying it to one woman's case
            # would put her case number on everybody's calendar entry.
            if self.type.is_group:
                raise calendar_rule("case_id", "calendar.rule.group_no_case", type=self.type.term)
            set_(self, "case_id", self.case_id.strip())

        if self.room is not None:
            if not isinstance(self.room, str):
                raise calendar_rule("room", "calendar.rule.room_text")
            room = " ".join(self.room.split())
            if len(room) > MAX_ROOM_LENGTH:
                raise calendar_rule("room", "calendar.rule.room_long", max=MAX_ROOM_LENGTH)
            set_(self, "room", room or None)

        if not isinstance(self.note, str):
            raise calendar_rule("note", "calendar.rule.note_text")
        if len(self.note) > MAX_NOTE_LENGTH:
            raise calendar_rule(
                "note", "calendar.rule.note_long", max=MAX_NOTE_LENGTH, length=len(self.note)
            )

        if not isinstance(self.interpreter_needed, bool):
            raise calendar_rule("interpreter_needed", "calendar.rule.interpreter_bool")

        if self.series_id is None:
            if self.occurrence_index is not None:
                raise calendar_rule("occurrence_index", "calendar.rule.index_without_series")
        else:
            set_(self, "series_id", _canonical_uuid(self.series_id, "series_id"))
            idx = self.occurrence_index
            if isinstance(idx, bool) or not isinstance(idx, int) or idx < 0:
                raise calendar_rule("occurrence_index", "calendar.rule.index_range")

    @classmethod
    def stored(
        cls,
        *,
        id: str,
        start: dt.datetime,
        duration_minutes: int,
        staff: str,
        type: AppointmentType,
        case_id: str | None,
        room: str | None,
        note: str,
        interpreter_needed: bool,
        status: AppointmentStatus,
        start_in_istanbul: bool = False,
    ) -> Appointment:
        """An appointment read back from the case file, which only ever holds values
        that passed `__post_init__` when written: only the time is brought into
        Istanbul's zone again (unless `start_in_istanbul` says the caller did, with
        `to_istanbul`). A month of 2,000 appointments is read in a few milliseconds
        instead of running every rule for each of them."""
        appt = object.__new__(cls)
        set_ = object.__setattr__
        set_(appt, "id", id)
        set_(appt, "start", start if start_in_istanbul else to_istanbul(start, field="start"))
        set_(appt, "duration_minutes", duration_minutes)
        set_(appt, "staff", staff)
        set_(appt, "type", type)
        set_(appt, "case_id", case_id)
        set_(appt, "room", room)
        set_(appt, "note", note)
        set_(appt, "interpreter_needed", interpreter_needed)
        set_(appt, "status", status)
        set_(appt, "series_id", None)
        set_(appt, "occurrence_index", None)
        return appt

    @property
    def end(self) -> dt.datetime:
        # Aware + timedelta in Python is wall-clock arithmetic within one zone; going via
        # UTC makes a session that spans a (historical) DST change last its real length.
        return (self.start.astimezone(dt.UTC) + self.duration).astimezone(ISTANBUL)

    @property
    def duration(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.duration_minutes)

    @property
    def is_cancelled(self) -> bool:
        return self.status is AppointmentStatus.CANCELLED

    def overlaps(self, start: dt.datetime, end: dt.datetime) -> bool:
        """Whether [self.start, self.end) meets the half-open window [start, end)."""
        # POSIX timestamps are instants (fold and DST included) and far cheaper than
        # converting zones; the end is the start plus the real length, as in `end`.
        begins = self.start.timestamp()
        return begins < end.timestamp() and start.timestamp() < begins + 60 * self.duration_minutes
