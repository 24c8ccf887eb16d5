"""The statistics page's files: its own report as PDF, CSV or Excel, the encrypted
file for the coordinating body, importing the centres' files, the province report.

Every file is written on the task runner, off the UI thread. The page gives the
period and the smallest number shown; nothing here reads its widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from kdm_desktop.domain.statistics.periods import Period
from kdm_desktop.services.session import Session
from kdm_desktop.services.statistics_exchange import StatisticsExchange
from kdm_desktop.services.statistics_report import ReportService
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.statistics.send_dialog import SendDialog
from kdm_desktop.ui.tasks import IsCancelled, Progress


class StatisticsFiles(QObject):
    def __init__(
        self,
        session: Session,
        ctx: PageContext,
        parent: QWidget,
        period: Callable[[], Period | None],
        min_cell: Callable[[], int],
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._ctx = ctx
        self._parent = parent
        self._period = period
        self._min_cell = min_cell

    def _save_path(self, title: str, pattern: str, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self._parent, title, suggested, pattern)
        return Path(path) if path else None

    def _own_report_then(self, write: object, label: str, target: Path) -> None:
        period = self._period()
        if period is None:
            return
        session = self._session
        k = self._min_cell()

        def work(progress: Progress, cancelled: IsCancelled) -> Path:
            report = ReportService(session).own(period, k)
            write(report, target)  # type: ignore[operator]
            return target

        self._ctx.runner.start(
            self._parent,
            work,
            label=label,
            success_message=lambda p: self.tr("Saved (small numbers hidden):\n{path}").format(
                path=p
            ),
        )

    def export_pdf(self, path: Path | None = None) -> None:
        from kdm_desktop.reports.statistics_pdf import write_report_pdf

        path = path or self._save_path(self.tr("Save statistics"), "PDF (*.pdf)", "istatistik.pdf")
        if path is not None:
            self._own_report_then(write_report_pdf, self.tr("Writing the PDF…"), path)

    def export_csv(self, directory: Path | None = None) -> None:
        from kdm_desktop.reports.statistics_tables import write_csv_dir

        if directory is None:
            chosen = QFileDialog.getExistingDirectory(
                self._parent, self.tr("Folder for the CSV files")
            )
            directory = Path(chosen) if chosen else None
        if directory is not None:
            self._own_report_then(write_csv_dir, self.tr("Writing the CSV files…"), directory)

    def export_xlsx(self, path: Path | None = None) -> None:
        from kdm_desktop.reports.statistics_tables import write_xlsx

        path = path or self._save_path(
            self.tr("Save statistics"), "Excel (*.xlsx)", "istatistik.xlsx"
        )
        if path is not None:
            self._own_report_then(write_xlsx, self.tr("Writing the Excel file…"), path)

    # ----- the coordinating body -----

    def send_dialog(self) -> SendDialog | None:
        period = self._period()
        if period is None:
            return None
        return SendDialog(self._session, period, self._min_cell(), self._parent)

    def send_file(self, path: Path | None = None, choice: tuple[str, bool] | None = None) -> None:
        period = self._period()
        if period is None:
            return
        if choice is None:
            dialog = self.send_dialog()
            if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
                return
            choice = dialog.choice()
            if choice is None:
                return
        path = path or self._save_path(
            self.tr("Save the statistics file"),
            self.tr("Statistics files (*.kdmstat)"),
            f"istatistik-{period.start.isoformat()}.kdmstat",
        )
        if path is None:
            return
        code, suppressed = choice
        session = self._session
        k = self._min_cell()
        target = path

        def work(progress: Progress, cancelled: IsCancelled) -> Path:
            StatisticsExchange(session).export(
                period, code, target, suppressed_only=suppressed, k=k, overwrite=True
            )
            return target

        self._ctx.runner.start(
            self._parent,
            work,
            label=self.tr("Encrypting and signing…"),
            success_message=lambda p: self.tr(
                "The statistics file was encrypted for {code} and signed:\n{path}"
            ).format(code=code, path=p),
        )

    def import_files(self, paths: list[Path] | None = None) -> None:
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self._parent,
                self.tr("Import statistics files"),
                "",
                self.tr("Statistics files (*.kdmstat)"),
            )
            paths = [Path(n) for n in names]
        if not paths:
            return
        session = self._session
        chosen = list(paths)

        def work(progress: Progress, cancelled: IsCancelled) -> list[str]:
            done = []
            exchange = StatisticsExchange(session)
            for n, p in enumerate(chosen):
                progress(n, len(chosen))
                r = exchange.import_file(p)
                done.append(
                    f"{r.document.centre_code}: {r.document.period.label()}"
                    + (" (eskisinin yerine)" if r.replaced else "")
                )
            return done

        self._ctx.runner.start(
            self._parent,
            work,
            label=self.tr("Checking and importing…"),
            success_message=lambda done: self.tr("Imported:\n{list}").format(list="\n".join(done)),
        )

    def province_report(self, path: Path | None = None) -> None:
        from kdm_desktop.reports.statistics_pdf import write_report_pdf

        period = self._period()
        if period is None:
            return
        path = path or self._save_path(
            self.tr("Save the province report"), "PDF (*.pdf)", "il-raporu.pdf"
        )
        if path is None:
            return
        session = self._session
        k = self._min_cell()
        target = path

        def work(progress: Progress, cancelled: IsCancelled) -> Path:
            write_report_pdf(ReportService(session).build(period, k), target)
            return target

        self._ctx.runner.start(
            self._parent,
            work,
            label=self.tr("Merging the centres and writing the report…"),
            success_message=lambda p: self.tr("The province report was saved:\n{path}").format(
                path=p
            ),
        )
