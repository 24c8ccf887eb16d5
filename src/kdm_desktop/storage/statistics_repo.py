"""Counting queries of the statistics: every figure is a SQL aggregate.

Each query answers `(district text, category, count)` rows for one table and one
period; the service maps the district text onto the closed district list and
assembles the tables. Nothing here returns a row per woman.

Dates of the record (application, service, order, letter) are local days compared
as ISO text; timestamps (closures, transfers) go through `julianday`, which reads
the stored UTC offset, against the period's instants in Istanbul time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from kdm_desktop.domain.statistics.periods import Bounds
from kdm_desktop.domain.statistics.received import ReceivedFile
from kdm_desktop.storage.connection import Connection

Row = tuple[str, str, int]


# Age at application: from the birth date, else the age given, else the birth year.
_AGE: Final = """COALESCE(
    CASE WHEN c.birth_date IS NOT NULL THEN
        CAST(substr(c.application_date, 1, 4) AS INTEGER)
        - CAST(substr(c.birth_date, 1, 4) AS INTEGER)
        - (substr(c.application_date, 6, 5) < substr(c.birth_date, 6, 5)) END,
    c.age,
    CASE WHEN c.birth_year IS NOT NULL THEN
        CAST(substr(c.application_date, 1, 4) AS INTEGER) - c.birth_year END)"""

AGE_BAND_SQL: Final = f"""CASE
    WHEN {_AGE} IS NULL THEN 'belirtilmedi'
    WHEN {_AGE} < 18 THEN '0_17'
    WHEN {_AGE} < 25 THEN '18_24'
    WHEN {_AGE} < 35 THEN '25_34'
    WHEN {_AGE} < 45 THEN '35_44'
    WHEN {_AGE} < 55 THEN '45_54'
    WHEN {_AGE} < 65 THEN '55_64'
    ELSE '65_ustu' END"""


def _yes_no(column: str) -> str:
    return f"CASE c.{column} WHEN 1 THEN 'evet' WHEN 0 THEN 'hayir' ELSE 'belirtilmedi' END"


def _stated(column: str) -> str:
    return f"COALESCE(c.{column}, 'belirtilmedi')"


# The primary perpetrator's relation from the perpetrator section; the intake's
# answer for cases recorded before the section existed (or where it leaves it blank).
_PERPETRATOR_RELATION: Final = """COALESCE(
    (SELECT p.relation FROM case_perpetrators p WHERE p.case_id = c.id
     ORDER BY p.position LIMIT 1),
    c.perpetrator_relation, 'belirtilmedi')"""

# One category per new application (partition tables).
NEW_APPLICATION_COLUMNS: Final[dict[str, str]] = {
    "yas_grubu": AGE_BAND_SQL,
    "medeni_durum": _stated("marital_status"),
    "egitim": _stated("education"),
    "kendi_geliri": (
        "CASE c.has_own_income WHEN 1 THEN 'var' WHEN 0 THEN 'yok' ELSE 'belirtilmedi' END"
    ),
    "calisma": _stated("employment"),
    "hane_geliri": _stated("income_band"),
    "basvuru_kanali": _stated("channel"),
    "duyma_yolu": _stated("heard_from"),
    "failin_yakinligi": _PERPETRATOR_RELATION,
    "yasam_tehlikesi": _yes_no("life_danger"),
}

_NEW: Final = "c.application_date BETWEEN :first AND :last"
_IN: Final = "julianday({col}) >= julianday(:t0) AND julianday({col}) < julianday(:t1)"

# Status of a file just before the period began (no history row: it was open).
_STATUS_AT_START: Final = """COALESCE((
    SELECT h.status FROM case_status_history h
    WHERE h.case_id = c.id AND julianday(h.changed_at) < julianday(:t0)
    ORDER BY julianday(h.changed_at) DESC, h.pk DESC LIMIT 1), 'acik')"""

_RANK: Final = "CASE {col} WHEN 'standart' THEN 0 WHEN 'orta' THEN 1 WHEN 'yuksek' THEN 2 END"


class StatisticsRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _rows(self, sql: str, params: dict[str, str]) -> list[Row]:
        return [(str(r[0]), str(r[1]), int(r[2])) for r in self._conn.execute(sql, params)]

    # ----- new applications -----

    def new_applications_by(self, table: str, b: Bounds) -> list[Row]:
        expr = NEW_APPLICATION_COLUMNS[table]
        return self._rows(
            f"SELECT c.district, {expr} AS cat, count(*) FROM cases c WHERE {_NEW} "  # noqa: S608 - fixed SQL pieces, values bound
            "GROUP BY c.district, cat",
            b.days(),
        )

    def cross(self, first: str, second: str, b: Bounds) -> list[tuple[str, str, str, int]]:
        """New applications by district and two characteristics (violence types as
        mentions, "belirtilmedi" for none)."""
        exprs = {**NEW_APPLICATION_COLUMNS, "siddet_turu": "COALESCE(v.value, 'belirtilmedi')"}
        if first not in exprs or second not in exprs:
            raise ValueError(f"{first} × {second}")
        join = (
            " LEFT JOIN json_each(c.violence_types) v" if "siddet_turu" in (first, second) else ""
        )
        rows = self._conn.execute(
            f"SELECT c.district, {exprs[first]} AS a, {exprs[second]} AS b, count(*) "  # noqa: S608 - fixed SQL pieces, values bound
            f"FROM cases c{join} WHERE {_NEW} GROUP BY c.district, a, b",
            b.days(),
        )
        return [(str(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]

    def violence_types(self, b: Bounds) -> list[Row]:
        """Mentions: a woman with three types counts once under each."""
        return self._rows(
            "SELECT c.district, v.value, count(*) FROM cases c, json_each(c.violence_types) v "  # noqa: S608 - fixed SQL pieces, values bound
            f"WHERE {_NEW} GROUP BY c.district, v.value",
            b.days(),
        )

    def violence_types_none(self, b: Bounds) -> list[Row]:
        return self._rows(
            "SELECT c.district, 'belirtilmedi', count(*) FROM cases c "  # noqa: S608 - fixed SQL pieces, values bound
            f"WHERE {_NEW} AND json_array_length(c.violence_types) = 0 GROUP BY c.district",
            b.days(),
        )

    # ----- the files -----

    def summary(self, b: Bounds) -> list[Row]:
        p = b.all()
        out = self._rows(
            f"SELECT c.district, 'yeni_basvuru', count(*) FROM cases c WHERE {_NEW} "  # noqa: S608 - fixed SQL pieces, values bound
            "GROUP BY c.district",
            p,
        )
        out += self._rows(
            f"SELECT c.district, 'tekrar_basvuru', count(*) FROM cases c WHERE {_NEW} "  # noqa: S608 - fixed SQL pieces, values bound
            "AND c.tc_kimlik_no IS NOT NULL AND EXISTS (SELECT 1 FROM cases e "
            "WHERE e.tc_kimlik_no = c.tc_kimlik_no AND e.pk != c.pk AND "
            "(e.application_date < c.application_date OR "
            "(e.application_date = c.application_date AND e.pk < c.pk))) GROUP BY c.district",
            p,
        )
        out += self._rows(
            "SELECT c.district, 'aktif', count(*) FROM cases c "  # noqa: S608 - fixed SQL pieces, values bound
            f"WHERE c.application_date <= :last AND {_STATUS_AT_START} != 'kapali' "
            "GROUP BY c.district",
            p,
        )
        out += self._rows(
            "SELECT c.district, 'kapanan', count(DISTINCT c.id) FROM cases c "  # noqa: S608 - fixed SQL pieces, values bound
            "JOIN case_status_history h ON h.case_id = c.id "
            f"WHERE h.status = 'kapali' AND {_IN.format(col='h.changed_at')} GROUP BY c.district",
            p,
        )
        out += self._rows(
            "SELECT c.district, 'yeniden_acilan', count(DISTINCT c.id) FROM cases c "  # noqa: S608 - fixed SQL pieces, values bound
            "JOIN case_status_history h ON h.case_id = c.id "
            f"WHERE h.status = 'yeniden_acildi' AND {_IN.format(col='h.changed_at')} "
            "GROUP BY c.district",
            p,
        )
        out += self._rows(
            "SELECT c.district, 'aktarilan', count(DISTINCT c.id) FROM transfer_outgoing t, "  # noqa: S608 - fixed SQL pieces, values bound
            "json_each(t.case_ids) j JOIN cases c ON c.id = j.value "
            f"WHERE {_IN.format(col='t.created_at')} GROUP BY c.district",
            p,
        )
        return out

    def closure_reasons(self, b: Bounds) -> list[Row]:
        """Each file closed in the period once, with the reason of its last closure."""
        return self._rows(
            "SELECT district, reason, count(*) FROM ("  # noqa: S608 - fixed SQL pieces, values bound
            "  SELECT c.district AS district, COALESCE(h.closure_reason, 'belirtilmedi') AS reason,"
            "   row_number() OVER (PARTITION BY h.case_id ORDER BY julianday(h.changed_at) DESC,"
            "   h.pk DESC) AS n"
            "  FROM case_status_history h JOIN cases c ON c.id = h.case_id"
            f"  WHERE h.status = 'kapali' AND {_IN.format(col='h.changed_at')}"
            ") WHERE n = 1 GROUP BY district, reason",
            b.all(),
        )

    # ----- risk -----

    def first_risk_levels(self, b: Bounds) -> list[Row]:
        """Level of each woman's first assessment, when that first one is in the period."""
        return self._rows(
            "SELECT c.district, r.final_level, count(*) FROM ("
            "  SELECT case_id, final_level, assessed_on, row_number() OVER "
            "  (PARTITION BY case_id ORDER BY assessed_on, pk) AS n FROM risk_assessments"
            ") r JOIN cases c ON c.id = r.case_id "
            "WHERE r.n = 1 AND r.assessed_on BETWEEN :first AND :last "
            "GROUP BY c.district, r.final_level",
            b.days(),
        )

    def risk_changes(self, b: Bounds) -> list[Row]:
        """Latest against first level, for women reassessed in the period."""
        first = _RANK.format(col="f.final_level")
        last = _RANK.format(col="l.final_level")
        return self._rows(
            "WITH ranked AS (SELECT case_id, final_level, assessed_on,"  # noqa: S608 - fixed SQL pieces, values bound
            " row_number() OVER (PARTITION BY case_id ORDER BY assessed_on, pk) AS a,"
            " row_number() OVER (PARTITION BY case_id ORDER BY assessed_on DESC, pk DESC) AS z"
            " FROM risk_assessments) "
            f"SELECT c.district, CASE WHEN {last} > {first} THEN 'yukseldi' "
            f"WHEN {last} < {first} THEN 'dustu' ELSE 'ayni' END AS cat, count(*) "
            "FROM ranked f JOIN ranked l ON l.case_id = f.case_id AND l.z = 1 AND l.a > 1 "
            "JOIN cases c ON c.id = f.case_id "
            "WHERE f.a = 1 AND l.assessed_on BETWEEN :first AND :last "
            "GROUP BY c.district, cat",
            b.days(),
        )

    # ----- 6284 orders -----

    def orders(self, b: Bounds) -> list[Row]:
        p = b.days()
        out = self._rows(
            "SELECT c.district, 'yeni_' || o.kind, count(*) FROM protection_orders o "
            "JOIN cases c ON c.id = o.case_id WHERE o.start_date BETWEEN :first AND :last "
            "GROUP BY c.district, o.kind",
            p,
        )
        out += self._rows(
            "SELECT c.district, 'yururlukte_' || o.kind, count(*) FROM protection_orders o "
            "JOIN cases c ON c.id = o.case_id WHERE o.start_date <= :last "
            "AND o.current_end >= :first AND (o.lifted_on IS NULL OR o.lifted_on >= :first) "
            "GROUP BY c.district, o.kind",
            p,
        )
        out += self._rows(
            "SELECT c.district, 'uzatilan_' || o.kind, count(DISTINCT o.id) "
            "FROM protection_orders o JOIN cases c ON c.id = o.case_id, "
            "json_each(o.order_json, '$.extensions') e "
            "WHERE json_extract(e.value, '$.decision_date') BETWEEN :first AND :last "
            "GROUP BY c.district, o.kind",
            p,
        )
        out += self._rows(
            "SELECT c.district, 'ihlal_' || o.kind, count(DISTINCT o.id) "
            "FROM protection_orders o JOIN cases c ON c.id = o.case_id, "
            "json_each(o.order_json, '$.breaches') e "
            "WHERE json_extract(e.value, '$.date') BETWEEN :first AND :last "
            "GROUP BY c.district, o.kind",
            p,
        )
        return out

    def order_measures(self, b: Bounds) -> list[Row]:
        """Measures of the orders that began in the period (an order counts under each)."""
        return self._rows(
            "SELECT c.district, m.value, count(*) FROM protection_orders o "
            "JOIN cases c ON c.id = o.case_id, json_each(o.order_json, '$.measures') m "
            "WHERE o.start_date BETWEEN :first AND :last GROUP BY c.district, m.value",
            b.days(),
        )

    # ----- work done -----

    def letters(self, b: Bounds) -> list[Row]:
        return self._rows(
            "SELECT c.district, l.recipient_kind, count(*) FROM letters l "
            "JOIN cases c ON c.id = l.case_id WHERE l.letter_date BETWEEN :first AND :last "
            "GROUP BY c.district, l.recipient_kind",
            b.days(),
        )

    def services(self, b: Bounds) -> list[Row]:
        return self._rows(
            "SELECT c.district, s.kind, count(*) FROM case_services s "
            "JOIN cases c ON c.id = s.case_id WHERE s.service_date BETWEEN :first AND :last "
            "GROUP BY c.district, s.kind",
            b.days(),
        )

    def district_values(self) -> list[tuple[str, int]]:
        """Every distinct district text of the case file with how many files carry it."""
        return [
            (str(r[0]), int(r[1]))
            for r in self._conn.execute(
                "SELECT district, count(*) FROM cases GROUP BY district ORDER BY district"
            )
        ]


