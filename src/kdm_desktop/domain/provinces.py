"""Turkey's 81 provinces (iller), spelled as official correspondence spells them.

A letter prints the centre's province in the addressee ("İZMİR EMNİYET
MÜDÜRLÜĞÜNE") and in the centre's address ("Karşıyaka/İZMİR"), so the setting
takes only one of these names; what is typed is matched without regard to case
or Turkish letters ("izmir", "IZMIR" → "İzmir"). In plate-code order (01 Adana …
81 Düzce).
"""

from __future__ import annotations

from typing import Final

from kdm_desktop.domain.turkish import fold_for_search

PROVINCES: Final = (
    "Adana", "Adıyaman", "Afyonkarahisar", "Ağrı", "Amasya", "Ankara", "Antalya", "Artvin",
    "Aydın", "Balıkesir", "Bilecik", "Bingöl", "Bitlis", "Bolu", "Burdur", "Bursa",
    "Çanakkale", "Çankırı", "Çorum", "Denizli", "Diyarbakır", "Edirne", "Elazığ", "Erzincan",
    "Erzurum", "Eskişehir", "Gaziantep", "Giresun", "Gümüşhane", "Hakkari", "Hatay",
    "Isparta", "Mersin", "İstanbul", "İzmir", "Kars", "Kastamonu", "Kayseri", "Kırklareli",
    "Kırşehir", "Kocaeli", "Konya", "Kütahya", "Malatya", "Manisa", "Kahramanmaraş",
    "Mardin", "Muğla", "Muş", "Nevşehir", "Niğde", "Ordu", "Rize", "Sakarya", "Samsun",
    "Siirt", "Sinop", "Sivas", "Tekirdağ", "Tokat", "Trabzon", "Tunceli", "Şanlıurfa",
    "Uşak", "Van", "Yozgat", "Zonguldak", "Aksaray", "Bayburt", "Karaman", "Kırıkkale",
    "Batman", "Şırnak", "Bartın", "Ardahan", "Iğdır", "Yalova", "Karabük", "Kilis",
    "Osmaniye", "Düzce",
)  # fmt: skip
_BY_FOLDED: Final = {fold_for_search(p): p for p in PROVINCES}


def province_name(text: str) -> str | None:
    """The official spelling of the province `text` names, or None if it names none."""
    return _BY_FOLDED.get(fold_for_search(text))
