"""argparse in Turkish, and number options that refuse absurd values.

argparse writes its own words ("usage:", "positional arguments", "show this
help message and exit", its error sentences) through `gettext`, looked up in
the `argparse` module at the moment a parser is built, prints help or reports
an error. `turkish_argparse()` swaps that lookup for a Turkish table for the
duration of one command, so help and usage errors are Turkish with no .mo file
to install; `--lang en` leaves argparse untouched.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator

from kdm_desktop import messages

# argparse's own msgids (its English, kept as "en") with their Turkish wording ("tr"),
# both in catalogue/cli_help.py; argparse formats them itself, so they carry %-style
# placeholders and are read from the catalogue directly, never through messages.text.
_ARGPARSE_KEYS: tuple[str, ...] = (
    "cli.argparse.usage",
    "cli.argparse.positionals",
    "cli.argparse.options",
    "cli.argparse.optional_arguments",
    "cli.argparse.help",
    "cli.argparse.required",
    "cli.argparse.unrecognized",
    "cli.argparse.invalid_choice",
    "cli.argparse.expected_one",
    "cli.argparse.expected_at_most_one",
    "cli.argparse.expected_at_least_one",
    "cli.argparse.expected_n",
    "cli.argparse.expected_n_plural",
    "cli.argparse.invalid_value",
    "cli.argparse.not_allowed_with",
    "cli.argparse.argument",
    "cli.argparse.ambiguous",
    "cli.argparse.one_required",
    "cli.argparse.ignored_explicit",
    "cli.argparse.unexpected_option",
    "cli.argparse.unknown_parser",
    "cli.argparse.error",
)


def turkish_table() -> dict[str, str]:
    """argparse's English msgid -> its Turkish wording."""
    return {messages.CATALOGUE[key]["en"]: messages.CATALOGUE[key]["tr"] for key in _ARGPARSE_KEYS}


_TURKISH = turkish_table()


def _gettext(text: str) -> str:
    return _TURKISH.get(text, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextlib.contextmanager
def turkish_argparse() -> Iterator[None]:
    """argparse speaks Turkish inside the block when the message language is Turkish."""
    if messages.language() != "tr":
        yield
        return
    module = vars(argparse)
    saved = module["_"], module["ngettext"]
    module["_"], module["ngettext"] = _gettext, _ngettext
    try:
        yield
    finally:
        module["_"], module["ngettext"] = saved


class _NumberType:
    """An argparse `type` whose name (which argparse puts in its "invalid … value"
    message) is read in the language of the moment, not fixed at import."""

    def __init__(self, parse: Callable[[str], int]) -> None:
        self._parse = parse

    def __call__(self, text: str) -> int:
        return self._parse(text)

    @property
    def __name__(self) -> str:
        return messages.text("cli.argparse.number_type")


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    """An argparse `type` for a whole number in [low, high].

    A number past any sensible count (a page size of 10^30) would overflow SQLite
    and end as "unexpected error"; here it is a usage error that names the range.
    """

    def parse(text: str) -> int:
        try:
            value = int(text.strip()) if len(text.strip()) <= 20 else None
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                messages.text("input.int_option", value=text[:24], low=low, high=high)
            )
        return value

    return _NumberType(parse)


# A count, limit, offset or number of days.
COUNT = bounded_int(0, 1_000_000)

SEED = bounded_int(0, 2**32 - 1)

# Any sane whole number; the service decides what is allowed (and refuses with exit 4).
SMALL_INT = bounded_int(-1_000_000, 1_000_000)


def _record_number(text: str) -> int:
    """A record's number as typed; one that is too large is simply not found later."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) > 4000:
        raise argparse.ArgumentTypeError(
            messages.text("input.int_option", value=text[:24], low=1, high="…")
        )
    return int(digits)


record_number = _NumberType(_record_number)
