"""One k per release: `--min-cell` may only raise the release's k (a setting), and an
output with a raised k is the release's pattern with more hidden, in the release's
symbols (docs/statistics.md, "Different --min-cell values")."""

from __future__ import annotations

import pytest
from stats_support import VT, add_case
from test_cli_statistics import run

from kdm_desktop.errors import UsageError
from kdm_desktop.services.statistics import StatisticsService


def _cases(casefile) -> None:  # type: ignore[no-untyped-def]
    with casefile.login() as s:
        for i in range(9):
            add_case(s, f"2026-03-{i + 1:02d}", violence_types=frozenset({VT.PHYSICAL}))
        for i in range(2):
            add_case(s, f"2026-03-{i + 11:02d}", violence_types=frozenset({VT.VERBAL}))
        StatisticsService(s).set_release_min_cell(7)


def test_the_release_k_is_a_setting_the_flag_may_only_raise(
    casefile, capsys: pytest.CaptureFixture[str]
) -> None:
    _cases(casefile)
    preview = ("stats", "export", "--from", "2026-03", "--to-centre", "X", "-o", "x.kdmstat")
    preview += ("--preview", "--suppressed-only")
    code, out = run(casefile.data_dir, *preview, "--min-cell", "5", capsys=capsys)
    assert code == 2
    assert "(7)" in out["error"] and "yükseltilebilir" in out["error"]
    code, out = run(casefile.data_dir, *preview, capsys=capsys)
    assert code == 0 and out["content"]["min_cell"] == 7
    at7 = out["content"]["tables"]["siddet_turu"]
    code, out = run(casefile.data_dir, *preview, "--min-cell", "10", capsys=capsys)
    assert code == 0
    # Symbols of the release's k; the 9 (below 10) is hidden as well now.
    assert out["content"]["min_cell"] == 7
    at10 = out["content"]["tables"]["siddet_turu"]
    for district, cells in at7.items():
        for category, value in cells.items():
            raised = at10.get(district, {}).get(category, 0)
            assert raised == value or raised == "x"
            assert not isinstance(raised, int) or raised == 0 or raised >= 10
    assert any(v == "x" for cells in at10.values() for v in cells.values())


def test_the_release_k_is_never_below_three(casefile) -> None:  # type: ignore[no-untyped-def]
    with casefile.login() as s:
        stats = StatisticsService(s)
        assert stats.release_min_cell() == 5
        with pytest.raises(UsageError):
            stats.set_release_min_cell(2)
        assert stats.min_cell(None) == 5 and stats.min_cell(6) == 6
        with pytest.raises(UsageError):
            stats.min_cell(4)


def test_the_release_k_is_shown_and_set_on_the_command_line(
    casefile, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(casefile.data_dir, "stats", "min-cell", capsys=capsys)
    assert code == 0 and out == {"release_min_cell": 5}
    code, out = run(casefile.data_dir, "stats", "min-cell", "--set", "8", capsys=capsys)
    assert code == 0 and out == {"release_min_cell": 8}
    assert run(casefile.data_dir, "stats", "min-cell", "--set", "2", capsys=capsys)[0] == 2
    code, out = run(casefile.data_dir, "stats", "min-cell", capsys=capsys)
    assert out == {"release_min_cell": 8}
