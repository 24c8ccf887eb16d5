"""Every closed list of a case record, with the Turkish label the UI and PDFs show.

Stored values are short ASCII Turkish identifiers (like `Role`), never labels: a
label can be reworded without touching stored data. `None` in a record means
"belirtilmedi" (not asked / not stated) and is counted as such in statistics,
so no form has to invent a default answer.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final, TypeVar

from kdm_desktop.domain.turkish import fold_for_search

NOT_STATED_TR: Final = "Belirtilmedi"


class Choice(StrEnum):
    """A stored value with a Turkish label."""

    @property
    def label(self) -> str:
        return _LABELS[type(self)][self.value]


# Keyed by class, then by value: StrEnum members of different classes with the
# same value ("diger") compare equal, so one flat dict would mix them up.
_LABELS: dict[type[Choice], dict[str, str]] = {}


def _labels(cls: type[Choice], labels: dict[str, str]) -> None:
    missing = {m.value for m in cls} ^ set(labels)
    if missing:
        raise RuntimeError(f"{cls.__name__}: labels do not match members: {sorted(missing)}")
    _LABELS[cls] = labels


C = TypeVar("C", bound=Choice)


def parse_choice(cls: type[C], text: str) -> C:
    """Accept the stored value or the Turkish label, in any case and with or without
    Turkish letters ("İmam nikâhı", "imam_nikahi"); raise ValueError otherwise."""
    folded = fold_for_search(text).replace(" ", "_")
    for member in cls:
        if folded == member.value or folded == fold_for_search(member.label).replace(" ", "_"):
            return member
    raise ValueError(text)


def choice_list(cls: type[Choice]) -> str:
    """The accepted values for an error message: "tek (Tek sefer), ..."."""
    return ", ".join(f"{m.value} ({m.label})" for m in cls)


def label_or_not_stated(value: Choice | None) -> str:
    return NOT_STATED_TR if value is None else value.label


# ----- the woman -----


class MaritalStatus(Choice):
    SINGLE = "bekar"
    MARRIED = "resmi_nikahli"
    RELIGIOUS_ONLY = "imam_nikahli"
    SEPARATED = "ayri_yasiyor"
    DIVORCED = "bosanmis"
    WIDOWED = "esi_vefat_etmis"


_labels(
    MaritalStatus,
    {
        "bekar": "Bekâr",
        "resmi_nikahli": "Evli (resmî nikâh)",
        "imam_nikahli": "Yalnızca imam nikâhı",
        "ayri_yasiyor": "Evli, ayrı yaşıyor",
        "bosanmis": "Boşanmış",
        "esi_vefat_etmis": "Eşi vefat etmiş",
    },
)


class Education(Choice):
    ILLITERATE = "okuryazar_degil"
    LITERATE = "okuryazar"
    PRIMARY = "ilkokul"
    MIDDLE = "ortaokul"
    HIGH = "lise"
    UNIVERSITY = "universite"
    POSTGRADUATE = "lisansustu"


_labels(
    Education,
    {
        "okuryazar_degil": "Okuryazar değil",
        "okuryazar": "Okuryazar (okul bitirmemiş)",
        "ilkokul": "İlkokul",
        "ortaokul": "Ortaokul",
        "lise": "Lise",
        "universite": "Üniversite",
        "lisansustu": "Lisansüstü",
    },
)


class Employment(Choice):
    PERMANENT = "surekli"
    TEMPORARY = "gecici"
    INFORMAL = "kayit_disi"
    UNEMPLOYED = "calismiyor"
    HOMEMAKER = "ev_kadini"
    STUDENT = "ogrenci"
    RETIRED = "emekli"


_labels(
    Employment,
    {
        "surekli": "Sürekli işte çalışıyor",
        "gecici": "Geçici / mevsimlik işte çalışıyor",
        "kayit_disi": "Kayıt dışı çalışıyor",
        "calismiyor": "Çalışmıyor, iş arıyor",
        "ev_kadini": "Ev kadını",
        "ogrenci": "Öğrenci",
        "emekli": "Emekli",
    },
)


class IncomeBand(Choice):
    NONE = "gelir_yok"
    BELOW_MINIMUM = "asgari_alti"
    MINIMUM_TO_TWICE = "asgari_2kat"
    TWICE_TO_FOUR = "asgari_2_4kat"
    ABOVE_FOUR = "asgari_4kat_ustu"


_labels(
    IncomeBand,
    {
        "gelir_yok": "Hane geliri yok",
        "asgari_alti": "Asgari ücretin altında",
        "asgari_2kat": "Asgari ücret – 2 katı",
        "asgari_2_4kat": "Asgari ücretin 2–4 katı",
        "asgari_4kat_ustu": "Asgari ücretin 4 katından fazla",
    },
)


# ----- the application -----


class ApplicationChannel(Choice):
    WALK_IN = "yuz_yuze"
    PHONE = "telefon"
    EMAIL = "e_posta"
    LETTER = "dilekce"
    ALO_183 = "alo_183"
    SONIM = "sonim"
    POLICE = "kolluk"
    HOSPITAL = "hastane"
    OTHER_CENTRE = "baska_merkez"
    OTHER = "diger"


_labels(
    ApplicationChannel,
    {
        "yuz_yuze": "Kendisi geldi (yüz yüze)",
        "telefon": "Telefon",
        "e_posta": "E-posta",
        "dilekce": "Dilekçe / yazı",
        "alo_183": "ALO 183 yönlendirmesi",
        "sonim": "ŞÖNİM yönlendirmesi",
        "kolluk": "Emniyet / jandarma yönlendirmesi",
        "hastane": "Hastane yönlendirmesi",
        "baska_merkez": "Başka bir merkez yönlendirmesi",
        "diger": "Diğer",
    },
)


class HeardFrom(Choice):
    FRIEND_OR_FAMILY = "yakin_cevre"
    FORMER_CLIENT = "eski_danisan"
    INTERNET = "internet"
    MUNICIPALITY = "belediye"
    INSTITUTION = "kurum"
    MEDIA = "basin"
    OTHER = "diger"


_labels(
    HeardFrom,
    {
        "yakin_cevre": "Arkadaş, komşu ya da aile",
        "eski_danisan": "Daha önce başvuran biri",
        "internet": "İnternet / sosyal medya",
        "belediye": "Belediye birimleri",
        "kurum": "Bir kurum (ŞÖNİM, emniyet, hastane, okul…)",
        "basin": "Basın, afiş, broşür",
        "diger": "Diğer",
    },
)


# ----- violence -----


class ViolenceType(Choice):
    PHYSICAL = "fiziksel"
    PSYCHOLOGICAL = "psikolojik"
    VERBAL = "sozel"
    ECONOMIC = "ekonomik"
    SEXUAL = "cinsel"
    DIGITAL = "dijital"
    STALKING = "israrli_takip"


_labels(
    ViolenceType,
    {
        "fiziksel": "Fiziksel",
        "psikolojik": "Psikolojik",
        "sozel": "Sözel",
        "ekonomik": "Ekonomik",
        "cinsel": "Cinsel",
        "dijital": "Dijital",
        "israrli_takip": "Israrlı takip",
    },
)


class PerpetratorRelation(Choice):
    SPOUSE = "es"
    EX_SPOUSE = "eski_es"
    PARTNER = "partner"
    FATHER = "baba"
    BROTHER = "erkek_kardes"
    SON = "ogul"
    OTHER = "diger"


_labels(
    PerpetratorRelation,
    {
        "es": "Eşi",
        "eski_es": "Eski eşi",
        "partner": "Birlikte olduğu / sevgilisi",
        "baba": "Babası",
        "erkek_kardes": "Erkek kardeşi",
        "ogul": "Oğlu",
        "diger": "Diğer",
    },
)


class ViolenceFrequency(Choice):
    ONCE = "bir_kez"
    SOMETIMES = "ara_sira"
    MONTHLY = "ayda_birkac"
    WEEKLY = "haftada_birkac"
    DAILY = "her_gun"


_labels(
    ViolenceFrequency,
    {
        "bir_kez": "Bir kez",
        "ara_sira": "Ara sıra",
        "ayda_birkac": "Ayda birkaç kez",
        "haftada_birkac": "Haftada birkaç kez",
        "her_gun": "Her gün",
    },
)


class ViolenceDuration(Choice):
    UNDER_MONTH = "bir_aydan_az"
    UNDER_YEAR = "bir_yildan_az"
    ONE_TO_FIVE = "bir_bes_yil"
    FIVE_TO_TEN = "bes_on_yil"
    OVER_TEN = "on_yildan_fazla"


_labels(
    ViolenceDuration,
    {
        "bir_aydan_az": "Bir aydan az",
        "bir_yildan_az": "1–12 ay",
        "bir_bes_yil": "1–5 yıl",
        "bes_on_yil": "5–10 yıl",
        "on_yildan_fazla": "10 yıldan fazla",
    },
)


# ----- the file -----


class CaseStatus(Choice):
    OPEN = "acik"
    FOLLOW_UP = "takipte"
    CLOSED = "kapali"
    REOPENED = "yeniden_acildi"


_labels(
    CaseStatus,
    {
        "acik": "Açık",
        "takipte": "Takipte",
        "kapali": "Kapalı",
        "yeniden_acildi": "Yeniden açıldı",
    },
)


class ClosureReason(Choice):
    GOALS_MET = "hedefler_tamamlandi"
    CLIENT_REQUEST = "danisan_istegi"
    NO_CONTACT = "ulasilamiyor"
    REFERRED = "yonlendirildi"
    MOVED = "tasindi"
    # Handed over to another women's counselling centre (by a transfer file or on paper).
    TRANSFERRED = "devredildi"
    DECEASED = "vefat"
    OTHER = "diger"


_labels(
    ClosureReason,
    {
        "hedefler_tamamlandi": "Hedeflere ulaşıldı",
        "danisan_istegi": "Danışanın isteği",
        "ulasilamiyor": "Danışana ulaşılamıyor",
        "yonlendirildi": "Başka kuruma yönlendirildi",
        "tasindi": "Başka bir yere taşındı",
        "devredildi": "Başka merkeze devredildi",
        "vefat": "Vefat etti",
        "diger": "Diğer",
    },
)


class ServiceKind(Choice):
    PSYCHOLOGICAL = "psikolojik"
    SOCIAL = "sosyal"
    LEGAL = "hukuki"
    SHELTER_REFERRAL = "konukevi_yonlendirme"
    ECONOMIC = "ekonomik"
    EMPLOYMENT = "istihdam_egitim"


_labels(
    ServiceKind,
    {
        "psikolojik": "Psikolojik destek",
        "sosyal": "Sosyal destek",
        "hukuki": "Hukuki destek",
        "konukevi_yonlendirme": "Konukevi yönlendirmesi",
        "ekonomik": "Ekonomik destek",
        "istihdam_egitim": "İstihdam / eğitim desteği",
    },
)


class NoteKind(Choice):
    GENERAL = "genel"
    SOCIAL = "sosyal"
    LEGAL = "hukuki"
    PSYCH_SESSION = "psikolojik_gorusme"


_labels(
    NoteKind,
    {
        "genel": "Genel not",
        "sosyal": "Sosyal çalışma notu",
        "hukuki": "Hukuki not",
        "psikolojik_gorusme": "Psikolojik görüşme notu (yalnızca psikologlar)",
    },
)


class AttachmentKind(Choice):
    SCANNED_DOCUMENT = "belge"
    PHOTO = "fotograf"
    COURT_PAPER = "mahkeme_evraki"
    MEDICAL_REPORT = "saglik_raporu"
    OTHER = "diger"


_labels(
    AttachmentKind,
    {
        "belge": "Taranmış belge",
        "fotograf": "Fotoğraf",
        "mahkeme_evraki": "Mahkeme / savcılık evrakı",
        "saglik_raporu": "Sağlık raporu",
        "diger": "Diğer",
    },
)


# ----- consent (KVKK açık rıza) -----


class ConsentPurpose(Choice):
    PROCESSING = "isleme"
    SHARE_WITH_CENTRES = "merkezlerle_paylasim"
    SHARE_WITH_INSTITUTION = "kurumla_paylasim"


_labels(
    ConsentPurpose,
    {
        "isleme": "Kişisel verilerinin işlenmesi",
        "merkezlerle_paylasim": "Diğer kadın danışma merkezleriyle paylaşım",
        "kurumla_paylasim": "Bir kurumla paylaşım",
    },
)


class RecipientKind(Choice):
    """Kinds of institution a case may be shared with (letters list these)."""

    SONIM = "sonim"
    BAR = "baro"
    HOSPITAL = "hastane"
    SHELTER = "kadin_konukevi"
    POLICE = "emniyet"
    SOCIAL_SERVICES = "sosyal_hizmet_merkezi"
    OTHER_KDM = "diger_kdm"


_labels(
    RecipientKind,
    {
        "sonim": "ŞÖNİM",
        "baro": "Baro (adli yardım / kadın hakları merkezi)",
        "hastane": "Hastane",
        "kadin_konukevi": "Kadın konukevi",
        "emniyet": "Emniyet / jandarma",
        "sosyal_hizmet_merkezi": "Sosyal hizmet merkezi",
        "diger_kdm": "Diğer kadın danışma merkezi",
    },
)


ALL_CHOICES: Final[tuple[type[Choice], ...]] = tuple(_LABELS)
