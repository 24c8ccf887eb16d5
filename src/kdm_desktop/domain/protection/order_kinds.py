"""Closed lists of Law 6284 orders: kinds, issuers, breach outcomes, statuses, limits.

Split from ``orders.py`` (see its docstring for the rules); parsers accept the
spellings a form or file uses ("önleyici", "hâkim").
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from kdm_desktop.domain.rules import DomainRuleError, turkish_text
from kdm_desktop.domain.turkish import fold_for_search

CURRENT_CATALOGUE_VERSION: Final = 1
FIRST_TERM_MONTHS: Final = 6
OBJECTION_DAYS: Final = 14  # Art. 9: two weeks from tefhim or tebliğ

MAX_FILE_NO: Final = 60
MAX_ISSUER_NAME: Final = 200
MAX_LONG_TEXT: Final = 2000
MAX_SHORT_NOTE: Final = 1000


# ----------------------------------------------------------------------------------
# Closed lists
# ----------------------------------------------------------------------------------


class OrderKind(StrEnum):
    KORUYUCU = "koruyucu"
    ONLEYICI = "onleyici"

    @property
    def label(self) -> str:
        """The Turkish name (documents, letters, `--json`); see `label_key`."""
        return turkish_text(self.label_key)

    @property
    def label_key(self) -> str:
        """Catalogue key of the name, for showing it in the user's language."""
        return f"protection.order_kind.{self.value}"


class IssuerKind(StrEnum):
    AILE_MAHKEMESI = "aile_mahkemesi"
    MULKI_AMIR = "mulki_amir"
    KOLLUK_AMIRI = "kolluk_amiri"

    @property
    def label(self) -> str:
        """The Turkish name (documents, letters, `--json`); see `label_key`."""
        return turkish_text(self.label_key)

    @property
    def label_key(self) -> str:
        """Catalogue key of the name, for showing it in the user's language."""
        return f"protection.issuer.{self.value}"


# Folded (fold_for_search) spellings staff actually type.
_KIND_ALIASES: Final[dict[str, OrderKind]] = {
    "koruyucu": OrderKind.KORUYUCU,
    "koruyucu tedbir": OrderKind.KORUYUCU,
    "protective": OrderKind.KORUYUCU,
    "onleyici": OrderKind.ONLEYICI,
    "onleyici tedbir": OrderKind.ONLEYICI,
    "preventive": OrderKind.ONLEYICI,
}
_ISSUER_ALIASES: Final[dict[str, IssuerKind]] = {
    "aile mahkemesi": IssuerKind.AILE_MAHKEMESI,
    "aile mahkemesi hakim": IssuerKind.AILE_MAHKEMESI,
    "mahkeme": IssuerKind.AILE_MAHKEMESI,
    "hakim": IssuerKind.AILE_MAHKEMESI,
    "court": IssuerKind.AILE_MAHKEMESI,
    "mulki amir": IssuerKind.MULKI_AMIR,
    "mulki amir valilik kaymakamlik": IssuerKind.MULKI_AMIR,
    "vali": IssuerKind.MULKI_AMIR,
    "valilik": IssuerKind.MULKI_AMIR,
    "kaymakam": IssuerKind.MULKI_AMIR,
    "kaymakamlik": IssuerKind.MULKI_AMIR,
    "governor": IssuerKind.MULKI_AMIR,
    "kolluk amiri": IssuerKind.KOLLUK_AMIRI,
    "kolluk amiri acil durumda": IssuerKind.KOLLUK_AMIRI,
    "kolluk": IssuerKind.KOLLUK_AMIRI,
    "polis": IssuerKind.KOLLUK_AMIRI,
    "jandarma": IssuerKind.KOLLUK_AMIRI,
    "emniyet": IssuerKind.KOLLUK_AMIRI,
    "police": IssuerKind.KOLLUK_AMIRI,
}


