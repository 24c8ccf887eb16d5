"""Counting rules of the centre's own statistics (exact counts, from SQL aggregates)."""

from __future__ import annotations

import datetime

import pytest
from stats_support import VT, add_case, at

from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason, MaritalStatus
from kdm_desktop.domain.statistics.periods import month, parse_period, quarter, year
from kdm_desktop.errors import PermissionDenied
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.statistics import StatisticsService

VALID_TC = "10000000146"


def test_three_violence_types_count_once_each_and_once_in_the_total(session) -> None:
    add_case(
        session, "2026-03-10", violence_types=frozenset({VT.PHYSICAL, VT.ECONOMIC, VT.DIGITAL})
    )
    add_case(session, "2026-03-11", violence_types=frozenset({VT.PHYSICAL}))
    counts = StatisticsService(session).exact(month(2026, 3))
    assert counts.by_category("siddet_turu") == {"fiziksel": 2, "ekonomik": 1, "dijital": 1}
    assert counts.total("ozet", "yeni_basvuru") == 2  # women, not mentions
    assert counts.total("siddet_turu") == 4  # mentions
    # Every partition table adds up to the women, once each.
    for table in ("yas_grubu", "medeni_durum", "egitim", "basvuru_kanali", "yasam_tehlikesi"):
        assert counts.total(table) == 2, table


def test_a_woman_without_a_violence_type_is_counted_as_not_stated(session) -> None:
    add_case(session, "2026-03-10")
    counts = StatisticsService(session).exact(month(2026, 3))
    assert counts.by_category("siddet_turu") == {"belirtilmedi": 1}


def test_repeat_applicants_are_new_files_of_a_woman_who_applied_before(session) -> None:
    add_case(session, "2025-11-02", tc_kimlik_no=VALID_TC)
    add_case(session, "2026-03-05", tc_kimlik_no=VALID_TC)
    add_case(session, "2026-03-06", first_name="Zeynep", tc_kimlik_no="")
    counts = StatisticsService(session).exact(month(2026, 3))
    assert counts.by_category("ozet")["yeni_basvuru"] == 2
    assert counts.by_category("ozet")["tekrar_basvuru"] == 1
    # In the month of her first application she was not a repeat applicant.
    first = StatisticsService(session).exact(month(2025, 11)).by_category("ozet")
    assert first == {"yeni_basvuru": 1, "aktif": 1}


def test_period_boundaries_are_days_in_istanbul(session) -> None:
    first = add_case(session, "2026-12-31")
    add_case(session, "2027-01-01")
    cases = CaseService(session)
    # 00:30 on 1 January in Istanbul is still 31 December in UTC: January's closure.
    at(session, "2027-01-01T00:30")
    cases.set_status(first, CaseStatus.CLOSED, reason=ClosureReason.GOALS_MET)
    stats = StatisticsService(session)
    december = stats.exact(month(2026, 12))
    january = stats.exact(month(2027, 1))
    assert december.by_category("ozet") == {"yeni_basvuru": 1, "aktif": 1}
    assert january.by_category("ozet")["yeni_basvuru"] == 1
    assert january.by_category("ozet")["kapanan"] == 1
    assert january.by_category("ozet")["aktif"] == 2  # open when January began
    assert january.by_category("kapanis_nedeni") == {"hedefler_tamamlandi": 1}
    assert stats.exact(year(2027)).by_category("ozet")["kapanan"] == 1
    assert "kapanan" not in stats.exact(year(2026)).by_category("ozet")
    # A file closed before a period began is not active in it.
    assert stats.exact(month(2027, 2)).by_category("ozet") == {"aktif": 1}


def test_a_file_closed_at_23_59_on_the_last_day_counts_in_that_month(session) -> None:
    ref = add_case(session, "2026-03-01")
    at(session, "2026-03-31T23:59")
    CaseService(session).set_status(ref, CaseStatus.CLOSED, reason=ClosureReason.MOVED)
    stats = StatisticsService(session)
    assert stats.exact(month(2026, 3)).by_category("ozet")["kapanan"] == 1
    assert "kapanan" not in stats.exact(month(2026, 4)).by_category("ozet")


def test_categories_and_districts(session) -> None:
    add_case(session, "2026-04-02", marital_status=MaritalStatus.RELIGIOUS_ONLY, district="BUCA")
    add_case(session, "2026-04-03", age=17, birth_date=None, district="Narlıdere")
    add_case(session, "2026-04-04", district="Atlantis")
    add_case(session, "2026-04-05", district="")
    counts = StatisticsService(session).exact(quarter(2026, 2))
    assert counts.by_category("medeni_durum") == {"imam_nikahli": 1, "belirtilmedi": 3}
    assert counts.by_category("yas_grubu") == {"35_44": 3, "0_17": 1}
    assert set(counts.tables["ozet"]) == {"buca", "narlidere", "eslesmeyen", "belirtilmedi"}


def test_age_band_uses_the_birthday_not_only_the_year(session) -> None:
    add_case(session, "2026-05-31", birth_date=datetime.date(2002, 6, 1))  # 23, not 24
    add_case(session, "2026-06-01", birth_date=datetime.date(2001, 6, 1))  # 25 that day
    counts = StatisticsService(session).exact(parse_period("2026-05", "2026-06"))
    assert counts.by_category("yas_grubu") == {"18_24": 1, "25_34": 1}


def test_exact_counts_need_case_access(as_user) -> None:
    with as_user("sekreter") as s, pytest.raises(PermissionDenied):
        StatisticsService(s).exact(month(2026, 3))
    with as_user("sosyal") as s:
        StatisticsService(s).exact(month(2026, 3))
    with as_user("yonetici") as admin:
        entries = admin.audit_entries()
    assert any(e.object_type == "statistics" and e.username == "sosyal" for e in entries)
