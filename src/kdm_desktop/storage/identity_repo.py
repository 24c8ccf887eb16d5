"""This centre's private identity keys, kept only inside the encrypted case file."""

from __future__ import annotations

from kdm_desktop.domain.centre import CentreKeys
from kdm_desktop.storage.connection import Connection


class IdentityRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(self, row: CentreKeys) -> None:
        self._conn.execute(
            "INSERT INTO centre_identity (id, signing_private, encryption_private, created_at) "
            "VALUES (1, ?, ?, ?)",
            (row.signing_private, row.encryption_private, row.created_at),
        )

    def load(self) -> CentreKeys | None:
        r = self._conn.execute(
            "SELECT signing_private, encryption_private, created_at FROM centre_identity"
        ).fetchone()
        return None if r is None else CentreKeys(bytes(r[0]), bytes(r[1]), str(r[2]))
