"""The appointment calendar: booking, series, status, listing, closed days, exports.

Every call checks the role first.  The sekreter runs the calendar but sees no case
content: for her every label is initials + case number (`display_label`) and the
note of a case-linked appointment is withheld.  Printed day lists use the same
restricted labels for everybody, because paper lies on desks.

An occurrence of a recurring series has no row of its own; it is addressed by a
*ref* ``"<series id>/<original date>"``, a single appointment by its id.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from kdm_desktop.domain.calendar import (
    DEFAULT_WORKING_HOURS,
    MAX_DURATION_MINUTES,
    Appointment,
    AppointmentSeries,
    AppointmentStatus,
    AppointmentType,
    CalendarRuleError,
    ClosedDay,
    ConflictIndex,
    Frequency,
    Holiday,
    OccurrenceChange,
    Recurrence,
    WorkingHours,
    appointment_warnings,
    display_label,
    export_ics,
    find_conflicts,
    holidays_between,
    initials,
    local_day_bounds,
    materialise,
    new_appointment_id,
    parse_local_start,
)
from kdm_desktop.domain.cases.choices import ServiceKind
from kdm_desktop.domain.cases.draft import ANONYMOUS_LABEL, display_name
from kdm_desktop.domain.cases.query import CaseQuery
from kdm_desktop.domain.cases.search import query_tokens
from kdm_desktop.domain.cases.service_log import ServiceEntryDraft
from kdm_desktop.errors import KdmError, RefusedInput, ValidationError
from kdm_desktop.oserrors import write_user_file
from kdm_desktop.reports.calendar_pdf import PrintRow, render_day_list, render_staff_week
from kdm_desktop.reports.printing import PrintDocument, day_list_html, week_list_html
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import resolve_case, staff_may_work_on_cases
from kdm_desktop.services.casefile import Session
from kdm_desktop.services.service_log import ServiceLogService
from kdm_desktop.storage.calendar_repo import CaseLabel
from kdm_desktop.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from kdm_desktop.storage.calendar_repo import CalendarRepository

__all__ = [
    "SERVICE_KINDS",
    "AppointmentInput",
    "Booked",
    "CalendarEntry",
    "CalendarService",
    "occurrence_ref",
]

_LONGEST: Final = dt.timedelta(minutes=MAX_DURATION_MINUTES)
_REF_SEPARATOR: Final = "/"

# The services-log kind a finished session counts as (group work has no case).
SERVICE_KINDS: Final[dict[AppointmentType, ServiceKind]] = {
    AppointmentType.FIRST_INTERVIEW: ServiceKind.SOCIAL,
    AppointmentType.PSYCHOLOGICAL_SUPPORT: ServiceKind.PSYCHOLOGICAL,
    AppointmentType.LEGAL_COUNSELLING: ServiceKind.LEGAL,
    AppointmentType.SOCIAL_SUPPORT: ServiceKind.SOCIAL,
    AppointmentType.FOLLOW_UP: ServiceKind.SOCIAL,
}

_INPUT_FIELDS: Final = (
    "start",
    "duration_min",
    "staff",
    "case_id",
    "type",
    "room",
    "note",
    "interpreter",
    "weekly_count",
)


@dataclass(frozen=True)
class AppointmentInput:
    """What the form or the CLI file provides; ``case_ref`` is a case number or UUID."""

    start: dt.datetime
    duration_minutes: int
    staff: str
    type: AppointmentType = AppointmentType.FOLLOW_UP
    case_ref: str | None = None
    room: str | None = None
    note: str = ""
    interpreter_needed: bool = False


@dataclass(frozen=True)
class Booked:
    ref: str
    id: str
    series_id: str | None
    warnings: list[str]


@dataclass(frozen=True)
class CalendarEntry:
    """One appointment as this viewer may see it."""

    ref: str
    appointment: Appointment
    label: str
    case_number: str | None
    staff_name: str

    @property
    def in_series(self) -> bool:
        return self.appointment.series_id is not None


def occurrence_ref(series_id: str, original: dt.date) -> str:
    return f"{series_id}{_REF_SEPARATOR}{original.isoformat()}"


def _rule_error(exc: CalendarRuleError) -> ValidationError:
    return ValidationError("calendar.rule", field=exc.field, message=exc.message)


FIRST_YEAR = 1900
LAST_YEAR = 2199
MAX_SPAN_DAYS = 3700
"""About ten years: longer ranges are typos, and weekly series would expand without end."""


def _span(lo: dt.date, hi: dt.date) -> tuple[dt.datetime, dt.datetime]:
    for day in (lo, hi):
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise RefusedInput(
                "input.date_out_of_range", date=day.isoformat(), first=FIRST_YEAR, last=LAST_YEAR
            )
    if (hi - lo).days > MAX_SPAN_DAYS:
        raise RefusedInput("input.date_range_too_long", days=(hi - lo).days, max=MAX_SPAN_DAYS)
    return local_day_bounds(lo)[0], local_day_bounds(hi)[1]


@dataclass(frozen=True)
class ClientMatch:
    """One line of "book for whom?": "A. Y. (1988) · KSK-2026-0003" for the sekreter."""

    case_id: str
    case_number: str
    name: str  # the full name, or only the initials for the sekreter
    birth_year: int | None

    @property
    def label(self) -> str:
        year = f" ({self.birth_year})" if self.birth_year else ""
        return f"{self.name}{year} · {self.case_number}"


class CalendarService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> CalendarRepository:
        return self._s.reading().calendar

    @property
    def sees_names(self) -> bool:
        return self._s.can(Permission.VIEW_CASES)

    def can(self, permission: Permission) -> bool:
        return self._s.can(permission)

    @property
    def username(self) -> str:
        return self._s.user.username

    def today(self) -> dt.date:
        return self._s.now().date()

    # ----- input -----

    @staticmethod
    def parse_input(data: Mapping[str, object]) -> tuple[AppointmentInput, int | None]:
        """The CLI's JSON object; returns the input and the optional weekly count."""
        for key in data:
            if key not in _INPUT_FIELDS:
                raise ValidationError(
                    "calendar.unknown_field", field=key, name=key, allowed=", ".join(_INPUT_FIELDS)
                )

        def text(key: str, required: bool = False) -> str | None:
            value = data.get(key)
            if value is None and not required:
                return None
            if not isinstance(value, str) or (required and not value.strip()):
                raise ValidationError(
                    "calendar.bad_field", field=key, name=key, expected="metin (string)"
                )
            return value

        def integer(key: str) -> int | None:
            value = data.get(key)
            if value is None:
                return None
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(
                    "calendar.bad_field", field=key, name=key, expected="tam sayı"
                )
            return value

        duration = integer("duration_min")
        if duration is None:
            raise ValidationError(
                "calendar.bad_field", field="duration_min", name="duration_min", expected="tam sayı"
            )
        interpreter = data.get("interpreter", False)
        if not isinstance(interpreter, bool):
            raise ValidationError(
                "calendar.bad_field",
                field="interpreter",
                name="interpreter",
                expected="true ya da false",
            )
        try:
            start = parse_local_start(text("start", required=True) or "")
            kind_text = text("type")
            kind = AppointmentType.parse(kind_text) if kind_text else AppointmentType.FOLLOW_UP
        except CalendarRuleError as exc:
            raise _rule_error(exc) from None
        return (
            AppointmentInput(
                start=start,
                duration_minutes=duration,
                staff=text("staff", required=True) or "",
                type=kind,
                case_ref=text("case_id"),
                room=text("room"),
                note=text("note") or "",
                interpreter_needed=interpreter,
            ),
            integer("weekly_count"),
        )

    # ----- lookups -----

    def staff_choices(self) -> list[tuple[str, str]]:
        """(username, display name) of colleagues who can be booked."""
        self._s.require(Permission.VIEW_CALENDAR)
        return [
            (u.username, u.display_name)
            for u in self._s.reading().users.all()
            if staff_may_work_on_cases(self._s, u.username)
        ]

    def _staff_names(self) -> dict[str, str]:
        return {u.username: u.display_name for u in self._s.reading().users.all()}

    def case_number_for(self, ref: str) -> tuple[str, str]:
        """(id, number) of a case typed by number; shows no content, so not audited."""
        self._s.require(Permission.EDIT_CALENDAR)
        found = resolve_case(self._s, ref)
        return found.id, found.case_number

    def find_clients(self, text: str, limit: int = 8) -> list[ClientMatch]:
        """Cases to book for, found by name, surname, T.C. no, phone or number.

        Whoever books sees enough to confirm she has the right woman and no more:
        staff who work on cases see the full name, the sekreter only the initials;
        both see the birth year and the case number. Audited like a case search.
        """
        self._s.require(Permission.EDIT_CALENDAR)
        if not query_tokens(text):
            return []
        repo = self._s.reading().cases
        rows = repo.page(CaseQuery(text=text), 0, max(1, min(limit, 50)))
        years = repo.birth_years([r.id for r in rows])
        with self._s.work(durable=False) as uow:
            uow.audit(AuditAction.SEARCH, "case", "*", f"rows={len(rows)}")
        sees = self.sees_names
        out = []
        for r in rows:
            name = None if r.anonymous else display_name(False, r.first_name, r.last_name)
            shown = (name if sees else initials(name)) if name else ANONYMOUS_LABEL
            out.append(ClientMatch(r.id, r.case_number, shown, years.get(r.id)))
        return out

    def _check_staff(self, username: str) -> None:
        if not staff_may_work_on_cases(self._s, username):
            raise ValidationError("calendar.staff_unknown", field="staff", user=username.strip())

    def _build(self, inp: AppointmentInput, appt_id: str) -> Appointment:
        case_id = None
        if inp.case_ref is not None and inp.case_ref.strip():
            case_id = resolve_case(self._s, inp.case_ref).id
        try:
            appt = Appointment(
                id=appt_id,
                start=inp.start,
                duration_minutes=inp.duration_minutes,
                staff=inp.staff,
                type=inp.type,
                case_id=case_id,
                room=inp.room,
                note=inp.note,
                interpreter_needed=inp.interpreter_needed,
            )
        except CalendarRuleError as exc:
            raise _rule_error(exc) from None
        self._check_staff(appt.staff)
        return appt

    # ----- reading -----

    def _raw(
        self, lo: dt.datetime, hi: dt.datetime, staff: str | None = None
    ) -> list[tuple[str, Appointment]]:
        """(ref, appointment) overlapping [lo, hi), series materialised."""
        repo = self._repo
        out = [(a.id, a) for a in repo.in_range(lo, hi, _LONGEST, staff) if a.overlaps(lo, hi)]
        for series, exceptions in repo.series_in_range(lo, hi):
            dates = series.dates()
            for occ in materialise(series, exceptions, lo, hi):
                if staff is not None and occ.staff != staff:
                    continue
                assert occ.occurrence_index is not None
                out.append((occurrence_ref(series.id, dates[occ.occurrence_index]), occ))
        out.sort(key=lambda ra: (ra[1].start.astimezone(dt.UTC), ra[1].staff, ra[1].id))
        return out

    def _entries(
        self, pairs: list[tuple[str, Appointment]], *, printed: bool = False
    ) -> list[CalendarEntry]:
        case_ids = {a.case_id for _, a in pairs if a.case_id is not None}
        labels = self._repo.case_labels(case_ids)
        names = self._staff_names()
        sees = self.sees_names
        out = []
        for ref, appt in pairs:
            case = labels.get(appt.case_id) if appt.case_id else None
            client = _client_name(case)
            shown = appt
            if appt.case_id is not None and not sees:
                shown = dataclasses.replace(appt, note="")
            out.append(
                CalendarEntry(
                    ref=ref,
                    appointment=shown,
                    label=display_label(
                        appt,
                        None if case is None else case.case_number,
                        client,
                        sees,
                        printed=printed,
                    ),
                    case_number=None if case is None else case.case_number,
                    staff_name=names.get(appt.staff, appt.staff),
                )
            )
        return out

    def list_range(
        self, first: dt.date, last: dt.date, staff: str | None = None
    ) -> list[CalendarEntry]:
        """Appointments of the local days ``first``…``last`` (inclusive)."""
        self._s.require(Permission.VIEW_CALENDAR)
        lo, hi = _span(first, last)
        who = staff.strip().lower() if staff is not None else None
        entries = self._entries(self._raw(lo, hi, who))
        if self.sees_names and any(e.case_number for e in entries):
            # Names of clients were shown: recorded like a page of the case list.
            with self._s.work(durable=False) as uow:
                uow.audit(
                    AuditAction.SEARCH,
                    "calendar",
                    "*",
                    f"from={first.isoformat()} to={last.isoformat()} rows={len(entries)}",
                )
        return entries

    def get(self, ref: str) -> CalendarEntry:
        self._s.require(Permission.VIEW_CALENDAR)
        return self._entries([(ref, self._load(ref))])[0]

    def agenda(self, days: int = 2) -> dict[dt.date, dict[str, list[CalendarEntry]]]:
        """Today and the following days, per staff display name (the start-screen card)."""
        today = self._s.now().date()
        last = today + dt.timedelta(days=days - 1)
        out: dict[dt.date, dict[str, list[CalendarEntry]]] = {
            today + dt.timedelta(days=i): {} for i in range(days)
        }
        for e in self.list_range(today, last):
            if e.appointment.is_cancelled:
                continue
            day = e.appointment.start.date()
            if day in out:
                out[day].setdefault(e.staff_name, []).append(e)
        return out

    def holidays(self, first: dt.date, last: dt.date) -> list[Holiday]:
        self._s.require(Permission.VIEW_CALENDAR)
        return holidays_between(first, last, self._repo.closed_days())

    # ----- booking -----

    def _warnings(self, appts: list[Appointment]) -> list[str]:
        closed = self._repo.closed_days()
        hours = self.working_hours()
        seen: list[str] = []
        for a in appts:
            for w in appointment_warnings(a, closed, hours):
                if w.message_tr not in seen:
                    seen.append(w.message_tr)
        return seen

    def check(self, inp: AppointmentInput) -> list[str]:
        """Warnings for a slot before booking (the dialog shows them as you type)."""
        self._s.require(Permission.VIEW_CALENDAR)
        try:
            return self._warnings([self._build(inp, new_appointment_id())])
        except KdmError:
            return []

    def add(self, inp: AppointmentInput) -> Booked:
        """Book one appointment; a staff or room clash is refused (exit 4)."""
        self._s.require(Permission.EDIT_CALENDAR)
        appt = self._build(inp, new_appointment_id())
        with self._s.work() as uow:
            existing = [a for _, a in self._raw(appt.start - _LONGEST, appt.end + _LONGEST)]
            clashes = find_conflicts(appt, existing, staff_names=self._staff_names())
            if clashes:
                raise RefusedInput(
                    "calendar.conflict", detail="; ".join(c.message_tr for c in clashes)
                )
            uow.calendar.insert(appt, at=self._s.timestamp(), by=self._s.user.username)
            self._audit(uow, AuditAction.CREATE, appt)
        return Booked(appt.id, appt.id, None, self._warnings([appt]))

    def add_weekly(self, inp: AppointmentInput, count: int) -> Booked:
        """A series on the first start's weekday, ``count`` sessions."""
        try:
            rule = Recurrence(Frequency.WEEKLY, count=count)
        except CalendarRuleError as exc:
            raise _rule_error(exc) from None
        return self.add_series(inp, rule)

    def add_series(self, inp: AppointmentInput, rule: Recurrence) -> Booked:
        """Book every occurrence or none: the first clash is named and refused."""
        self._s.require(Permission.EDIT_CALENDAR)
        probe = self._build(inp, new_appointment_id())
        try:
            series = AppointmentSeries(
                id=new_appointment_id(),
                rule=rule,
                first_start=probe.start,
                duration_minutes=probe.duration_minutes,
                staff=probe.staff,
                type=probe.type,
                case_id=probe.case_id,
                room=probe.room,
                note=probe.note,
                interpreter_needed=probe.interpreter_needed,
            )
            occurrences = [series.occurrence(d) for d in series.dates()]
        except CalendarRuleError as exc:
            raise _rule_error(exc) from None
        bounds = _bounds(occurrences)
        with self._s.work() as uow:
            existing = [a for _, a in self._raw(bounds[0] - _LONGEST, bounds[1] + _LONGEST)]
            index = ConflictIndex(existing)
            names = self._staff_names()
            for occ in occurrences:
                clashes = index.conflicts_for(occ, staff_names=names)
                if clashes:
                    raise RefusedInput(
                        "calendar.series_conflict",
                        date=f"{occ.start:%d.%m.%Y %H:%M}",
                        detail="; ".join(c.message_tr for c in clashes),
                    )
                index.add(occ)
            uow.calendar.insert_series(
                series, bounds, at=self._s.timestamp(), by=self._s.user.username
            )
            detail = f"series count={len(occurrences)}"
            if series.case_id:
                detail += f" case={series.case_id}"
            uow.audit(AuditAction.CREATE, "appointment_series", series.id, detail)
        return Booked(
            occurrence_ref(series.id, series.dates()[0]),
            occurrences[0].id,
            series.id,
            self._warnings(occurrences),
        )

    # ----- changing -----

    def _split(self, ref: str) -> tuple[str, dt.date | None]:
        if _REF_SEPARATOR in ref:
            series_id, _, day = ref.partition(_REF_SEPARATOR)
            try:
                return series_id.strip(), dt.date.fromisoformat(day.strip())
            except ValueError:
                raise KdmError("calendar.not_found", ref=ref.strip()) from None
        return ref.strip(), None

    def _load(self, ref: str) -> Appointment:
        appt_id, day = self._split(ref)
        repo = self._repo
        if day is None:
            found = repo.get(appt_id)
        else:
            series = repo.get_series(appt_id)
            found = None
            if series is not None:
                try:
                    found = series.occurrence(day, repo.exceptions(series.id).get(day))
                except CalendarRuleError:
                    found = None
        if found is None:
            raise KdmError("calendar.not_found", ref=ref.strip())
        return found

    def _store(self, ref: str, new: Appointment, change: OccurrenceChange) -> None:
        """Write ``new`` (a single) or ``change`` (an occurrence) in the open transaction."""
        repo = self._repo
        at, by = self._s.timestamp(), self._s.user.username
        series_id, day = self._split(ref)
        if day is None:
            repo.update(new, at=at, by=by)
            return
        repo.set_exception(series_id, day, change)
        series = repo.get_series(series_id)
        assert series is not None
        exceptions = repo.exceptions(series_id)
        occurrences = [series.occurrence(d, exceptions.get(d)) for d in series.dates()]
        repo.set_series_bounds(series_id, _bounds(occurrences), at=at, by=by)

    def change(
        self,
        ref: str,
        *,
        start: dt.datetime | None = None,
        duration_minutes: int | None = None,
        staff: str | None = None,
        room: str | None = None,
        note: str | None = None,
    ) -> Booked:
        """Move or edit one appointment (one occurrence of a series only)."""
        self._s.require(Permission.EDIT_CALENDAR)
        old = self._load(ref)
        fields: dict[str, object] = {}
        if start is not None:
            fields["start"] = start
        if duration_minutes is not None:
            fields["duration_minutes"] = duration_minutes
        if staff is not None:
            fields["staff"] = staff
        if room is not None:
            fields["room"] = room or None
        if note is not None:
            fields["note"] = note
        try:
            new = dataclasses.replace(old, **fields)  # type: ignore[arg-type]
            change = OccurrenceChange(**fields)  # type: ignore[arg-type]
        except CalendarRuleError as exc:
            raise _rule_error(exc) from None
        if staff is not None:
            self._check_staff(new.staff)
        with self._s.work() as uow:
            existing = [a for _, a in self._raw(new.start - _LONGEST, new.end + _LONGEST)]
            clashes = find_conflicts(new, existing, staff_names=self._staff_names())
            if clashes:
                raise RefusedInput(
                    "calendar.conflict", detail="; ".join(c.message_tr for c in clashes)
                )
            self._store(ref, new, change)
            self._audit(uow, AuditAction.CHANGE, new, "moved" if start is not None else "changed")
        return Booked(ref, new.id, new.series_id, self._warnings([new]))

    def set_status(
        self, ref: str, status: AppointmentStatus, *, add_service: bool = False
    ) -> CalendarEntry:
        """Planned / done / cancelled / no-show.  With ``add_service`` a finished session
        is also written to the case's services log, in the same transaction."""
        self._s.require(Permission.EDIT_CALENDAR)
        old = self._load(ref)
        new = dataclasses.replace(old, status=status)
        with self._s.work() as uow:
            if status is not AppointmentStatus.CANCELLED and old.is_cancelled:
                # Un-cancelling takes the slot again, so it must still be free.
                existing = [a for _, a in self._raw(new.start - _LONGEST, new.end + _LONGEST)]
                clashes = find_conflicts(new, existing, staff_names=self._staff_names())
                if clashes:
                    raise RefusedInput(
                        "calendar.conflict", detail="; ".join(c.message_tr for c in clashes)
                    )
            self._store(ref, new, OccurrenceChange(status=status))
            self._audit(uow, AuditAction.CHANGE, new, f"status={status.value}")
            if add_service and status is AppointmentStatus.DONE:
                if new.case_id is None or new.type not in SERVICE_KINDS:
                    raise RefusedInput("calendar.no_case_for_service")
                ServiceLogService(self._s).add(
                    new.case_id,
                    ServiceEntryDraft(
                        kind=SERVICE_KINDS[new.type],
                        date=new.start.date(),
                        staff=new.staff,
                        duration_minutes=new.duration_minutes,
                    ),
                )
        return self._entries([(ref, new)])[0]

    def cancel(self, ref: str) -> CalendarEntry:
        return self.set_status(ref, AppointmentStatus.CANCELLED)

    @staticmethod
    def _audit(uow: UnitOfWork, action: AuditAction, appt: Appointment, extra: str = "") -> None:
        parts = [extra] if extra else []
        if appt.series_id:
            parts.append(f"series={appt.series_id}")
        if appt.case_id:
            parts.append(f"case={appt.case_id}")
        uow.audit(action, "appointment", appt.id, " ".join(parts))

    # ----- closed days and working hours -----

    def closed_days(self) -> list[ClosedDay]:
        self._s.require(Permission.VIEW_CALENDAR)
        return self._repo.closed_days()

    def add_closed_day(self, day: dt.date, reason: str) -> ClosedDay:
        self._s.require(Permission.EDIT_CALENDAR)
        try:
            closed = ClosedDay(day, reason)
        except CalendarRuleError as exc:
            raise _rule_error(exc) from None
        with self._s.work() as uow:
            uow.calendar.set_closed_day(closed)
            uow.audit(AuditAction.CHANGE, "calendar_closed_day", day.isoformat())
        return closed

    def remove_closed_day(self, day: dt.date) -> bool:
        self._s.require(Permission.EDIT_CALENDAR)
        with self._s.work() as uow:
            removed = uow.calendar.delete_closed_day(day)
            if removed:
                uow.audit(AuditAction.DELETE, "calendar_closed_day", day.isoformat())
        return removed

    def working_hours(self) -> WorkingHours:
        self._s.require(Permission.VIEW_CALENDAR)
        return self._repo.working_hours() or DEFAULT_WORKING_HOURS

    def set_working_hours(self, hours: WorkingHours) -> None:
        self._s.require(Permission.EDIT_CALENDAR)
        with self._s.work() as uow:
            uow.calendar.set_working_hours(hours)
            uow.audit(AuditAction.CHANGE, "calendar_working_hours", self._s.casefile_id)

    # ----- exports -----

    def export_own_ics(self, path: Path, first: dt.date, last: dt.date) -> int:
        """The logged-in user's own appointments as .ics: case numbers only, no names
        and no notes.  Returns the number of events written."""
        self._s.require(Permission.VIEW_CALENDAR)
        me = self._s.user.username
        lo, hi = _span(first, last)
        appts = [a for _, a in self._raw(lo, hi, me)]
        labels = self._repo.case_labels({a.case_id for a in appts if a.case_id})
        numbers = {cid: lab.case_number for cid, lab in labels.items()}
        data = export_ics(appts, me, case_numbers=numbers, now=self._s.now())
        with self._s.work() as uow:
            uow.audit(
                AuditAction.EXPORT,
                "calendar_ics",
                me,
                f"from={first.isoformat()} to={last.isoformat()} events={len(appts)}",
            )
            write_user_file(path, data)
        return len(appts)

    def _print_rows(self, first: dt.date, last: dt.date, staff: str | None) -> list[PrintRow]:
        lo, hi = _span(first, last)
        entries = self._entries(self._raw(lo, hi, staff), printed=True)
        return [
            PrintRow(
                start=e.appointment.start,
                end=e.appointment.end,
                staff=e.staff_name,
                room=e.appointment.room or "",
                label=e.label,
                status=e.appointment.status.label_tr,
                interpreter=e.appointment.interpreter_needed,
            )
            for e in entries
        ]

    def _day_list(self, day: dt.date, staff: str | None) -> tuple[list[PrintRow], list[Holiday]]:
        self._s.require(Permission.VIEW_CALENDAR)
        rows = self._print_rows(day, day, staff)
        return rows, holidays_between(day, day, self._repo.closed_days())

    def day_list_pdf(self, day: dt.date, path: Path, staff: str | None = None) -> int:
        """The day's list for the desk: initials and case numbers only."""
        rows, holidays = self._day_list(day, staff)
        data = render_day_list(day, rows, self._s.centre().name, holidays)
        with self._s.work() as uow:
            uow.audit(AuditAction.PRINT, "calendar_day", day.isoformat(), f"rows={len(rows)}")
            write_user_file(path, data)
        return len(rows)

    def day_list_document(self, day: dt.date, staff: str | None = None) -> PrintDocument:
        """The day list for the printer (laid out in memory); audited as a print."""
        rows, holidays = self._day_list(day, staff)
        html = day_list_html(day, rows, self._s.centre().name, holidays)
        with self._s.work() as uow:
            uow.audit(AuditAction.PRINT, "calendar_day", day.isoformat(), f"rows={len(rows)}")
        return PrintDocument("calendar_day", html)

    def _week_list(
        self, staff: str | None, day: dt.date
    ) -> tuple[str | None, dt.date, list[PrintRow], list[Holiday]]:
        self._s.require(Permission.VIEW_CALENDAR)
        who = staff.strip().lower() if staff is not None else None
        monday = day - dt.timedelta(days=day.weekday())
        sunday = monday + dt.timedelta(days=6)
        rows = self._print_rows(monday, sunday, who)
        return who, monday, rows, holidays_between(monday, sunday, self._repo.closed_days())

    def staff_week_pdf(self, staff: str, day: dt.date, path: Path) -> int:
        _who, monday, rows, holidays = self._week_list(staff, day)
        who = _who or ""
        data = render_staff_week(
            self._staff_names().get(who, who), monday, rows, self._s.centre().name, holidays
        )
        with self._s.work() as uow:
            uow.audit(AuditAction.PRINT, "calendar_week", who, f"monday={monday.isoformat()}")
            write_user_file(path, data)
        return len(rows)

    def week_list_document(self, day: dt.date, staff: str | None = None) -> PrintDocument:
        """The week of `day` for the printer: one staff member's, or everyone's."""
        who, monday, rows, holidays = self._week_list(staff, day)
        name = self._staff_names().get(who, who) if who else None
        html = week_list_html(name, monday, rows, self._s.centre().name, holidays)
        with self._s.work() as uow:
            uow.audit(
                AuditAction.PRINT, "calendar_week", who or "*", f"monday={monday.isoformat()}"
            )
        return PrintDocument("calendar_week", html)


def _client_name(case: CaseLabel | None) -> str | None:
    if case is None or case.anonymous:
        return None
    return display_name(False, case.first_name, case.last_name)


def _bounds(appts: list[Appointment]) -> tuple[dt.datetime, dt.datetime]:
    return (
        min(a.start.astimezone(dt.UTC) for a in appts),
        max(a.end.astimezone(dt.UTC) for a in appts),
    )
