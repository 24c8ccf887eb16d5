"""`kdm case search -`: the name she looks for stays out of the shell history.

The attack: a colleague at the shared PC reads ~/.bash_history (or PowerShell's
history file, or `ps` while the command runs) and finds every name searched
with `kdm case search "Işık İğdeli"`. With `-` the text is read from stdin: the
line after the password with `--password-stdin`, else the first line (or a prompt
that does not echo).
"""

from __future__ import annotations

import io
import json

from case_support import ADMIN, ADMIN_PASSWORD
from test_cli_cases import INTAKE

from kdm_desktop.cli.main import main


def _run(staffed, monkeypatch, capsys, stdin: str, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(staffed.data_dir), "--user", ADMIN, "--password-stdin", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_text_from_stdin_finds_what_the_argument_finds(
    staffed, monkeypatch, capsys, tmp_path
) -> None:
    intake = tmp_path / "in.json"
    intake.write_text(json.dumps(INTAKE), encoding="utf-8")
    code, out, _ = _run(
        staffed, monkeypatch, capsys, ADMIN_PASSWORD + "\n", "case", "add", str(intake), "--json"
    )
    assert code == 0, out
    code, by_arg, _ = _run(
        staffed, monkeypatch, capsys, ADMIN_PASSWORD + "\n", "case", "search", "igdeli", "--json"
    )
    code2, by_stdin, _ = _run(
        staffed,
        monkeypatch,
        capsys,
        ADMIN_PASSWORD + "\nİğdeli\n",
        "case",
        "search",
        "-",
        "--json",
    )
    assert code == code2 == 0
    assert json.loads(by_stdin) == json.loads(by_arg)
    assert json.loads(by_stdin)["count"] == 1


def test_a_missing_search_line_is_a_usage_error_in_turkish(staffed, monkeypatch, capsys) -> None:
    code, out, err = _run(
        staffed, monkeypatch, capsys, ADMIN_PASSWORD + "\n", "case", "search", "-"
    )
    assert code == 2
    assert "Aranacak metin" in err and "Traceback" not in err + out


def test_case_list_text_from_stdin_too(staffed, monkeypatch, capsys, tmp_path) -> None:
    intake = tmp_path / "in.json"
    intake.write_text(json.dumps(INTAKE), encoding="utf-8")
    assert (
        _run(staffed, monkeypatch, capsys, ADMIN_PASSWORD + "\n", "case", "add", str(intake))[0]
        == 0
    )
    code, out, _ = _run(
        staffed,
        monkeypatch,
        capsys,
        ADMIN_PASSWORD + "\nişık\n",
        "case",
        "list",
        "--text",
        "-",
        "--json",
    )
    assert code == 0, out
    by_stdin = json.loads(out)
    code, out, _ = _run(
        staffed,
        monkeypatch,
        capsys,
        ADMIN_PASSWORD + "\n",
        "case",
        "list",
        "--text",
        "isik",
        "--json",
    )
    assert by_stdin == json.loads(out) and by_stdin["total"] == 1
