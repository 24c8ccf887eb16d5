"""The case list as a table, loaded a page at a time as the view scrolls.

Columns come from `CaseColumn` providers, so later features (risk level, the end
of a protective order) add a column by appending to `CASE_COLUMNS` without
touching the model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kdm_desktop.domain.cases.query import CaseQuery
from kdm_desktop.domain.cases.records import CaseRow
from kdm_desktop.services.casefile import Session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.ui.cases.formatting import day_text

PAGE_SIZE = 100
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CaseColumn:
    """One column: its header and how a row shows in it (`names`: username → name)."""

    key: str
    title: Callable[[], str]
    value: Callable[[CaseRow, dict[str, str]], str]
    width: int = 140


def _tr(text: object) -> Callable[[], str]:
    # QT_TRANSLATE_NOOP is typed as returning object; it returns the text unchanged.
    return lambda: QCoreApplication.translate("CaseListModel", str(text))


CASE_COLUMNS: list[CaseColumn] = [
    CaseColumn(
        "case_number",
        _tr(QT_TRANSLATE_NOOP("CaseListModel", "Case no.")),
        lambda r, n: r.case_number,
        150,
    ),
    CaseColumn(
        "name", _tr(QT_TRANSLATE_NOOP("CaseListModel", "Name")), lambda r, n: r.display_name, 240
    ),
    CaseColumn(
        "status",
        _tr(QT_TRANSLATE_NOOP("CaseListModel", "Status")),
        lambda r, n: r.status_text,
        120,
    ),
    CaseColumn(
        "assigned_to",
        _tr(QT_TRANSLATE_NOOP("CaseListModel", "Assigned to")),
        lambda r, n: n.get(r.assigned_to, r.assigned_to) if r.assigned_to else "",
        180,
    ),
    CaseColumn(
        "application_date",
        _tr(QT_TRANSLATE_NOOP("CaseListModel", "Applied on")),
        lambda r, n: day_text(r.application_date),
        120,
    ),
]


class CaseListModel(QAbstractTableModel):
    def __init__(
        self,
        session: Session,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        busy: Callable[[], bool] = lambda: False,
        columns: list[CaseColumn] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = CaseService(session)
        self._page_size = page_size
        # Views ask for rows on their own (resize, scroll); never while a task uses the session.
        self._busy = busy
        self._columns = list(columns if columns is not None else CASE_COLUMNS)
        self._names = dict(self._service.assignable_staff())
        self._query = CaseQuery()
        self._rows: list[CaseRow] = []
        self._more = True
        self._total = 0
        self.set_query(CaseQuery())

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many cases the current query matches (loaded or not)."""
        return self._total

    def set_query(self, query: CaseQuery) -> None:
        # Counted before the reset, so whoever listens to modelReset reads the new total
        # (a search with no match used to leave "2 of 0" from the previous one).
        total = self._service.count(query)
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._more = True
        self._total = total
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_query(self._query)

    def row(self, index: int) -> CaseRow:
        return self._rows[index]

    def columns(self) -> list[CaseColumn]:
        return list(self._columns)

    # ----- shape -----
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title()
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._rows[index.row()]
            return self._columns[index.column()].value(row, self._names)
        return None

    # ----- lazy loading -----
    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more and not self._busy()

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        fresh = self._service.page(self._query, len(self._rows), self._page_size)
        self._more = len(fresh) >= self._page_size
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
