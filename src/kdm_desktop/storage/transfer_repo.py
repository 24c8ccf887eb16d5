"""Replay table, sequence numbers, outgoing bundles, staging and merge bookkeeping."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kdm_desktop.domain.transfers.records import Conflict, OutgoingBundle
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.database import register_countable

register_countable("transfer_received", "transfer_outgoing", "transfer_conflicts")

_OUT_COLUMNS = (
    "bundle_id, digest, sequence, recipient_code, recipient_key, case_ids, "
    "created_at, created_by, received_at"
)


@dataclass(frozen=True)
class ReceivedRow:
    sender_key: bytes
    bundle_id: bytes
    digest: bytes
    sequence: int
    case_ids: tuple[str, ...]
    imported_at: str


def _outgoing(r: tuple[Any, ...]) -> OutgoingBundle:
    return OutgoingBundle(
        bytes(r[0]),
        bytes(r[1]),
        int(r[2]),
        str(r[3]),
        bytes(r[4]),
        tuple(json.loads(r[5])),
        str(r[6]),
        str(r[7]),
        r[8],
    )


class TransferRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # ----- replay -----

    def received(self, sender_key: bytes, bundle_id: bytes) -> ReceivedRow | None:
        r = self._conn.execute(
            "SELECT sender_key, bundle_id, digest, sequence, case_ids, imported_at "
            "FROM transfer_received WHERE sender_key = ? AND bundle_id = ?",
            (sender_key, bundle_id),
        ).fetchone()
        if r is None:
            return None
        return ReceivedRow(
            bytes(r[0]), bytes(r[1]), bytes(r[2]), int(r[3]), tuple(json.loads(r[4])), str(r[5])
        )

    def last_sequence(self, sender_key: bytes) -> int | None:
        r = self._conn.execute(
            "SELECT last_sequence FROM transfer_sender_sequence WHERE sender_key = ?",
            (sender_key,),
        ).fetchone()
        return None if r is None else int(r[0])

    def record_received(self, row: ReceivedRow, by: str) -> None:
        self._conn.execute(
            "INSERT INTO transfer_received (sender_key, bundle_id, digest, sequence, case_ids, "
            "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                row.sender_key,
                row.bundle_id,
                row.digest,
                row.sequence,
                json.dumps(list(row.case_ids)),
                row.imported_at,
                by,
            ),
        )
        self._conn.execute(
            "INSERT INTO transfer_sender_sequence (sender_key, last_sequence) VALUES (?, ?) "
            "ON CONFLICT (sender_key) DO UPDATE SET last_sequence = excluded.last_sequence",
            (row.sender_key, row.sequence),
        )

    # ----- outgoing -----

    def next_outgoing_sequence(self) -> int:
        """Take the next number; call inside the transaction that records the bundle."""
        row = self._conn.execute(
            "INSERT INTO transfer_outgoing_sequence (id, last_sequence) VALUES (1, 1) "
            "ON CONFLICT (id) DO UPDATE SET last_sequence = last_sequence + 1 "
            "RETURNING last_sequence"
        ).fetchone()
        return int(row[0])

    def add_outgoing(self, row: OutgoingBundle) -> None:
        self._conn.execute(
            f"INSERT INTO transfer_outgoing ({_OUT_COLUMNS}) "  # noqa: S608
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.bundle_id,
                row.digest,
                row.sequence,
                row.recipient_code,
                row.recipient_key,
                json.dumps(list(row.case_ids)),
                row.created_at,
                row.created_by,
                row.received_at,
            ),
        )

    def outgoing(self, bundle_id: bytes) -> OutgoingBundle | None:
        r = self._conn.execute(
            f"SELECT {_OUT_COLUMNS} FROM transfer_outgoing WHERE bundle_id = ?",  # noqa: S608
            (bundle_id,),
        ).fetchone()
        return None if r is None else _outgoing(r)

    def all_outgoing(self) -> list[OutgoingBundle]:
        rows = self._conn.execute(
            f"SELECT {_OUT_COLUMNS} FROM transfer_outgoing ORDER BY sequence DESC"  # noqa: S608
        ).fetchall()
        return [_outgoing(r) for r in rows]

    def set_received_at(self, bundle_id: bytes, at: str) -> None:
        self._conn.execute(
            "UPDATE transfer_outgoing SET received_at = ? WHERE bundle_id = ?", (at, bundle_id)
        )

    # ----- merge bookkeeping -----

    def sync_base(self, case_id: str) -> dict[str, str] | None:
        r = self._conn.execute(
            "SELECT versions FROM transfer_sync_base WHERE case_id = ?", (case_id,)
        ).fetchone()
        return None if r is None else dict(json.loads(r[0]))

    def set_sync_base(self, case_id: str, versions: dict[str, str]) -> None:
        self._conn.execute(
            "INSERT INTO transfer_sync_base (case_id, versions) VALUES (?, ?) "
            "ON CONFLICT (case_id) DO UPDATE SET versions = excluded.versions",
            (case_id, json.dumps(versions, sort_keys=True)),
        )

    def add_conflict(
        self,
        case_id: str,
        field: str,
        local: tuple[str, str],
        incoming: tuple[str, str],
        bundle_id: bytes,
        at: str,
    ) -> None:
        self._conn.execute(
            "INSERT INTO transfer_conflicts (case_id, field, local_value, local_version, "
            "incoming_value, incoming_version, bundle_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (case_id, field, local[0], local[1], incoming[0], incoming[1], bundle_id, at),
        )

    def open_conflicts(self, case_id: str | None = None) -> list[Conflict]:
        sql = _CONFLICT_SELECT + " WHERE resolved_at IS NULL"
        params: tuple[object, ...] = ()
        if case_id is not None:
            sql += " AND case_id = ?"
            params = (case_id,)
        rows = self._conn.execute(sql + " ORDER BY pk", params).fetchall()
        return [_conflict(r) for r in rows]

    def open_conflict(self, pk: int) -> Conflict | None:
        r = self._conn.execute(
            _CONFLICT_SELECT + " WHERE pk = ? AND resolved_at IS NULL", (pk,)
        ).fetchone()
        return None if r is None else _conflict(r)

    def resolve_conflict(self, pk: int, at: str) -> bool:
        cur = self._conn.execute(
            "UPDATE transfer_conflicts SET resolved_at = ? WHERE pk = ? AND resolved_at IS NULL",
            (at, pk),
        )
        return cur.rowcount == 1

    def open_conflict_case_ids(self) -> set[str]:
        rows = self._conn.execute(
            "SELECT DISTINCT case_id FROM transfer_conflicts WHERE resolved_at IS NULL"
        ).fetchall()
        return {str(r[0]) for r in rows}


_CONFLICT_SELECT = (
    "SELECT pk, case_id, field, local_value, local_version, incoming_value, "
    "incoming_version, created_at, bundle_id FROM transfer_conflicts"
)


def _conflict(r: tuple[Any, ...]) -> Conflict:
    return Conflict(
        int(r[0]),
        str(r[1]),
        str(r[2]),
        str(r[3]),
        str(r[4]),
        str(r[5]),
        str(r[6]),
        str(r[7]),
        bytes(r[8]),
    )
