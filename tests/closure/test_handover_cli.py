"""`kdm bundle export --hand-over`: the CLI hands over only when asked (a stable contract)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from transfer_support import add_case, two_centres

from kdm_desktop.cli.main import main
from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.services.cases import CaseService
from kdm_testing import ADMIN, ADMIN_PASSWORD


def _kdm(monkeypatch, capsys, data_dir: Path, *argv: str) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(["--data-dir", str(data_dir), "--user", ADMIN, "--password-stdin", *argv])
    return code, capsys.readouterr().out


def test_export_hands_over_only_with_the_flag(monkeypatch, capsys, tmp_path: Path) -> None:
    with two_centres(tmp_path) as (nrl, _kdz):
        shared = add_case(nrl)
        handed = add_case(nrl, first_name="Şükran")
    nrl_dir = tmp_path / "NRL"
    export = ("--json", "bundle", "export", "--to", "KDZ", "--case")
    code, out = _kdm(
        monkeypatch, capsys, nrl_dir, *export, shared.case_number, "-o", str(tmp_path / "a")
    )
    assert code == 0 and json.loads(out)["handed_over"] == []
    code, out = _kdm(
        monkeypatch,
        capsys,
        nrl_dir,
        *export,
        handed.case_number,
        "-o",
        str(tmp_path / "b"),
        "--hand-over",
    )
    assert code == 0 and json.loads(out)["handed_over"] == [handed.case_number]
    with two_centres_session(nrl_dir) as s:
        assert CaseService(s).get(shared.id).status is CaseStatus.OPEN
        record = CaseService(s).get(handed.id)
        assert record.closure_reason is ClosureReason.TRANSFERRED


def two_centres_session(data_dir: Path):
    from kdm_desktop.services.casefile import open_session

    return open_session(data_dir, ADMIN, ADMIN_PASSWORD)
