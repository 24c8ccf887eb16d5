"""A centre's own publication pattern travels in its exact `.kdmstat` file (version 2)
and the province report hides what it hides; version 1 files are still imported and
their pattern is worked out from their counts. Synthetic cases only."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import pytest
from exchange_support import Centre, make_centre, trust_each_other
from stats_support import add_case

from kdm_desktop.bundle.envelope import write_envelope
from kdm_desktop.domain.statistics import kdmstat
from kdm_desktop.domain.statistics.kdmstat import StatFileError
from kdm_desktop.domain.statistics.periods import month
from kdm_desktop.domain.statistics.publish import PublishedTable
from kdm_desktop.domain.statistics.suppression import TOTAL, CellState, Grid, determined_cells
from kdm_desktop.errors import RefusedInput
from kdm_desktop.services.statistics import StatisticsService
from kdm_desktop.services.statistics_exchange import StatisticsExchange
from kdm_desktop.services.statistics_report import ReportService
from kdm_desktop.services.trust import TrustService, own_identity

MARCH = month(2026, 3)


@pytest.fixture
def province(tmp_path: Path) -> dict[str, Centre]:
    centres = {
        "IZM": make_centre(tmp_path, "IZM", "Konak"),
        "KSK": make_centre(tmp_path, "KSK", "Karşıyaka"),
        "BUC": make_centre(tmp_path, "BUC", "Buca"),
    }
    trust_each_other(centres["KSK"], centres["IZM"])
    trust_each_other(centres["BUC"], centres["IZM"])
    return centres


# Birth years for the age bands 0–17, 18–24, 25–34 and 35–44 in March 2026.
_BORN = (2010, 2004, 1996, 1988)


def _fill(province: dict[str, Centre]) -> None:
    """KSK alone serves Karaburun and Urla (the rows of the domain attack test);
    BUC serves Konak and Bornova, 12 women of each age band in each."""
    rows = {"Karaburun": (6, 6, 0, 2), "Urla": (7, 6, 6, 2), "Konak": (12,) * 4}
    rows["Bornova"] = rows["Konak"]
    n = 0
    for code, districts in (("KSK", ("Karaburun", "Urla")), ("BUC", ("Konak", "Bornova"))):
        with province[code].login() as s:
            for district in districts:
                for year, count in zip(_BORN, rows[district], strict=True):
                    for _ in range(count):
                        n += 1
                        add_case(
                            s,
                            f"2026-03-{n % 28 + 1:02d}",
                            district=district,
                            birth_date=datetime.date(year, 6, 1),
                        )


def _export(centre: Centre, path: Path) -> Path:
    with centre.login() as s:
        StatisticsExchange(s).export(MARCH, "IZM", path, suppressed_only=False, k=5)
    return path


def _export_version_1(centre: Centre, path: Path) -> Path:
    """An exact file as the previous version wrote it: no pattern, min_cell null."""
    with centre.login() as s:
        doc = StatisticsExchange(s).document(MARCH, suppressed_only=False, k=5)
        content = doc.as_dict()
        del content["pattern"]
        content.update(version=1, min_cell=None)
        payload = kdmstat.MAGIC + json.dumps(content, ensure_ascii=False).encode("utf-8")
        recipient = TrustService(s).recipient("IZM")
        with s.work() as uow:
            sequence = uow.statistics_work.next_outgoing_sequence()
        write_envelope(
            path,
            own_identity(s),
            [recipient.encryption_public],
            io.BytesIO(payload),
            sequence=sequence,
            payload_size=len(payload),
        )
    return path


def _import(centre: Centre, path: Path) -> None:
    with centre.login() as s:
        StatisticsExchange(s).import_file(path)


def _page_and_report(province: dict[str, Centre]) -> tuple[PublishedTable, PublishedTable]:
    with province["KSK"].login() as s:
        page = next(
            t for t in StatisticsService(s).published(MARCH, 5) if t.table.key == "yas_grubu"
        )
    with province["IZM"].login() as s:
        report = ReportService(s).build(MARCH, 5).table("yas_grubu")
    return page, report


def _small_cells_given_back(page: PublishedTable, report: PublishedTable) -> list[tuple[int, int]]:
    """The report's rows of KSK's districts next to KSK's page (its column sums)."""
    index = [report.row_keys.index(d) for d in ("karaburun", "urla")]
    grid = Grid(tuple(report.result.grid.values[i] for i in index))
    states = {}
    for r, i in enumerate(index):
        for j in range(grid.cols):
            states[(r, j)] = report.result.states[(i, j)]
        states[(r, TOTAL)] = report.result.states[(i, TOTAL)]
    for j in range(grid.cols):
        states[(TOTAL, j)] = page.result.states[(0, j)]
    states[(TOTAL, TOTAL)] = page.result.states[(0, TOTAL)]
    found = determined_cells(grid, states, 5, report.result.unknown)
    return [p for p in found if states[p] is CellState.SMALL]


