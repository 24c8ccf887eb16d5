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

TURKISH: dict[str, str] = {
    "usage: ": "kullanım: ",
    "positional arguments": "konumsal argümanlar",
    "options": "seçenekler",
    "optional arguments": "seçenekler",
    "show this help message and exit": "bu yardımı göster ve çık",
    "the following arguments are required: %s": "şu argümanlar gerekli: %s",
    "unrecognized arguments: %s": "tanınmayan argümanlar: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "geçersiz seçim: %(value)r (seçenekler: %(choices)s)"
    ),
    "expected one argument": "bir değer bekleniyor",
    "expected at most one argument": "en çok bir değer bekleniyor",
    "expected at least one argument": "en az bir değer bekleniyor",
    "expected %s argument": "%s değer bekleniyor",
    "expected %s arguments": "%s değer bekleniyor",
    "invalid %(type)s value: %(value)r": "geçersiz %(type)s: %(value)r",
    "not allowed with argument %s": "şu argümanla birlikte kullanılamaz: %s",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "belirsiz seçenek: %(option)s şunlardan biri olabilir: %(matches)s"
    ),
    "one of the arguments %s is required": "şu argümanlardan biri gerekli: %s",
    "ignored explicit argument %r": "bu seçenek değer almaz: %r",
    "unexpected option string: %s": "beklenmeyen seçenek: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "bilinmeyen komut %(parser_name)r (seçenekler: %(choices)s)"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s: hata: %(message)s\n",
}


def _gettext(text: str) -> str:
    return TURKISH.get(text, text)


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

    parse.__name__ = "sayı"  # argparse names the type in its messages
    return parse


COUNT = bounded_int(0, 1_000_000)
"""A count, limit, offset or number of days."""

SEED = bounded_int(0, 2**32 - 1)

SMALL_INT = bounded_int(-1_000_000, 1_000_000)
"""Any sane whole number; the service decides what is allowed (and refuses with exit 4)."""


def record_number(text: str) -> int:
    """A record's number as typed; one that is too large is simply not found later."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) > 4000:
        raise argparse.ArgumentTypeError(
            messages.text("input.int_option", value=text[:24], low=1, high="…")
        )
    return int(digits)


record_number.__name__ = "sayı"
