"""Retention SQL that destroys: a case and every linked row, then the search index and free pages.

Destruction deletes the case row and lets `ON DELETE CASCADE` (see retention_schema)
remove every linked row; the search index has no foreign key, so its row is deleted
by hand and the index is then merged (`optimize`) so no old segment keeps her name.
"""

from __future__ import annotations

from collections.abc import Sequence

from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.retention_rows import (
    _ids,
)


class DestructionQueries:
    """Part of RetentionRepository: deleting destroyed cases for good."""

    _conn: Connection

    # ----- destruction -----

    def existing_case_ids(self, case_ids: Sequence[str]) -> list[str]:
        rows = self._conn.execute(
            "SELECT id FROM cases WHERE id IN (SELECT value FROM json_each(?))", (_ids(case_ids),)
        ).fetchall()
        return [str(r[0]) for r in rows]

    def destroy_case(self, case_id: str) -> None:
        row = self._conn.execute(
            "SELECT name_label, case_number FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            return
        label, number = int(row[0]), str(row[1])
        # The full-text row's rowid is the case's name label (name_labels).
        self._conn.execute("DELETE FROM case_search WHERE rowid = ?", (label,))
        # Every table naming the case cascades from here (retention_schema).
        self._conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        # Transfer records keep their bundle id and sequence (replay protection),
        # not the destroyed case.
        for table in ("transfer_outgoing", "transfer_received"):
            self._conn.execute(
                f"UPDATE {table} SET case_ids = (SELECT json_group_array(value) "  # noqa: S608
                "FROM json_each(case_ids) WHERE value NOT IN (?, ?)) "
                "WHERE EXISTS (SELECT 1 FROM json_each(case_ids) WHERE value IN (?, ?))",
                (case_id, number, case_id, number),
            )

    def destroy_notes(self, ids: Sequence[str]) -> None:
        self._conn.execute(
            "DELETE FROM case_notes WHERE id IN (SELECT value FROM json_each(?))", (_ids(ids),)
        )

    def destroy_attachments(self, ids: Sequence[str]) -> None:
        self._conn.execute(
            "DELETE FROM case_attachments WHERE id IN (SELECT value FROM json_each(?))",
            (_ids(ids),),
        )

    def destroy_letters(self, ids: Sequence[str]) -> None:
        self._conn.execute(
            "DELETE FROM letters WHERE id IN (SELECT value FROM json_each(?))", (_ids(ids),)
        )

    def destroy_calendar(self, ids: Sequence[str]) -> None:
        appts = [i.split(":", 1)[1] for i in ids if i.startswith("appointment:")]
        series = [i.split(":", 1)[1] for i in ids if i.startswith("series:")]
        self._conn.execute(
            "DELETE FROM appointments WHERE id IN (SELECT value FROM json_each(?))", (_ids(appts),)
        )
        self._conn.execute(
            "DELETE FROM calendar_series WHERE id IN (SELECT value FROM json_each(?))",
            (_ids(series),),
        )

    def destroy_transfers(self, ids: Sequence[str]) -> None:
        for i in ids:
            side, _, rest = i.partition(":")
            if side == "out":
                self._conn.execute(
                    "DELETE FROM transfer_outgoing WHERE bundle_id = ?", (bytes.fromhex(rest),)
                )
            elif side == "in":
                sender, _, bundle = rest.partition(":")
                self._conn.execute(
                    "DELETE FROM transfer_received WHERE sender_key = ? AND bundle_id = ?",
                    (bytes.fromhex(sender), bytes.fromhex(bundle)),
                )

    def optimize_search_index(self) -> None:
        """Merge the FTS segments so deleted rows' terms are gone from the index pages."""
        self._conn.execute("INSERT INTO case_search (case_search) VALUES ('optimize')")

    def compact(self) -> None:
        """Checkpoint, VACUUM (freed pages re-packed; secure_delete zeroed them), checkpoint.

        Must run outside any transaction.
        """
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.execute("VACUUM")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
