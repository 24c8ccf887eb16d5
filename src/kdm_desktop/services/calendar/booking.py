"""Booking and changing appointments: single, weekly and recurring; moves, edits and
status changes, each refused whole on a staff or room clash."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kdm_desktop.domain.calendar import (
    Appointment,
    AppointmentSeries,
    AppointmentStatus,
    ConflictIndex,
    DayWarning,
    Frequency,
    OccurrenceChange,
    Recurrence,
    appointment_warnings,
    find_conflicts,
    new_appointment_id,
)
from kdm_desktop.domain.calendar.wording import ShownDay
from kdm_desktop.domain.cases.service_log import ServiceEntryDraft
from kdm_desktop.domain.rules import DomainRuleError
from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.calendar.base import CalendarBase
from kdm_desktop.services.calendar.common import (
    LONGEST,
    SERVICE_KINDS,
    AppointmentInput,
    Booked,
    CalendarEntry,
    bounds,
    occurrence_ref,
    rule_error,
)
from kdm_desktop.services.service_log import ServiceLogService
from kdm_desktop.storage.unit_of_work import UnitOfWork


class CalendarBooking(CalendarBase):
    def _day_warnings(self, appts: list[Appointment]) -> list[DayWarning]:
        """Each distinct warning sentence once (a series repeats them), in order."""
        self._s.require(Permission.VIEW_CALENDAR)
        closed = self._repo.closed_days()
        hours = self._hours()
        seen: dict[str, DayWarning] = {}
        for a in appts:
            for w in appointment_warnings(a, closed, hours):
                seen.setdefault(w.message, w)
        return list(seen.values())

    def _warnings(self, appts: list[Appointment]) -> list[str]:
        return [w.message for w in self._day_warnings(appts)]

    def _booked(
        self, ref: str, appt_id: str, series_id: str | None, appts: list[Appointment]
    ) -> Booked:
        found = self._day_warnings(appts)
        return Booked(
            ref, appt_id, series_id, [w.message for w in found], [w.kind.value for w in found]
        )

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
            existing = [a for _, a in self._raw(appt.start - LONGEST, appt.end + LONGEST)]
            clashes = find_conflicts(appt, existing, staff_names=self._staff_names())
            if clashes:
                raise RefusedInput(
                    "calendar.conflict", detail="; ".join(c.message for c in clashes)
                )
            uow.calendar.insert(appt, at=self._s.timestamp(), by=self._s.user.username)
            self._audit(uow, AuditAction.CREATE, appt)
        return self._booked(appt.id, appt.id, None, [appt])

    def add_weekly(self, inp: AppointmentInput, count: int) -> Booked:
        """A series on the first start's weekday, ``count`` sessions."""
        try:
            rule = Recurrence(Frequency.WEEKLY, count=count)
        except DomainRuleError as exc:
            raise rule_error(exc) from None
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
        except DomainRuleError as exc:
            raise rule_error(exc) from None
        span_ = bounds(occurrences)
        with self._s.work() as uow:
            existing = [a for _, a in self._raw(span_[0] - LONGEST, span_[1] + LONGEST)]
            index = ConflictIndex(existing)
            names = self._staff_names()
            for occ in occurrences:
                clashes = index.conflicts_for(occ, staff_names=names)
                if clashes:
                    raise RefusedInput(
                        "calendar.series_conflict",
                        date=ShownDay(occ.start),
                        detail="; ".join(c.message for c in clashes),
                    )
                index.add(occ)
            uow.calendar.insert_series(
                series, span_, at=self._s.timestamp(), by=self._s.user.username
            )
            detail = f"series count={len(occurrences)}"
            if series.case_id:
                detail += f" case={series.case_id}"
            uow.audit(AuditAction.CREATE, "appointment_series", series.id, detail)
        return self._booked(
            occurrence_ref(series.id, series.dates()[0]), occurrences[0].id, series.id, occurrences
        )

    # ----- changing -----

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
        repo.set_series_bounds(series_id, bounds(occurrences), at=at, by=by)

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
        except DomainRuleError as exc:
            raise rule_error(exc) from None
        if staff is not None:
            self._check_staff(new.staff)
        with self._s.work() as uow:
            existing = [a for _, a in self._raw(new.start - LONGEST, new.end + LONGEST)]
            clashes = find_conflicts(new, existing, staff_names=self._staff_names())
            if clashes:
                raise RefusedInput(
                    "calendar.conflict", detail="; ".join(c.message for c in clashes)
                )
            self._store(ref, new, change)
            self._audit(uow, AuditAction.CHANGE, new, "moved" if start is not None else "changed")
        return self._booked(ref, new.id, new.series_id, [new])

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
                existing = [a for _, a in self._raw(new.start - LONGEST, new.end + LONGEST)]
                clashes = find_conflicts(new, existing, staff_names=self._staff_names())
                if clashes:
                    raise RefusedInput(
                        "calendar.conflict", detail="; ".join(c.message for c in clashes)
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
