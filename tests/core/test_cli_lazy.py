"""The lazily built `kdm` parser says and accepts exactly what the full one does.

`kdm` loads only the command modules named on its command line (issue #18);
the other commands are stand-ins with the same name and help. These tests hold
the stand-ins to the real registrations, so help, usage and errors cannot drift.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any

import pytest

import kdm_desktop.cli
from kdm_desktop import messages
from kdm_desktop.cli.argtext import turkish_argparse
from kdm_desktop.cli.commands import COMMANDS
from kdm_desktop.cli.main import _Parser, build_parser, main
from kdm_desktop.errors import UsageError

ALL_COMMANDS = [name for _, commands in COMMANDS for name, _ in commands]


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[Any]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise AssertionError("no subcommands")


def test_the_table_names_every_command_module() -> None:
    folder = Path(kdm_desktop.cli.__file__).parent
    on_disk = {f"kdm_desktop.cli.{p.stem}" for p in folder.glob("cmd_*.py")}
    assert {module for module, _ in COMMANDS} == on_disk


@pytest.mark.parametrize(("module_name", "commands"), COMMANDS, ids=[m for m, _ in COMMANDS])
def test_the_table_matches_what_each_module_registers(
    module_name: str, commands: tuple[tuple[str, str], ...]
) -> None:
    sub = _Parser(prog="kdm").add_subparsers(parser_class=_Parser)
    importlib.import_module(module_name).register(sub, _Parser(add_help=False))
    registered = [(a.dest, a.help) for a in sub._choices_actions]
    assert registered == [(name, messages.text(key)) for name, key in commands]


def test_top_level_help_is_the_full_parsers_help() -> None:
    with turkish_argparse():
        assert build_parser(["--help"]).format_help() == build_parser().format_help()


@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_each_commands_help_is_the_full_parsers_help(command: str) -> None:
    with turkish_argparse():
        lazy = _subparsers(build_parser([command, "--help"])).choices[command]
        full = _subparsers(build_parser()).choices[command]
        assert lazy.format_help() == full.format_help()


def test_an_unknown_command_is_refused_with_the_full_list(capsys) -> None:
    assert main(["kayıp-komut"]) == 2
    err = capsys.readouterr().err
    for name in ALL_COMMANDS:
        assert repr(name) in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--json", "info"],
        ["--user", "info", "case", "list"],
        ["--data-dir", "/tmp/x", "letter", "templates", "--json"],
        ["backup", "list", "/tmp/y"],
    ],
)
def test_parsing_gives_the_same_result_as_the_full_parser(argv: list[str]) -> None:
    lazy = vars(build_parser(argv).parse_args(argv))
    full = vars(build_parser().parse_args(argv))
    assert lazy == full


def test_the_chosen_command_is_never_a_stand_in() -> None:
    # `--user info`: "info" is a value here, yet its module loads too; harmless.
    args = build_parser(["--user", "info", "user", "list"]).parse_args(
        ["--user", "info", "user", "list"]
    )
    assert callable(args.func)
    with pytest.raises(UsageError):
        build_parser(["--user", "case"]).parse_args(["--user", "case"])
