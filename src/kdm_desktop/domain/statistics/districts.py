"""The closed list of a province's districts, read from packaged data.

`resources/data/districts_<province>_v<N>.json` holds the districts with their
correct Turkish spelling; a stored case keeps the district as text, and statistics
map that text to a district here. Matching folds Turkish letters and case
("KARSIYAKA", "karşıyaka", "Karşıyaka / İzmir" are all Karşıyaka), so old free-text
values map without retyping; what does not map is listed for the admin to correct.
Another province is another data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.packaged_text import Wording, req_wording
from kdm_desktop.domain.rules import load_packaged_json
from kdm_desktop.domain.turkish import fold_for_search, sort_key

DEFAULT_PROVINCE: Final = "izmir"
UNKNOWN_DISTRICT: Final = "belirtilmedi"
UNMAPPED_DISTRICT: Final = "eslesmeyen"

_SEPARATORS = re.compile(r"[/,;()\-–]")
_NOISE: Final = ("ilcesi", "ilce", "merkez", "izmir")


@dataclass(frozen=True)
class District:
    key: str
    name: str


@dataclass(frozen=True)
class Region:
    """A group of neighbouring districts: small districts are merged into their region
    before two characteristics are crossed (see cross.py)."""

    key: str
    wording: Wording  # "Yarımada ilçeleri" / "Peninsula districts"
    districts: tuple[str, ...]

    @property
    def name(self) -> str:
        """In the language of the moment (Turkish inside the province report)."""
        return self.wording.text()


def _both(key: str) -> Wording:
    entry = messages.CATALOGUE[key]
    return Wording(entry["tr"], entry["en"])


@dataclass(frozen=True)
class DistrictList:
    province_key: str
    province: str
    version: int
    districts: tuple[District, ...]
    regions: tuple[Region, ...] = ()

    def region_of(self, key: str) -> Region | None:
        for region in self.regions:
            if key in region.districts:
                return region
        return None

    def name_of(self, key: str) -> str:
        """A district's name (a place name, the same in every language), or "not
        stated" / "not on the list" in the language of the moment."""
        return self.wording_of(key).text()

    def wording_of(self, key: str) -> Wording:
        for d in self.districts:
            if d.key == key:
                return Wording(d.name, d.name)
        if key == UNKNOWN_DISTRICT:
            return _both("stat.cross.not_stated")
        if key == UNMAPPED_DISTRICT:
            return _both("stat.district.unmapped")
        raise KeyError(key)

    def keys(self) -> tuple[str, ...]:
        return tuple(d.key for d in self.districts)

    def match(self, text: str) -> str | None:
        """The district key for free text, or None when it names no district of the list."""
        for part in [text, *_SEPARATORS.split(text)]:
            words = [w for w in fold_for_search(part).split() if w not in _NOISE]
            folded = "_".join(words)
            for d in self.districts:
                if folded == d.key:
                    return d.key
        return None

    def near(self, text: str, n: int = 3) -> tuple[District, ...]:
        """A few districts to suggest for a text that matched none: those that begin
        with the same letter, else the first of the list."""
        folded = fold_for_search(text).strip()
        same = [d for d in self.districts if folded and d.key[0] == folded[0]]
        return tuple((same or list(self.districts))[:n])

    def classify(self, text: str) -> str:
        """A district key, `belirtilmedi` for an empty value, `eslesmeyen` otherwise."""
        if not text.strip():
            return UNKNOWN_DISTRICT
        return self.match(text) or UNMAPPED_DISTRICT


@cache
def district_list(province_key: str = DEFAULT_PROVINCE) -> DistrictList:
    if not re.fullmatch(r"[a-z_]{2,40}", province_key):
        raise ValueError(province_key)
    data = load_packaged_json(f"districts_{province_key}_v1.json")
    if data.get("format") != "kdm-district-list" or data.get("province_key") != province_key:
        raise ValueError("not a district list")
    raw = data.get("districts")
    version = data.get("version")
    province = data.get("province")
    if not isinstance(raw, list) or not isinstance(version, int) or not isinstance(province, str):
        raise ValueError("district list: bad structure")
    districts = []
    for item in raw:
        if not isinstance(item, dict):
            raise ValueError("district list: bad entry")
        key, name = item.get("key"), item.get("name")
        if not isinstance(key, str) or not isinstance(name, str):
            raise ValueError("district list: bad entry")
        if fold_for_search(name).replace(" ", "_") != key:
            raise ValueError(f"district list: key {key} does not fold from {name}")
        districts.append(District(key, name))
    if len({d.key for d in districts}) != len(districts):
        raise ValueError("district list: duplicate district")
    districts.sort(key=lambda d: sort_key(d.name))
    return DistrictList(
        province_key, province, version, tuple(districts), _regions(data, districts)
    )


def _regions(data: dict[str, object], districts: list[District]) -> tuple[Region, ...]:
    """Optional regions; when given, every district is in exactly one."""
    raw = data.get("regions", [])
    if not isinstance(raw, list):
        raise ValueError("district list: bad regions")
    out = []
    for item in raw:
        if not isinstance(item, dict):
            raise ValueError("district list: bad region")
        key, members = item.get("key"), item.get("districts")
        if not isinstance(key, str) or not isinstance(members, list):
            raise ValueError("district list: bad region")
        name = req_wording(item, "name", f"regions.{key}")
        out.append(Region(key, name, tuple(str(m) for m in members)))
    if out:
        placed = sorted(m for r in out for m in r.districts)
        if placed != sorted(d.key for d in districts):
            raise ValueError("district list: every district must be in exactly one region")
    return tuple(out)
