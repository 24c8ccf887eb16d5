"""What the calendar page hands out: the day list as PDF or on paper, the week list
on paper, and her own appointments as an .ics file (after a warning)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from kdm_desktop.domain.calendar.ics import ics_export_warning
from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.printing import print_document
from kdm_desktop.ui.tasks import IsCancelled, Progress, TaskRunner


class CalendarExports(QObject):
    """Runs on the page's day (`anchor`) and staff filter, read when asked."""

    def __init__(
        self,
        page: QWidget,
        service: CalendarService,
        runner: TaskRunner,
        shown: Callable[[], tuple[dt.date, str | None]],
    ) -> None:
        super().__init__(page)
        self._page = page
        self._service = service
        self._runner = runner
        self._shown = shown

    def save_day_list(self) -> None:
        day, _ = self._shown()
        suggested = f"gunun-randevulari-{day.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self._page, self.tr("Save the day list"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.write_day_list(Path(path))

    def write_day_list(self, path: Path) -> None:
        service = self._service
        day, staff = self._shown()

        def work(progress: Progress, cancelled: IsCancelled) -> int:
            return service.day_list_pdf(day, path, staff)

        self._runner.start(
            self._page,
            work,
            label=self.tr("Writing the day list…"),
            success_message=self.tr("The day list was saved."),
        )

    def print_day_list(self) -> QPrintDialog:
        """The list of the day shown (or picked in the month), for the staff filtered."""
        service = self._service
        day, staff = self._shown()
        return print_document(
            self._page, "calendar_day", lambda: service.day_list_document(day, staff)
        )

    def print_week_list(self) -> QPrintDialog:
        """The week around the day shown: the filtered staff member's, or everyone's."""
        service = self._service
        day, staff = self._shown()
        return print_document(
            self._page, "calendar_week", lambda: service.week_list_document(day, staff)
        )

    def export_ics(self) -> None:
        dialogs.confirm(
            self._page,
            self.tr("Export your own appointments as an .ics file?"),
            self._choose_ics_path,
            yes_text=self.tr("Continue"),
            informative=ics_export_warning(),
        )

    def _choose_ics_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._page,
            self.tr("Export calendar"),
            "randevularim.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if path:
            self.write_ics(Path(path))

    def write_ics(self, path: Path) -> None:
        service = self._service
        first = service.today()
        last = first + dt.timedelta(days=90)

        def work(progress: Progress, cancelled: IsCancelled) -> int:
            return service.export_own_ics(path, first, last)

        self._runner.start(
            self._page,
            work,
            label=self.tr("Exporting the calendar…"),
            success_message=self.tr("Your appointments of the next 90 days were exported."),
        )
