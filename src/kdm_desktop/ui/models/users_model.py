"""Staff accounts as a table."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt

from kdm_desktop.services.users import UserInfo
from kdm_desktop.ui.cases.formatting import day_text
from kdm_desktop.ui.labels import role_label
from kdm_desktop.ui.models.table_base import FlatTableModel, Index

# What a sorting proxy compares: the stored time for "Added on" (not "3 Aralık 2026",
# which would put "10 Aralık" before "9 Kasım"), the shown text case-folded otherwise.
SORT_ROLE = Qt.ItemDataRole.UserRole


def format_day(ts: str) -> str:
    """ "3 Aralık 2026" / "3 December 2026", as every other table writes a day (the
    stored wall-clock date; a value that is not a time is shown as it is)."""
    try:
        day = datetime.fromisoformat(ts).date()
    except ValueError:
        return ts
    return day_text(day)


def _sort_time(ts: str) -> str:
    """The stored time in one zone, so the text order is the time order."""
    try:
        moment = datetime.fromisoformat(ts)
    except ValueError:
        return ts
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat()


class UsersModel(FlatTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users: list[UserInfo] = []
        self.set_headers(
            (self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Added on"))
        )

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user(self, row: int) -> UserInfo:
        return self._users[row]

    def row_of(self, username: str) -> int:
        for row, user in enumerate(self._users):
            if user.username == username:
                return row
        return -1

    def row_total(self) -> int:
        return len(self._users)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        user = self._users[index.row()]
        if role == SORT_ROLE:
            if index.column() == 3:
                return _sort_time(user.created_at)
            return str(self.data(index)).casefold()
        return (
            user.username,
            user.display_name,
            role_label(user.role),
            format_day(user.created_at),
        )[index.column()]
