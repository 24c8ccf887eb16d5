"""The province report as data: what the statistics service builds and the report
writers (reports/statistics_pdf.py, reports/statistics_tables.py) print.

Domain records, so the reports never import a service (re-audit of issue #19: the
report writers imported `ProvinceReport` from services/statistics_report.py, a layer
above them, which itself imports the reports).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kdm_desktop.domain.packaged_text import Wording
from kdm_desktop.domain.statistics.periods import Period
from kdm_desktop.domain.statistics.publish import PublishedTable
from kdm_desktop.domain.statistics.work import ACTIVITY_KINDS


@dataclass(frozen=True)
class ReportingCentre:
    code: str
    name: str
    district: str
    suppressed_only: bool
    created_at: str
    own: bool = False


@dataclass(frozen=True)
class Trend:
    name: Wording  # read when printed: Turkish in the report
    current: str
    previous: str
    change: str  # "+12", "−3", "" when either side is not published

    @property
    def label(self) -> str:
        return self.name.text()


@dataclass(frozen=True)
class ActivityLine:
    kind: str
    sessions: int
    participants: int

    @property
    def label(self) -> str:
        """The kind's name in the language of the moment (Turkish in the report)."""
        return ACTIVITY_KINDS[self.kind]


@dataclass(frozen=True)
class NeedLine:
    need: str
    centres: tuple[str, ...]


@dataclass
class ProvinceReport:
    period: Period
    previous: Period
    k: int
    province: str
    centres: list[ReportingCentre]
    tables: list[PublishedTable]
    trends: list[Trend]
    not_reported: list[str]
    activities: list[ActivityLine]
    needs: list[NeedLine]
    standards_answered: list[str] = field(default_factory=list)
    own_centre: str | None = None  # set for a centre's own report (not the province's)

    def table(self, key: str) -> PublishedTable:
        for t in self.tables:
            if t.table.key == key:
                return t
        raise KeyError(key)
