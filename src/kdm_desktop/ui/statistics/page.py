"""'İstatistik': the centre's tables and charts for a period, exports, statistics
files to and from the coordinating body, and the province report.

Staff with case access see exact counts (and may tick "as published" to see what
leaves the centre); a colleague without case access only ever sees suppressed
numbers. Every computation and file runs on the task runner, off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.statistics.periods import Period
from kdm_desktop.domain.statistics.publish import PublishedTable
from kdm_desktop.domain.statistics.tables import TABLES, Counts
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.services.statistics import StatisticsService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.statistics.chart import BarChart
from kdm_desktop.ui.statistics.cross_dialog import CrossDialog
from kdm_desktop.ui.statistics.files import StatisticsFiles
from kdm_desktop.ui.statistics.period_bar import PeriodBar
from kdm_desktop.ui.statistics.rows import (
    Row,
    exact_rows,
    published_rows,
)
from kdm_desktop.ui.statistics.send_dialog import SendDialog
from kdm_desktop.ui.tasks import IsCancelled, Progress, TaskFailure
from kdm_desktop.ui.widgets import heading


class StatisticsPage(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self._session = session
        self._ctx = ctx
        self._exact_allowed = session.can(Permission.VIEW_CASES)
        self._counts: Counts | None = None
        self._published: list[PublishedTable] = []

        self.period_bar = PeriodBar(lambda: session.now().date())
        self.preset, self.start, self.end = (
            self.period_bar.preset,
            self.period_bar.start,
            self.period_bar.end,
        )
        self.min_cell = QSpinBox()
        # The release's k: the spin box may only raise it (two k's gave a cell back).
        release_k = StatisticsService(session).release_min_cell()
        self.min_cell.setRange(release_k, 100)
        self.min_cell.setValue(release_k)
        self.min_cell.setAccessibleName(self.tr("Smallest number shown"))
        self.as_published = QCheckBox(self.tr("As published (small numbers hidden)"))
        if not self._exact_allowed:
            self.as_published.setChecked(True)
            self.as_published.setEnabled(False)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.refresh)

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

        self.files = StatisticsFiles(session, ctx, self, self.period, self.min_cell.value)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.files.export_pdf())
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.csv_button.clicked.connect(lambda: self.files.export_csv())
        self.xlsx_button = QPushButton(self.tr("Save as E&xcel…"))
        self.xlsx_button.clicked.connect(lambda: self.files.export_xlsx())
        self.send_button = QPushButton(self.tr("Send to the coordinating body…"))
        self.send_button.clicked.connect(lambda: self.files.send_file())
        self.import_button = QPushButton(self.tr("Import statistics files…"))
        self.import_button.clicked.connect(lambda: self.files.import_files())
        self.cross_button = QPushButton(self.tr("Cross t&able…"))
        self.cross_button.setToolTip(
            self.tr("Two characteristics together, optionally by district (always as published)")
        )
        self.cross_button.clicked.connect(lambda: self.cross_dialog())
        self.report_button = QPushButton(self.tr("Province report…"))
        self.report_button.clicked.connect(lambda: self.files.province_report())
        for button in (self.pdf_button, self.csv_button, self.xlsx_button):
            button.setEnabled(self._exact_allowed)
        self.send_button.setVisible(session.can(Permission.EXPORT) and self._exact_allowed)
        self.import_button.setVisible(session.can(Permission.IMPORT))
        self.report_button.setVisible(session.can(Permission.IMPORT))

        self.unmapped = QLabel()
        self.unmapped.setObjectName("unmappedDistricts")
        self.unmapped.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.period_bar)
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

        self.tables.setCurrentRow(0)
        # After the page is on screen: opening the page stays instant.
        QTimer.singleShot(0, self._fill_unmapped)

    # ----- period -----

    def period(self) -> Period | None:
        return self.period_bar.period()

    def set_period(self, period: Period) -> None:
        self.period_bar.set_period(period)

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
            # "<k" and "×" mean the release's k, also when a larger k hid more.
            shown_k = self._published[0].result.k if self._published else k
            self._update_mode(period, published, shown_k)
            self._show_table(self.tables.currentRow())

        def failed(failure: TaskFailure) -> None:
            # A refusal (e.g. a period outside the release calendar) must not leave
            # the previous numbers under a box that now says "as published".
            self._counts, self._published = None, []
            self.mode.setText(failure.message)
            self._show_table(self.tables.currentRow())
            dialogs.warn(self, failure.message)

        self._ctx.runner.start(
            self, work, label=self.tr("Counting…"), on_success=done, on_failure=failed
        )

    def _update_mode(self, period: Period, published: bool, k: int) -> None:
        if published:
            text = self.tr(
                "{period}: numbers as published. 1 to {k1} is shown as “<{k}”; a number "
                "hidden so that a small one cannot be worked out is shown as “×”, and so "
                "are the answers of a district whose women (nearly) all gave the same one."
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

    def send_dialog(self) -> SendDialog | None:
        """What will leave for the coordinating body (the dialog, not yet shown)."""
        return self.files.send_dialog()
