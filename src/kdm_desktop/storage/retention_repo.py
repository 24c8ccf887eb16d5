"""SQL of the retention feature: settings, holds, the facts a due list needs,
destruction, destruction records, anonymised statistics, her requests.

Destruction deletes the case row and lets `ON DELETE CASCADE` (see
retention_schema) remove every linked row; the search index has no foreign key,
so its row is deleted by hand and the index is then merged (`optimize`) so no old
segment keeps her name. `compact` checkpoints the WAL and VACUUMs, and with
`secure_delete` on (connection.py) freed pages are zeroed before reuse.

Anonymised statistics API (for the statistics feature, see docs/retention.md):
`AnonymisedStatsRepository.rows(year_from, year_to)` returns `AnonymisedRow`s of
destroyed cases; each is one case as counted at destruction, with no link to her.
"""

from __future__ import annotations

import datetime
import json
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kdm_desktop.domain.cases.choices import CaseStatus, NoteKind
from kdm_desktop.domain.retention.anonymise import AnonymisedCase
from kdm_desktop.domain.retention.holds import Hold
from kdm_desktop.domain.retention.runs import DestructionRun, DestructionRunItem
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.database import register_countable

register_countable("retention_runs", "retention_anon_stats", "subject_requests")


def _day(text: object) -> datetime.date | None:
    if text is None or text == "":
        return None
    return datetime.date.fromisoformat(str(text)[:10])


@dataclass(frozen=True)
class CaseFactsRow:
    case_id: str
    case_number: str
    closed_on: datetime.date | None
    last_contact: datetime.date | None
    order_ended: datetime.date | None
    orders_in_force: int
    hold_reason: str | None
    notes: tuple[str, ...]
    session_notes: tuple[str, ...]
    attachments: tuple[str, ...]
    letters: tuple[str, ...]


# A hold is a domain record (domain/retention/holds.py); the old name stays here.
HoldRow = Hold


@dataclass(frozen=True)
class DatedRow:
    id: str
    day: datetime.date
    case_id: str | None


# Destruction runs are domain records (domain/retention/runs.py); old names stay here.
RunItemRow = DestructionRunItem
RunRow = DestructionRun


@dataclass(frozen=True)
class RequestRow:
    id: str
    case_id: str | None
    case_number: str
    kind: str
    received_on: str
    due_on: str
    answered_on: str | None
    answer: str
    recorded_by: str


def _ids(values: Iterable[str]) -> str:
    return json.dumps(sorted(set(values)))


class RetentionRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

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

    def active_hold(self, case_id: str) -> HoldRow | None:
        r = self._conn.execute(
            self._HOLD + " WHERE h.case_id = ? AND h.released_at IS NULL", (case_id,)
        ).fetchone()
        return None if r is None else HoldRow(*r)

    def holds(self, *, active_only: bool = True) -> list[HoldRow]:
        where = " WHERE h.released_at IS NULL" if active_only else ""
        rows = self._conn.execute(self._HOLD + where + " ORDER BY h.placed_at, h.pk").fetchall()
        return [HoldRow(*r) for r in rows]

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

    # ----- destruction -----

    def existing_case_ids(self, case_ids: Sequence[str]) -> list[str]:
        rows = self._conn.execute(
            "SELECT id FROM cases WHERE id IN (SELECT value FROM json_each(?))", (_ids(case_ids),)
        ).fetchall()
        return [str(r[0]) for r in rows]

    def destroy_case(self, case_id: str) -> None:
        row = self._conn.execute(
            "SELECT pk, case_number FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            return
        pk, number = int(row[0]), str(row[1])
        self._conn.execute("DELETE FROM case_search WHERE rowid = ?", (pk,))
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

    # ----- destruction records -----

    def add_run(self, run: RunRow) -> None:
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

    def runs(self) -> list[RunRow]:
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
                RunRow(
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
                        RunItemRow(
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

    def replace_records(self, runs: Sequence[RunRow]) -> None:
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


@dataclass(frozen=True)
class AnonymisedRow:
    application_year: int
    application_month: int
    age_band: str
    district: str
    marital_status: str
    education: str
    employment: str
    income_band: str
    channel: str
    heard_from: str
    perpetrator_relation: str
    violence_types: tuple[str, ...]
    closure_reason: str
    closure_year: int | None
    closure_month: int | None
    risk_level: str
    orders_count: int
    services_count: int
    has_own_income: str = ""  # "var" / "yok" / "" (schema step ANON_STATS_MORE)
    life_danger: str = ""  # "evet" / "hayir" / ""


_ANON_COLUMNS = (
    "application_year, application_month, age_band, district, marital_status, education, "
    "employment, income_band, channel, heard_from, perpetrator_relation, violence_types, "
    "closure_reason, closure_year, closure_month, risk_level, orders_count, services_count, "
    "has_own_income, life_danger"
)
_ANON_PLACEHOLDERS = ", ".join("?" * (1 + _ANON_COLUMNS.count(",") + 1))


def _anon_row(r: tuple[Any, ...]) -> AnonymisedRow:
    return AnonymisedRow(
        application_year=int(r[0]),
        application_month=int(r[1]),
        age_band=str(r[2]),
        district=str(r[3]),
        marital_status=str(r[4]),
        education=str(r[5]),
        employment=str(r[6]),
        income_band=str(r[7]),
        channel=str(r[8]),
        heard_from=str(r[9]),
        perpetrator_relation=str(r[10]),
        violence_types=tuple(json.loads(r[11])),
        closure_reason=str(r[12]),
        closure_year=None if r[13] is None else int(r[13]),
        closure_month=None if r[14] is None else int(r[14]),
        risk_level=str(r[15]),
        orders_count=int(r[16]),
        services_count=int(r[17]),
        has_own_income=str(r[18]),
        life_danger=str(r[19]),
    )


class AnonymisedStatsRepository:
    """The statistical trace of destroyed cases (public API for the statistics feature)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, rows: Sequence[AnonymisedCase]) -> None:
        # Shuffled and keyed by random ids: neither order nor id says which run or case.
        shuffled = list(rows)
        secrets.SystemRandom().shuffle(shuffled)
        for a in shuffled:
            self._conn.execute(
                f"INSERT INTO retention_anon_stats (pk, {_ANON_COLUMNS}) "  # noqa: S608
                f"VALUES ({_ANON_PLACEHOLDERS})",
                (
                    secrets.randbits(62),
                    a.application_year,
                    a.application_month,
                    a.age_band,
                    a.district,
                    a.marital_status,
                    a.education,
                    a.employment,
                    a.income_band,
                    a.channel,
                    a.heard_from,
                    a.perpetrator_relation,
                    json.dumps(list(a.violence_types)),
                    a.closure_reason,
                    a.closure_year,
                    a.closure_month,
                    a.risk_level,
                    a.orders_count,
                    a.services_count,
                    a.has_own_income,
                    a.life_danger,
                ),
            )

    def rows(self, year_from: int | None = None, year_to: int | None = None) -> list[AnonymisedRow]:
        """Rows whose application year is within [year_from, year_to] (either may be None)."""
        rows = self._conn.execute(
            f"SELECT {_ANON_COLUMNS} FROM retention_anon_stats "  # noqa: S608
            "WHERE (? IS NULL OR application_year >= ?) AND (? IS NULL OR application_year <= ?) "
            "ORDER BY application_year, application_month, district, age_band",
            (year_from, year_from, year_to, year_to),
        ).fetchall()
        return [_anon_row(r) for r in rows]

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM retention_anon_stats").fetchone()[0])

    def raw(self) -> list[tuple[Any, ...]]:
        """Every row with its (random) id, to carry them into a restored file."""
        return list(
            self._conn.execute(
                f"SELECT pk, {_ANON_COLUMNS} FROM retention_anon_stats ORDER BY pk"  # noqa: S608
            ).fetchall()
        )

    def replace_raw(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self._conn.execute("DELETE FROM retention_anon_stats")
        self._conn.executemany(
            f"INSERT INTO retention_anon_stats (pk, {_ANON_COLUMNS}) "  # noqa: S608
            f"VALUES ({_ANON_PLACEHOLDERS})",
            rows,
        )
