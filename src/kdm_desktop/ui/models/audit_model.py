"""The audit log as a table, fetched in batches as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QDateTime,
    QModelIndex,
    QObject,
    Qt,
)

from kdm_desktop.errors import KdmError
from kdm_desktop.security.audit import AuditEntry
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.people import People
from kdm_desktop.services.session import Session
from kdm_desktop.ui.i18n import current_locale
from kdm_desktop.ui.labels import action_label, detail_label, object_label
from kdm_desktop.ui.models.table_base import FlatTableModel, Index

BATCH = 200
SORT_ROLE = Qt.ItemDataRole.UserRole


def format_timestamp(ts: str) -> str:
    try:
        moment = datetime.fromisoformat(ts)
    except ValueError:
        return ts
    # Shown in the centre's wall-clock time, as stored: "4 Aralık 2026 08:28:34".
    qt = QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    return current_locale().toString(qt, "d MMMM yyyy HH:mm:ss")


class AuditModel(FlatTableModel):
    COLUMNS = ("seq", "ts", "username", "action", "object_type", "object_id", "detail")

    def __init__(
        self,
        session: Session,
        batch: int = BATCH,
        parent: QObject | None = None,
        *,
        busy: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._session = session
        # Views ask for more rows on their own (resizing, scrolling); never while a
        # worker thread is using the session.
        self._busy = busy
        self._batch = batch
        self._rows: list[AuditEntry] = []
        # Case ids read as case numbers, user names as names; filled batch by batch.
        self._case_numbers: dict[str, str] = {}
        self._people = People(session).as_dict()
        self._more = True
        self.set_headers(
            (
                self.tr("No."),
                self.tr("Time"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Object"),
                self.tr("Object id"),
                self.tr("Detail"),
            )
        )
        self.fetchMore(QModelIndex())

    # ----- shape -----
    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "seq":
                return current_locale().toString(entry.seq)
            if column == "ts":
                return format_timestamp(entry.ts)
            if column == "action":
                return action_label(entry.action)
            if column == "object_type":
                return object_label(entry.object_type)
            if column == "object_id":
                return self._case_numbers.get(entry.object_id, entry.object_id)
            if column == "username":
                return self._people.get(entry.username, entry.username)
            if column == "detail":
                return detail_label(entry.object_type, entry.detail, self._case_number)
            return str(getattr(entry, column))
        if role == SORT_ROLE:
            return entry.seq if column == "seq" else str(getattr(entry, column))
        if role == Qt.ItemDataRole.ToolTipRole and column != "seq":
            # Narrow columns elide (an action, a long object name, the id, the
            # detail): the tooltip shows the whole value.
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "seq":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    # ----- lazy loading -----
    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and not self._busy()

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        # Keyset paging: the next batch is what is older than the oldest row shown,
        # even if new entries arrived meanwhile.
        oldest = self._rows[-1].seq if self._rows else None
        fresh = self._session.audit_entries(self._batch, before_seq=oldest)
        self._more = len(fresh) >= self._batch
        self._learn_case_numbers(fresh)
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()

    def _case_number(self, case_id: str) -> str:
        return self._case_numbers.get(case_id, case_id)

    def _learn_case_numbers(self, entries: list[AuditEntry]) -> None:
        """Look up the numbers of the cases `entries` mention (ids are not for people)."""
        wanted: set[str] = set()
        for e in entries:
            if e.object_type == "case" or e.object_type.startswith("case_"):
                wanted.add(e.object_id)
            for token in e.detail.split():
                if token.startswith("case="):
                    wanted.add(token.removeprefix("case="))
        cases = CaseService(self._session)
        for case_id in wanted - self._case_numbers.keys():
            try:
                self._case_numbers[case_id] = cases.resolve(case_id).case_number
            except KdmError:
                continue  # not a case id (e.g. "*"), or the case was deleted

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())
