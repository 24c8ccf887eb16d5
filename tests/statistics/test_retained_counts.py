"""A file destroyed by KVKK retention still counts in its period's statistics
through its anonymised row (docs/retention.md, domain/statistics/anonymised.py)."""

from __future__ import annotations

from stats_support import VT, add_case, at

from kdm_desktop.domain.cases.choices import (
    ApplicationChannel,
    CaseStatus,
    ClosureReason,
    Education,
    MaritalStatus,
)
from kdm_desktop.domain.statistics.periods import parse_period
from kdm_desktop.domain.statistics.tables import Counts
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.retention import RetentionService
from kdm_desktop.services.statistics import StatisticsService

# What an anonymised row keeps (the rest has no date or kind in the row).
KEPT = (
    "yas_grubu",
    "medeni_durum",
    "egitim",
    "kendi_geliri",
    "calisma",
    "hane_geliri",
    "basvuru_kanali",
    "duyma_yolu",
    "failin_yakinligi",
    "yasam_tehlikesi",
    "siddet_turu",
    "kapanis_nedeni",
)
SUMMARY = ("yeni_basvuru", "aktif", "kapanan")


def _view(counts: Counts) -> dict[str, object]:
    out: dict[str, object] = {t: counts.tables.get(t, {}) for t in KEPT}
    out["ozet"] = {
        d: {c: n for c, n in cats.items() if c in SUMMARY}
        for d, cats in counts.tables.get("ozet", {}).items()
    }
    return out


def _cases(session) -> None:  # type: ignore[no-untyped-def]
    cases = CaseService(session)
    rich = {
        "marital_status": MaritalStatus.MARRIED,
        "education": Education.PRIMARY,
        "has_own_income": False,
        "life_danger": True,
        "channel": ApplicationChannel.WALK_IN,
        "violence_types": frozenset({VT.PHYSICAL, VT.PSYCHOLOGICAL, VT.ECONOMIC}),
    }
    first = add_case(session, "2012-05-02", district="Bornova", **rich)
    second = add_case(session, "2012-06-20", district="Karaburun", birth_date=None, age=67)
    add_case(session, "2012-05-30", district="Karşıyaka", **rich)  # stays open: kept
    for ref, day in ((first, "2013-01-15T00:30"), (second, "2013-03-31T23:30")):
        at(session, day)
        cases.set_status(ref, CaseStatus.CLOSED, reason=ClosureReason.GOALS_MET)


def test_anonymising_a_case_does_not_change_its_periods_counts(session) -> None:
    _cases(session)
    at(session, "2026-12-04T10:00")
    stats = StatisticsService(session)
    periods = [
        parse_period(a, b)
        for a, b in (
            ("2012", None),
            ("2012-05", None),
            ("2012-Q2", None),
            ("2013-01", None),
            ("2013-Q1", None),
            ("2012-06", "2013-03"),
        )
    ]
    before = [_view(stats.exact(p)) for p in periods]
    assert before[0]["ozet"]["bornova"]["yeni_basvuru"] == 1  # type: ignore[index]
    result = RetentionService(session).run()
    assert result.anonymised == 2
    assert CaseService(session).count() == 1
    after = [_view(stats.exact(p)) for p in periods]
    for period, b, a in zip(periods, before, after, strict=True):
        assert a == b, period.label()


def test_rows_count_only_in_periods_holding_their_whole_month(session) -> None:
    _cases(session)
    at(session, "2026-12-04T10:00")
    RetentionService(session).run()
    stats = StatisticsService(session)
    half_month = stats.exact(parse_period("2012-05-01", "2012-05-15"))
    assert half_month.total("ozet", "yeni_basvuru") == 0
    month = stats.exact(parse_period("2012-05"))
    assert month.total("ozet", "yeni_basvuru") == 2  # the destroyed file and the kept one
    assert month.by_category("siddet_turu")["fiziksel"] == 2
    assert month.by_category("yasam_tehlikesi")["evet"] == 2
