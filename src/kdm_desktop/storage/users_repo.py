"""Staff accounts. Passwords are not here: they live only as key slots."""

from __future__ import annotations

from dataclasses import dataclass

from kdm_desktop.storage.connection import Connection


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    display_name: str
    role: str
    active: bool
    created_at: str


_COLUMNS = "id, username, display_name, role, active, created_at"


def _row(r: tuple[object, ...]) -> UserRow:
    return UserRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), bool(r[4]), str(r[5]))


class UserRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, row: UserRow) -> None:
        self._conn.execute(
            f"INSERT INTO users ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",  # noqa: S608
            (row.id, row.username, row.display_name, row.role, int(row.active), row.created_at),
        )

    def by_username(self, username: str) -> UserRow | None:
        r = self._conn.execute(
            f"SELECT {_COLUMNS} FROM users WHERE username = ?",  # noqa: S608
            (username,),
        ).fetchone()
        return None if r is None else _row(r)

    def all(self) -> list[UserRow]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM users ORDER BY username"  # noqa: S608
        ).fetchall()
        return [_row(r) for r in rows]

    def delete(self, username: str) -> None:
        self._conn.execute("DELETE FROM users WHERE username = ?", (username,))

    def set_role(self, username: str, role: str) -> None:
        self._conn.execute("UPDATE users SET role = ? WHERE username = ?", (role, username))

    def count_active_with_role(self, role: str) -> int:
        r = self._conn.execute(
            "SELECT count(*) FROM users WHERE role = ? AND active = 1", (role,)
        ).fetchone()
        return int(r[0])
