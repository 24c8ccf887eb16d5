"""Every closed list of a case record; each value's label comes from a message key.

Stored values are short ASCII Turkish identifiers (like `Role`), never labels: a
label can be reworded or translated without touching stored data. Labels live in
`catalogue/cases_labels.py` under `choice.<class>.<value>` and follow the reader's
language (`--lang en`, the window's setting); `label_tr` is the Turkish label for
documents that are always Turkish (official letters). `None` in a record means
"belirtilmedi" (not asked / not stated) and is counted as such in statistics, so no
form has to invent a default answer.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final, TypeVar

from kdm_desktop import messages
from kdm_desktop.domain.turkish import fold_for_search

_NOT_STATED_KEY: Final = "choice.not_stated"
# The Turkish word, for code that compares with it (statistics' "not stated" row).
NOT_STATED_TR: Final = messages.CATALOGUE[_NOT_STATED_KEY]["tr"]


class Choice(StrEnum):
    """A stored value with a label in each language."""

    @property
    def label_key(self) -> str:
        return f"{_PREFIXES[type(self)]}.{self.value}"

    @property
    def label(self) -> str:
        """The label in the current language."""
        return messages.text(self.label_key)

    @property
    def label_tr(self) -> str:
        """The Turkish label, whatever the current language."""
        return messages.CATALOGUE[self.label_key]["tr"]

    @property
    def label_en(self) -> str:
        return messages.CATALOGUE[self.label_key]["en"]


# Keyed by class: StrEnum members of different classes with the same value
# ("diger") compare equal, so the class must be part of the key.
_PREFIXES: dict[type[Choice], str] = {}


def _labels(cls: type[Choice]) -> None:
    """Register `cls`; every member needs a `choice.<class>.<value>` key in tr and en."""
    prefix = f"choice.{cls.__name__}"
    missing = [
        m.value
        for m in cls
        if not {"tr", "en"} <= messages.CATALOGUE.get(f"{prefix}.{m.value}", {}).keys()
    ]
    if missing:
        raise RuntimeError(f"{cls.__name__}: no label keys for {sorted(missing)}")
    _PREFIXES[cls] = prefix


C = TypeVar("C", bound=Choice)


def _folded(text: str) -> str:
    return fold_for_search(text).replace(" ", "_")


def parse_choice(cls: type[C], text: str) -> C:
    """Accept the stored value or a label in either language, in any case and with or
    without Turkish letters ("İmam nikâhı", "imam_nikahli"); raise ValueError otherwise."""
    folded = _folded(text)
    for member in cls:
        if folded in (member.value, _folded(member.label_tr), _folded(member.label_en)):
            return member
    raise ValueError(text)


def choice_list(cls: type[Choice]) -> str:
    """The accepted values for an error message: "tek (Tek sefer), ..."."""
    return ", ".join(f"{m.value} ({m.label})" for m in cls)


def not_stated() -> str:
    """ "Belirtilmedi" in the current language."""
    return messages.text(_NOT_STATED_KEY)


def label_or_not_stated(value: Choice | None) -> str:
    return not_stated() if value is None else value.label


# ----- the woman -----


class MaritalStatus(Choice):
    SINGLE = "bekar"
    MARRIED = "resmi_nikahli"
    RELIGIOUS_ONLY = "imam_nikahli"
    SEPARATED = "ayri_yasiyor"
    DIVORCED = "bosanmis"
    WIDOWED = "esi_vefat_etmis"


_labels(MaritalStatus)


class Education(Choice):
    ILLITERATE = "okuryazar_degil"
    LITERATE = "okuryazar"
    PRIMARY = "ilkokul"
    MIDDLE = "ortaokul"
    HIGH = "lise"
    UNIVERSITY = "universite"
    POSTGRADUATE = "lisansustu"


_labels(Education)


class Employment(Choice):
    PERMANENT = "surekli"
    TEMPORARY = "gecici"
    INFORMAL = "kayit_disi"
    UNEMPLOYED = "calismiyor"
    HOMEMAKER = "ev_kadini"
    STUDENT = "ogrenci"
    RETIRED = "emekli"


_labels(Employment)


class IncomeBand(Choice):
    NONE = "gelir_yok"
    BELOW_MINIMUM = "asgari_alti"
    MINIMUM_TO_TWICE = "asgari_2kat"
    TWICE_TO_FOUR = "asgari_2_4kat"
    ABOVE_FOUR = "asgari_4kat_ustu"


_labels(IncomeBand)


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


_labels(ApplicationChannel)


class HeardFrom(Choice):
    FRIEND_OR_FAMILY = "yakin_cevre"
    FORMER_CLIENT = "eski_danisan"
    INTERNET = "internet"
    MUNICIPALITY = "belediye"
    INSTITUTION = "kurum"
    MEDIA = "basin"
    OTHER = "diger"


_labels(HeardFrom)


# ----- violence -----


class ViolenceType(Choice):
    PHYSICAL = "fiziksel"
    PSYCHOLOGICAL = "psikolojik"
    VERBAL = "sozel"
    ECONOMIC = "ekonomik"
    SEXUAL = "cinsel"
    DIGITAL = "dijital"
    STALKING = "israrli_takip"


_labels(ViolenceType)


class PerpetratorRelation(Choice):
    SPOUSE = "es"
    EX_SPOUSE = "eski_es"
    PARTNER = "partner"
    FATHER = "baba"
    BROTHER = "erkek_kardes"
    SON = "ogul"
    OTHER = "diger"


_labels(PerpetratorRelation)


class ViolenceFrequency(Choice):
    ONCE = "bir_kez"
    SOMETIMES = "ara_sira"
    MONTHLY = "ayda_birkac"
    WEEKLY = "haftada_birkac"
    DAILY = "her_gun"


_labels(ViolenceFrequency)


class ViolenceDuration(Choice):
    UNDER_MONTH = "bir_aydan_az"
    UNDER_YEAR = "bir_yildan_az"
    ONE_TO_FIVE = "bir_bes_yil"
    FIVE_TO_TEN = "bes_on_yil"
    OVER_TEN = "on_yildan_fazla"


_labels(ViolenceDuration)


# ----- the file -----


class CaseStatus(Choice):
    OPEN = "acik"
    FOLLOW_UP = "takipte"
    CLOSED = "kapali"
    REOPENED = "yeniden_acildi"


_labels(CaseStatus)


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


_labels(ClosureReason)


class ServiceKind(Choice):
    PSYCHOLOGICAL = "psikolojik"
    SOCIAL = "sosyal"
    LEGAL = "hukuki"
    SHELTER_REFERRAL = "konukevi_yonlendirme"
    ECONOMIC = "ekonomik"
    EMPLOYMENT = "istihdam_egitim"


_labels(ServiceKind)


class NoteKind(Choice):
    GENERAL = "genel"
    SOCIAL = "sosyal"
    LEGAL = "hukuki"
    PSYCH_SESSION = "psikolojik_gorusme"


_labels(NoteKind)


class AttachmentKind(Choice):
    SCANNED_DOCUMENT = "belge"
    PHOTO = "fotograf"
    COURT_PAPER = "mahkeme_evraki"
    MEDICAL_REPORT = "saglik_raporu"
    OTHER = "diger"


_labels(AttachmentKind)


# ----- consent (KVKK açık rıza) -----


class ConsentPurpose(Choice):
    PROCESSING = "isleme"
    SHARE_WITH_CENTRES = "merkezlerle_paylasim"
    SHARE_WITH_INSTITUTION = "kurumla_paylasim"


_labels(ConsentPurpose)


class RecipientKind(Choice):
    """Kinds of institution a case may be shared with (letters list these)."""

    SONIM = "sonim"
    BAR = "baro"
    HOSPITAL = "hastane"
    SHELTER = "kadin_konukevi"
    POLICE = "emniyet"
    SOCIAL_SERVICES = "sosyal_hizmet_merkezi"
    OTHER_KDM = "diger_kdm"


_labels(RecipientKind)


ALL_CHOICES: Final[tuple[type[Choice], ...]] = tuple(_PREFIXES)
