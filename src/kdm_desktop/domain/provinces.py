"""Turkey's 81 provinces (iller), spelled as official correspondence spells them.

A letter prints the centre's province in the addressee ("İZMİR EMNİYET
MÜDÜRLÜĞÜNE") and in the centre's address ("Karşıyaka/İZMİR"), so the setting
takes only one of these names; what is typed is matched without regard to case
or Turkish letters ("izmir", "IZMIR" → "İzmir"). The names are data, in
`resources/data/provinces_tr_v1.json` (plate-code order, 01 Adana … 81 Düzce).
"""

from __future__ import annotations

from functools import cache

from kdm_desktop.domain.rules import load_packaged_json
from kdm_desktop.domain.turkish import fold_for_search

PROVINCE_COUNT = 81


@cache
def provinces() -> tuple[str, ...]:
    data = load_packaged_json("provinces_tr_v1.json")
    rows = data.get("provinces")
    if data.get("format") != "kdm-province-list" or not isinstance(rows, list):
        raise ValueError("not a province list")
    names = tuple(str(r["name"]) for r in rows)
    if len(set(names)) != PROVINCE_COUNT:
        raise ValueError("a province list has 81 different names")
    return names


@cache
def _by_folded() -> dict[str, str]:
    return {fold_for_search(p): p for p in provinces()}


def province_name(text: str) -> str | None:
    """The official spelling of the province `text` names, or None if it names none."""
    return _by_folded().get(fold_for_search(text))
