"""The days the centre is closed and its working hours (warnings when booking)."""

from __future__ import annotations

import datetime as dt

from kdm_desktop.domain.calendar import ClosedDay, WorkingHours
from kdm_desktop.domain.rules import DomainRuleError
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.calendar.base import CalendarBase
from kdm_desktop.services.calendar.common import rule_error


class CalendarHours(CalendarBase):
    def closed_days(self) -> list[ClosedDay]:
        self._s.require(Permission.VIEW_CALENDAR)
        return self._repo.closed_days()

    def add_closed_day(self, day: dt.date, reason: str) -> ClosedDay:
        self._s.require(Permission.EDIT_CALENDAR)
        try:
            closed = ClosedDay(day, reason)
        except DomainRuleError as exc:
            raise rule_error(exc) from None
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
        return self._hours()

    def set_working_hours(self, hours: WorkingHours) -> None:
        self._s.require(Permission.EDIT_CALENDAR)
        with self._s.work() as uow:
            uow.calendar.set_working_hours(hours)
            uow.audit(AuditAction.CHANGE, "calendar_working_hours", self._s.casefile_id)
