"""The one way a CLI list command prints: JSON, or a line per item, or "none"."""

from __future__ import annotations

import json

import pytest

from kdm_desktop import messages
from kdm_desktop.cli.io import Output


def test_lines_are_printed_one_per_item(capsys: pytest.CaptureFixture[str]) -> None:
    Output(as_json=False).listing(
        {"items": [1, 2]}, (f"satır {i}" for i in (1, 2)), "cli.backup.none"
    )
    assert capsys.readouterr().out == "satır 1\nsatır 2\n"


def test_an_empty_list_prints_the_empty_message(capsys: pytest.CaptureFixture[str]) -> None:
    Output(as_json=False).listing({"items": []}, [], "cli.backup.none")
    assert capsys.readouterr().out == messages.text("cli.backup.none") + "\n"


def test_json_prints_the_data_and_no_lines(capsys: pytest.CaptureFixture[str]) -> None:
    Output(as_json=True).listing({"items": [], "count": 0}, ["gizli"], "cli.backup.none")
    out = capsys.readouterr().out
    assert json.loads(out) == {"items": [], "count": 0}
    assert "gizli" not in out
