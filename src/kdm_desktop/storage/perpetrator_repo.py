"""The perpetrator section of a case (SQL only, bound parameters only)."""

from __future__ import annotations

from typing import Any, Final

from kdm_desktop.domain.cases.choices import PerpetratorRelation
from kdm_desktop.domain.perpetrator import (
    Answer,
    Perpetrator,
    PerpetratorAgeBand,
    PerpetratorRow,
)
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.database import register_countable

register_countable("case_perpetrators")

__all__ = ["PerpetratorRepository", "PerpetratorRow"]


_COLUMNS: Final = (
    "id, case_id, position, relation, name, age_band, weapon_access, prior_orders, "
    "shared_children, note, created_at, created_by, updated_at, updated_by"
)


def _row(r: tuple[Any, ...]) -> PerpetratorRow:
    return PerpetratorRow(
        id=r[0],
        case_id=r[1],
        position=int(r[2]),
        record=Perpetrator(
            relation=None if r[3] is None else PerpetratorRelation(r[3]),
            name=r[4],
            age_band=None if r[5] is None else PerpetratorAgeBand(r[5]),
            weapon_access=None if r[6] is None else Answer(r[6]),
            prior_orders=None if r[7] is None else Answer(r[7]),
            shared_children=r[8],
            note=r[9],
        ),
        created_at=r[10],
        created_by=r[11],
        updated_at=r[12],
        updated_by=r[13],
    )


def _values(p: Perpetrator) -> tuple[object, ...]:
    return (
        None if p.relation is None else p.relation.value,
        p.name,
        None if p.age_band is None else p.age_band.value,
        None if p.weapon_access is None else p.weapon_access.value,
        None if p.prior_orders is None else p.prior_orders.value,
        p.shared_children,
        p.note,
    )


class PerpetratorRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def for_case(self, case_id: str) -> list[PerpetratorRow]:
        """Primary first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM case_perpetrators "  # noqa: S608 - fixed column list
            "WHERE case_id = ? ORDER BY position, pk",
            (case_id,),
        ).fetchall()
        return [_row(r) for r in rows]

    def by_id(self, perpetrator_id: str) -> PerpetratorRow | None:
        r = self._conn.execute(
            f"SELECT {_COLUMNS} FROM case_perpetrators WHERE id = ?",  # noqa: S608
            (perpetrator_id,),
        ).fetchone()
        return None if r is None else _row(r)

    def count(self, case_id: str) -> int:
        r = self._conn.execute(
            "SELECT count(*) FROM case_perpetrators WHERE case_id = ?", (case_id,)
        ).fetchone()
        return int(r[0])

    def next_position(self, case_id: str) -> int:
        r = self._conn.execute(
            "SELECT coalesce(max(position), 0) + 1 FROM case_perpetrators WHERE case_id = ?",
            (case_id,),
        ).fetchone()
        return int(r[0])

    def add(self, row: PerpetratorRow) -> None:
        self._conn.execute(
            f"INSERT INTO case_perpetrators ({_COLUMNS}) "  # noqa: S608
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.id,
                row.case_id,
                row.position,
                *_values(row.record),
                row.created_at,
                row.created_by,
                row.updated_at,
                row.updated_by,
            ),
        )

    def update(self, perpetrator_id: str, record: Perpetrator, at: str, by: str) -> None:
        self._conn.execute(
            "UPDATE case_perpetrators SET relation = ?, name = ?, age_band = ?, "
            "weapon_access = ?, prior_orders = ?, shared_children = ?, note = ?, "
            "updated_at = ?, updated_by = ? WHERE id = ?",
            (*_values(record), at, by, perpetrator_id),
        )

    def replace(self, row: PerpetratorRow) -> None:
        """Take another centre's later edit of the same record (transfers)."""
        self._conn.execute(
            "UPDATE case_perpetrators SET relation = ?, name = ?, age_band = ?, "
            "weapon_access = ?, prior_orders = ?, shared_children = ?, note = ?, "
            "position = ?, updated_at = ?, updated_by = ? WHERE id = ?",
            (*_values(row.record), row.position, row.updated_at, row.updated_by, row.id),
        )

    def set_positions(self, case_id: str, ids_in_order: list[str]) -> None:
        for position, perpetrator_id in enumerate(ids_in_order, 1):
            self._conn.execute(
                "UPDATE case_perpetrators SET position = ? WHERE id = ? AND case_id = ?",
                (position, perpetrator_id, case_id),
            )

    def delete(self, perpetrator_id: str) -> None:
        self._conn.execute("DELETE FROM case_perpetrators WHERE id = ?", (perpetrator_id,))