# ----------------------------------------------------------------- activities, standards


@dataclass(frozen=True)
class ActivityRow:
    id: str
    activity_date: str
    kind: str
    topic: str
    audience: str
    participants: int
    partners: str  # JSON list
    created_at: str
    created_by: str


@dataclass(frozen=True)
class StandardsRow:
    pk: int
    period_start: str
    period_end: str
    checklist_id: str
    checklist_version: int
    answers: str  # JSON {"answers": {...}, "notes": {...}}
    answered_at: str
    answered_by: str


_RECEIVED_COLUMNS: Final = (
    "pk, file_id, sender_key, centre_code, centre_name, centre_district, period_start, "
    "period_end, sequence, created_at, digest, suppressed_only, content, imported_at, "
    "imported_by, replaced_by"
)


def _received(r: Any) -> ReceivedFile:
    return ReceivedFile(
        int(r[0]),
        bytes(r[1]),
        bytes(r[2]),
        str(r[3]),
        str(r[4]),
        str(r[5]),
        str(r[6]),
        str(r[7]),
        int(r[8]),
        str(r[9]),
        bytes(r[10]),
        bool(r[11]),
        str(r[12]),
        str(r[13]),
        str(r[14]),
        None if r[15] is None else int(r[15]),
    )


class StatisticsWorkRepository:
    """Activities, standards answers, received statistics files."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add_activity(self, row: ActivityRow) -> None:
        self._conn.execute(
            "INSERT INTO stat_activities (id, activity_date, kind, topic, audience, participants,"
            " partners, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.id,
                row.activity_date,
                row.kind,
                row.topic,
                row.audience,
                row.participants,
                row.partners,
                row.created_at,
                row.created_by,
            ),
        )

    def activities(self, first: str | None, last: str | None) -> list[ActivityRow]:
        rows = self._conn.execute(
            "SELECT id, activity_date, kind, topic, audience, participants, partners, created_at,"
            " created_by FROM stat_activities WHERE activity_date >= ? AND activity_date <= ?"
            " ORDER BY activity_date, pk",
            (first or "0000-00-00", last or "9999-99-99"),
        ).fetchall()
        return [
            ActivityRow(
                str(r[0]),
                str(r[1]),
                str(r[2]),
                str(r[3]),
                str(r[4]),
                int(r[5]),
                str(r[6]),
                str(r[7]),
                str(r[8]),
            )
            for r in rows
        ]

    def add_standards(self, row: StandardsRow) -> int:
        cur = self._conn.execute(
            "INSERT INTO stat_standards (period_start, period_end, checklist_id, checklist_version,"
            " answers, answered_at, answered_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                row.period_start,
                row.period_end,
                row.checklist_id,
                row.checklist_version,
                row.answers,
                row.answered_at,
                row.answered_by,
            ),
        )
        return int(cur.lastrowid or 0)

    def standards(self, first: str | None = None, last: str | None = None) -> list[StandardsRow]:
        """The latest answer of each period (optionally those overlapping first..last)."""
        rows = self._conn.execute(
            "SELECT pk, period_start, period_end, checklist_id, checklist_version, answers,"
            " answered_at, answered_by FROM stat_standards s WHERE pk = (SELECT max(pk) FROM"
            " stat_standards t WHERE t.period_start = s.period_start AND"
            " t.period_end = s.period_end) AND period_end >= ? AND period_start <= ?"
            " ORDER BY period_start, period_end",
            (first or "0000-00-00", last or "9999-99-99"),
        ).fetchall()
        return [
            StandardsRow(
                int(r[0]),
                str(r[1]),
                str(r[2]),
                str(r[3]),
                int(r[4]),
                str(r[5]),
                str(r[6]),
                str(r[7]),
            )
            for r in rows
        ]

    # ----- statistics files -----

    def next_outgoing_sequence(self) -> int:
        row = self._conn.execute(
            "SELECT last_sequence FROM stat_outgoing_sequence WHERE id = 1"
        ).fetchone()
        nxt = 1 if row is None else int(row[0]) + 1
        self._conn.execute(
            "INSERT INTO stat_outgoing_sequence (id, last_sequence) VALUES (1, ?) "
            "ON CONFLICT (id) DO UPDATE SET last_sequence = excluded.last_sequence",
            (nxt,),
        )
        return nxt

    def received_file(self, sender_key: bytes, file_id: bytes) -> ReceivedFile | None:
        r = self._conn.execute(
            f"SELECT {_RECEIVED_COLUMNS} FROM stat_received WHERE sender_key = ? AND file_id = ?",  # noqa: S608 - fixed SQL pieces, values bound
            (sender_key, file_id),
        ).fetchone()
        return None if r is None else _received(r)

    def current_for(self, centre_code: str, start: str, end: str) -> ReceivedFile | None:
        r = self._conn.execute(
            f"SELECT {_RECEIVED_COLUMNS} FROM stat_received WHERE centre_code = ? AND"  # noqa: S608 - fixed SQL pieces, values bound
            " period_start = ? AND period_end = ? AND replaced_by IS NULL",
            (centre_code, start, end),
        ).fetchone()
        return None if r is None else _received(r)

    def add_received(self, row: ReceivedFile) -> int:
        cur = self._conn.execute(
            "INSERT INTO stat_received (file_id, sender_key, centre_code, centre_name,"
            " centre_district, period_start, period_end, sequence, created_at, digest,"
            " suppressed_only, content, imported_at, imported_by) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.file_id,
                row.sender_key,
                row.centre_code,
                row.centre_name,
                row.centre_district,
                row.period_start,
                row.period_end,
                row.sequence,
                row.created_at,
                row.digest,
                int(row.suppressed_only),
                row.content,
                row.imported_at,
                row.imported_by,
            ),
        )
        return int(cur.lastrowid or 0)

    def mark_replaced(self, pk: int, by: int) -> None:
        self._conn.execute("UPDATE stat_received SET replaced_by = ? WHERE pk = ?", (by, pk))

    def current_files(self, start: str, end: str) -> list[ReceivedFile]:
        """Files in force whose period is exactly start..end."""
        rows = self._conn.execute(
            f"SELECT {_RECEIVED_COLUMNS} FROM stat_received WHERE period_start = ? AND"  # noqa: S608 - fixed SQL pieces, values bound
            " period_end = ? AND replaced_by IS NULL ORDER BY centre_code",
            (start, end),
        ).fetchall()
        return [_received(r) for r in rows]

    def all_files(self) -> list[ReceivedFile]:
        rows = self._conn.execute(
            f"SELECT {_RECEIVED_COLUMNS} FROM stat_received ORDER BY period_start, centre_code, pk"  # noqa: S608 - fixed SQL pieces, values bound
        ).fetchall()
        return [_received(r) for r in rows]
