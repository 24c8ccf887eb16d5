"""Core messages of the perpetrator section (Turkish first, English second)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "perp.not_kept": {
        "tr": "Şiddet uygulayanın '{key}' bilgisi tutulmaz: dosyada yalnızca yakınlık, ad, "
        "yaş grubu, silaha erişim, önceki tedbirler, ortak çocuklar ve not bulunur. "
        "Bu alanı çıkarıp yeniden deneyin.",
        "en": "The perpetrator's '{key}' is not kept: the file holds only relation, name, age "
        "band, weapon access, earlier orders, shared children and a note. Remove this field "
        "and try again.",
    },
    "perp.empty": {
        "tr": "Şiddet uygulayan için hiçbir bilgi girilmedi. En azından yakınlığını seçin "
        "(adını vermek istemiyorsa ad boş kalabilir).",
        "en": "Nothing was entered for the perpetrator. Choose at least his relation to her "
        "(the name may stay empty if she does not want to give it).",
    },
    "perp.not_found": {
        "tr": "Bu dosyada böyle bir şiddet uygulayan kaydı yok: {id}. "
        "'kdm perpetrator list' ile kayıtları görün.",
        "en": "This case has no perpetrator record with this id: {id}. "
        "See the records with 'kdm perpetrator list'.",
    },
    "perp.too_many": {
        "tr": "Bir dosyada en çok {max} şiddet uygulayan kaydı tutulabilir. Gerekirse "
        "eskilerden birini silin ya da nota yazın.",
        "en": "A case can hold at most {max} perpetrator records. Remove an old one or "
        "write it in a note.",
    },
    "audit.object.case_perpetrator": {"tr": "Şiddet uygulayan", "en": "Perpetrator"},
    "audit.object.case_perpetrators": {
        "tr": "Şiddet uygulayan bölümü",
        "en": "Perpetrator section",
    },
    "count.case_perpetrators": {"tr": "şiddet uygulayan kayıtları", "en": "perpetrator records"},
    "audit.detail.primary": {"tr": "asıl şiddet uygulayan yapıldı", "en": "made primary"},
}
