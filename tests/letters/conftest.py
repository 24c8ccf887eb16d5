"""Fixtures of the letter tests: `kdm`, the command line run in-process on the case file."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

from kdm_desktop.cli.main import main
from kdm_testing import ADMIN, ADMIN_PASSWORD
from qt_fixtures import qm_path

__all__ = ["kdm", "qm_path"]  # qm_path: the compiled window catalogue

Kdm = Callable[..., tuple[int, str, str]]


@pytest.fixture
def kdm(casefile, monkeypatch, capsys) -> Kdm:
    """`kdm(*argv, user=…, password=…)` → (exit code, stdout, stderr); the administrator
    by default, the password given on stdin as a script would."""

    def run(*argv: str, user: str = ADMIN, password: str = ADMIN_PASSWORD):
        monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
        code = main(
            ["--data-dir", str(casefile.data_dir), "--user", user, "--password-stdin", *argv]
        )
        out, err = capsys.readouterr()
        return code, out, err

    return run
