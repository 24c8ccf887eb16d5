"""The centre's statistics for a period: exact counts out of the case file.

Exact counts are for staff with case access (checked here, audited). Everything
that leaves the screen of such a person — PDF, CSV, XLSX, a `.kdmstat` sent with
`--suppressed-only`, the page shown to a colleague without case access — goes
through `publish`, which applies small-cell and secondary suppression.
"""

from __future__ import annotations

from dataclasses import dataclass

from kdm_desktop import messages
from kdm_desktop.domain.packaged_text import Wording
from kdm_desktop.domain.statistics.anonymised import (
    add_anonymised,
    add_anonymised_cross,
    applied_in,
)
from kdm_desktop.domain.statistics.cross import CrossRefused, CrossTable, check_pair
from kdm_desktop.domain.statistics.districts import DistrictList, district_list
from kdm_desktop.domain.statistics.periods import Bounds, Period
from kdm_desktop.domain.statistics.publish import PublishedTable, publish_totals
from kdm_desktop.domain.statistics.release import (
    DEFAULT_RELEASE_UNIT,
    RELEASE_UNITS,
    NotAReleasePeriod,
    publish_cross_release,
    release_example,
    release_period,
)
from kdm_desktop.domain.statistics.suppression import DEFAULT_MIN_CELL, check_min_cell
from kdm_desktop.domain.statistics.tables import NEW_APPLICATION_TABLES, TABLE_BY_KEY, Counts
from kdm_desktop.errors import RefusedInput, UsageError
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.storage.unit_of_work import UnitOfWork

# (district text, category, count): what each counting query answers.
_Row = tuple[str, str, int]

RELEASE_MIN_CELL_KEY = "statistics.release_min_cell"
RELEASE_UNIT_KEY = "statistics.release_period"


def bounds_of(period: Period) -> Bounds:
    return period.bounds()


@dataclass(frozen=True)
class UnmappedDistrict:
    text: str
    cases: int


def count_period(uow: UnitOfWork, period: Period, districts: DistrictList) -> Counts:
    """Every table of the period, districts mapped onto the closed list."""
    b = bounds_of(period)
    repo = uow.statistics
    counts = Counts()

    def put(table: str, rows: list[_Row]) -> None:
        for district_text, category, n in rows:
            counts.add(table, districts.classify(district_text), category, n)

    put("ozet", repo.summary(b))
    for table in NEW_APPLICATION_TABLES:
        put(table, repo.new_applications_by(table, b))
    put("siddet_turu", repo.violence_types(b))
    put("siddet_turu", repo.violence_types_none(b))
    put("ilk_risk", repo.first_risk_levels(b))
    put("risk_degisimi", repo.risk_changes(b))
    put("tedbir", repo.orders(b))
    put("tedbir_olcusu", repo.order_measures(b))
    put("yonlendirme", repo.letters(b))
    put("hizmet", repo.services(b))
    put("kapanis_nedeni", repo.closure_reasons(b))
    # Files destroyed by retention count through their anonymised rows.
    anonymised = uow.anonymised_stats.rows(None, period.end.year)
    add_anonymised(counts, anonymised, period, districts)
    return counts


