"""Texts of the packaged data files (resources/data/*.json), in Turkish and English.

Each translatable field of a data file has its English beside it under the same name
with ``_en`` (``"text"`` and ``"text_en"``), so a Turkish expert reviews one file and
sees both, and a translator adds a language by adding a field. The loader refuses a
Turkish text without its English (a data file cannot ship half-translated).

`Wording` is read like `Choice.label` / `label_tr`: `str(w)` and `w.text()` follow
the language of the moment (`messages.language()`: the screen's, or Turkish inside
an official document being built), `w.tr` is always Turkish. Only ids and codes are
stored in the case file, bundles and statistics, never a wording, so switching the
language never changes a stored record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kdm_desktop import messages

EN_SUFFIX = "_en"


@dataclass(frozen=True)
class Wording:
    tr: str
    en: str

    def text(self) -> str:
        return self.in_language(messages.language())

    def in_language(self, lang: str) -> str:
        """As a message parameter (like `rules.Label`): the rule's Turkish
        `message_tr` gets the Turkish, its `message` the user's language."""
        return self.en if lang == "en" and self.en else self.tr

    def __str__(self) -> str:
        return self.text()


NO_WORDING = Wording("", "")


def req_wording(
    obj: Mapping[str, object], key: str, where: str, *, empty_ok: bool = False
) -> Wording:
    """The Turkish ``key`` and English ``key_en`` of a data-file object; both must be
    text, and a non-empty Turkish needs a non-empty English."""
    tr = obj.get(key, "" if empty_ok else None)
    en = obj.get(key + EN_SUFFIX, "" if empty_ok else None)
    if not isinstance(tr, str) or (not empty_ok and not tr.strip()):
        raise ValueError(f"{where}: '{key}' must be a non-empty string")
    if not isinstance(en, str) or (tr.strip() and not en.strip()):
        raise ValueError(f"{where}: '{key}{EN_SUFFIX}' (the English of '{key}') is missing")
    if en.strip() and not tr.strip():
        raise ValueError(f"{where}: '{key}{EN_SUFFIX}' has no Turkish '{key}'")
    return Wording(tr, en)