def parse_order_kind(text: str) -> OrderKind:
    """Accept "koruyucu", "önleyici", "onleyici", "Önleyici tedbir", any case."""
    folded = fold_for_search(text).replace("_", " ")
    kind = _KIND_ALIASES.get(folded)
    if kind is None:
        raise DomainRuleError.keyed(
            "kind", "protection.order.kind_unknown", code="order.kind_unknown", value=repr(text)
        )
    return kind


def parse_issuer_kind(text: str) -> IssuerKind:
    """Accept the stored value, the label and common words ("hâkim", "valilik", "polis")."""
    folded = " ".join(fold_for_search(text).replace("_", " ").split())
    issuer = _ISSUER_ALIASES.get(folded)
    if issuer is None:
        raise DomainRuleError.keyed(
            "issuer",
            "protection.order.issuer_unknown",
            code="order.issuer_unknown",
            value=repr(text),
        )
    return issuer


class BreachOutcome(StrEnum):
    """What followed a breach (Art. 13). Only recorded, never computed."""

    BILDIRILDI = "bildirildi"
    ZORLAMA_HAPSI = "zorlama_hapsi"
    ZORLAMA_HAPSI_TEKRAR = "zorlama_hapsi_tekrar"
    SONUC_BEKLENIYOR = "sonuc_bekleniyor"
    ISLEM_YAPILMADI = "islem_yapilmadi"
    DIGER = "diger"

    @property
    def label(self) -> str:
        """The Turkish name (documents, letters, `--json`); see `label_key`."""
        return turkish_text(self.label_key)

    @property
    def label_key(self) -> str:
        """Catalogue key of the name, for showing it in the user's language."""
        return f"protection.breach_outcome.{self.value}"


# Art. 13: 3–10 days for a first breach, 15–30 on repeat.
_DETENTION_RANGE: Final[dict[BreachOutcome, tuple[int, int]]] = {
    BreachOutcome.ZORLAMA_HAPSI: (3, 10),
    BreachOutcome.ZORLAMA_HAPSI_TEKRAR: (15, 30),
}

# The name of the detention in a rule sentence, by outcome (catalogue keys).
_DETENTION_LABEL: Final[dict[BreachOutcome, str]] = {
    BreachOutcome.ZORLAMA_HAPSI: "protection.detention.zorlama_hapsi",
    BreachOutcome.ZORLAMA_HAPSI_TEKRAR: "protection.detention.zorlama_hapsi_tekrar",
}


class OrderStatus(StrEnum):
    HENUZ_BASLAMADI = "henuz_baslamadi"
    YURURLUKTE = "yururlukte"
    ONAY_BEKLIYOR = "onay_bekliyor"
    SURESI_DOLDU = "suresi_doldu"
    KALDIRILDI = "kaldirildi"
    KENDILIGINDEN_KALKTI = "kendiliginden_kalkti"

    @property
    def label(self) -> str:
        """The Turkish name (documents, letters, `--json`); see `label_key`."""
        return turkish_text(self.label_key)

    @property
    def label_key(self) -> str:
        """Catalogue key of the name, for showing it in the user's language."""
        return f"protection.order_status.{self.value}"

    @property
    def in_force(self) -> bool:
        return self in (OrderStatus.YURURLUKTE, OrderStatus.ONAY_BEKLIYOR)


# Urgent police orders: who must approve and within how many hours, by kind.
_URGENT_APPROVAL: Final[dict[OrderKind, tuple[IssuerKind, int]]] = {
    OrderKind.KORUYUCU: (IssuerKind.MULKI_AMIR, 48),  # Art. 3/2
    OrderKind.ONLEYICI: (IssuerKind.AILE_MAHKEMESI, 24),  # Art. 5/2
}


# ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderExtension:
    """A later decision extending the order (Art. 8/2). Validated with its order."""

    decision_date: datetime.date
    new_end_date: datetime.date
    file_no: str = ""
    note: str = ""


@dataclass(frozen=True)
class OrderBreach:
    """A breach she reported and what followed; ``detention_days`` only with zorlama hapsi."""

    date: datetime.date
    description: str
    outcome: BreachOutcome = BreachOutcome.BILDIRILDI
    detention_days: int | None = None
    note: str = ""
