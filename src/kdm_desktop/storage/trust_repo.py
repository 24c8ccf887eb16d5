"""The trust store: other centres' public cards and how far each one is trusted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.database import register_countable

register_countable("transfer_centres")

IMPORTED = "imported"
VERIFIED = "verified"
# A verified key that the centre later replaced: still accepted as a sender, so
# bundles already on their way open; never used as a recipient again.
REPLACED = "replaced"
REVOKED = "revoked"
SENDER_STATES = (VERIFIED, REPLACED)

_COLUMNS = (
    "pk, code, name, signing_key, encryption_key, card_created, state, "
    "imported_at, imported_by, verified_at, revoked_at"
)


@dataclass(frozen=True)
class CentreRow:
    pk: int
    code: str
    name: str
    signing_key: bytes
    encryption_key: bytes
    card_created: str
    state: str
    imported_at: str
    imported_by: str
    verified_at: str | None
    revoked_at: str | None


def _row(r: tuple[Any, ...]) -> CentreRow:
    return CentreRow(
        int(r[0]),
        str(r[1]),
        str(r[2]),
        bytes(r[3]),
        bytes(r[4]),
        str(r[5]),
        str(r[6]),
        str(r[7]),
        str(r[8]),
        r[9],
        r[10],
    )


class TrustRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(
        self,
        *,
        code: str,
        name: str,
        signing_key: bytes,
        encryption_key: bytes,
        card_created: str,
        at: str,
        by: str,
    ) -> int:
        row = self._conn.execute(
            "INSERT INTO transfer_centres (code, name, signing_key, encryption_key, "
            "card_created, state, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING pk",
            (code, name, signing_key, encryption_key, card_created, IMPORTED, at, by),
        ).fetchone()
        return int(row[0])

    def by_signing_key(self, key: bytes) -> CentreRow | None:
        r = self._conn.execute(
            f"SELECT {_COLUMNS} FROM transfer_centres WHERE signing_key = ?",  # noqa: S608
            (key,),
        ).fetchone()
        return None if r is None else _row(r)

    def by_code(self, code: str) -> list[CentreRow]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM transfer_centres WHERE code = ? ORDER BY pk",  # noqa: S608
            (code,),
        ).fetchall()
        return [_row(r) for r in rows]

    def all(self) -> list[CentreRow]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM transfer_centres ORDER BY code, pk"  # noqa: S608
        ).fetchall()
        return [_row(r) for r in rows]

    def set_verified(self, pk: int, at: str) -> None:
        self._conn.execute(
            "UPDATE transfer_centres SET state = ?, verified_at = ? WHERE pk = ?",
            (VERIFIED, at, pk),
        )

    def set_replaced(self, pk: int) -> None:
        self._conn.execute(
            "UPDATE transfer_centres SET state = ? WHERE pk = ? AND state = ?",
            (REPLACED, pk, VERIFIED),
        )

    def revoke_code(self, code: str, at: str) -> int:
        cur = self._conn.execute(
            "UPDATE transfer_centres SET state = ?, revoked_at = ? WHERE code = ? AND state != ?",
            (REVOKED, at, code, REVOKED),
        )
        return int(cur.rowcount)