class StatisticsService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @staticmethod
    def district_list() -> DistrictList:
        return district_list()

    @property
    def districts(self) -> DistrictList:
        return district_list()

    def release_min_cell(self) -> int:
        """The release's k: one for every publication (the coordinating body's
        setting, kept in the case file; 5 unless set)."""
        stored = self._s.reading().meta.get(RELEASE_MIN_CELL_KEY)
        try:
            return check_min_cell(int(stored)) if stored else DEFAULT_MIN_CELL
        except ValueError:
            return DEFAULT_MIN_CELL

    def set_release_min_cell(self, k: int) -> int:
        """Only the centre's management sets it; audited. Set once, before the first
        publication: outputs of one period published before and after a change are
        two k's again (docs/statistics.md)."""
        self._s.require(Permission.MANAGE_CENTRE)
        try:
            check_min_cell(k)
        except ValueError:
            raise UsageError("stats.bad_min_cell", k=k) from None
        with self._s.work() as uow:
            uow.meta.set(RELEASE_MIN_CELL_KEY, str(k))
            uow.audit(AuditAction.CHANGE, "statistics", "release_min_cell", f"k={k}")
        return k

    def release_unit(self) -> str:
        """The release calendar: published outputs for calendar months ("ay"),
        quarters ("ceyrek") or years ("yil") only (the coordinating body's setting)."""
        stored = self._s.reading().meta.get(RELEASE_UNIT_KEY)
        return stored if stored in RELEASE_UNITS else DEFAULT_RELEASE_UNIT

    def set_release_unit(self, unit: str) -> str:
        """Set once, like the release's k: two calendars overlap again."""
        self._s.require(Permission.MANAGE_CENTRE)
        if unit not in RELEASE_UNITS:
            raise UsageError("stats.bad_release_unit", unit=unit)
        with self._s.work() as uow:
            uow.meta.set(RELEASE_UNIT_KEY, unit)
            uow.audit(AuditAction.CHANGE, "statistics", "release_period", unit)
        return unit

    def published_period(self, period: Period) -> Period:
        """`period` if a published output may be made for it (one release period),
        else refused (exit 4) with the periods that are allowed."""
        unit = self.release_unit()
        try:
            return release_period(period, unit)
        except NotAReleasePeriod:
            entry = messages.CATALOGUE[f"stats.release_unit.{unit}"]
            raise RefusedInput(
                "stats.not_a_release_period",
                unit=Wording(entry["tr"], entry["en"]),
                period=period.label(),
                example=release_example(period, unit),
            ) from None

    def min_cell(self, k: int | None) -> int:
        """The k of an output: the release's, or a larger one asked for (never a
        smaller one: two publications with different k gave a cell back)."""
        release = self.release_min_cell()
        if k is None:
            return release
        try:
            check_min_cell(k)
        except ValueError:
            raise UsageError("stats.bad_min_cell", k=k) from None
        if k < release:
            raise UsageError("stats.min_cell_below_release", k=k, release=release)
        return k

    def exact(self, period: Period) -> Counts:
        """The centre's own exact counts: staff with case access only; audited."""
        self._s.require(Permission.VIEW_CASES)
        counts = count_period(self._s.reading(), period, self.districts)
        with self._s.work(durable=False) as uow:
            uow.audit(AuditAction.VIEW, "statistics", period.key(), "exact")
        return counts

    def published(self, period: Period, k: int | None = None) -> list[PublishedTable]:
        """The centre's tables as anyone may see them: summed over districts and
        suppressed (for a colleague without case access, and for exports)."""
        k, release = self.min_cell(k), self.release_min_cell()
        self.published_period(period)
        counts = count_period(self._s.reading(), period, self.districts)
        with self._s.work(durable=False) as uow:
            uow.audit(AuditAction.VIEW, "statistics", period.key(), f"published k={k}")
        return publish_totals(counts, k, districts=self.districts, release_k=release)

    def cross(
        self, period: Period, first: str, second: str, k: int | None, *, by_district: bool
    ) -> CrossTable:
        """Two characteristics crossed, as it may be published: small districts merged,
        categories coarsened or the table refused (`CrossRefused` → exit 4 with the
        reason). Suppressed like every published table, so anyone may see it."""
        check_pair(first, second)
        k, release = self.min_cell(k), self.release_min_cell()
        self.published_period(period)
        reading = self._s.reading()
        b = bounds_of(period)
        districts = self.districts
        cross: dict[str, dict[tuple[str, str], int]] = {}
        for text, a, c, n in reading.statistics.cross(first, second, b):
            cell = cross.setdefault(districts.classify(text), {})
            cell[(a, c)] = cell.get((a, c), 0) + n
        women: dict[str, int] = {}
        for text, _, n in reading.statistics.new_applications_by("yas_grubu", b):
            key = districts.classify(text)
            women[key] = women.get(key, 0) + n
        anonymised = reading.anonymised_stats.rows(None, period.end.year)
        add_anonymised_cross(cross, anonymised, period, districts, first, second)
        for row in anonymised:
            if applied_in(period, row):
                key = districts.classify(row.district)
                women[key] = women.get(key, 0) + 1
        detail = f"cross {first}x{second} k={k}" + (" by district" if by_district else "")
        with self._s.work(durable=False) as uow:
            uow.audit(AuditAction.VIEW, "statistics", period.key(), detail)
        try:
            return publish_cross_release(
                cross,
                women,
                first,
                second,
                districts,
                k,
                by_district=by_district,
                release_k=release,
            )
        except CrossRefused as refused:
            key = "stats.cross.no_pattern"
            if refused.reason == "small":
                key = "stats.cross.refused" if by_district else "stats.cross.refused_centre"
            # Words as Wordings: the message reads them in its own language.
            named = refused.named_units
            raise RefusedInput(
                key,
                first=TABLE_BY_KEY[first].name,
                second=TABLE_BY_KEY[second].name,
                units=Wording(
                    "; ".join(f"{name.tr}: {n}" for name, n in named) or "-",
                    "; ".join(f"{name.en or name.tr}: {n}" for name, n in named) or "-",
                ),
                count=sum(n for _, n in refused.units),
                needed=refused.threshold,
            ) from None

    def unmapped_districts(self) -> list[UnmappedDistrict]:
        """District texts of the case file that name no district of the list."""
        self._s.require(Permission.VIEW_CASES)
        out = []
        for text, n in self._s.reading().statistics.district_values():
            if text.strip() and self.districts.match(text) is None:
                out.append(UnmappedDistrict(text, n))
        return out
