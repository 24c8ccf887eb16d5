"""'Takvim': month, week and day views with navigation, filters, PDF and .ics."""

from __future__ import annotations

import calendar as pycal
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.changes import APPOINTMENTS, CALENDAR_SETTINGS, CASES, USERS, Changes
from kdm_desktop.domain.calendar import month_grid, week_days
from kdm_desktop.domain.calendar.ics import ics_export_warning
from kdm_desktop.domain.drafts import Draft, DraftKind
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.services.casefile import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.calendar.closed_days import ClosedDaysDialog
from kdm_desktop.ui.calendar.dialogs import AppointmentDialog, EntryDialog
from kdm_desktop.ui.calendar.views import MonthView, TimeGridView
from kdm_desktop.ui.i18n import current_locale
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.printing import print_document
from kdm_desktop.ui.tasks import IsCancelled, Progress
from kdm_desktop.ui.widgets import heading

MONTH, WEEK, DAY = 0, 1, 2


class CalendarPage(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self.service = CalendarService(session)
        self._session = session
        self._runner = ctx.runner
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
        self.week_view.slot_clicked.connect(self.new_appointment)
        self.day_view.slot_clicked.connect(self.new_appointment)

        self.prev_button = QPushButton()
        self.prev_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.prev_button.setToolTip(self.tr("Previous"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton()
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.clicked.connect(self.go_today)
        self.title = QLabel()
        self.title.setObjectName("calendarTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)

        self.mode_group = QButtonGroup(self)
        modes = QHBoxLayout()
        modes.setSpacing(0)
        for mode, text in (
            (MONTH, self.tr("&Month")),
            (WEEK, self.tr("&Week")),
            (DAY, self.tr("&Day")),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            self.mode_group.addButton(button, mode)
            modes.addWidget(button)
        self.mode_group.button(self.mode).setChecked(True)
        self.mode_group.idClicked.connect(self.set_mode)

        self.colour_mode = QComboBox()
        self.colour_mode.setObjectName("colourMode")
        # The type (psychological, legal …) is case content: a colour must not tell it
        # to someone who may not see it, so the sekreter's calendar is coloured by staff.
        if self.service.sees_names:
            self.colour_mode.addItem(self.tr("Colour by type"), False)
        self.colour_mode.addItem(self.tr("Colour by staff"), True)
        self.colour_mode.setAccessibleName(self.tr("Colour appointments by"))
        self.colour_mode.currentIndexChanged.connect(self.reload)
        self.staff_filter = QComboBox()
        self.staff_filter.setAccessibleName(self.tr("Show the appointments of"))
        self.staff_filter.addItem(self.tr("All staff"), None)
        for username, name in self.service.staff_choices():
            self.staff_filter.addItem(name, username)
        self.staff_filter.currentIndexChanged.connect(self.reload)

        self.pdf_button = QPushButton(self.tr("Day list PDF"))
        self.pdf_button.setObjectName("dayListPdf")
        self.pdf_button.clicked.connect(self.save_day_list)
        self.print_button = QToolButton()
        self.print_button.setObjectName("calendarPrint")
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self.print_button)
        self.print_day_action = print_menu.addAction(self.tr("Day list"), self.print_day_list)
        self.print_week_action = print_menu.addAction(self.tr("Week list"), self.print_week_list)
        self.print_button.setMenu(print_menu)
        self.ics_button = QPushButton(self.tr("Export .ics"))
        self.ics_button.setObjectName("exportIcs")
        self.ics_button.clicked.connect(self.export_ics)
        self.closed_button = QPushButton(self.tr("Closed days and working hours"))
        self.closed_button.setObjectName("closedDaysButton")
        self.closed_button.clicked.connect(self.edit_closed_days)
        self.closed_button.setVisible(self.can_edit)
        self.hint = QLabel(
            self.tr("Click a free time in the week or day view to book an appointment.")
            if self.can_edit
            else ""
        )
        self.hint.setObjectName("calendarHint")

        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)
        nav.addSpacing(12)
        nav.addWidget(self.title, 1)
        nav.addLayout(modes)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Staff:")))
        tools.addWidget(self.staff_filter)
        tools.addWidget(self.colour_mode)
        tools.addStretch(1)
        tools.addWidget(self.closed_button)
        tools.addWidget(self.pdf_button)
        tools.addWidget(self.print_button)
        tools.addWidget(self.ics_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Calendar"), 1.5))
        layout.addLayout(nav)
        layout.addLayout(tools)
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
        return locale.toString(QDate(a.year, a.month, a.day), "d MMMM yyyy dddd")

    def reload(self) -> None:
        first, last = self._range()
        staff = self.staff_filter.currentData()
        try:
            entries = self.service.list_range(first, last, staff)
            holidays = self.service.holidays(first, last)
        except KdmError as exc:
            dialogs.warn(self, exc.message)
            return
        by_staff = bool(self.colour_mode.currentData()) or not self.service.sees_names
        today = self.service.today()
        if self.mode == MONTH:
            self.month_view.set_month(self.anchor.year, self.anchor.month)
            self.month_view.set_data(entries, holidays, by_staff=by_staff, today=today)
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

    # ----- printing and export -----

    def save_day_list(self) -> None:
        day = self.anchor
        suggested = f"gunun-randevulari-{day.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the day list"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.write_day_list(Path(path))

    def write_day_list(self, path: Path) -> None:
        service, day = self.service, self.anchor
        staff = self.staff_filter.currentData()

        def work(progress: Progress, cancelled: IsCancelled) -> int:
            return service.day_list_pdf(day, path, staff)

        self._runner.start(
            self,
            work,
            label=self.tr("Writing the day list…"),
            success_message=self.tr("The day list was saved."),
        )

    def print_day_list(self) -> QPrintDialog:
        """The list of the day shown (or picked in the month), for the staff filtered."""
        service, day, staff = self.service, self.anchor, self.staff_filter.currentData()
        return print_document(self, "calendar_day", lambda: service.day_list_document(day, staff))

    def print_week_list(self) -> QPrintDialog:
        """The week around the day shown: the filtered staff member's, or everyone's."""
        service, day, staff = self.service, self.anchor, self.staff_filter.currentData()
        return print_document(self, "calendar_week", lambda: service.week_list_document(day, staff))

    def export_ics(self) -> None:
        dialogs.confirm(
            self,
            self.tr("Export your own appointments as an .ics file?"),
            self._choose_ics_path,
            yes_text=self.tr("Continue"),
            informative=ics_export_warning(),
        )

    def _choose_ics_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), "randevularim.ics", self.tr("Calendar files (*.ics)")
        )
        if path:
            self.write_ics(Path(path))

    def write_ics(self, path: Path) -> None:
        service = self.service
        first = self.service.today()
        last = first + dt.timedelta(days=90)

        def work(progress: Progress, cancelled: IsCancelled) -> int:
            return service.export_own_ics(path, first, last)

        self._runner.start(
            self,
            work,
            label=self.tr("Exporting the calendar…"),
            success_message=self.tr("Your appointments of the next 90 days were exported."),
        )
