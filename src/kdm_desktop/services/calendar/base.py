"""The part every calendar use case stands on: the session, the role checks, and
reading appointments (series materialised) as this viewer may see them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from kdm_desktop.domain.calendar import (
    DEFAULT_WORKING_HOURS,
    Appointment,
    WorkingHours,
    display_label,
    materialise,
)
from kdm_desktop.domain.rules import DomainRuleError, ValidationErrors
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.calendar.common import (
    LONGEST,
    REF_SEPARATOR,
    AppointmentInput,
    CalendarEntry,
    client_name,
    occurrence_ref,
    rule_error,
)
from kdm_desktop.services.case_access import resolve_case, staff_may_work_on_cases
from kdm_desktop.services.session import Session

if TYPE_CHECKING:
    from kdm_desktop.storage.calendar_repo import CalendarRepository


class CalendarBase:
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

    def _staff_names(self) -> dict[str, str]:
        return {u.username: u.display_name for u in self._s.reading().users.all()}

    def _hours(self) -> WorkingHours:
        return self._repo.working_hours() or DEFAULT_WORKING_HOURS

    def _check_staff(self, username: str) -> None:
        if not staff_may_work_on_cases(self._s, username):
            raise ValidationErrors.one("staff", "calendar.staff_unknown", user=username.strip())

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
        except DomainRuleError as exc:
            raise rule_error(exc) from None
        self._check_staff(appt.staff)
        return appt

    def _raw(
        self, lo: dt.datetime, hi: dt.datetime, staff: str | None = None
    ) -> list[tuple[str, Appointment]]:
        """(ref, appointment) overlapping [lo, hi), series materialised."""
        repo = self._repo
        # POSIX timestamps are instants and far cheaper than zone arithmetic: each bound
        # and each start is converted once (`Appointment.overlaps` does the same test).
        lo_ts, hi_ts = lo.timestamp(), hi.timestamp()
        keyed: list[tuple[float, str, str, str, Appointment]] = []
        for a in repo.in_range(lo, hi, LONGEST, staff):
            begins = a.start.timestamp()
            if begins < hi_ts and lo_ts < begins + 60 * a.duration_minutes:
                keyed.append((begins, a.staff, a.id, a.id, a))
        for series, exceptions in repo.series_in_range(lo, hi):
            dates = series.dates()
            for occ in materialise(series, exceptions, lo, hi):
                if staff is not None and occ.staff != staff:
                    continue
                assert occ.occurrence_index is not None
                ref = occurrence_ref(series.id, dates[occ.occurrence_index])
                keyed.append((occ.start.timestamp(), occ.staff, occ.id, ref, occ))
        # By instant (a timestamp orders like UTC), then staff and id.
        keyed.sort(key=lambda k: (k[0], k[1], k[2]))
        return [(k[3], k[4]) for k in keyed]

    def _entries(
        self, pairs: list[tuple[str, Appointment]], *, printed: bool = False
    ) -> list[CalendarEntry]:
        case_ids = {a.case_id for _, a in pairs if a.case_id is not None}
        labels = self._repo.case_labels(case_ids)
        names = self._staff_names()
        sees = self.sees_names
        out = []
        # The label depends only on the case and the type: a woman seen weekly, or
        # a month of group sessions, is labelled once per read, not once per entry.
        made: dict[tuple[str | None, str], str] = {}
        for ref, appt in pairs:
            case = labels.get(appt.case_id) if appt.case_id else None
            shown = appt
            if appt.case_id is not None and not sees:
                shown = dataclasses.replace(appt, note="")
            label = made.get((appt.case_id, appt.type))
            if label is None:
                label = made[(appt.case_id, appt.type)] = display_label(
                    appt,
                    None if case is None else case.case_number,
                    client_name(case),
                    sees,
                    printed=printed,
                )
            out.append(
                CalendarEntry(
                    ref=ref,
                    appointment=shown,
                    label=label,
                    case_number=None if case is None else case.case_number,
                    staff_name=names.get(appt.staff, appt.staff),
                )
            )
        return out

    def _split(self, ref: str) -> tuple[str, dt.date | None]:
        if REF_SEPARATOR in ref:
            series_id, _, day = ref.partition(REF_SEPARATOR)
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
                except DomainRuleError:
                    found = None
        if found is None:
            raise KdmError("calendar.not_found", ref=ref.strip())
        return found
