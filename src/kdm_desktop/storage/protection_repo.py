"""SQL for risk assessments, safety plan versions and protection orders.

Values are always bound parameters. Batch look-ups for many cases pass the ids
as one JSON array (``json_each``), so one statement serves any number of cases.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Final

from kdm_desktop.domain.protection.risk import AssessmentRecord
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.database import register_countable
from kdm_desktop.storage.meta_repo import MetaRepository

register_countable("risk_assessments", "safety_plans", "protection_orders")

_THRESHOLD_MEDIUM: Final = "risk.threshold_medium"
_THRESHOLD_HIGH: Final = "risk.threshold_high"
# Closed files get no reminders: nobody is following them any more.
_CLOSED: Final = "kapali"


@dataclass(frozen=True)
class PlanRow:
    case_id: str
    version: int
    plan: dict[str, Any]
    saved_by: str
    saved_at: str


@dataclass(frozen=True)
class OrderRow:
    id: str
    case_id: str
    order: dict[str, Any]
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str


_ASSESSMENT_COLUMNS: Final = (
    "id, case_id, assessed_on, answers, checklist_id, checklist_version, score, "
    "threshold_medium, threshold_high, computed_level, final_level, judgement_reason, "
    "assessed_by, created_at"
)


def _assessment(r: tuple[Any, ...]) -> AssessmentRecord:
    return AssessmentRecord(
        str(r[0]),
        str(r[1]),
        str(r[2]),
        json.loads(r[3]),
        str(r[4]),
        int(r[5]),
        int(r[6]),
        int(r[7]),
        int(r[8]),
        str(r[9]),
        str(r[10]),
        str(r[11]),
        str(r[12]),
        str(r[13]),
    )


def _ids(case_ids: list[str]) -> str:
    return json.dumps(list(case_ids))


class RiskRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, row: AssessmentRecord) -> None:
        self._conn.execute(
            f"INSERT INTO risk_assessments ({_ASSESSMENT_COLUMNS}) "  # noqa: S608
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.id,
                row.case_id,
                row.assessed_on,
                json.dumps(row.answers, sort_keys=True),
                row.checklist_id,
                row.checklist_version,
                row.score,
                row.threshold_medium,
                row.threshold_high,
                row.computed_level,
                row.final_level,
                row.judgement_reason,
                row.assessed_by,
                row.created_at,
            ),
        )

    def for_case(self, case_id: str) -> list[AssessmentRecord]:
        """Oldest first; on one day in the order they were made."""
        rows = self._conn.execute(
            f"SELECT {_ASSESSMENT_COLUMNS} FROM risk_assessments "  # noqa: S608
            "WHERE case_id = ? ORDER BY assessed_on, pk",
            (case_id,),
        ).fetchall()
        return [_assessment(r) for r in rows]

    def latest_levels(self, case_ids: list[str]) -> dict[str, tuple[str, str]]:
        """case id → (assessed_on, final level) of its latest assessment."""
        rows = self._conn.execute(
            "SELECT case_id, assessed_on, final_level FROM risk_assessments "
            "WHERE case_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY case_id, assessed_on, pk",
            (_ids(case_ids),),
        ).fetchall()
        # Ordered ascending, so the last row of each case wins.
        return {str(r[0]): (str(r[1]), str(r[2])) for r in rows}

    def latest_for_open_cases(self) -> dict[str, tuple[str, str]]:
        rows = self._conn.execute(
            "SELECT r.case_id, r.assessed_on, r.final_level FROM risk_assessments r "
            "JOIN cases c ON c.id = r.case_id WHERE c.status != ? "
            "ORDER BY r.case_id, r.assessed_on, r.pk",
            (_CLOSED,),
        ).fetchall()
        return {str(r[0]): (str(r[1]), str(r[2])) for r in rows}

    def thresholds(self) -> tuple[int, int] | None:
        meta = MetaRepository(self._conn)
        medium, high = meta.get(_THRESHOLD_MEDIUM), meta.get(_THRESHOLD_HIGH)
        if medium is None or high is None:
            return None
        return int(medium), int(high)

    def set_thresholds(self, medium: int, high: int) -> None:
        meta = MetaRepository(self._conn)
        meta.set(_THRESHOLD_MEDIUM, str(medium))
        meta.set(_THRESHOLD_HIGH, str(high))


class SafetyPlanRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(
        self,
        case_id: str,
        version: int,
        plan: dict[str, Any],
        review_date: str | None,
        saved_by: str,
        saved_at: str,
    ) -> None:
        self._conn.execute(
            "INSERT INTO safety_plans (case_id, version, plan, review_date, saved_by, saved_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                case_id,
                version,
                json.dumps(plan, ensure_ascii=False),
                review_date,
                saved_by,
                saved_at,
            ),
        )

    def history(self, case_id: str) -> list[PlanRow]:
        """Every version, oldest first."""
        rows = self._conn.execute(
            "SELECT case_id, version, plan, saved_by, saved_at FROM safety_plans "
            "WHERE case_id = ? ORDER BY version",
            (case_id,),
        ).fetchall()
        return [PlanRow(str(r[0]), int(r[1]), json.loads(r[2]), str(r[3]), str(r[4])) for r in rows]

    def latest(self, case_id: str) -> PlanRow | None:
        r = self._conn.execute(
            "SELECT case_id, version, plan, saved_by, saved_at FROM safety_plans "
            "WHERE case_id = ? ORDER BY version DESC LIMIT 1",
            (case_id,),
        ).fetchone()
        return (
            None
            if r is None
            else PlanRow(str(r[0]), int(r[1]), json.loads(r[2]), str(r[3]), str(r[4]))
        )

    def latest_for_open_cases(self) -> dict[str, dict[str, Any]]:
        """case id → the plan JSON of its latest version, for plans with a review date."""
        rows = self._conn.execute(
            "SELECT p.case_id, p.plan FROM safety_plans p JOIN cases c ON c.id = p.case_id "
            "WHERE c.status != ? AND p.version = "
            "(SELECT max(q.version) FROM safety_plans q WHERE q.case_id = p.case_id) "
            "AND p.review_date IS NOT NULL",
            (_CLOSED,),
        ).fetchall()
        return {str(r[0]): json.loads(r[1]) for r in rows}


_ORDER_COLUMNS: Final = "id, case_id, order_json, created_at, created_by, updated_at, updated_by"


def _order(r: tuple[Any, ...]) -> OrderRow:
    return OrderRow(
        str(r[0]), str(r[1]), json.loads(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6])
    )


class OrderRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def insert(
        self,
        order_id: str,
        case_id: str,
        order: dict[str, Any],
        current_end: str,
        by: str,
        at: str,
    ) -> None:
        self._conn.execute(
            "INSERT INTO protection_orders (id, case_id, kind, start_date, end_date, current_end, "
            "lifted_on, order_json, created_at, created_by, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                order_id,
                case_id,
                order["kind"],
                order["start_date"],
                order["end_date"],
                current_end,
                order.get("lifted_on"),
                json.dumps(order, ensure_ascii=False, sort_keys=True),
                at,
                by,
                at,
                by,
            ),
        )

    def update(
        self, order_id: str, order: dict[str, Any], current_end: str, by: str, at: str
    ) -> None:
        self._conn.execute(
            "UPDATE protection_orders SET kind = ?, start_date = ?, end_date = ?, current_end = ?, "
            "lifted_on = ?, order_json = ?, updated_at = ?, updated_by = ? WHERE id = ?",
            (
                order["kind"],
                order["start_date"],
                order["end_date"],
                current_end,
                order.get("lifted_on"),
                json.dumps(order, ensure_ascii=False, sort_keys=True),
                at,
                by,
                order_id,
            ),
        )

    def get(self, order_id: str) -> OrderRow | None:
        r = self._conn.execute(
            f"SELECT {_ORDER_COLUMNS} FROM protection_orders WHERE id = ?",  # noqa: S608
            (order_id,),
        ).fetchone()
        return None if r is None else _order(r)

    def for_case(self, case_id: str) -> list[OrderRow]:
        rows = self._conn.execute(
            f"SELECT {_ORDER_COLUMNS} FROM protection_orders "  # noqa: S608
            "WHERE case_id = ? ORDER BY start_date, pk",
            (case_id,),
        ).fetchall()
        return [_order(r) for r in rows]

    def not_ended(self, case_ids: list[str], today: str) -> list[OrderRow]:
        """Orders of these cases whose (extended) end is today or later and not lifted."""
        rows = self._conn.execute(
            f"SELECT {_ORDER_COLUMNS} FROM protection_orders "  # noqa: S608
            "WHERE case_id IN (SELECT value FROM json_each(?)) AND current_end >= ? "
            "AND (lifted_on IS NULL OR lifted_on > ?) ORDER BY case_id, pk",
            (_ids(case_ids), today, today),
        ).fetchall()
        return [_order(r) for r in rows]

    def not_ended_for_open_cases(self, today: str) -> list[OrderRow]:
        rows = self._conn.execute(
            "SELECT o.id, o.case_id, o.order_json, o.created_at, o.created_by, o.updated_at, "
            "o.updated_by FROM protection_orders o JOIN cases c ON c.id = o.case_id "
            "WHERE c.status != ? AND o.current_end >= ? "
            "AND (o.lifted_on IS NULL OR o.lifted_on > ?) ORDER BY o.case_id, o.pk",
            (_CLOSED, today, today),
        ).fetchall()
        return [_order(r) for r in rows]

    def case_numbers(self, case_ids: list[str]) -> dict[str, str]:
        rows = self._conn.execute(
            "SELECT id, case_number FROM cases WHERE id IN (SELECT value FROM json_each(?))",
            (_ids(case_ids),),
        ).fetchall()
        return {str(r[0]): str(r[1]) for r in rows}
