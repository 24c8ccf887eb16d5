"""Text in a document's language, which is not always the screen's (docs/messages.md).

Official documents and the data dictionaries they are built from (the province
statistics tables) are Turkish whatever `--lang` says; `official` reads a catalogue
key in that language. The core's other text goes through `messages.text`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Final, ParamSpec, TypeVar

from kdm_desktop import messages

DOCUMENT_LANGUAGE: Final = "tr"


def in_language(lang: str, key: str, /, **params: object) -> str:
    entry = messages.CATALOGUE[key]
    return (entry.get(lang) or entry["tr"]).format(**params)


def official(key: str, /, **params: object) -> str:
    """Text of a document for a Turkish institution or for her: always Turkish."""
    return in_language(DOCUMENT_LANGUAGE, key, **params)


P = ParamSpec("P")
R = TypeVar("R")


def official_document(build: Callable[P, R]) -> Callable[P, R]:
    """Build an official document in `DOCUMENT_LANGUAGE`: its field and choice labels,
    dates and sentences, not only the keys read through `official`."""

    @functools.wraps(build)
    def built(*args: P.args, **kwargs: P.kwargs) -> R:
        with messages.speaking(DOCUMENT_LANGUAGE):
            return build(*args, **kwargs)

    return built
