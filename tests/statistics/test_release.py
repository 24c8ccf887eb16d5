"""The release: one k (`--min-cell` may only raise it, an output with a raised k is the
release's pattern with more hidden) and one calendar (published outputs only for its
months, quarters or years) (docs/statistics.md, "Attacks reviewed")."""

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


def test_the_release_is_shown_and_set_on_the_command_line(
    casefile, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(casefile.data_dir, "stats", "release", capsys=capsys)
    assert code == 0 and out == {"min_cell": 5, "period": "ay"}
    code, out = run(casefile.data_dir, "stats", "release", "--set-min-cell", "8", capsys=capsys)
    assert code == 0 and out == {"min_cell": 8, "period": "ay"}
    assert run(casefile.data_dir, "stats", "release", "--set-min-cell", "2", capsys=capsys)[0] == 2
    assert (
        run(casefile.data_dir, "stats", "release", "--set-period", "hafta", capsys=capsys)[0] == 2
    )
    code, out = run(casefile.data_dir, "stats", "release", "--set-period", "ceyrek", capsys=capsys)
    assert code == 0 and out == {"min_cell": 8, "period": "ceyrek"}


def test_published_outputs_only_for_release_periods(
    casefile, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    _cases(casefile)
    half_year = ("--from", "2026-01", "--to", "2026-06")
    export = ("stats", "export", "--to-centre", "X", "-o", "x.kdmstat", "--preview")
    cross = ("stats", "cross", "--first", "yas_grubu", "--second", "siddet_turu")
    report = ("stats", "report", "-o", str(tmp_path / "r.pdf"))
    for args in (
        (*cross, *half_year),
        (*export, "--suppressed-only", "--from", "2026-03-10", "--to", "2026-03-20"),
        (*report, "--from", "2026-Q1"),
    ):
        code, out = run(casefile.data_dir, *args, capsys=capsys)
        assert code == 4, args
        assert "takvim ayları" in out["error"] and "örneğin 2026-" in out["error"]
    assert not (tmp_path / "r.pdf").exists()
    # Exact numbers are not published: any period.
    assert run(casefile.data_dir, "stats", "show", *half_year, capsys=capsys)[0] == 0
    assert run(casefile.data_dir, *export, *half_year, capsys=capsys)[0] == 0
    code, out = run(casefile.data_dir, *export, "--suppressed-only", "--from", "2026-03",
                    capsys=capsys)  # fmt: skip
    assert code == 0 and out["content"]["period"]["start"] == "2026-03-01"
    # Quarters as the release's periods: a quarter is published, a month no longer.
    run(casefile.data_dir, "stats", "release", "--set-period", "ceyrek", capsys=capsys)
    suppressed = (*export, "--suppressed-only")
    assert run(casefile.data_dir, *suppressed, "--from", "2026-Q1", capsys=capsys)[0] == 0
    code, out = run(casefile.data_dir, *suppressed, "--from", "2026-03", capsys=capsys)
    assert code == 4 and "örneğin 2026-Q1" in out["error"]
