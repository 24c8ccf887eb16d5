"""Text in a document's language, which is not always the screen's (docs/messages.md).

Official documents and the data dictionaries they are built from (the province
statistics tables) are Turkish whatever `--lang` says; `official` reads a catalogue
key in that language. The core's other text goes through `messages.text`.
"""

from __future__ import annotations

from typing import Final

from kdm_desktop import messages

DOCUMENT_LANGUAGE: Final = "tr"


def in_language(lang: str, key: str, /, **params: object) -> str:
    entry = messages.CATALOGUE[key]
    return (entry.get(lang) or entry["tr"]).format(**params)


def official(key: str, /, **params: object) -> str:
    """Text of a document for a Turkish institution or for her: always Turkish."""
    return in_language(DOCUMENT_LANGUAGE, key, **params)
