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
    Signal,
)

from kdm_desktop.domain.cases.query import CaseQuery
from kdm_desktop.domain.cases.records import CaseRow, CaseScreen
from kdm_desktop.services.case_search import CaseSearchSession
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.session import Session
from kdm_desktop.ui.cases.formatting import day_text
from kdm_desktop.ui.cases.list_loader import ListLoader, Loaded

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
    """The rows of one query. With `background` (the window's list) every query runs
    on a worker (`ListLoader`) and the rows shown change when its answer arrives;
    without it (tools, tests) each query is answered at once on this thread.
    Either way what was shown is audited once per search session."""

    failed = Signal(str)

    def __init__(
        self,
        session: Session,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        busy: Callable[[], bool] = lambda: False,
        columns: list[CaseColumn] | None = None,
        background: bool = False,
    ) -> None:
        super().__init__(parent)
        self._service = CaseService(session)
        self._search = CaseSearchSession(session)
        self._page_size = page_size
        # Views ask for rows on their own (resize, scroll); never while a task uses the session.
        self._busy = busy
        self._columns = list(columns if columns is not None else CASE_COLUMNS)
        self._names = dict(self._service.assignable_staff())
        self._query = CaseQuery()
        self._shown = CaseQuery()
        self._rows: list[CaseRow] = []
        self._more = True
        self._total = 0
        self._bounded = False
        # False until the first answer: "no files" must not flash before it comes.
        self.answered = False
        self.loader: ListLoader | None = None
        if background:
            loader = ListLoader(self._search, self)
            loader.loaded.connect(self._loaded)
            loader.failed.connect(self.failed)
            self.loader = loader
            # The worker stops reading before the connection closes (lock, logout).
            session.before_close(loader.stop)
        # What was shown and not yet audited is written while the file is still open.
        session.before_close(self._search.close)
        self.set_query(CaseQuery())

    @property
    def query(self) -> CaseQuery:
        """The newest query asked for (its rows may still be on the way)."""
        return self._query

    @property
    def shown_query(self) -> CaseQuery:
        """The query whose rows are shown."""
        return self._shown

    @property
    def total(self) -> int:
        """How many cases the shown query matches (loaded or not)."""
        return self._total

    @property
    def total_bounded(self) -> bool:
        """Whether more than `total` cases match (the count stopped at a bound)."""
        return self._bounded

    @property
    def loading(self) -> bool:
        return self.loader is not None and self.loader.pending

    def set_query(self, query: CaseQuery) -> None:
        self._query = query
        if self.loader is not None:
            self.loader.request(query, 0, self._page_size)
            return
        if self._busy():
            # A task holds the session: the rows come with the next fetch.
            self._reset(query, CaseScreen(self._service.count(query), ()), more=True)
            return
        self._reset(query, self._search.screen_now(query, 0, self._page_size))

    def reload(self) -> None:
        self.set_query(self._query)

    def settle(self) -> None:
        """Show the newest query's rows now, waiting for the worker if need be."""
        if self.loader is not None:
            self.loader.settle()

    def shown_again(self) -> None:
        """The rows already here are on screen again (back from a case), unread."""
        if self.answered:
            self._search.shown(self._shown, len(self._rows))

    def end_search_session(self) -> None:
        """A case is opened from the list (or the list is left): audit what was shown."""
        self._search.close()

    def _reset(self, query: CaseQuery, screen: CaseScreen, *, more: bool = False) -> None:
        # The total is set before the reset, so whoever listens to modelReset reads
        # the new one (a search with no match used to leave "2 of 0").
        self.beginResetModel()
        self.answered = True
        self._shown = query
        self._rows = list(screen.rows)
        self._more = more or len(screen.rows) >= self._page_size
        self._total, self._bounded = screen.total, screen.bounded
        self._settle_total()
        self.endResetModel()
        self._search.shown(query, len(self._rows))

    def _append(self, screen: CaseScreen) -> None:
        fresh = screen.rows
        self._more = len(fresh) >= self._page_size
        if not screen.bounded:
            self._total, self._bounded = screen.total or self._total, False
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        self._settle_total()
        self._search.shown(self._shown, len(self._rows))

    def _settle_total(self) -> None:
        # A bounded count is a floor: never below the rows shown, and exact once
        # the last row is loaded.
        if self._bounded and not self._more:
            self._total, self._bounded = len(self._rows), False
        elif self._bounded:
            self._total = max(self._total, len(self._rows))

    def _loaded(self, result: Loaded) -> None:
        if result.offset == 0:
            self._reset(result.query, result.screen)
        elif result.query == self._shown and result.offset == len(self._rows):
            self._append(result.screen)

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
        return not parent.isValid() and self._more and not self._busy() and not self.loading

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        if self.loader is not None:
            self.loader.request(self._shown, len(self._rows), self._page_size)
            return
        self._append(self._search.screen_now(self._shown, len(self._rows), self._page_size))
