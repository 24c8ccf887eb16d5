"""Looking things up in the calendar: colleagues, clients to book for, the
appointments of a range, the agenda card and the holidays."""

from __future__ import annotations

import datetime as dt

from kdm_desktop.domain.calendar import (
    Appointment,
    Holiday,
    holidays_between,
    initials,
    local_day_bounds,
)
from kdm_desktop.domain.cases.draft import anonymous_label, display_name
from kdm_desktop.domain.cases.query import CaseQuery
from kdm_desktop.domain.cases.search import query_tokens
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.calendar.base import CalendarBase, Keyed, sort_key
from kdm_desktop.services.calendar.common import CalendarEntry, ClientMatch, DayCell, span
from kdm_desktop.services.case_access import resolve_case, staff_working_on_cases


class CalendarReading(CalendarBase):
    def staff_choices(self) -> list[tuple[str, str]]:
        """(username, display name) of colleagues who can be booked."""
        self._s.require(Permission.VIEW_CALENDAR)
        return staff_working_on_cases(self._s)

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
            shown = (name if sees else initials(name)) if name else anonymous_label()
            out.append(ClientMatch(r.id, r.case_number, shown, years.get(r.id)))
        return out

    def list_range(
        self, first: dt.date, last: dt.date, staff: str | None = None
    ) -> list[CalendarEntry]:
        """Appointments of the local days ``first``…``last`` (inclusive)."""
        self._s.require(Permission.VIEW_CALENDAR)
        lo, hi = span(first, last)
        who = staff.strip().lower() if staff is not None else None
        entries = self._entries(self._raw(lo, hi, who))
        self._audit_shown(first, last, entries)
        return entries

    def day_cells(
        self, first: dt.date, last: dt.date, staff: str | None = None, *, per_day: int
    ) -> dict[dt.date, DayCell]:
        """The month view's read: for each local day ``first``…``last`` that has
        appointments, the first ``per_day`` of them exactly as `list_range` lists them
        (same order, labels and privacy) and how many the day has in all.

        A day cell shows a few entries and "+N more": only those are built, labelled
        and audited, so a month of 2,000 costs what it shows. A day opened from its
        cell lists them all (`list_range`).
        """
        self._s.require(Permission.VIEW_CALENDAR)
        lo, hi = span(first, last)
        who = staff.strip().lower() if staff is not None else None
        per_day = max(0, per_day)
        days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
        if not days:
            return {}
        singles, totals = self._repo.first_per_day(
            [(d, *local_day_bounds(d)) for d in days], per_day, who
        )
        keyed: dict[dt.date, list[Keyed]] = {
            day: [(a.start.timestamp(), a.staff, a.id, a.id, a) for a in appts]
            for day, appts in singles.items()
        }
        for k in self._occurrences(lo, hi, who):
            day = k[4].start.date()
            if first <= day <= last:  # not one that began the evening before
                keyed.setdefault(day, []).append(k)
                totals[day] = totals.get(day, 0) + 1
        pairs: list[tuple[str, Appointment]] = []
        for day in sorted(keyed):
            pairs += [(k[3], k[4]) for k in sorted(keyed[day], key=sort_key)[:per_day]]
        entries = self._entries(pairs)
        shown: dict[dt.date, list[CalendarEntry]] = {}
        for e in entries:
            shown.setdefault(e.appointment.start.date(), []).append(e)
        self._audit_shown(first, last, entries)
        return {day: DayCell(tuple(shown.get(day, ())), n) for day, n in sorted(totals.items())}

    def _audit_shown(self, first: dt.date, last: dt.date, entries: list[CalendarEntry]) -> None:
        if self.sees_names and any(e.case_number for e in entries):
            # Names of clients were shown: recorded like a page of the case list.
            with self._s.work(durable=False) as uow:
                uow.audit(
                    AuditAction.SEARCH,
                    "calendar",
                    "*",
                    f"from={first.isoformat()} to={last.isoformat()} rows={len(entries)}",
                )

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
