"""The anonymised statistical trace of destroyed cases (public API for statistics).

`AnonymisedStatsRepository.rows(year_from, year_to)` returns `AnonymisedCase`s of
destroyed cases; each is one case as counted at destruction, with no link to her.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from typing import Any

from kdm_desktop.domain.retention.anonymise import AnonymisedCase
from kdm_desktop.storage.connection import Connection

_ANON_COLUMNS = (
    "application_year, application_month, age_band, district, marital_status, education, "
    "employment, income_band, channel, heard_from, perpetrator_relation, violence_types, "
    "closure_reason, closure_year, closure_month, risk_level, orders_count, services_count, "
    "has_own_income, life_danger"
)
_ANON_PLACEHOLDERS = ", ".join("?" * (1 + _ANON_COLUMNS.count(",") + 1))


def _anon_row(r: tuple[Any, ...]) -> AnonymisedCase:
    # Read back as the domain type it was written from (no row type of its own).
    return AnonymisedCase(
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

    def rows(
        self, year_from: int | None = None, year_to: int | None = None
    ) -> list[AnonymisedCase]:
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
