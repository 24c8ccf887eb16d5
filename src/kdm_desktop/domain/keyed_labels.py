"""A read-only label table whose texts are message keys, read in the current language.

Module-level tables like `FIELD_LABELS` are imported once but read while the
program runs, after `--lang en` or the window's language setting has been applied.
Holding keys instead of sentences lets every reader (forms, validation messages,
PDFs, audit views) get the label in the language of the moment, while code that
iterates, tests membership or calls `.get` keeps working as with a dict.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TypeVar

from kdm_desktop import messages

K = TypeVar("K")


class KeyedLabels(Mapping[K, str]):
    """`table[k]` is `messages.text(keys[k])`; `turkish(k)` ignores the language."""

    def __init__(self, keys: Mapping[K, str]) -> None:
        missing = [key for key in keys.values() if key not in messages.CATALOGUE]
        if missing:
            raise RuntimeError(f"label keys missing from the catalogue: {missing}")
        self._keys = dict(keys)

    def __getitem__(self, item: K) -> str:
        return messages.text(self._keys[item])

    def __iter__(self) -> Iterator[K]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def key(self, item: K) -> str:
        return self._keys[item]

    def turkish(self, item: K) -> str:
        return messages.CATALOGUE[self._keys[item]]["tr"]


def text_tr(key: str, /, **params: object) -> str:
    """The Turkish message for `key`, whatever the current language: for documents
    that are always Turkish (official letters to Turkish institutions)."""
    return messages.CATALOGUE[key]["tr"].format(**params)
