"""Retention SQL about cases: the admin's periods, holds, and the facts a due list needs."""

from __future__ import annotations

import datetime
from typing import Any

from kdm_desktop.domain.cases.choices import CaseStatus, NoteKind
from kdm_desktop.domain.retention.holds import Hold
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.retention_rows import (
    CaseFactsRow,
    DatedRow,
    _day,
)


class RetentionCaseQueries:
    """Part of RetentionRepository: settings, holds, due-list and anonymisation facts."""

    _conn: Connection

    # ----- the admin's periods -----

    def settings(self) -> dict[str, int]:
        rows = self._conn.execute("SELECT kind, years FROM retention_settings").fetchall()
        return {str(k): int(y) for k, y in rows}

    def set_years(self, kind: str, years: int, policy_version: int, at: str, by: str) -> None:
        self._conn.execute(
            "INSERT INTO retention_settings (kind, years, policy_version, changed_at, changed_by) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind) DO UPDATE SET years = excluded.years, "
            "policy_version = excluded.policy_version, changed_at = excluded.changed_at, "
            "changed_by = excluded.changed_by",
            (kind, years, policy_version, at, by),
        )

    # ----- holds -----

    _HOLD = (
        "SELECT h.id, h.case_id, c.case_number, h.reason, h.placed_at, h.placed_by, "
        "h.released_at, h.released_by FROM retention_holds h JOIN cases c ON c.id = h.case_id"
    )

    def active_hold(self, case_id: str) -> Hold | None:
        r = self._conn.execute(
            self._HOLD + " WHERE h.case_id = ? AND h.released_at IS NULL", (case_id,)
        ).fetchone()
        return None if r is None else Hold(*r)

    def holds(self, *, active_only: bool = True) -> list[Hold]:
        where = " WHERE h.released_at IS NULL" if active_only else ""
        rows = self._conn.execute(self._HOLD + where + " ORDER BY h.placed_at, h.pk").fetchall()
        return [Hold(*r) for r in rows]

    def add_hold(self, hold_id: str, case_id: str, reason: str, at: str, by: str) -> None:
        self._conn.execute(
            "INSERT INTO retention_holds (id, case_id, reason, placed_at, placed_by) "
            "VALUES (?, ?, ?, ?, ?)",
            (hold_id, case_id, reason, at, by),
        )

    def release_hold(self, case_id: str, at: str, by: str) -> str | None:
        row = self._conn.execute(
            "UPDATE retention_holds SET released_at = ?, released_by = ? "
            "WHERE case_id = ? AND released_at IS NULL RETURNING id",
            (at, by, case_id),
        ).fetchone()
        return None if row is None else str(row[0])

    # ----- facts for the due list -----

    def closed_case_facts(
        self, today: datetime.date, case_id: str | None = None
    ) -> list[CaseFactsRow]:
        """Facts of every closed case, or of one case whatever its status (closed_on
        is None unless it is closed)."""
        day = today.isoformat()
        where = "c.status = ?" if case_id is None else "c.id = ?"
        rows = self._conn.execute(
            """SELECT c.id, c.case_number,
                (SELECT max(changed_at) FROM case_status_history h
                  WHERE h.case_id = c.id AND h.status = ?),
                max(
                  coalesce((SELECT max(service_date) FROM case_services s
                            WHERE s.case_id = c.id), ''),
                  coalesce((SELECT substr(max(created_at), 1, 10) FROM case_notes n
                            WHERE n.case_id = c.id), ''),
                  coalesce((SELECT substr(max(start), 1, 10) FROM appointments a
                            WHERE a.case_id = c.id AND substr(a.start, 1, 10) <= ?), ''),
                  substr(c.application_date, 1, 10)),
                (SELECT max(coalesce(lifted_on, current_end)) FROM protection_orders o
                  WHERE o.case_id = c.id),
                (SELECT count(*) FROM protection_orders o WHERE o.case_id = c.id
                  AND o.lifted_on IS NULL AND o.current_end >= ? AND o.start_date <= ?),
                (SELECT reason FROM retention_holds r
                  WHERE r.case_id = c.id AND r.released_at IS NULL),
                c.status
               FROM cases c WHERE """  # noqa: S608 - `where` is one of two literals
            + where
            + " ORDER BY c.case_year, c.case_seq",
            (CaseStatus.CLOSED.value, day, day, day, case_id or CaseStatus.CLOSED.value),
        ).fetchall()
        out = []
        for r in rows:
            case_id = str(r[0])
            out.append(
                CaseFactsRow(
                    case_id=case_id,
                    case_number=str(r[1]),
                    closed_on=_day(r[2]) if r[7] == CaseStatus.CLOSED.value else None,
                    last_contact=_day(r[3]),
                    order_ended=_day(r[4]),
                    orders_in_force=int(r[5]),
                    hold_reason=None if r[6] is None else str(r[6]),
                    notes=self._col(
                        "SELECT id FROM case_notes WHERE case_id = ? AND kind != ?",
                        (case_id, NoteKind.PSYCH_SESSION.value),
                    ),
                    session_notes=self._col(
                        "SELECT id FROM case_notes WHERE case_id = ? AND kind = ?",
                        (case_id, NoteKind.PSYCH_SESSION.value),
                    ),
                    attachments=self._col(
                        "SELECT id FROM case_attachments WHERE case_id = ?", (case_id,)
                    ),
                    letters=self._col("SELECT id FROM letters WHERE case_id = ?", (case_id,)),
                )
            )
        return out

    def _col(self, sql: str, params: tuple[Any, ...]) -> tuple[str, ...]:
        return tuple(str(r[0]) for r in self._conn.execute(sql + " ORDER BY id", params))

    def protected_case_ids(self, today: datetime.date) -> frozenset[str]:
        """Cases nothing may be destroyed from: not closed, held, or under an order in force."""
        day = today.isoformat()
        rows = self._conn.execute(
            "SELECT id FROM cases WHERE status != ? "
            "UNION SELECT case_id FROM retention_holds WHERE released_at IS NULL "
            "UNION SELECT case_id FROM protection_orders WHERE lifted_on IS NULL "
            "AND current_end >= ? AND start_date <= ?",
            (CaseStatus.CLOSED.value, day, day),
        ).fetchall()
        return frozenset(str(r[0]) for r in rows)

    def calendar_records(self) -> list[DatedRow]:
        rows = self._conn.execute(
            "SELECT 'appointment:' || id, substr(start, 1, 10), case_id FROM appointments "
            "UNION ALL SELECT 'series:' || id, substr(range_end_utc, 1, 10), case_id "
            "FROM calendar_series"
        ).fetchall()
        return [DatedRow(str(r[0]), datetime.date.fromisoformat(str(r[1])), r[2]) for r in rows]

    def transfer_records(self) -> list[DatedRow]:
        rows = self._conn.execute(
            "SELECT 'out:' || hex(bundle_id), substr(created_at, 1, 10) FROM transfer_outgoing "
            "UNION ALL SELECT 'in:' || hex(sender_key) || ':' || hex(bundle_id), "
            "substr(imported_at, 1, 10) FROM transfer_received"
        ).fetchall()
        return [DatedRow(str(r[0]), datetime.date.fromisoformat(str(r[1])), None) for r in rows]

    # ----- what anonymisation needs besides the case record -----

    def closed_on(self, case_id: str) -> datetime.date | None:
        r = self._conn.execute(
            "SELECT max(changed_at) FROM case_status_history WHERE case_id = ? AND status = ?",
            (case_id, CaseStatus.CLOSED.value),
        ).fetchone()
        return _day(r[0]) if r else None

    def counts_for(self, case_id: str) -> tuple[int, int]:
        """(orders, services) of a case."""
        r = self._conn.execute(
            "SELECT (SELECT count(*) FROM protection_orders WHERE case_id = ?), "
            "(SELECT count(*) FROM case_services WHERE case_id = ?)",
            (case_id, case_id),
        ).fetchone()
        return int(r[0]), int(r[1])

    def appointments_of(self, case_id: str) -> list[tuple[str, str, str]]:
        """(start, type, status) of her appointments, for her copy of her data."""
        rows = self._conn.execute(
            "SELECT start, type, status FROM appointments WHERE case_id = ? ORDER BY start_utc",
            (case_id,),
        ).fetchall()
        return [(str(a), str(b), str(c)) for a, b, c in rows]
