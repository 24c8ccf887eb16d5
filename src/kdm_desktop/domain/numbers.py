"""Counts as each language writes them: Turkish groups thousands with a dot
("41.476"), English with a comma ("41,476").

For what a person reads on the screen only: `--json`, files and the CLI's human
lines keep plain integers (scripts read them; see docs/messages.md).
"""

from __future__ import annotations

from typing import Final

from kdm_desktop import messages

_SEPARATOR: Final = {"tr": ".", "en": ","}


def grouped(n: int, lang: str | None = None) -> str:
    """`n` with its thousands grouped, in `lang` (default: the language of the moment)."""
    separator = _SEPARATOR.get(lang or messages.language(), ".")
    return f"{n:,}".replace(",", separator)
