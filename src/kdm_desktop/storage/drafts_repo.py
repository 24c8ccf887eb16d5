"""Drafts of unsaved editors (see `drafts_schema`). Every query is scoped to one user."""

from __future__ import annotations

from dataclasses import dataclass

from kdm_desktop.storage.connection import Connection


@dataclass(frozen=True)
class DraftRow:
    kind: str
    object_id: str
    content: str
    updated_at: str


class DraftRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def put(self, username: str, kind: str, object_id: str, content: str, now: str) -> None:
        self._conn.execute(
            "INSERT INTO drafts (username, kind, object_id, content, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (username, kind, object_id) "
            "DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at",
            (username, kind, object_id, content, now),
        )

    def get(self, username: str, kind: str, object_id: str) -> DraftRow | None:
        row = self._conn.execute(
            "SELECT kind, object_id, content, updated_at FROM drafts "
            "WHERE username = ? AND kind = ? AND object_id = ?",
            (username, kind, object_id),
        ).fetchone()
        return None if row is None else DraftRow(str(row[0]), str(row[1]), str(row[2]), str(row[3]))

    def for_user(self, username: str) -> list[DraftRow]:
        """Newest first."""
        rows = self._conn.execute(
            "SELECT kind, object_id, content, updated_at FROM drafts WHERE username = ? "
            "ORDER BY updated_at DESC, kind, object_id",
            (username,),
        ).fetchall()
        return [DraftRow(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]

    def delete(self, username: str, kind: str, object_id: str) -> bool:
        cur = self._conn.execute(
            "DELETE FROM drafts WHERE username = ? AND kind = ? AND object_id = ?",
            (username, kind, object_id),
        )
        return bool(cur.rowcount)

    def delete_for_object(self, object_id: str) -> int:
        """Every user's drafts of one object (the object itself is being erased)."""
        cur = self._conn.execute("DELETE FROM drafts WHERE object_id = ?", (object_id,))
        return int(cur.rowcount)

    def delete_for_user(self, username: str) -> int:
        cur = self._conn.execute("DELETE FROM drafts WHERE username = ?", (username,))
        return int(cur.rowcount)
