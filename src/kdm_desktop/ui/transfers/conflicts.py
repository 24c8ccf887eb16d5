"""'Çakışmalar': fields changed at both centres, both values shown, a person decides.

Each row has its own two buttons so the decision is tied to the values beside it;
the service audits the decision and, for the incoming value, changes the case
through `CaseService` so its version and search index follow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.services.transfers import ConflictView, TransferService
from kdm_desktop.ui.backup.page import table_moment

_COLUMNS = 6


class ConflictsPanel(QGroupBox):
    def __init__(
        self, session: Session, on_error: Callable[[KdmError], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Conflicts"))
        self._transfers = TransferService(session)
        self._may_resolve = session.can(Permission.EDIT_CASES)
        self._on_error = on_error
        self.items: list[ConflictView] = []
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("There are no open conflicts."))
        layout.addWidget(self.empty)
        self.table = QTableWidget(0, _COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Field"),
                self.tr("Ours"),
                self.tr("Incoming"),
                self.tr("Arrived"),
                self.tr("Decision"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.items = self._transfers.conflict_list()
        except KdmError as exc:
            self.items = []
            self._on_error(exc)
        self.empty.setVisible(not self.items)
        self.table.setVisible(bool(self.items))
        self.table.setRowCount(len(self.items))
        for row, c in enumerate(self.items):
            values = (
                c.case_number,
                c.field_label,
                c.local_value,
                c.incoming_value,
                table_moment(c.created_at),
            )
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
            self.table.setCellWidget(row, 5, self._buttons(c.id))
        self.table.resizeRowsToContents()

    def _buttons(self, conflict_id: int) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(2, 2, 2, 2)
        keep = QPushButton(self.tr("Keep ours"))
        take = QPushButton(self.tr("Take incoming"))
        keep.setObjectName(f"keep-local-{conflict_id}")
        take.setObjectName(f"keep-incoming-{conflict_id}")
        keep.clicked.connect(lambda: self.resolve(conflict_id, "local"))
        take.clicked.connect(lambda: self.resolve(conflict_id, "incoming"))
        for button in (keep, take):
            button.setEnabled(self._may_resolve)
            row.addWidget(button)
        return box

    def resolve(self, conflict_id: int, keep: str) -> None:
        try:
            self._transfers.resolve_conflict(conflict_id, keep)
        except KdmError as exc:
            self._on_error(exc)
        self.refresh()
