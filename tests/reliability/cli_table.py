"""Every `kdm` command, enumerated from the argparse parser, with hostile inputs.

Used by the table test: a command added later is covered without touching the
test. Arguments are filled from what the parser declares (metavar, choices,
type), so the table needs no list of commands.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kdm_desktop.cli.main import build_parser

GLOBAL_DESTS = {"help", "json", "data_dir", "user", "password_stdin", "lang", "version"}
HUGE = "9" * 30
DEEP = "[" * 100_000
# Input variants: name -> file content (None: the file does not exist).
VARIANTS: dict[str, bytes | None] = {
    "missing": None,
    "bad_json": b'{"first_name": "Ay\xc5\x9fe", oops}',
    "deep": DEEP.encode(),
    "huge": b'{"age": 1' + b"0" * 5000 + b', "count": 1e999}',
    "bad_utf8": b'{"first_name": "\xff\xfe"}',
    "not_object": b"[1, 2, 3]",
}


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]
    parser: argparse.ArgumentParser

    @property
    def name(self) -> str:
        return " ".join(self.words)

    def actions(self) -> list[argparse.Action]:
        return [a for a in self.parser._actions if a.dest not in GLOBAL_DESTS]

    def input_files(self) -> list[argparse.Action]:
        """Positionals that name a file the command reads."""
        return [a for a in self.actions() if not a.option_strings and _is_input(a)]


def _is_input(action: argparse.Action) -> bool:
    meta = str(action.metavar or action.dest).upper()
    return ("FILE" in meta or meta == "BUNDLE") and "DIR" not in meta


def commands() -> list[Command]:
    found: list[Command] = []

    def walk(parser: argparse.ArgumentParser, words: tuple[str, ...]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, (*words, name))
                return
        found.append(Command(words, parser))

    walk(build_parser(), ())
    return found


def _value(action: argparse.Action, tmp: Path, input_file: Path, huge: bool) -> str:
    meta = str(action.metavar or action.dest).upper()
    if action.choices:
        return str(next(iter(action.choices)))
    if action.type is int:
        return HUGE if huge else "1"
    if "YYYY" in meta:
        return "0001-01-01" if huge else "2026-03-15"
    if not action.option_strings and _is_input(action):
        return str(input_file)
    if "FILE" in meta or "DIR" in meta or meta in ("O", "OUTPUT"):
        # An output (or a folder to read) in a folder that does not exist.
        return str(tmp / "yok" / "cikti")
    if re.search(r"ID|REF", meta) and huge:
        return HUGE
    return "x"


def argv_for(command: Command, tmp: Path, input_file: Path, *, huge: bool) -> list[str]:
    """The command with every positional and required option filled."""
    argv = list(command.words)
    for action in command.actions():
        if isinstance(action, argparse._HelpAction | argparse._VersionAction):
            continue
        if not action.option_strings:
            nargs = action.nargs
            count = 1 if nargs in (None, "?") else (1 if nargs in ("*", "+") else int(nargs))
            argv += [_value(action, tmp, input_file, huge)] * count
        elif action.required or (huge and (action.type is int or "YYYY" in str(action.metavar))):
            if action.nargs == 0:
                argv.append(action.option_strings[0])
            else:
                argv += [action.option_strings[0], _value(action, tmp, input_file, huge)]
    return argv


def cases() -> Iterator[tuple[Command, str]]:
    """(command, variant): every input variant for commands that read a file; `huge` else."""
    for command in commands():
        if command.input_files():
            for variant in VARIANTS:
                yield command, variant
        yield command, "args"


# Common English words and Python exception texts. Options (--from), file paths
# and JSON keys are removed before matching, so only prose is checked.
ENGLISH = re.compile(
    r"\b(the|of|is|are|not|no such|errno|error|invalid|expected|expecting|unexpected|"
    r"argument|arguments|usage|required|directory|permission|denied|traceback|nonetype|"
    r"list|dict|str|int|none|must|cannot|could|found|unrecognized|choose|value|help|show|"
    r"message|line|column|char|codec|decode|byte|object|delimiter|property|enclosed|"
    r"quotes|exceeds|limit|digits|positional|optional|out of bounds|too|"
    r"appointments|cases|users|entries|audit_log|view|create|change|delete|backup|restore|"
    r"login|search)\b",
    re.IGNORECASE,
)


def english_in(text: str, *strip: str) -> list[str]:
    for part in strip:
        text = text.replace(part, " ")
    text = re.sub(r"--?[\w-]+", " ", text)  # option names
    text = re.sub(r"(/[\w.\-]+)+", " ", text)  # paths
    text = re.sub(r"'[^']*'|\"[^\"]*\"", " ", text)  # quoted user values
    return sorted({m.group(0) for m in ENGLISH.finditer(text)})
