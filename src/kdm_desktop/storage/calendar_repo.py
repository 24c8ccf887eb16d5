"""Appointments, recurring series, their exceptions, closed days and working hours.

SQL for the calendar lives only here; values are always bound parameters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from kdm_desktop.domain.calendar import (
    Appointment,
    AppointmentSeries,
    ClosedDay,
    OccurrenceChange,
    SeriesExceptions,
    WorkingHours,
)
from kdm_desktop.domain.calendar.conflicts import room_key
from kdm_desktop.storage.calendar_codecs import (
    APPT_COLUMNS,
    SERIES_COLUMNS,
    appointment_from_row,
    change_from_json,
    change_to_json,
    hours_from_json,
    hours_to_json,
    rule_to_json,
    series_from_row,
    utc_text,
)
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.database import register_countable
from kdm_desktop.storage.meta_repo import MetaRepository

register_countable("appointments", "calendar_series")

WORKING_HOURS_KEY: Final = "calendar.working_hours"
# Three bound values per day: well inside SQLite's oldest limit of 999 per statement.
_DAYS_PER_STATEMENT: Final = 300


@dataclass(frozen=True)
class CaseLabel:
    """What the calendar may need of a case: its number and, for staff, the name."""

    case_number: str
    anonymous: bool
    first_name: str
    last_name: str


class CalendarRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # ----- single appointments -----

    def insert(self, appt: Appointment, *, at: str, by: str) -> None:
        self._conn.execute(
            "INSERT INTO appointments (id, start, start_utc, duration_min, staff, room, room_key, "
            "case_id, type, note, interpreter, status, created_at, created_by, updated_at, "
            "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*self._values(appt), at, by, at, by),
        )

    def update(self, appt: Appointment, *, at: str, by: str) -> None:
        values = self._values(appt)
        self._conn.execute(
            "UPDATE appointments SET start = ?, start_utc = ?, duration_min = ?, staff = ?, "
            "room = ?, room_key = ?, case_id = ?, type = ?, note = ?, interpreter = ?, "
            "status = ?, updated_at = ?, updated_by = ? WHERE id = ?",
            (*values[1:], at, by, appt.id),
        )

    @staticmethod
    def _values(appt: Appointment) -> tuple[object, ...]:
        return (
            appt.id,
            appt.start.isoformat(),
            utc_text(appt.start),
            appt.duration_minutes,
            appt.staff,
            appt.room,
            None if appt.room is None else room_key(appt.room),
            appt.case_id,
            appt.type.value,
            appt.note,
            int(appt.interpreter_needed),
            appt.status.value,
        )

    def get(self, appt_id: str) -> Appointment | None:
        r = self._conn.execute(
            f"SELECT {APPT_COLUMNS} FROM appointments WHERE id = ?",  # noqa: S608
            (appt_id,),
        ).fetchone()
        return None if r is None else appointment_from_row(r)

    def in_range(
        self, lo: dt.datetime, hi: dt.datetime, longest: dt.timedelta, staff: str | None = None
    ) -> list[Appointment]:
        """Singles that may overlap [lo, hi): those starting in (lo − longest, hi)."""
        params: list[object] = [utc_text(lo - longest), utc_text(hi)]
        where = "start_utc > ? AND start_utc < ?"
        if staff is not None:
            where += " AND staff = ?"
            params.append(staff)
        rows = self._conn.execute(
            f"SELECT {APPT_COLUMNS} FROM appointments WHERE {where} "  # noqa: S608
            "ORDER BY start_utc, id",
            params,
        ).fetchall()
        starts: dict[str, dt.datetime] = {}
        return [appointment_from_row(r, starts) for r in rows]

    def first_per_day(
        self,
        days: Sequence[tuple[dt.date, dt.datetime, dt.datetime]],
        per_day: int,
        staff: str | None = None,
    ) -> tuple[dict[dt.date, list[Appointment]], dict[dt.date, int]]:
        """Per (day, lo, hi): the singles starting in [lo, hi) — the first `per_day` in
        time order (then staff and id, as a listed range orders them) — and how many
        start then.

        What a month's day cells show: each day's LIMIT ends its walk along
        `appointments_by_start` after the rows shown and the count reads only that
        index, so a month of 2,000 builds a few appointments per day, not 2,000.
        """
        shown: dict[dt.date, list[Appointment]] = {}
        totals: dict[dt.date, int] = {}
        starts: dict[str, dt.datetime] = {}
        mine = " AND staff = ?" if staff is not None else ""
        extra: list[object] = [] if staff is None else [staff]
        for i in range(0, len(days), _DAYS_PER_STATEMENT):
            chunk = days[i : i + _DAYS_PER_STATEMENT]
            named = {d.isoformat(): d for d, _, _ in chunk}
            table = "WITH days (day, lo, hi) AS (VALUES " + ", ".join(["(?, ?, ?)"] * len(chunk))
            params: list[object] = []
            for d, lo, hi in chunk:
                params += [d.isoformat(), utc_text(lo), utc_text(hi)]
            counted = self._conn.execute(
                f"{table}) SELECT day, (SELECT count(*) FROM appointments "  # noqa: S608
                f"WHERE start_utc >= days.lo AND start_utc < days.hi{mine}) FROM days",
                [*params, *extra],
            ).fetchall()
            totals.update((named[day], int(n)) for day, n in counted if n)
            if per_day <= 0 or not any(n for _, n in counted):
                continue
            # `start` (the local text) orders what `start_utc`'s whole seconds tie.
            rows = self._conn.execute(
                f"{table}) SELECT {APPT_COLUMNS}, days.day FROM days "  # noqa: S608
                "JOIN appointments ON appointments.pk IN (SELECT pk FROM appointments "
                f"WHERE start_utc >= days.lo AND start_utc < days.hi{mine} "
                "ORDER BY start_utc, start, staff, id LIMIT ?) "
                "ORDER BY days.day, start_utc, start, staff, id",
                [*params, *extra, per_day],
            ).fetchall()
            for r in rows:
                shown.setdefault(named[r[10]], []).append(appointment_from_row(r, starts))
        return shown, totals

    # ----- series -----

    def insert_series(
        self,
        series: AppointmentSeries,
        bounds: tuple[dt.datetime, dt.datetime],
        *,
        at: str,
        by: str,
    ) -> None:
        self._conn.execute(
            "INSERT INTO calendar_series (id, rule, first_start, duration_min, staff, room, "
            "case_id, type, note, interpreter, range_start_utc, range_end_utc, created_at, "
            "created_by, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                series.id,
                rule_to_json(series.rule),
                series.first_start.isoformat(),
                series.duration_minutes,
                series.staff,
                series.room,
                series.case_id,
                series.type.value,
                series.note,
                int(series.interpreter_needed),
                utc_text(bounds[0]),
                utc_text(bounds[1]),
                at,
                by,
                at,
                by,
            ),
        )

    def set_series_bounds(
        self, series_id: str, bounds: tuple[dt.datetime, dt.datetime], *, at: str, by: str
    ) -> None:
        self._conn.execute(
            "UPDATE calendar_series SET range_start_utc = ?, range_end_utc = ?, updated_at = ?, "
            "updated_by = ? WHERE id = ?",
            (utc_text(bounds[0]), utc_text(bounds[1]), at, by, series_id),
        )

    def get_series(self, series_id: str) -> AppointmentSeries | None:
        r = self._conn.execute(
            f"SELECT {SERIES_COLUMNS} FROM calendar_series WHERE id = ?",  # noqa: S608
            (series_id,),
        ).fetchone()
        return None if r is None else series_from_row(r)

    def series_in_range(
        self, lo: dt.datetime, hi: dt.datetime
    ) -> list[tuple[AppointmentSeries, SeriesExceptions]]:
        rows = self._conn.execute(
            f"SELECT {SERIES_COLUMNS} FROM calendar_series "  # noqa: S608
            "WHERE range_start_utc < ? AND range_end_utc > ? ORDER BY range_start_utc, id",
            (utc_text(hi), utc_text(lo)),
        ).fetchall()
        return [(s, self.exceptions(s.id)) for s in (series_from_row(r) for r in rows)]

    def exceptions(self, series_id: str) -> SeriesExceptions:
        rows = self._conn.execute(
            "SELECT original_date, change FROM calendar_series_exceptions WHERE series_id = ?",
            (series_id,),
        ).fetchall()
        return SeriesExceptions(
            tuple((dt.date.fromisoformat(d), change_from_json(c)) for d, c in rows)
        )

    def set_exception(self, series_id: str, original: dt.date, change: OccurrenceChange) -> None:
        self._conn.execute(
            "INSERT INTO calendar_series_exceptions (series_id, original_date, change) "
            "VALUES (?, ?, ?) ON CONFLICT (series_id, original_date) DO UPDATE SET "
            "change = excluded.change",
            (series_id, original.isoformat(), change_to_json(change)),
        )

    # ----- cases (numbers and names for labels) -----

    def case_labels(self, case_ids: set[str]) -> dict[str, CaseLabel]:
        out: dict[str, CaseLabel] = {}
        ids = sorted(case_ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self._conn.execute(
                "SELECT id, case_number, anonymous, first_name, last_name FROM cases "  # noqa: S608
                f"WHERE id IN ({marks})",
                chunk,
            ).fetchall()
            for r in rows:
                out[str(r[0])] = CaseLabel(str(r[1]), bool(r[2]), str(r[3]), str(r[4]))
        return out

    # ----- closed days and working hours -----

    def closed_days(self) -> list[ClosedDay]:
        rows = self._conn.execute(
            "SELECT date, reason FROM calendar_closed_days ORDER BY date"
        ).fetchall()
        return [ClosedDay(dt.date.fromisoformat(d), r) for d, r in rows]

    def set_closed_day(self, day: ClosedDay) -> None:
        self._conn.execute(
            "INSERT INTO calendar_closed_days (date, reason) VALUES (?, ?) "
            "ON CONFLICT (date) DO UPDATE SET reason = excluded.reason",
            (day.date.isoformat(), day.reason),
        )

    def delete_closed_day(self, day: dt.date) -> bool:
        cur = self._conn.execute(
            "DELETE FROM calendar_closed_days WHERE date = ?", (day.isoformat(),)
        )
        return bool(cur.rowcount)

    def working_hours(self) -> WorkingHours | None:
        text = MetaRepository(self._conn).get(WORKING_HOURS_KEY)
        return None if text is None else hours_from_json(text)

    def set_working_hours(self, hours: WorkingHours) -> None:
        MetaRepository(self._conn).set(WORKING_HOURS_KEY, hours_to_json(hours))
