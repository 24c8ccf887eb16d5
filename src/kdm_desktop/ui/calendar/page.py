"""'Takvim': month, week and day views with navigation, filters, PDF and .ics.

The page hosts the views and moves between dates; the controls are
`CalendarToolbar`'s and what is handed out (PDF, print, .ics) is `CalendarExports`'.
"""

from __future__ import annotations

import calendar as pycal
import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from kdm_desktop.changes import APPOINTMENTS, CALENDAR_SETTINGS, CASES, USERS, Changes
from kdm_desktop.domain.calendar import month_grid, week_days
from kdm_desktop.domain.dates import format_shown_date
from kdm_desktop.domain.drafts import Draft, DraftKind
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.calendar.closed_days import ClosedDaysDialog
from kdm_desktop.ui.calendar.dialogs import AppointmentDialog, EntryDialog
from kdm_desktop.ui.calendar.exports import CalendarExports
from kdm_desktop.ui.calendar.month_view import MonthView
from kdm_desktop.ui.calendar.time_grid import TimeGridView
from kdm_desktop.ui.calendar.toolbar import DAY, MONTH, WEEK, CalendarToolbar
from kdm_desktop.ui.i18n import current_locale
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.widgets import heading

__all__ = ["DAY", "MONTH", "WEEK", "CalendarPage"]


