"""What leaves the calendar: one's own appointments as .ics, and the day and week
lists for the printer or as PDF (initials and case numbers only: paper lies on desks)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kdm_desktop.domain.calendar import Holiday, export_ics, holidays_between
from kdm_desktop.oserrors import write_user_file
from kdm_desktop.reports.calendar_pdf import PrintRow, render_day_list, render_staff_week
from kdm_desktop.reports.printing import PrintDocument, day_list_html, week_list_html
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.calendar.base import CalendarBase
from kdm_desktop.services.calendar.common import span


class CalendarExports(CalendarBase):
    def export_own_ics(self, path: Path, first: dt.date, last: dt.date) -> int:
        """The logged-in user's own appointments as .ics: case numbers only, no names
        and no notes.  Returns the number of events written."""
        self._s.require(Permission.VIEW_CALENDAR)
        me = self._s.user.username
        lo, hi = span(first, last)
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
        lo, hi = span(first, last)
        entries = self._entries(self._raw(lo, hi, staff), printed=True)
        return [
            PrintRow(
                start=e.appointment.start,
                end=e.appointment.end,
                staff=e.staff_name,
                room=e.appointment.room or "",
                label=e.label,
                status=e.appointment.status.label,
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
