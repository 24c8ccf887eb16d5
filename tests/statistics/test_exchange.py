"""Statistics files: export to the coordinating body, import, merge, replace, refuse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from exchange_support import Centre, make_centre, trust_each_other
from stats_support import VT, add_case

from kdm_desktop import messages
from kdm_desktop.domain.statistics.periods import month
from kdm_desktop.domain.statistics.suppression import TOTAL
from kdm_desktop.errors import RefusedInput
from kdm_desktop.services.statistics_exchange import StatisticsExchange
from kdm_desktop.services.statistics_report import ReportService
from kdm_desktop.services.trust import TrustService
from kdm_desktop.storage.statistics_repo import StatisticsWorkRepository

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


def _cases(centre: Centre, n: int, district: str, types: frozenset[VT]) -> None:
    with centre.login() as s:
        for i in range(n):
            add_case(s, f"2026-03-{i % 28 + 1:02d}", district=district, violence_types=types)


def _export(centre: Centre, path: Path, *, suppressed: bool = False) -> Path:
    with centre.login() as s:
        StatisticsExchange(s).export(MARCH, "IZM", path, suppressed_only=suppressed, k=5)
    return path


def _import(centre: Centre, path: Path) -> None:
    with centre.login() as s:
        StatisticsExchange(s).import_file(path)


def test_two_centres_exact_counts_sum_and_suppression_follows_the_merge(
    province: dict[str, Centre], tmp_path: Path
) -> None:
    # Karşıyaka's centre has 3 women from Bayraklı, Buca's has 4: each alone is "<5".
    # Merged they are 7, but each centre's own publications show its part as "<5"
    # (its file carries that pattern), and 4 + 4 = 8 next to two "<5" would say 4 and
    # 4: the merged cell is hidden like one with a suppressed-only contribution.
    _cases(province["KSK"], 20, "Karşıyaka", frozenset({VT.PHYSICAL, VT.VERBAL}))
    _cases(province["KSK"], 3, "Bayraklı", frozenset({VT.ECONOMIC}))
    _cases(province["BUC"], 12, "Buca", frozenset({VT.PHYSICAL}))
    _cases(province["BUC"], 4, "Bayraklı", frozenset({VT.ECONOMIC}))
    _import(province["IZM"], _export(province["KSK"], tmp_path / "ksk.kdmstat"))
    _import(province["IZM"], _export(province["BUC"], tmp_path / "buc.kdmstat"))
    with province["IZM"].login() as s:
        report = ReportService(s).build(MARCH, 5)
    summary = report.table("ozet")
    col = summary.col_keys.index("yeni_basvuru")
    row = {d: i for i, d in enumerate(summary.row_keys)}
    assert summary.number((row["bayrakli"], col)) is None
    assert summary.result.value((row["bayrakli"], col)) == 7
    # Karşıyaka's 20 is hidden too: its centre's page shows 23 for the whole centre,
    # so 20 next to it would give its "<5" from Bayraklı back (its own pattern);
    # likewise Buca's 12 next to Buca's centre's 16.
    assert summary.number((row["karsiyaka"], col)) is None
    assert summary.number((row["buca"], col)) is None
    assert summary.number((TOTAL, col)) == 39
    types = report.table("siddet_turu")
    fiz = types.col_keys.index("fiziksel")
    assert types.number((TOTAL, fiz)) == 32
    assert {c.code for c in report.centres} == {"KSK", "BUC"}
    assert "Konak" in report.not_reported and "Buca" not in report.not_reported


def test_a_small_merged_cell_is_suppressed_after_merging(
    province: dict[str, Centre], tmp_path: Path
) -> None:
    _cases(province["KSK"], 30, "Karşıyaka", frozenset({VT.PHYSICAL}))
    _cases(province["KSK"], 1, "Dikili", frozenset({VT.PHYSICAL}))
    _cases(province["BUC"], 25, "Buca", frozenset({VT.PHYSICAL}))
    _cases(province["BUC"], 2, "Dikili", frozenset({VT.PHYSICAL}))
    _import(province["IZM"], _export(province["KSK"], tmp_path / "ksk.kdmstat"))
    _import(province["IZM"], _export(province["BUC"], tmp_path / "buc.kdmstat"))
    with province["IZM"].login() as s:
        report = ReportService(s).build(MARCH, 5)
    summary = report.table("ozet")
    col = summary.col_keys.index("yeni_basvuru")
    dikili = summary.row_keys.index("dikili")
    assert summary.text((dikili, col)) == "<5"  # 1 + 2 = 3, still small after merging
    age = report.table("yas_grubu")
    assert age.text((dikili, TOTAL)) == "<5"


def test_a_newer_file_replaces_the_older_and_the_replacement_is_recorded(
    province: dict[str, Centre], tmp_path: Path
) -> None:
    _cases(province["KSK"], 10, "Karşıyaka", frozenset({VT.PHYSICAL}))
    first = _export(province["KSK"], tmp_path / "one.kdmstat")
    _cases(province["KSK"], 5, "Karşıyaka", frozenset({VT.PHYSICAL}))
    second = _export(province["KSK"], tmp_path / "two.kdmstat")
    _import(province["IZM"], first)
    _import(province["IZM"], second)
    with province["IZM"].login() as s:
        files = StatisticsWorkRepository(s.db.conn).all_files()
        report = ReportService(s).build(MARCH, 5)
        audit = [e for e in s.audit_entries() if e.object_type == "statistics_file"]
    assert len(files) == 2 and files[0].replaced_by == files[1].pk
    summary = report.table("ozet")
    assert summary.number((TOTAL, summary.col_keys.index("yeni_basvuru"))) == 15
    assert any("replaces=" in e.detail for e in audit)
    # The older one offered again afterwards is refused, nothing changes.
    with province["IZM"].login() as s, pytest.raises(RefusedInput):
        StatisticsExchange(s).import_file(first)


def test_tampered_unknown_and_malformed_files_are_refused(
    province: dict[str, Centre], tmp_path: Path
) -> None:
    _cases(province["KSK"], 6, "Karşıyaka", frozenset({VT.PHYSICAL}))
    good = _export(province["KSK"], tmp_path / "good.kdmstat")
    data = bytearray(good.read_bytes())
    for offset in (10, len(data) // 2, len(data) - 10):
        bad = tmp_path / f"flip{offset}.kdmstat"
        flipped = bytearray(data)
        flipped[offset] ^= 0x01
        bad.write_bytes(bytes(flipped))
        with province["IZM"].login() as s, pytest.raises(RefusedInput) as err:
            StatisticsExchange(s).import_file(bad)
        assert err.value.exit_code == 4
    truncated = tmp_path / "short.kdmstat"
    truncated.write_bytes(bytes(data[:-40]))
    with province["IZM"].login() as s, pytest.raises(RefusedInput):
        StatisticsExchange(s).import_file(truncated)
    # Konak's own centre (IZM) never verified this sender: unknown.
    other = make_centre(tmp_path, "TIR", "Tire")
    with province["IZM"].login() as s:
        card, fp = TrustService(s).own_card(), TrustService(s).own_fingerprint()
    with other.login() as s:  # Tire knows the coordinator; the coordinator not Tire
        TrustService(s).import_card(card, fp)
        add_case(s, "2026-03-03", district="Tire")
        unknown = tmp_path / "tire.kdmstat"
        StatisticsExchange(s).export(MARCH, "IZM", unknown, suppressed_only=False, k=5)
    with province["IZM"].login() as s, pytest.raises(RefusedInput) as err:
        StatisticsExchange(s).import_file(unknown)
    assert err.value.key == "transfer.env.unknown_sender"
    # A case bundle's magic is not a statistics file's: content refused.
    not_stats = tmp_path / "garbage.kdmstat"
    not_stats.write_bytes(b"KDMB" + bytes(200))
    with province["IZM"].login() as s, pytest.raises(RefusedInput):
        StatisticsExchange(s).import_file(not_stats)
    with province["IZM"].login() as s:
        assert StatisticsWorkRepository(s.db.conn).all_files() == []


def test_suppressed_only_files_carry_no_small_number(
    province: dict[str, Centre], tmp_path: Path
) -> None:
    _cases(province["KSK"], 20, "Karşıyaka", frozenset({VT.PHYSICAL}))
    _cases(province["KSK"], 2, "Urla", frozenset({VT.DIGITAL}))
    with province["KSK"].login() as s:
        doc = StatisticsExchange(s).document(MARCH, suppressed_only=True, k=5)
    content = doc.as_dict()
    assert content["tables"]["ozet"]["urla"]["yeni_basvuru"] == "<5"
    text = json.dumps(content, ensure_ascii=False)
    assert '"urla": {"yeni_basvuru": 2' not in text
    _import(province["IZM"], _export(province["KSK"], tmp_path / "s.kdmstat", suppressed=True))
    with province["IZM"].login() as s:
        report = ReportService(s).build(MARCH, 5)
    summary = report.table("ozet")
    urla = summary.row_keys.index("urla")
    assert summary.number((urla, summary.col_keys.index("yeni_basvuru"))) is None


def test_a_file_that_cannot_be_written_is_refused_in_turkish_and_not_audited(
    province: dict[str, Centre], tmp_path: Path
) -> None:
    # The folder is gone (a pulled stick): the same refusal as a bundle's, whose detail
    # is the Turkish reason, never the operating system's English text.
    target = tmp_path / "gone" / "ksk.kdmstat"
    with province["KSK"].login() as s:
        before = s.reading().audit_log.head()[0]
        with pytest.raises(RefusedInput) as refused:
            StatisticsExchange(s).export(MARCH, "IZM", target, suppressed_only=False, k=5)
        assert refused.value.key == "transfer.write_failed"
        assert refused.value.params["detail"] == messages.text("io.reason.not_found")
        assert "No such file" not in refused.value.message
        # No export is recorded that did not happen.
        since = s.reading().audit_log.recent(10)
        assert not [e for e in since if e.seq > before and e.action == "export"]
    assert not target.exists()
