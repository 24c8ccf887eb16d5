"""Retention SQL of the records kept afterwards: destruction runs and her requests."""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence

from kdm_desktop.domain.retention.runs import DestructionRun, DestructionRunItem
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.retention_rows import RequestRow


class RecordQueries:
    """Part of RetentionRepository: destruction records and subject requests."""

    _conn: Connection

    # ----- destruction records -----

    def add_run(self, run: DestructionRun) -> None:
        self._conn.execute(
            "INSERT INTO retention_runs (id, run_at, run_by, trigger, method, legal_basis, "
            "policy_version, backups_clear_after, keep_until, digest, signature) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                run.id,
                run.run_at,
                run.run_by,
                run.trigger,
                run.method,
                run.legal_basis,
                run.policy_version,
                run.backups_clear_after,
                run.keep_until,
                run.digest,
                run.signature,
            ),
        )
        for item in run.items:
            self._conn.execute(
                "INSERT INTO retention_run_items (run_id, kind, count, case_numbers, object_ids) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    run.id,
                    item.kind,
                    item.count,
                    json.dumps(list(item.case_numbers)),
                    json.dumps(list(item.object_ids)),
                ),
            )

    def runs(self) -> list[DestructionRun]:
        rows = self._conn.execute(
            "SELECT id, run_at, run_by, trigger, method, legal_basis, policy_version, "
            "backups_clear_after, keep_until, digest, signature FROM retention_runs "
            "ORDER BY run_at DESC, pk DESC"
        ).fetchall()
        out = []
        for r in rows:
            items = self._conn.execute(
                "SELECT kind, count, case_numbers, object_ids FROM retention_run_items "
                "WHERE run_id = ? ORDER BY rowid",
                (r[0],),
            ).fetchall()
            out.append(
                DestructionRun(
                    str(r[0]),
                    str(r[1]),
                    str(r[2]),
                    str(r[3]),
                    str(r[4]),
                    str(r[5]),
                    int(r[6]),
                    str(r[7]),
                    str(r[8]),
                    str(r[9]),
                    bytes(r[10]),
                    tuple(
                        DestructionRunItem(
                            str(i[0]),
                            int(i[1]),
                            tuple(json.loads(i[2])),
                            tuple(json.loads(i[3])),
                        )
                        for i in items
                    ),
                )
            )
        return out

    def last_run_at(self) -> str | None:
        r = self._conn.execute(
            "SELECT max(run_at) FROM retention_runs WHERE trigger = 'periodic'"
        ).fetchone()
        return None if r is None or r[0] is None else str(r[0])

    def delete_runs_kept_until(self, today: datetime.date) -> list[str]:
        rows = self._conn.execute(
            "DELETE FROM retention_runs WHERE keep_until <= ? RETURNING id", (today.isoformat(),)
        ).fetchall()
        return [str(r[0]) for r in rows]

    def replace_records(self, runs: Sequence[DestructionRun]) -> None:
        """Make the runs table exactly `runs` (used when a backup is restored)."""
        self._conn.execute("DELETE FROM retention_runs")
        for run in sorted(runs, key=lambda r: r.run_at):
            self.add_run(run)

    # ----- her requests -----

    _REQ = (
        "SELECT id, case_id, case_number, kind, received_on, due_on, answered_on, answer, "
        "recorded_by FROM subject_requests"
    )

    def add_request(self, row: RequestRow, at: str) -> None:
        self._conn.execute(
            "INSERT INTO subject_requests (id, case_id, case_number, kind, received_on, due_on, "
            "answered_on, answer, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.id,
                row.case_id,
                row.case_number,
                row.kind,
                row.received_on,
                row.due_on,
                row.answered_on,
                row.answer,
                at,
                row.recorded_by,
            ),
        )

    def requests(self) -> list[RequestRow]:
        rows = self._conn.execute(
            self._REQ + " ORDER BY answered_on IS NOT NULL, due_on, pk"
        ).fetchall()
        return [RequestRow(*r) for r in rows]

    def request(self, request_id: str) -> RequestRow | None:
        r = self._conn.execute(self._REQ + " WHERE id = ?", (request_id,)).fetchone()
        return None if r is None else RequestRow(*r)

    def answer_request(self, request_id: str, answered_on: str, answer: str) -> bool:
        cur = self._conn.execute(
            "UPDATE subject_requests SET answered_on = ?, answer = ? "
            "WHERE id = ? AND answered_on IS NULL",
            (answered_on, answer, request_id),
        )
        return cur.rowcount == 1

    def delete_requests_answered_before(self, day: datetime.date) -> int:
        cur = self._conn.execute(
            "DELETE FROM subject_requests WHERE answered_on IS NOT NULL AND answered_on < ?",
            (day.isoformat(),),
        )
        return int(cur.rowcount)
