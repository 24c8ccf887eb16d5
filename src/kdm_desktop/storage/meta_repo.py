"""Key/value facts about the case file: its id and the centre's details."""

from __future__ import annotations

from kdm_desktop.storage.connection import Connection


class MetaRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def delete(self, key: str) -> None:
        self._conn.execute("DELETE FROM meta WHERE key = ?", (key,))

    def get_many(self, prefix: str) -> dict[str, str]:
        rows = self._conn.execute(
            "SELECT key, value FROM meta WHERE substr(key, 1, length(?)) = ?", (prefix, prefix)
        ).fetchall()
        return {str(k)[len(prefix) :]: str(v) for k, v in rows}