class CalendarPage(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self.service = CalendarService(session)
        self._session = session
        self.anchor = self.service.today()
        self.mode = WEEK
        self.can_edit = self.service.can(Permission.EDIT_CALENDAR)

        self.month_view = MonthView()
        self.month_view.setObjectName("calendarMonth")
        self.week_view = TimeGridView(7)
        self.week_view.setObjectName("calendarWeek")
        self.day_view = TimeGridView(1)
        self.day_view.setObjectName("calendarDay")
        self.stack = QStackedWidget()
        for view in (self.month_view, self.week_view, self.day_view):
            self.stack.addWidget(view)
            view.entry_clicked.connect(self.open_entry)
        self.month_view.day_activated.connect(self._open_day)
        self.month_view.rows_wanted.connect(self._month_grew)
        self.week_view.slot_clicked.connect(self.new_appointment)
        self.day_view.slot_clicked.connect(self.new_appointment)

        self.toolbar = CalendarToolbar(
            sees_names=self.service.sees_names,
            can_edit=self.can_edit,
            staff=self.service.staff_choices(),
        )
        bar = self.toolbar
        # The controls by their old names: tests and screenshots press them on the page.
        self.title, self.mode_group = bar.title, bar.mode_group
        self.colour_mode, self.staff_filter = bar.colour_mode, bar.staff_filter
        self.prev_button, self.next_button = bar.prev_button, bar.next_button
        self.today_button, self.pdf_button = bar.today_button, bar.pdf_button
        self.print_button, self.ics_button = bar.print_button, bar.ics_button
        self.closed_button = bar.closed_button
        self.exports = CalendarExports(
            self, self.service, ctx.runner, lambda: (self.anchor, self.staff_filter.currentData())
        )
        bar.prev_button.clicked.connect(lambda: self.step(-1))
        bar.next_button.clicked.connect(lambda: self.step(1))
        bar.today_button.clicked.connect(self.go_today)
        bar.mode_group.idClicked.connect(self.set_mode)
        bar.colour_mode.currentIndexChanged.connect(self.reload)
        bar.staff_filter.currentIndexChanged.connect(self.reload)
        bar.closed_button.clicked.connect(self.edit_closed_days)
        bar.pdf_button.clicked.connect(self.exports.save_day_list)
        bar.print_day_action.triggered.connect(self.exports.print_day_list)
        bar.print_week_action.triggered.connect(self.exports.print_week_list)
        bar.ics_button.clicked.connect(self.exports.export_ics)
        self.hint = QLabel(
            self.tr("Click a free time in the week or day view to book an appointment.")
            if self.can_edit
            else ""
        )
        self.hint.setObjectName("calendarHint")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Calendar"), 1.5))
        layout.addWidget(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint)
        self.set_mode(self.mode)
        ctx.events.data_changed.connect(self._data_changed)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(APPOINTMENTS, CALENDAR_SETTINGS, CASES, USERS):
            self.reload()

    # ----- navigation -----

    def set_mode(self, mode: int) -> None:
        self.mode = mode
        self.mode_group.button(mode).setChecked(True)
        self.stack.setCurrentIndex(mode)
        self.reload()

    def step(self, direction: int) -> None:
        if self.mode == MONTH:
            y, m = divmod(self.anchor.year * 12 + self.anchor.month - 1 + direction, 12)
            day = min(self.anchor.day, pycal.monthrange(y, m + 1)[1])
            self.anchor = dt.date(y, m + 1, day)
        else:
            self.anchor += dt.timedelta(days=direction * (7 if self.mode == WEEK else 1))
        self.reload()

    def go_today(self) -> None:
        self.anchor = self.service.today()
        self.reload()

    def show_date(self, day: dt.date, mode: int) -> None:
        self.anchor = day
        self.set_mode(mode)

    def _month_grew(self) -> None:
        """The month's cells grew past the entries read for them: read again."""
        if self.mode == MONTH:
            self.reload()

    def _open_day(self, day: dt.date) -> None:
        self.show_date(day, DAY)

    def _range(self) -> tuple[dt.date, dt.date]:
        if self.mode == MONTH:
            grid = month_grid(self.anchor.year, self.anchor.month)
            return grid[0][0], grid[-1][-1]
        if self.mode == WEEK:
            days = week_days(self.anchor)
            return days[0], days[-1]
        return self.anchor, self.anchor

    def _title(self) -> str:
        locale = current_locale()
        a = self.anchor
        if self.mode == MONTH:
            return f"{locale.standaloneMonthName(a.month)} {a.year}"
        if self.mode == WEEK:
            first, last = self._range()
            return (
                f"{locale.toString(QDate(first.year, first.month, first.day), 'd MMMM')} – "
                f"{locale.toString(QDate(last.year, last.month, last.day), 'd MMMM yyyy')}"
            )
        return format_shown_date(a)  # "8 Aralık 2026 Salı", as every long day reads

    def reload(self) -> None:
        first, last = self._range()
        staff = self.staff_filter.currentData()
        by_staff = bool(self.colour_mode.currentData()) or not self.service.sees_names
        today = self.service.today()
        try:
            holidays = self.service.holidays(first, last)
            if self.mode == MONTH:
                # A cell shows a few entries and "+N more": only those are read.
                rows = self.month_view.rows_to_read()
                cells = self.service.day_cells(first, last, staff, per_day=rows)
            else:
                entries = self.service.list_range(first, last, staff)
        except KdmError as exc:
            dialogs.warn(self, exc.message)
            return
        if self.mode == MONTH:
            self.month_view.set_month(self.anchor.year, self.anchor.month)
            self.month_view.set_cells(
                cells, holidays, rows_read=rows, by_staff=by_staff, today=today
            )
        elif self.mode == WEEK:
            self.week_view.set_anchor(self.anchor)
            self.week_view.set_data(entries, holidays, by_staff=by_staff, today=today)
        else:
            self.day_view.set_anchor(self.anchor)
            self.day_view.set_data(entries, holidays, by_staff=by_staff, today=today)
        self.title.setText(self._title())

    # ----- appointments -----

    def new_appointment(self, start: dt.datetime) -> AppointmentDialog | None:
        if not self.can_edit:
            return None
        staff = self.staff_filter.currentData()
        dialog = AppointmentDialog(self.service, start, self, staff=staff, session=self._session)
        dialog.accepted.connect(lambda: self._booked(dialog))
        dialog.open()
        return dialog

    def open_draft(self, draft: Draft) -> QWidget | None:
        """Reopen an unsaved appointment as she left it (after unlocking)."""
        if draft.kind is not DraftKind.APPOINTMENT:
            return None
        dialog = self.new_appointment(dt.datetime.combine(self.anchor, dt.time(9, 0)))
        if dialog is not None and dialog.draft_keeper is not None:
            dialog.draft_keeper.restore(draft.content)
        return dialog

    def _booked(self, dialog: AppointmentDialog) -> None:
        self.reload()
        if dialog.booked is not None and dialog.booked.warnings:
            dialogs.inform(
                self,
                self.tr("The appointment was saved. Please note:")
                + "\n"
                + "\n".join(dialog.booked.warnings),
            )

    def open_entry(self, ref: str) -> EntryDialog | None:
        try:
            entry = self.service.get(ref)
        except KdmError as exc:
            dialogs.warn(self, exc.message)
            return None
        dialog = EntryDialog(self.service, entry, self)
        for b in (
            dialog.done_button,
            dialog.no_show_button,
            dialog.planned_button,
            dialog.cancel_button,
            dialog.move_button,
        ):
            b.setEnabled(self.can_edit)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def edit_closed_days(self) -> ClosedDaysDialog | None:
        if not self.can_edit:
            return None
        dialog = ClosedDaysDialog(self.service, self)
        # Closed days repaint like holidays, so the view reloads however it was closed.
        dialog.finished.connect(lambda _result: self._closed_days_edited(dialog))
        dialog.open()
        return dialog

    def _closed_days_edited(self, dialog: ClosedDaysDialog) -> None:
        if dialog.changed:
            self.reload()
