"""'İstatistik': the centre's tables and charts for a period, exports, statistics
files to and from the coordinating body, and the province report.

Staff with case access see exact counts (and may tick "as published" to see what
leaves the centre); a colleague without case access only ever sees suppressed
numbers. Every computation and file runs on the task runner, off the UI thread.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.statistics.periods import Period, month, quarter, year
from kdm_desktop.domain.statistics.publish import PublishedTable
from kdm_desktop.domain.statistics.suppression import DEFAULT_MIN_CELL, TOTAL
from kdm_desktop.domain.statistics.tables import TABLES, Counts, TableKind
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.casefile import Session
from kdm_desktop.services.statistics import StatisticsService
from kdm_desktop.services.statistics_exchange import StatisticsExchange, document_text
from kdm_desktop.services.statistics_report import ReportService
from kdm_desktop.services.trust import TrustService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.statistics.chart import BarChart
from kdm_desktop.ui.statistics.cross_dialog import CrossDialog
from kdm_desktop.ui.tasks import IsCancelled, Progress
from kdm_desktop.ui.widgets import heading

Row = tuple[str, int | None, str]


def _qdate(d: datetime.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> datetime.date:
    return datetime.date(q.year(), q.month(), q.day())


def preset_period(index: int, today: datetime.date) -> Period | None:
    """0 this month, 1 last month, 2 this quarter, 3 this year, 4 last year, 5 custom."""
    if index == 0:
        return month(today.year, today.month)
    if index == 1:
        return month(today.year, today.month).previous()
    if index == 2:
        return quarter(today.year, (today.month - 1) // 3 + 1)
    if index == 3:
        return year(today.year)
    if index == 4:
        return year(today.year - 1)
    return None


def exact_rows(counts: Counts, key: str) -> list[Row]:
    table = next(t for t in TABLES if t.key == key)
    sums = counts.by_category(key)
    rows: list[Row] = [
        (label, sums.get(c, 0), str(sums.get(c, 0))) for c, label in table.categories
    ]
    if table.kind is not TableKind.SEPARATE:
        total = sum(sums.values())
        rows.append((QCoreApplication.translate("StatisticsPage", "Total"), None, str(total)))
    return rows


def published_rows(table: PublishedTable) -> list[Row]:
    rows: list[Row] = [
        (label, table.number((0, j)), table.text((0, j)))
        for j, label in enumerate(table.col_labels)
    ]
    if table.has_row_totals:
        rows.append(
            (
                QCoreApplication.translate("StatisticsPage", "Total"),
                None,
                table.text((0, TOTAL)),
            )
        )
    return rows


class SendDialog(QDialog):
    """Choose the coordinating body; see exactly which numbers will leave."""

    def __init__(self, session: Session, period: Period, k: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._period = period
        self._k = k
        self.setWindowTitle(self.tr("Send statistics"))
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Coordinating body"))
        for centre in TrustService(session).centres():
            if centre.state == "verified":
                self.recipient.addItem(f"{centre.name} ({centre.code})", centre.code)
        self.suppressed = QCheckBox(
            self.tr("Send suppressed counts only (no data-sharing protocol)")
        )
        self.suppressed.toggled.connect(self._refresh)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("The numbers that will leave the centre"))
        self.preview.setMinimumSize(560, 320)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Encrypt and save…"))
        self.ok.setEnabled(self.recipient.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.recipient)
        form.addRow("", self.suppressed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.recipient.count() == 0:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "No verified coordinating body yet: import its centre card and "
                        "compare the fingerprint on the Transfers page first."
                    )
                )
            )
        layout.addWidget(QLabel(self.tr("Exactly these numbers leave the centre:")))
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self._refresh()

    def _refresh(self) -> None:
        doc = StatisticsExchange(self._session).document(
            self._period, suppressed_only=self.suppressed.isChecked(), k=self._k
        )
        self.preview.setPlainText(document_text(doc))

    def choice(self) -> tuple[str, bool] | None:
        if self.recipient.count() == 0:
            return None
        return str(self.recipient.currentData()), self.suppressed.isChecked()


class StatisticsPage(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self._session = session
        self._ctx = ctx
        self._exact_allowed = session.can(Permission.VIEW_CASES)
        self._counts: Counts | None = None
        self._published: list[PublishedTable] = []

        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Period"))
        self.preset.addItems(
            [
                self.tr("This month"),
                self.tr("Last month"),
                self.tr("This quarter"),
                self.tr("This year"),
                self.tr("Last year"),
                self.tr("From – to"),
            ]
        )
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("From"))
        self.end = QDateEdit()
        self.end.setCalendarPopup(True)
        self.end.setAccessibleName(self.tr("To"))
        self.min_cell = QSpinBox()
        self.min_cell.setRange(3, 100)
        self.min_cell.setValue(DEFAULT_MIN_CELL)
        self.min_cell.setAccessibleName(self.tr("Smallest number shown"))
        self.as_published = QCheckBox(self.tr("As published (small numbers hidden)"))
        if not self._exact_allowed:
            self.as_published.setChecked(True)
            self.as_published.setEnabled(False)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.refresh)
        self.preset.currentIndexChanged.connect(self._preset_changed)

        self.mode = QLabel()
        self.mode.setObjectName("statisticsMode")
        self.mode.setWordWrap(True)

        self.tables = QListWidget()
        self.tables.setAccessibleName(self.tr("Tables"))
        self.tables.setMaximumWidth(330)
        self.tables.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tables.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tables.setMinimumWidth(300)
        for t in TABLES:
            self.tables.addItem(t.title)
            # A long title is elided in the list; the tooltip gives it whole.
            item = self.tables.item(self.tables.count() - 1)
            if item is not None:
                item.setToolTip(t.title)
        self.tables.currentRowChanged.connect(self._show_table)
        self.grid = QTableWidget(0, 2)
        self.grid.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Count")])
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setVisible(False)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.chart = BarChart()

        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.xlsx_button = QPushButton(self.tr("Save as E&xcel…"))
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.send_button = QPushButton(self.tr("Send to the coordinating body…"))
        self.send_button.clicked.connect(lambda: self.send_file())
        self.import_button = QPushButton(self.tr("Import statistics files…"))
        self.import_button.clicked.connect(lambda: self.import_files())
        self.cross_button = QPushButton(self.tr("Cross t&able…"))
        self.cross_button.setToolTip(
            self.tr("Two characteristics together, optionally by district (always as published)")
        )
        self.cross_button.clicked.connect(lambda: self.cross_dialog())
        self.report_button = QPushButton(self.tr("Province report…"))
        self.report_button.clicked.connect(lambda: self.province_report())
        for button in (self.pdf_button, self.csv_button, self.xlsx_button):
            button.setEnabled(self._exact_allowed)
        self.send_button.setVisible(session.can(Permission.EXPORT) and self._exact_allowed)
        self.import_button.setVisible(session.can(Permission.IMPORT))
        self.report_button.setVisible(session.can(Permission.IMPORT))

        self.unmapped = QLabel()
        self.unmapped.setObjectName("unmappedDistricts")
        self.unmapped.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.preset)
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.end)
        top.addWidget(QLabel(self.tr("Smallest shown")))
        top.addWidget(self.min_cell)
        top.addWidget(self.as_published)
        top.addWidget(self.show_button)
        top.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.grid, 3)
        right.addWidget(self.note)
        right.addWidget(self.chart)
        middle = QHBoxLayout()
        middle.addWidget(self.tables)
        middle.addLayout(right, 1)
        actions = QHBoxLayout()
        for button in (
            self.cross_button,
            self.pdf_button,
            self.csv_button,
            self.xlsx_button,
            self.send_button,
            self.import_button,
            self.report_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Statistics")))
        layout.addLayout(top)
        layout.addWidget(self.mode)
        layout.addLayout(middle, 1)
        layout.addWidget(self.unmapped)
        layout.addLayout(actions)

        self._preset_changed(0)
        self.tables.setCurrentRow(0)
        # After the page is on screen: opening the page stays instant.
        QTimer.singleShot(0, self._fill_unmapped)

    # ----- period -----

    def _preset_changed(self, index: int) -> None:
        period = preset_period(index, self._session.now().date())
        custom = period is None
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if period is not None:
            self.start.setDate(_qdate(period.start))
            self.end.setDate(_qdate(period.end))

    def period(self) -> Period | None:
        try:
            return Period(_date(self.start.date()), _date(self.end.date()))
        except ValueError:
            return None

    def set_period(self, period: Period) -> None:
        self.preset.setCurrentIndex(5)
        self.start.setDate(_qdate(period.start))
        self.end.setDate(_qdate(period.end))

    # ----- tables -----

    def refresh(self) -> None:
        period = self.period()
        if period is None:
            dialogs.warn(self, self.tr("The end of the period is before its start."))
            return
        session = self._session
        k = self.min_cell.value()
        published = self.as_published.isChecked() or not self._exact_allowed

        def work(progress: Progress, cancelled: IsCancelled) -> object:
            stats = StatisticsService(session)
            return stats.published(period, k) if published else stats.exact(period)

        def done(result: object) -> None:
            if isinstance(result, Counts):
                self._counts, self._published = result, []
            else:
                self._counts = None
                self._published = list(result)  # type: ignore[call-overload]
            self._update_mode(period, published, k)
            self._show_table(self.tables.currentRow())

        self._ctx.runner.start(self, work, label=self.tr("Counting…"), on_success=done)

    def _update_mode(self, period: Period, published: bool, k: int) -> None:
        if published:
            text = self.tr(
                "{period}: numbers as published. 1 to {k1} is shown as “<{k}”; a number "
                "hidden so that a small one cannot be worked out is shown as “×”."
            ).format(period=period.label(), k1=k - 1, k=k)
        else:
            text = self.tr(
                "{period}: exact numbers, for staff with case access only. Anything that "
                "leaves the centre is suppressed first."
            ).format(period=period.label())
        self.mode.setText(text)

    def rows(self) -> list[Row]:
        row = self.tables.currentRow()
        if row < 0:
            return []
        key = TABLES[row].key
        if self._counts is not None:
            return exact_rows(self._counts, key)
        for table in self._published:
            if table.table.key == key:
                return published_rows(table)
        return []

    def _show_table(self, row: int) -> None:
        rows = self.rows()
        self.grid.setRowCount(len(rows))
        for i, (label, _number, text) in enumerate(rows):
            self.grid.setItem(i, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.setItem(i, 1, item)
        self.note.setText(TABLES[row].note if 0 <= row < len(TABLES) else "")
        total = self.tr("Total")
        self.chart.set_items([r for r in rows if r[0] != total])

    def _fill_unmapped(self) -> None:
        if self._session.closed:
            return
        if not self._exact_allowed:
            self.unmapped.hide()
            return
        unmapped = StatisticsService(self._session).unmapped_districts()
        if not unmapped:
            self.unmapped.hide()
            return
        listed = ", ".join(f"“{u.text}” ({u.cases})" for u in unmapped[:20])
        self.unmapped.setText(
            self.tr(
                "District entries that match no district of the list (counted as "
                "“not on the list”; correct them in the case files): {listed}"
            ).format(listed=listed)
        )
        self.unmapped.show()

    # ----- cross table -----

    def cross_dialog(self) -> CrossDialog | None:
        period = self.period()
        if period is None:
            dialogs.warn(self, self.tr("The end of the period is before its start."))
            return None
        dialog = CrossDialog(self._session, self._ctx, period, self.min_cell.value(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # ----- exports -----

    def _save_path(self, title: str, pattern: str, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, pattern)
        return Path(path) if path else None

    def _own_report_then(self, write: object, label: str, target: Path) -> None:
        period = self.period()
        if period is None:
            return
        session = self._session
        k = self.min_cell.value()

        def work(progress: Progress, cancelled: IsCancelled) -> Path:
            report = ReportService(session).own(period, k)
            write(report, target)  # type: ignore[operator]
            return target

        self._ctx.runner.start(
            self,
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
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files"))
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
        period = self.period()
        if period is None:
            return None
        return SendDialog(self._session, period, self.min_cell.value(), self)

    def send_file(self, path: Path | None = None, choice: tuple[str, bool] | None = None) -> None:
        period = self.period()
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
        k = self.min_cell.value()
        target = path

        def work(progress: Progress, cancelled: IsCancelled) -> Path:
            StatisticsExchange(session).export(
                period, code, target, suppressed_only=suppressed, k=k, overwrite=True
            )
            return target

        self._ctx.runner.start(
            self,
            work,
            label=self.tr("Encrypting and signing…"),
            success_message=lambda p: self.tr(
                "The statistics file was encrypted for {code} and signed:\n{path}"
            ).format(code=code, path=p),
        )

    def import_files(self, paths: list[Path] | None = None) -> None:
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self,
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
            self,
            work,
            label=self.tr("Checking and importing…"),
            success_message=lambda done: self.tr("Imported:\n{list}").format(list="\n".join(done)),
        )

    def province_report(self, path: Path | None = None) -> None:
        from kdm_desktop.reports.statistics_pdf import write_report_pdf

        period = self.period()
        if period is None:
            return
        path = path or self._save_path(
            self.tr("Save the province report"), "PDF (*.pdf)", "il-raporu.pdf"
        )
        if path is None:
            return
        session = self._session
        k = self.min_cell.value()
        target = path

        def work(progress: Progress, cancelled: IsCancelled) -> Path:
            write_report_pdf(ReportService(session).build(period, k), target)
            return target

        self._ctx.runner.start(
            self,
            work,
            label=self.tr("Merging the centres and writing the report…"),
            success_message=lambda p: self.tr("The province report was saved:\n{path}").format(
                path=p
            ),
        )
