"""Drafts of unsaved editors (see `drafts_schema`). Every query is scoped to one user.

A draft may be role-sealed (a psychologist's unsaved session note): it is then
stored as a `kdmrf1:` value bound to its row (as a JSON string, so the column's
`json_valid` check holds), like the saved note it becomes, and
opened here with the session's role-field cipher. One this session cannot open
reads as empty content (the service then offers nothing), never as an error.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from kdm_desktop.errors import RefusedInput
from kdm_desktop.security.rolefields import PREFIX, is_sealed
from kdm_desktop.storage import field_crypto
from kdm_desktop.storage.connection import Connection

_SEALED_START = json.dumps(PREFIX)[:-1]  # '"kdmrf1:'


def _context(username: str, kind: str, object_id: str) -> str:
    return f"drafts:{username}:{kind}:{object_id}"


def _sealed_value(content: str) -> str | None:
    """The `kdmrf1:` value inside a sealed draft's content, or None for a plain one."""
    if not content.startswith(_SEALED_START):
        return None
    try:
        value = json.loads(content)
    except ValueError:
        return None
    return value if isinstance(value, str) and is_sealed(value) else None


@dataclass(frozen=True)
class DraftRow:
    kind: str
    object_id: str
    content: str
    updated_at: str


class DraftRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def put(
        self,
        username: str,
        kind: str,
        object_id: str,
        content: str,
        now: str,
        *,
        sealed: bool = False,
    ) -> None:
        if sealed and field_crypto.cipher_for(self._conn) is not None:
            context = _context(username, kind, object_id)
            content = json.dumps(field_crypto.seal(self._conn, context, content))
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
        return None if row is None else self._row(username, row)

    def for_user(self, username: str) -> list[DraftRow]:
        """Newest first."""
        rows = self._conn.execute(
            "SELECT kind, object_id, content, updated_at FROM drafts WHERE username = ? "
            "ORDER BY updated_at DESC, kind, object_id",
            (username,),
        ).fetchall()
        return [self._row(username, r) for r in rows]

    def _row(self, username: str, row: tuple[object, ...]) -> DraftRow:
        kind, object_id, content = str(row[0]), str(row[1]), str(row[2])
        value = _sealed_value(content)
        if value is not None:
            try:
                context = _context(username, kind, object_id)
                content = field_crypto.reveal(self._conn, context, value)
            except RefusedInput:
                content = ""
        return DraftRow(kind, object_id, content, str(row[3]))

    def reseal(self, transform: Callable[[str, str], str]) -> int:
        """Pass every sealed draft through `transform(context, value)`; store what changed
        (a rotated role key: drafts under the retired key move to the current one)."""
        rows = self._conn.execute(
            "SELECT username, kind, object_id, content FROM drafts WHERE substr(content, 1, ?) = ?",
            (len(_SEALED_START), _SEALED_START),
        ).fetchall()
        changed = 0
        for username, kind, object_id, content in rows:
            value = _sealed_value(str(content))
            if value is None:
                continue
            new = transform(_context(str(username), str(kind), str(object_id)), value)
            if new != value:
                self._conn.execute(
                    "UPDATE drafts SET content = ? WHERE username = ? AND kind = ? "
                    "AND object_id = ?",
                    (json.dumps(new), username, kind, object_id),
                )
                changed += 1
        return changed

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
