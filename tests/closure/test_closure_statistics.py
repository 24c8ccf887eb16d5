"""The statistics' "closed" and "transferred" counts and "closures by reason" stay right
with the new reasons and the handover closure (issue 14)."""

from __future__ import annotations

from pathlib import Path

from transfer_support import add_case, two_centres

from kdm_desktop.domain.cases.choices import ClosureReason
from kdm_desktop.domain.statistics.periods import month
from kdm_desktop.domain.statistics.tables import TABLE_BY_KEY
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.statistics import StatisticsService
from kdm_desktop.services.transfers import TransferService


def test_closed_transferred_and_reasons_count_each_file_once(tmp_path: Path) -> None:
    with two_centres(tmp_path) as (nrl, _kdz):
        cases = CaseService(nrl)
        handed = add_case(nrl, first_name="Şükran")
        shared = add_case(nrl, first_name="Gülay")
        died = add_case(nrl, first_name="Fadime")
        back = add_case(nrl, first_name="Leyla")
        still_open = add_case(nrl, first_name="Nermin")
        TransferService(nrl).export("KDZ", [handed.id], tmp_path / "a.kdmb", hand_over=True)
        TransferService(nrl).export("KDZ", [shared.id], tmp_path / "b.kdmb")
        cases.close(died.id, ClosureReason.DECEASED)
        # Closed, reopened and closed again in the same month: one file, its last reason.
        cases.close(back.id, ClosureReason.NO_CONTACT)
        cases.reopen(back.id, "Yeniden geldi.")
        cases.close(back.id, ClosureReason.CLIENT_REQUEST)

        today = nrl.now().date()
        counts = StatisticsService(nrl).exact(month(today.year, today.month))
        summary = counts.by_category("ozet")
        assert summary["yeni_basvuru"] == 5
        assert summary["kapanan"] == 3  # handed over, deceased, closed again
        assert summary["aktarilan"] == 2  # every file sent, handed over or shared
        assert summary["yeniden_acilan"] == 1
        assert counts.by_category("kapanis_nedeni") == {
            "devredildi": 1,
            "vefat": 1,
            "danisan_istegi": 1,
        }
        # Closures by reason add up to the files closed, as the published tables link them.
        assert counts.total("kapanis_nedeni") == summary["kapanan"]
        assert still_open.id not in {handed.id, shared.id}

        # Next month: the handed-over and the closed files are no longer active.
        following = month(today.year + (today.month == 12), today.month % 12 + 1)
        later = StatisticsService(nrl).exact(following).by_category("ozet")
        assert later == {"aktif": 2}  # the shared one and the one still open


def test_the_reason_table_lists_the_new_reasons() -> None:
    categories = dict(TABLE_BY_KEY["kapanis_nedeni"].categories)
    assert categories["devredildi"] == "Başka merkeze devredildi"
    assert categories["vefat"] == "Vefat etti"