def test_the_exact_file_carries_the_centres_pattern(province: dict[str, Centre]) -> None:
    _fill(province)
    with province["KSK"].login() as s:
        doc = StatisticsExchange(s).document(MARCH, suppressed_only=False, k=5)
    content = doc.as_dict()
    assert content["version"] == 2 and content["min_cell"] == 5
    # Urla's 2 women aged 35–44 are "<5" on the centre's own publications.
    assert "35_44" in content["pattern"]["yas_grubu"]["urla"]
    assert kdmstat.decode(kdmstat.encode(doc)).pattern == doc.pattern


@pytest.mark.parametrize("version", [2, 1])
def test_a_centre_page_next_to_the_province_report_gives_nothing_back(
    province: dict[str, Centre], tmp_path: Path, version: int
) -> None:
    _fill(province)
    path = tmp_path / "ksk.kdmstat"
    _import(
        province["IZM"],
        _export(province["KSK"], path)
        if version == 2
        else _export_version_1(province["KSK"], path),
    )
    _import(province["IZM"], _export(province["BUC"], tmp_path / "buc.kdmstat"))
    page, report = _page_and_report(province)
    assert _small_cells_given_back(page, report) == []
    # Every cell KSK's own publications hide is hidden in the report.
    with province["KSK"].login() as s:
        own = StatisticsExchange(s).document(MARCH, suppressed_only=False, k=5).pattern or set()
    for t, d, c in own:
        if t == "yas_grubu" and d != "*":
            i = report.row_keys.index(d)
            j = TOTAL if c == "*" else report.col_keys.index(c)
            assert report.number((i, j)) is None, (d, c)


def test_version_1_documents_are_read_and_other_versions_refused() -> None:
    body = {
        "format": "kdm-statistics",
        "version": 1,
        "centre": {"code": "KSK", "name": "Karşıyaka KDM", "district": "Karşıyaka"},
        "period": {"start": "2026-03-01", "end": "2026-03-31"},
        "created_at": "2026-04-02T10:15:00+03:00",
        "district_list": {"province": "izmir", "version": 1},
        "suppressed_only": False,
        "min_cell": None,
        "tables": {"siddet_turu": {"karsiyaka": {"fiziksel": 12}}},
        "hidden_totals": {},
        "activities": [],
        "standards": None,
    }

    def encoded(data: dict[str, object]) -> bytes:
        return kdmstat.MAGIC + json.dumps(data).encode("utf-8")

    doc = kdmstat.decode(encoded(body))
    assert doc.pattern is None and doc.counts.as_dict() == {
        "siddet_turu": {"karsiyaka": {"fiziksel": 12}}
    }
    with pytest.raises(StatFileError) as refused:
        kdmstat.decode(encoded({**body, "pattern": None}))
    assert refused.value.reason == "bad_keys"
    with pytest.raises(StatFileError) as refused:
        kdmstat.decode(encoded({**body, "version": 3, "pattern": None}))
    assert refused.value.reason == "unsupported_version"
    # Version 2 needs the key; a pattern in an exact file needs its min_cell.
    with pytest.raises(StatFileError):
        kdmstat.decode(encoded({**body, "version": 2}))
    with pytest.raises(StatFileError):
        kdmstat.decode(
            encoded({**body, "version": 2, "pattern": {"siddet_turu": {"karsiyaka": ["*"]}}})
        )
    ok = kdmstat.decode(
        encoded(
            {**body, "version": 2, "min_cell": 5, "pattern": {"siddet_turu": {"karsiyaka": ["*"]}}}
        )
    )
    assert ok.pattern == {("siddet_turu", "karsiyaka", "*")}


def test_a_newer_file_is_refused_in_turkish(province: dict[str, Centre], tmp_path: Path) -> None:
    with province["KSK"].login() as s:
        content = StatisticsExchange(s).document(MARCH, suppressed_only=False, k=5).as_dict()
        content["version"] = 3
        payload = kdmstat.MAGIC + json.dumps(content).encode("utf-8")
        recipient = TrustService(s).recipient("IZM")
        path = tmp_path / "v3.kdmstat"
        write_envelope(
            path,
            own_identity(s),
            [recipient.encryption_public],
            io.BytesIO(payload),
            sequence=1,
            payload_size=len(payload),
        )
    with province["IZM"].login() as s, pytest.raises(RefusedInput) as refused:
        StatisticsExchange(s).import_file(path)
    assert refused.value.key == "stats.file.malformed"
    assert "daha yeni bir sürümle" in refused.value.message
