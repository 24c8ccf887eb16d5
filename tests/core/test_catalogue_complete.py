"""The core's catalogues are complete: every feature file is merged, every key has its
Turkish and its English, and both take the same parameters (issue #19: "Turkish and
English complete"; re-audit: nothing held a catalogue module that was never merged,
an empty English text, or an English text naming a parameter the Turkish does not).
"""

from __future__ import annotations

import importlib
import pkgutil
import string

import kdm_desktop.catalogue as catalogue
from kdm_desktop import messages

# Keys whose languages take different parameters on purpose, and why.
_DIFFERENT_PARAMETERS = {
    # English needs the order kind in lower case mid-sentence ("a protective order");
    # the caller passes both forms (domain/protection/order_checks.py).
    "protection.order.issuer_not_allowed",
}


def _parameters(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_every_feature_catalogue_is_merged() -> None:
    merged = {id(table) for table in catalogue.FEATURE_CATALOGUES}
    modules = [m.name for m in pkgutil.iter_modules(catalogue.__path__)]
    assert len(modules) > 40
    unmerged = [
        name
        for name in modules
        if id(importlib.import_module(f"kdm_desktop.catalogue.{name}").MESSAGES) not in merged
    ]
    assert unmerged == []


def test_every_key_has_turkish_and_english() -> None:
    incomplete = [
        key
        for key, entry in messages.CATALOGUE.items()
        if set(entry) != {"tr", "en"} or not entry["tr"].strip() or not entry["en"].strip()
    ]
    assert incomplete == []


def test_both_languages_take_the_same_parameters() -> None:
    different = sorted(
        key
        for key, entry in messages.CATALOGUE.items()
        if _parameters(entry["tr"]) != _parameters(entry["en"])
    )
    assert different == sorted(_DIFFERENT_PARAMETERS)
