"""The province report: the imported centres' counts (and this file's own, when it
has cases) merged, then suppressed as published.

Merging sums exact counts district by district; suppression runs once, on the
merged tables, so a cell hidden in one centre's table can never be recovered by
subtracting published merged numbers — only the merged table is published. A
centre that sent suppressed counts only contributes lower bounds: the cells (and
totals) its hidden numbers enter stay hidden in the report. A centre that sent
exact counts sent its own publication pattern with them (what its page, its own
report and its suppressed-only files hide): those cells are hidden in the report
too, so a centre's page next to the report gives nothing back.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kdm_desktop.domain.statistics import kdmstat
from kdm_desktop.domain.statistics.districts import DistrictList
from kdm_desktop.domain.statistics.kdmstat import Activity, StatDocument
from kdm_desktop.domain.statistics.periods import Period
from kdm_desktop.domain.statistics.publish import pattern, publish_by_district
from kdm_desktop.domain.statistics.report import (
    ActivityLine,
    NeedLine,
    ProvinceReport,
    ReportingCentre,
    Trend,
)
from kdm_desktop.domain.statistics.suppression import TOTAL
from kdm_desktop.domain.statistics.tables import TABLE_BY_KEY, Counts
from kdm_desktop.domain.statistics.work import ACTIVITY_KINDS, needs_list, standards_checklist
from kdm_desktop.errors import RefusedInput
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.services.statistics import StatisticsService
from kdm_desktop.services.statistics_work import WorkService


@dataclass
class _Merged:
    counts: Counts = field(default_factory=Counts)
    unknown: set[tuple[str, str, str]] = field(default_factory=set)
    centres: list[ReportingCentre] = field(default_factory=list)
    documents: list[StatDocument] = field(default_factory=list)

    def add(self, doc: StatDocument, *, own: bool = False) -> None:
        self.counts.merge(doc.counts)
        k = doc.min_cell or 1
        for t, d, c in doc.small:
            self.counts.add(t, d, c, 1)
            self.unknown.add((t, d, c))
        for t, d, c in doc.hidden:
            if c != "*":
                self.counts.add(t, d, c, k)
            self.unknown.add((t, d, c))
        self.centres.append(
            ReportingCentre(
                doc.centre_code,
                doc.centre_name,
                doc.centre_district,
                doc.suppressed_only,
                doc.created_at,
                own,
            )
        )
        self.documents.append(doc)

    def forced(self, k: int, districts: DistrictList) -> set[tuple[str, str, str]]:
        """The cells the centres' own publications hide. A version 1 file (or this
        file's own counts) carries none: worked out from its counts at k. The total
        row is a centre's own only when it is the report's only centre."""
        out: set[tuple[str, str, str]] = set()
        alone = len(self.documents) == 1
        for doc in self.documents:
            if doc.suppressed_only:
                continue  # its hidden cells are already unknown here
            own = doc.pattern
            if own is None:
                own = pattern(publish_by_district(doc.counts, districts, k))
            out |= {(t, d, c) for t, d, c in own if alone or d != "*"}
        return out


def _change(now: int | None, before: int | None) -> str:
    if now is None or before is None:
        return ""
    diff = now - before
    return f"+{diff}" if diff > 0 else ("0" if diff == 0 else f"−{-diff}")


class ReportService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _merge(self, period: Period, *, include_own: bool) -> _Merged:
        merged = _Merged()
        repo = self._s.reading().statistics_work
        for row in repo.current_files(period.start.isoformat(), period.end.isoformat()):
            merged.add(kdmstat.decode(kdmstat.MAGIC + row.content.encode("utf-8")))
        if include_own and self._s.can(Permission.VIEW_CASES):
            own = self._own_document(period)
            if own is not None and own.centre_code not in {c.code for c in merged.centres}:
                merged.add(own, own=True)
        return merged

    def build(self, period: Period, k: int | None = None) -> ProvinceReport:
        """The merged, suppressed report. Needs the import permission (the
        coordinating body's staff); the report holds published numbers only."""
        self._s.require(Permission.IMPORT)
        k = StatisticsService(self._s).min_cell(k)
        StatisticsService(self._s).published_period(period)
        current = self._merge(period, include_own=True)
        if not current.centres:
            raise RefusedInput("stats.report.no_data", period=period.label())
        return self._report(period, k, current, self._merge(period.previous(), include_own=True))

    def own(self, period: Period, k: int | None = None) -> ProvinceReport:
        """This centre's own numbers as a publishable (suppressed) report."""
        self._s.require(Permission.VIEW_CASES)
        k = StatisticsService(self._s).min_cell(k)
        StatisticsService(self._s).published_period(period)
        current, previous = _Merged(), _Merged()
        for merged, p in ((current, period), (previous, period.previous())):
            own = self._own_document(p)
            if own is not None:
                merged.add(own, own=True)
        if not current.centres:
            raise RefusedInput("stats.report.no_data", period=period.label())
        report = self._report(period, k, current, previous)
        report.own_centre = self._s.centre().name
        return report

    def _own_document(self, period: Period) -> StatDocument | None:
        own = StatisticsService(self._s).exact(period)
        if not own.tables:
            return None
        centre = self._s.centre()
        districts = StatisticsService.district_list()
        work = WorkService(self._s)
        return StatDocument(
            centre.code,
            centre.name,
            centre.district,
            period,
            self._s.timestamp(),
            districts.province_key,
            districts.version,
            False,
            None,
            own,
            activities=work.activities_in(period),
            standards=work.standards_for(period),
        )

    def _report(
        self, period: Period, k: int, current: _Merged, previous: _Merged
    ) -> ProvinceReport:
        districts = StatisticsService.district_list()
        release = StatisticsService(self._s).release_min_cell()
        previous_period = period.previous()
        tables = publish_by_district(
            current.counts,
            districts,
            k,
            unknown=current.unknown,
            forced=current.forced(k, districts),
            release_k=release,
        )
        before = (
            publish_by_district(
                previous.counts,
                districts,
                k,
                unknown=previous.unknown,
                forced=previous.forced(k, districts),
                release_k=release,
            )
            if previous.centres
            else None
        )
        summary = next(t for t in tables if t.table.key == "ozet")
        trends = []
        for j, key in enumerate(summary.col_keys):
            now = summary.number((TOTAL, j))
            old = None
            if before is not None:
                prev = next(t for t in before if t.table.key == "ozet")
                old = prev.number((TOTAL, prev.col_keys.index(key)))
            trends.append(
                Trend(
                    summary.table.wording(key),
                    summary.text((TOTAL, j)),
                    "—" if before is None else prev.text((TOTAL, prev.col_keys.index(key))),
                    _change(now, old),
                )
            )
        reported = {districts.match(c.district) for c in current.centres}
        not_reported = [d.name for d in districts.districts if d.key not in reported]
        report = ProvinceReport(
            period,
            previous_period,
            tables[0].result.k if tables else k,  # what "<k" means (the release's k)
            districts.province,
            sorted(current.centres, key=lambda c: c.code),
            tables,
            trends,
            not_reported,
            _activity_lines(a for doc in current.documents for a in doc.activities),
            _needs(current.documents),
            sorted(doc.centre_code for doc in current.documents if doc.standards is not None),
        )
        with self._s.work() as uow:
            uow.audit(
                AuditAction.PRINT,
                "statistics_report",
                period.key(),
                f"centres={len(report.centres)} k={k}",
            )
        return report


def _activity_lines(activities: Iterable[Activity]) -> list[ActivityLine]:
    sessions: dict[str, int] = defaultdict(int)
    people: dict[str, int] = defaultdict(int)
    for a in activities:
        sessions[a.kind] += 1
        people[a.kind] += a.participants
    return [
        ActivityLine(kind, sessions[kind], people[kind])
        for kind in ACTIVITY_KINDS
        if sessions[kind]
    ]


def _needs(documents: list[StatDocument]) -> list[NeedLine]:
    by_need: dict[str, list[str]] = defaultdict(list)
    order: list[str] = []
    for doc in documents:
        if doc.standards is None:
            continue
        try:
            checklist = standards_checklist(doc.standards.version)
        except (ValueError, OSError):
            continue
        # The province report is an official Turkish document, whatever the screen.
        for item in needs_list(checklist, doc.standards.answers):
            if item.need_tr not in by_need:
                order.append(item.need_tr)
            by_need[item.need_tr].append(doc.centre_code)
    return sorted(
        (NeedLine(n, tuple(sorted(by_need[n]))) for n in order),
        key=lambda line: -len(line.centres),
    )


def table_title(key: str) -> str:
    return TABLE_BY_KEY[key].title


def today_label() -> str:
    return datetime.date.today().isoformat()
