"""The case list: search as you type, filters, lazy loading, open with Enter."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.cases.choices import CaseStatus
from kdm_desktop.domain.cases.query import UNASSIGNED, CaseQuery
from kdm_desktop.domain.numbers import grouped
from kdm_desktop.services.case_access import today
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.session import Session
from kdm_desktop.ui.cases.inputs import ChoiceCombo, date_edit, date_of
from kdm_desktop.ui.models.case_list_model import CaseListModel
from kdm_desktop.ui.widgets import heading

SEARCH_DELAY_MS = 150


class CaseListView(QWidget):
    open_requested = Signal(str)  # case id
    new_requested = Signal()

    def __init__(
        self, session: Session, busy: object = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseList")
        # Every query runs on a worker: typing never waits for the database.
        self.model = CaseListModel(
            session, self, busy=busy if callable(busy) else (lambda: False), background=True
        )
        self.model.failed.connect(self._failed)
        day = today(session)

        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(
            self.tr("Search by name, surname, T.C. no, phone or case number")
        )
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)

        self.status = ChoiceCombo(CaseStatus, self.tr("Filter by status"))
        self.status.setItemText(0, self.tr("All statuses"))
        self.status.setObjectName("statusFilter")
        self.staff = QComboBox()
        self.staff.setObjectName("staffFilter")
        self.staff.setAccessibleName(self.tr("Filter by responsible staff"))
        self.staff.addItem(self.tr("All staff"), None)
        self.staff.addItem(self.tr("Nobody assigned"), UNASSIGNED)
        for username, name in CaseService(session).assignable_staff():
            self.staff.addItem(name or username, username)
        self.by_date = QCheckBox(self.tr("Applied between"))
        self.by_date.setObjectName("dateFilter")
        self.date_from = date_edit(self.tr("Applied on or after"), day.replace(month=1, day=1))
        self.date_to = date_edit(self.tr("Applied on or before"), day)
        for w in (self.date_from, self.date_to):
            w.setEnabled(False)
            w.dateChanged.connect(lambda _d: self.apply_filters())
        self.by_date.toggled.connect(self._date_toggled)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.staff.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.new_button = QPushButton(self.tr("&New application"))
        self.new_button.setObjectName("newApplication")
        self.new_button.setToolTip(self.tr("Start a new application (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        QShortcut(
            QKeySequence("Ctrl+N"),
            self,
            self.new_requested.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, spec in enumerate(self.model.columns()):
            self.table.setColumnWidth(column, spec.width)
        self.table.doubleClicked.connect(self._open_index)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.table,
                self.open_current,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")
        # Shown instead of an empty table: what was searched and what to try next.
        self.empty_label = QLabel()
        self.empty_label.setObjectName("caseListEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("padding: 24px; font-size: 11pt;")
        self.empty_label.hide()
        # Down moves into the results, Enter opens the first (or the chosen) one.
        self.search.installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.staff)
        filters.addWidget(self.by_date)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Cases"), 1.5))
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.count_label)
        order = [self.search, self.new_button, self.status, self.staff, self.by_date,
                 self.date_from, self.date_to, self.table]  # fmt: skip
        for a, b in itertools.pairwise(order):
            self.setTabOrder(a, b)
        for signal in (self.model.rowsInserted, self.model.modelReset):
            signal.connect(self._update_count)
        self._update_count()

    def _date_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def query(self) -> CaseQuery:
        status = self.status.value()
        staff = self.staff.currentData()
        return CaseQuery(
            text=self.search.text(),
            statuses=frozenset({CaseStatus(status)}) if status else frozenset(),
            assigned_to=staff if isinstance(staff, str) else None,
            applied_from=date_of(self.date_from) if self.by_date.isChecked() else None,
            applied_to=date_of(self.date_to) if self.by_date.isChecked() else None,
        )

    def apply_filters(self) -> None:
        self._timer.stop()
        query = self.query()
        if query != self.model.query:
            self.model.set_query(query)

    def refresh(self) -> None:
        self.model.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.search or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in keys:
            # Claim the key before any window shortcut on Return takes it.
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_first()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.focus_results()
                return True
        return super().eventFilter(watched, event)

    def focus_results(self) -> bool:
        """Move from the search box to the first result (False if there is none)."""
        self.apply_filters()
        # She asked for the results of what she typed: wait for them (one query).
        self.model.settle()
        if self.model.rowCount() == 0:
            return False
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.selectRow(self.table.currentIndex().row())
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def open_first(self) -> None:
        """Enter in the search box: search now and open the chosen or the first result."""
        if self.focus_results():
            self.open_current()

    def _update_count(self) -> None:
        if not self.model.answered:
            # The first screen is still on its way from the worker.
            self.count_label.setText("")
            self.empty_label.hide()
            self.table.show()
            return
        shown, total = self.model.rowCount(), self.model.total
        if self.model.total_bounded:
            # The count stopped at a bound: say "more than", never a false total.
            label = self.tr("{shown} of more than {total} files shown")
        else:
            label = self.tr("{shown} of {total} files shown")
        self.count_label.setText(label.format(shown=grouped(shown), total=grouped(total)))
        empty = total == 0
        if empty:
            text = self.model.shown_query.text.strip()
            if text:
                message = self.tr(
                    "No file matches “{text}”. Check the spelling (Turkish letters are "
                    "not needed), or search by case number, T.C. no or phone."
                ).format(text=text)
            elif self.model.shown_query != CaseQuery():
                message = self.tr("No file matches these filters. Clear a filter to see more.")
            else:
                message = self.tr("There are no files yet. Start with “New application”.")
            self.empty_label.setText(message)
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)

    def _failed(self, message: str) -> None:
        # Shown where the counter is: a dialog at every keystroke would be worse.
        self.count_label.setText(message)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row(index.row()).id)

    def open_current(self) -> None:
        self._open_index(self.table.currentIndex())
