"""'Çapraz tablo': two characteristics of the period's new applications together,
for the centre or by district, always as published (suppressed).

Small districts are merged into their region, age bands widened or the table
refused by the service (domain/statistics/cross.py); the dialog shows the table,
the reason for every merge or coarsening, and a refusal's message in place of the
table. The counting runs on the task runner, off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.statistics.cross import CROSSABLE, CrossTable
from kdm_desktop.domain.statistics.periods import Period
from kdm_desktop.domain.statistics.suppression import TOTAL
from kdm_desktop.domain.statistics.tables import TABLE_BY_KEY
from kdm_desktop.services.session import Session
from kdm_desktop.services.statistics import StatisticsService
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.tasks import IsCancelled, Progress


class CrossDialog(QDialog):
    def __init__(
        self, session: Session, ctx: PageContext, period: Period, k: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._ctx = ctx
        self._period = period
        self._k = k
        # "<k" and "×" keep the release's meaning when a larger k hides more.
        symbols_k = min(k, StatisticsService(session).release_min_cell())
        self.table: CrossTable | None = None
        self.setWindowTitle(self.tr("Cross table"))
        # Wide enough for a block of seven violence types and its total without scrolling.
        self.setMinimumSize(1040, 560)
        self.resize(1100, 620)

        self.first = QComboBox()
        self.first.setAccessibleName(self.tr("First characteristic"))
        self.second = QComboBox()
        self.second.setAccessibleName(self.tr("Second characteristic"))
        for key in CROSSABLE:
            self.first.addItem(TABLE_BY_KEY[key].title, key)
            self.second.addItem(TABLE_BY_KEY[key].title, key)
        self.first.setCurrentIndex(CROSSABLE.index("yas_grubu"))
        self.second.setCurrentIndex(CROSSABLE.index("siddet_turu"))
        self.by_district = QCheckBox(self.tr("By district"))
        self.show_button = QPushButton(self.tr("&Cross"))
        self.show_button.clicked.connect(self.refresh)

        self.intro = QLabel(
            self.tr(
                "{period}. Numbers as published: 1 to {k1} is shown as “<{k}”, “×” hides a "
                "number from which a small one could be worked out. A district with fewer "
                "than {n} applications is never shown on its own."
            ).format(period=period.label(), k1=symbols_k - 1, k=symbols_k, n=4 * k)
        )
        self.intro.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("crossNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Why the "Total" column is empty on most rows: a row total is not part of the
        # grid the suppression checked (it could give a hidden cell away), and with
        # violence types a woman counts once per type, so a row sum is not women.
        self.totals_note = QLabel(
            self.tr(
                "“Total” is given once per block: the number of women in it. Rows have no "
                "total of their own: it is not part of the checked table and could give a "
                "hidden number away, and with violence types a woman is counted once per type."
            )
        )
        self.totals_note.setObjectName("crossTotalsNote")
        self.totals_note.setWordWrap(True)
        self.totals_note.hide()
        self.grid = QTableWidget(0, 0)
        self.grid.setAccessibleName(self.tr("Cross table"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.first, 1)
        top.addWidget(QLabel("×"))
        top.addWidget(self.second, 1)
        top.addWidget(self.by_district)
        top.addWidget(self.show_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.notes)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.totals_note)
        layout.addStretch(0)
        layout.addWidget(buttons)

    def choose(self, first: str, second: str, by_district: bool) -> None:
        self.first.setCurrentIndex(CROSSABLE.index(first))
        self.second.setCurrentIndex(CROSSABLE.index(second))
        self.by_district.setChecked(by_district)

    def refresh(self) -> None:
        first, second = str(self.first.currentData()), str(self.second.currentData())
        if first == second:
            self._refused(self.tr("Choose two different characteristics."))
            return
        session, period, k = self._session, self._period, self._k
        by_district = self.by_district.isChecked()

        def work(progress: Progress, cancelled: IsCancelled) -> CrossTable:
            return StatisticsService(session).cross(
                period, first, second, k, by_district=by_district
            )

        self._ctx.runner.start(
            self,
            work,
            label=self.tr("Counting…"),
            on_success=self._show,
            on_failure=lambda failure: self._refused(failure.message),
        )

    def _refused(self, message: str) -> None:
        self.table = None
        self.grid.clear()
        self.grid.setRowCount(0)
        self.grid.setColumnCount(0)
        self.notes.setText(message)
        self.notes.setProperty("refused", True)
        self.grid.hide()  # no empty table under a refusal
        self.totals_note.hide()

    def _show(self, table: CrossTable) -> None:
        """One block per row of the published table (a district, a merged group, the
        centre): the first characteristic down, the second across, the block's total
        under it. The numbers are the published grid's cells, nothing recomputed."""
        self.table = table
        self.notes.setText("\n".join(table.notes))
        self.notes.setProperty("refused", False)
        self.grid.show()
        self.totals_note.show()
        blocks = [(u.label, i) for i, u in enumerate(table.units)]
        if table.by_district and len(table.units) > 1:
            blocks.append((self.tr("All districts"), TOTAL))
        used_a = sorted({a for a, _ in table.columns})
        used_b = sorted({b for _, b in table.columns})
        where = {pair: j for j, pair in enumerate(table.columns)}
        lines: list[list[str]] = []
        self.block_labels: list[str] = []
        for label, i in blocks:
            self.block_labels.append(label)
            for n, a in enumerate(used_a):
                row = [label if n == 0 else "", table.first_labels[a]]
                for b in used_b:
                    j = where.get((a, b))
                    row.append("0" if j is None else table.result.shown((i, j)))
                lines.append([*row, ""])
            total = table.result.shown((i, TOTAL)) if (i, TOTAL) in table.result.states else ""
            lines.append(["", self.tr("Total"), *([""] * len(used_b)), total])
        headers = [
            self.tr("Where"),
            table.first.title,
            *(table.second_labels[b] for b in used_b),
            self.tr("Total"),
        ]
        self.grid.clear()
        self.grid.setRowCount(len(lines))
        self.grid.setColumnCount(len(headers))
        self.grid.setHorizontalHeaderLabels(headers)
        self.grid.verticalHeader().setVisible(False)
        for r, line in enumerate(lines):
            for c, text in enumerate(line):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.grid.setItem(r, c, item)
        self.grid.resizeColumnsToContents()

    def cell_texts(self) -> list[list[str]]:
        """What the table shows, row by row (tests)."""
        out = []
        for r in range(self.grid.rowCount()):
            row = []
            for c in range(self.grid.columnCount()):
                item = self.grid.item(r, c)
                row.append(item.text() if item is not None else "")
            out.append(row)
        return out
