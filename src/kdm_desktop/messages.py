"""User-facing messages of the headless core, in Turkish first and English second.

The core cannot use Qt's translator (it never imports Qt), so its messages live in
per-feature catalogues (`catalogue/<feature>.py`) that this module merges and looks
up in the current language. Keys are stable identifiers; the CLI's `--json` output carries
the key as `error_code`, so scripts never parse prose.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from typing import Final

_LANG_ENV: Final = "KDM_LANG"
SUPPORTED_LANGUAGES: Final = ("tr", "en")

_current = (
    os.environ.get(_LANG_ENV, "tr") if os.environ.get(_LANG_ENV) in SUPPORTED_LANGUAGES else "tr"
)

# Every message lives in a feature catalogue (catalogue/<feature>.py), merged here.
CATALOGUE: Final[dict[str, dict[str, str]]] = {}


def _merge_feature_catalogues() -> None:
    from kdm_desktop.catalogue import FEATURE_CATALOGUES

    for extra in FEATURE_CATALOGUES:
        clash = CATALOGUE.keys() & extra.keys()
        if clash:
            raise RuntimeError(f"message keys defined twice: {sorted(clash)}")
        CATALOGUE.update(extra)


_merge_feature_catalogues()


def set_language(lang: str) -> None:
    global _current
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(lang)
    _current = lang


# A document being built on this thread speaks its own language (`speaking`).
_document = threading.local()


def language() -> str:
    lang: str | None = getattr(_document, "lang", None)
    return lang or _current


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Within the block, this thread's messages (and every label read through them)
    are in `lang`: an official document stays Turkish whatever the screen shows,
    without switching the language of the window's other threads."""
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(lang)
    before = getattr(_document, "lang", None)
    _document.lang = lang
    try:
        yield
    finally:
        _document.lang = before


def text(key: str, /, **params: object) -> str:
    """Return the message for `key` in the current language, with `params` filled in."""
    entry = CATALOGUE[key]
    template = entry.get(language()) or entry["tr"]
    return template.format(**params)
