"""What the anonymised rows of destroyed files add to a period's statistics.

KVKK retention destroys a closed file when its period ends but keeps one
anonymised row for it (docs/retention.md) exactly so that past statistics do not
change. A row knows only the month of the application and of the last closure, so
it counts in a period for an event whose whole month lies inside the period; a
period that starts or ends inside a month leaves that month's rows out (the
figures of a from–to range of days can then be lower than before the destruction).

Kept by a row, so unchanged by destruction for month-aligned periods: new
applications and every table over them (age band, marital status, education, own
income, employment, household income, channel, how she heard, perpetrator
relation, life danger), violence types, files active and closed, closure reasons.
Not kept (no date or kind is stored): repeat applicants, reopenings, transfers,
risk levels, orders, letters and services of the destroyed file.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Protocol

from kdm_desktop.domain.statistics.districts import DistrictList
from kdm_desktop.domain.statistics.periods import Period
from kdm_desktop.domain.statistics.tables import Counts


class AnonRow(Protocol):
    @property
    def application_year(self) -> int: ...
    @property
    def application_month(self) -> int: ...
    @property
    def age_band(self) -> str: ...
    @property
    def district(self) -> str: ...
    @property
    def marital_status(self) -> str: ...
    @property
    def education(self) -> str: ...
    @property
    def employment(self) -> str: ...
    @property
    def income_band(self) -> str: ...
    @property
    def channel(self) -> str: ...
    @property
    def heard_from(self) -> str: ...
    @property
    def perpetrator_relation(self) -> str: ...
    @property
    def violence_types(self) -> tuple[str, ...]: ...
    @property
    def closure_reason(self) -> str: ...
    @property
    def closure_year(self) -> int | None: ...
    @property
    def closure_month(self) -> int | None: ...
    @property
    def has_own_income(self) -> str: ...
    @property
    def life_danger(self) -> str: ...


# The anonymised row's age bands ("18-24", "65+") in the statistics' keys.
_AGE = {
    "0-17": "0_17",
    "18-24": "18_24",
    "25-34": "25_34",
    "35-44": "35_44",
    "45-54": "45_54",
    "55-64": "55_64",
    "65+": "65_ustu",
}


def _stated(value: str) -> str:
    return value or "belirtilmedi"


def categories(row: AnonRow) -> dict[str, str]:
    """The row's category in every partition table of new applications."""
    return {
        "yas_grubu": _AGE.get(row.age_band, "belirtilmedi"),
        "medeni_durum": _stated(row.marital_status),
        "egitim": _stated(row.education),
        "kendi_geliri": _stated(row.has_own_income),
        "calisma": _stated(row.employment),
        "hane_geliri": _stated(row.income_band),
        "basvuru_kanali": _stated(row.channel),
        "duyma_yolu": _stated(row.heard_from),
        "failin_yakinligi": _stated(row.perpetrator_relation),
        "yasam_tehlikesi": _stated(row.life_danger),
    }


def violence_types(row: AnonRow) -> tuple[str, ...]:
    return row.violence_types or ("belirtilmedi",)


def _month_first(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, 1)


def _month_last(year: int, month: int) -> datetime.date:
    nxt = datetime.date(year + month // 12, month % 12 + 1, 1)
    return nxt - datetime.timedelta(days=1)


def month_inside(period: Period, year: int | None, month: int | None) -> bool:
    if year is None or month is None:
        return False
    return period.start <= _month_first(year, month) and _month_last(year, month) <= period.end


def applied_in(period: Period, row: AnonRow) -> bool:
    return month_inside(period, row.application_year, row.application_month)


def add_anonymised(
    counts: Counts, rows: Iterable[AnonRow], period: Period, districts: DistrictList
) -> int:
    """Add the rows' part of the period's tables to `counts`; returns how many rows
    counted in some table."""
    used = 0
    for row in rows:
        district = districts.classify(row.district)
        counted = False
        if applied_in(period, row):
            counted = True
            counts.add("ozet", district, "yeni_basvuru", 1)
            for table, category in categories(row).items():
                counts.add(table, district, category, 1)
            for vt in violence_types(row):
                counts.add("siddet_turu", district, vt, 1)
        if month_inside(period, row.closure_year, row.closure_month):
            counted = True
            counts.add("ozet", district, "kapanan", 1)
            counts.add("kapanis_nedeni", district, _stated(row.closure_reason), 1)
        if _active(period, row):
            counted = True
            counts.add("ozet", district, "aktif", 1)
        used += counted
    return used


def _active(period: Period, row: AnonRow) -> bool:
    """Applied by the end of the period and not closed when it began (the last
    closure stands for the file's closure; a destroyed file is always closed)."""
    applied = _month_first(row.application_year, row.application_month)
    if applied > period.end or row.closure_year is None or row.closure_month is None:
        return False
    if _month_last(row.application_year, row.application_month) > period.end:
        return False  # the application month runs past the period: the day is not known
    closed = _month_first(row.closure_year, row.closure_month)
    # Closed in or after the month the period starts in; when the period starts
    # inside that month the day is not known, so only a later month counts.
    if period.start.day == 1:
        return closed >= period.start
    return closed > period.start


def add_anonymised_cross(
    cross: dict[str, dict[tuple[str, str], int]],
    rows: Iterable[AnonRow],
    period: Period,
    districts: DistrictList,
    first: str,
    second: str,
) -> None:
    """The rows' new applications in a cross table of two characteristics."""
    for row in rows:
        if not applied_in(period, row):
            continue
        cats = categories(row)
        types = violence_types(row)
        firsts = types if first == "siddet_turu" else (cats[first],)
        seconds = types if second == "siddet_turu" else (cats[second],)
        cell = cross.setdefault(districts.classify(row.district), {})
        for a in firsts:
            for b in seconds:
                cell[(a, b)] = cell.get((a, b), 0) + 1
