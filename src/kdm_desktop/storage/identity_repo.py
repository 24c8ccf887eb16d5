"""This centre's private identity keys, kept only inside the encrypted case file."""

from __future__ import annotations

from dataclasses import dataclass

from kdm_desktop.storage.connection import Connection


@dataclass(frozen=True)
class IdentityRow:
    signing_private: bytes
    encryption_private: bytes
    created_at: str


class IdentityRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(self, row: IdentityRow) -> None:
        self._conn.execute(
            "INSERT INTO centre_identity (id, signing_private, encryption_private, created_at) "
            "VALUES (1, ?, ?, ?)",
            (row.signing_private, row.encryption_private, row.created_at),
        )

    def load(self) -> IdentityRow | None:
        r = self._conn.execute(
            "SELECT signing_private, encryption_private, created_at FROM centre_identity"
        ).fetchone()
        return None if r is None else IdentityRow(bytes(r[0]), bytes(r[1]), str(r[2]))
