"""Appointments: the value type, its type and status, and the rules every field obeys.

An appointment's start is an aware Istanbul time; turning typed or stored times into
one is `istanbul_time`'s job, naming fields in messages `wording`'s.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.calendar.errors import calendar_rule
from kdm_desktop.domain.calendar.istanbul_time import ISTANBUL, check_year, to_istanbul
from kdm_desktop.domain.calendar.wording import field_label
from kdm_desktop.domain.rules import Label, turkish_text
from kdm_desktop.domain.turkish import fold_for_search

__all__ = [
    "MAX_DURATION_MINUTES",
    "MAX_NOTE_LENGTH",
    "MAX_ROOM_LENGTH",
    "MIN_DURATION_MINUTES",
    "Appointment",
    "AppointmentStatus",
    "AppointmentType",
    "new_appointment_id",
]

MIN_DURATION_MINUTES: Final = 5
MAX_DURATION_MINUTES: Final = 600
MAX_NOTE_LENGTH: Final = 2000
MAX_ROOM_LENGTH: Final = 60

# Same rule as kdm_desktop.domain.accounts.validate_username; repeated rather than
# imported because that function raises the application error type, and the calendar
# rules must raise `calendar_rule(...)` (a `DomainRuleError`) with a field-specific Turkish message.
_USERNAME: Final = re.compile(r"[A-Za-z0-9._-]{3,32}")


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


def new_appointment_id() -> str:
    return str(uuid.uuid4())


def _canonical_uuid(value: object, field: str) -> str:
    if isinstance(value, str):
        try:
            return str(uuid.UUID(value))
        except ValueError:
            pass
    raise calendar_rule(field, "calendar.rule.bad_uuid", name=field_label(field), value=repr(value))


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
        check_year(start, "start")
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
