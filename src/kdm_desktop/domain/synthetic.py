"""Invented Turkish names and details for the demo and tests. Never real people.

Names are drawn independently from common given names and surnames, so any
resemblance to a real person is chance; T.C. numbers are generated with a valid
checksum but random digits.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

FIRST_NAMES = (
    "Ayşe",
    "Fatma",
    "Emine",
    "Hatice",
    "Zeynep",
    "Elif",
    "Meryem",
    "Şerife",
    "Zehra",
    "Sultan",
    "Hanife",
    "Merve",
    "Özlem",
    "Gül",
    "Gülşen",
    "Çiğdem",
    "Işıl",
    "İpek",
    "Ümran",
    "Şükran",
    "Gökçe",
    "Ilgın",
    "İlknur",
    "Nurcan",
    "Dilek",
    "Yasemin",
    "Sevgi",
    "Derya",
    "Büşra",
    "Tuğba",
    "Esra",
    "Songül",
    "Nazlı",
    "Ebru",
    "Canan",
    "Aslı",
    "Şule",
    "Öznur",
    "Hülya",
    "Gülizar",
)
LAST_NAMES = (
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Çelik",
    "Yıldız",
    "Yıldırım",
    "Öztürk",
    "Aydın",
    "Özdemir",
    "Arslan",
    "Doğan",
    "Kılıç",
    "Aslan",
    "Çetin",
    "Kara",
    "Koç",
    "Kurt",
    "Özkan",
    "Şimşek",
    "Işık",
    "İğdeli",
    "Ilgaz",
    "Güneş",
    "Erdoğdu",
    "Akgül",
    "Çakır",
    "Uğurlu",
    "Karagöz",
    "Tunç",
    "Bozkurt",
    "Ünal",
    "Sarı",
    "Gündüz",
    "Keskin",
    "Özer",
    "Ateş",
    "Türkmen",
    "Çiçek",
    "Akın",
)
DISTRICTS = (
    "Konak",
    "Karşıyaka",
    "Bornova",
    "Buca",
    "Çiğli",
    "Bayraklı",
    "Gaziemir",
    "Balçova",
    "Narlıdere",
    "Karabağlar",
    "Menemen",
    "Torbalı",
)
NEIGHBOURHOODS = (
    "Alsancak",
    "Göztepe",
    "Bostanlı",
    "Mavişehir",
    "Evka 3",
    "Şirinyer",
    "Işıkkent",
    "Ulukent",
    "Çamdibi",
    "Yeşilyurt",
    "Gürçeşme",
    "Uğur Mumcu",
)


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
