"""Entry point of `kdm`. Exit codes: 0 ok, 1 error, 2 usage, 3 authentication, 4 refused input."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from kdm_desktop import __version__, messages
from kdm_desktop.cli.argtext import turkish_argparse
from kdm_desktop.cli.commands import COMMANDS
from kdm_desktop.cli.io import Output, SecretSource
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import KdmError, UsageError
from kdm_desktop.fsutil import owner_only_umask
from kdm_desktop.logsetup import configure_file_logging, log_crash
from kdm_desktop.oserrors import environment_error
from kdm_desktop.paths import CaseFilePaths, resolve_data_dir

Register = Callable[["argparse._SubParsersAction[Any]", argparse.ArgumentParser], None]


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in Turkish with exit code 2."""

    def error(self, message: str) -> NoReturn:
        if messages.language() == "tr":
            for key in _ARGPARSE_ERROR_KEYS:
                entry = messages.CATALOGUE[key]
                message = message.replace(entry["en"], entry["tr"])
        raise UsageError("usage.error", detail=message)


# Fragments of argparse's English error sentences and their Turkish wording, for an
# error raised outside `turkish_argparse()` (catalogue/cli_help.py, "en" -> "tr").
_ARGPARSE_ERROR_KEYS = (
    "cli.argparse_error.required",
    "cli.argparse_error.unrecognized",
    "cli.argparse_error.invalid_choice",
    "cli.argparse_error.choose_from",
    "cli.argparse_error.expected_one",
    "cli.argparse_error.invalid_int",
    "cli.argparse_error.not_allowed_with",
    "cli.argparse_error.argument",
)


def _common_options() -> argparse.ArgumentParser:
    # Accepted both before and after the command; SUPPRESS keeps a subcommand's
    # default from overwriting a value given before it.
    common = _Parser(add_help=False)
    s = argparse.SUPPRESS
    common.add_argument(
        "--json", action="store_true", default=s, help=messages.text("cli.option.json")
    )
    common.add_argument(
        "--data-dir", default=s, metavar="DIR", help=messages.text("cli.option.data_dir")
    )
    common.add_argument("--user", default=s, metavar="NAME", help=messages.text("cli.option.user"))
    common.add_argument(
        "--password-stdin",
        action="store_true",
        default=s,
        help=messages.text("cli.option.password_stdin"),
    )
    common.add_argument(
        "--lang", choices=("tr", "en"), default=s, help=messages.text("cli.option.lang")
    )
    return common


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The `kdm` parser with every command.

    Without `argv` every command module is loaded and registers its commands in
    full. With `argv`, only the modules of the commands named in it are loaded;
    every other command gets a stand-in entry with the same name and help (see
    cli/commands.py), so `kdm --help` answers without loading the services.
    argparse can only choose a command whose name is one of the words given, so
    the chosen command is always a fully registered one.
    """
    common = _common_options()
    parser = _Parser(
        prog="kdm",
        description=messages.text("cli.main.description"),
        parents=[common],
        epilog=messages.text("cli.main.epilog"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"kdm {__version__}",
        help=messages.text("cli.option.version"),
    )
    sub = parser.add_subparsers(
        dest="command",
        required=True,
        metavar=messages.text("cli.metavar.command"),
        parser_class=_Parser,
    )
    words = None if argv is None else set(argv)
    for module_name, commands in COMMANDS:
        if words is None or any(name in words for name, _ in commands):
            register: Register = importlib.import_module(module_name).register
            register(sub, common)
        else:
            for name, help_key in commands:
                sub.add_parser(name, help=messages.text(help_key), add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    owner_only_umask()
    out = Output(as_json="--json" in args_list)
    if "--lang" in args_list:
        idx = args_list.index("--lang")
        if idx + 1 < len(args_list) and args_list[idx + 1] in messages.SUPPORTED_LANGUAGES:
            messages.set_language(args_list[idx + 1])
    try:
        with turkish_argparse():  # help and usage errors in Turkish (see argtext)
            args = build_parser(args_list).parse_args(args_list)
        data_dir = resolve_data_dir(getattr(args, "data_dir", None))
        for name in ("json", "user", "password_stdin", "lang"):
            if not hasattr(args, name):
                setattr(args, name, None)
        from kdm_desktop.cli.context import Context  # loads the session services

        ctx = Context(
            args=args,
            data_dir=data_dir,
            out=Output(as_json=bool(args.json)),
            secrets=SecretSource(from_stdin=bool(args.password_stdin)),
        )
        out = ctx.out
        func: Callable[[Context], int] = args.func
        return func(ctx)
    except KdmError as exc:
        out.error(exc.message, exc.key, exc.exit_code, _field_errors(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        # A full disk or a pulled drive that escaped its caller is still named as such.
        fault = environment_error(exc, _data_dir_of(args_list))
        if fault is not None:
            out.error(fault.message, fault.key, fault.exit_code)
            return fault.exit_code
        log_path = _log_crash_safely(args_list, exc)
        out.error(messages.text("error.unexpected", log=log_path), "error.unexpected", 1)
        return 1


def _field_errors(exc: KdmError) -> list[dict[str, str]] | None:
    if isinstance(exc, ValidationErrors):
        return exc.fields() or None  # a refusal naming no field lists none
    return None


def _data_dir_of(args_list: list[str]) -> str:
    try:
        if "--data-dir" in args_list:
            return str(resolve_data_dir(args_list[args_list.index("--data-dir") + 1]))
        return str(resolve_data_dir(None))
    except Exception:
        return "-"


def _log_crash_safely(args_list: list[str], exc: BaseException) -> str:
    try:
        data_dir = resolve_data_dir(None)
        if "--data-dir" in args_list:
            i = args_list.index("--data-dir")
            data_dir = resolve_data_dir(args_list[i + 1])
        path = configure_file_logging(CaseFilePaths(data_dir).logs)
        log_crash(exc)
        return str(path)
    except Exception:
        return "-"


if __name__ == "__main__":
    sys.exit(main())
