"""Invented Turkish names and details for the demo and tests. Never real people.

Names are drawn independently from common given names and surnames, so any
resemblance to a real person is chance; T.C. numbers are generated with a valid
checksum but random digits.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Final

from kdm_desktop.domain.rules import load_packaged_json

# The invented names, places and texts are data, not messages: they live in
# resources/data/synthetic_v1.json, read once. Their order is part of the demo (a seed
# picks by position), so the file keeps it.
_DATA: Final = load_packaged_json("synthetic_v1.json")
if _DATA.get("format") != "kdm-synthetic-demo" or _DATA.get("version") != 1:
    raise ValueError("not the synthetic demo data")


def strings(key: str) -> tuple[str, ...]:
    """One list of the demo data file, as a tuple of strings."""
    value = _DATA.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"synthetic demo data: {key}")
    return tuple(value)


def text(key: str) -> str:
    """One string of the demo data file; a dotted key reads inside an object."""
    value: object = _DATA
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if not isinstance(value, str):
        raise ValueError(f"synthetic demo data: {key}")
    return value


FIRST_NAMES: Final = strings("first_names")
LAST_NAMES: Final = strings("last_names")
DISTRICTS: Final = strings("districts")
NEIGHBOURHOODS: Final = strings("neighbourhoods")


@dataclass(frozen=True)
class SyntheticPerson:
    first_name: str
    last_name: str


def person(rng: random.Random) -> SyntheticPerson:
    return SyntheticPerson(rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES))


def mobile_phone(rng: random.Random) -> str:
    # 5XX operator prefixes in use; the subscriber part is random.
    prefix = rng.choice(("530", "532", "535", "541", "542", "545", "505", "506", "551", "553"))
    return f"+90{prefix}{rng.randrange(10_000_000):07d}"
