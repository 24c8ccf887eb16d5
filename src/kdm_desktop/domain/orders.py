"""Protective (koruyucu) and preventive (önleyici) orders under Law 6284.

What the centre tracks per order: kind, issuer and file number, the measures
(``resources/data/order_measures_v<N>.json``, following Art. 3, 4 and 5), the
dates *as written on the decision* (decision, service/tebliğ, start, end), the
extensions, confidentiality of identity/address (Art. 8/6), breaches and what
followed (Art. 13), and — for an urgent order by a police chief — the approval.

Rules enforced on construction (`ProtectionOrder.__post_init__`, every problem
reported at once as `DomainRuleError`):

* dates are real dates in the years 2000–2100; start ≤ end; decision ≤ start;
  decision ≤ service;
* **the order's own term is at most 6 months** (Art. 8/2, "ilk defasında en çok
  altı ay"): end ≤ start + 6 calendar months, where a month that lacks the start's
  day ends on its last day (2027-08-31 + 6 months = 2028-02-29). Extensions are
  recorded separately in ``extensions`` and are not limited, as the law limits
  only the first term;
* the measures exist in the catalogue, are not repeated, and fit the kind and the
  issuer: Art. 3 (governor, protective), Art. 4 (judge, protective), Art. 5
  (judge, preventive). In urgent cases a police chief (kolluk amiri) may order
  Art. 3/1-a and -ç (shelter, temporary protection), which the governor must
  approve within 48 hours, and Art. 5/1-a to -d, which the judge must approve
  within 24 hours (Art. 5/2; Uygulama Yönetmeliği m. 29); without approval the
  order lapses by itself;
* a court order needs its file number; text fields have length limits.

Approval deadlines are kept to whole dates: ``needs_approval_by`` is the day
the 24/48 hours run out counted from the submission date (or, if that is not
recorded, the decision date — the earliest it can be). A police order with no
approval recorded is treated as lapsed from the day after; the reminder asks
staff to confirm with the police rather than assume.
"""

from __future__ import annotations

import calendar
import datetime
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Final

from kdm_desktop.domain.dates import format_turkish_date
from kdm_desktop.domain.rules import (
    DomainRuleError,
    RuleProblems,
    check_rule_date,
    clean_rule_text,
    load_packaged_json,
)
from kdm_desktop.domain.turkish import fold_for_search, tr_lower

__all__ = [
    "CURRENT_CATALOGUE_VERSION",
    "FIRST_TERM_MONTHS",
    "OBJECTION_DAYS",
    "BreachOutcome",
    "DomainRuleError",
    "IssuerKind",
    "Measure",
    "MeasureCatalogue",
    "OrderBreach",
    "OrderExtension",
    "OrderKind",
    "OrderStatus",
    "ProtectionOrder",
    "add_breach",
    "add_extension",
    "add_months",
    "current_end",
    "is_in_force",
    "latest_first_term_end",
    "load_measure_catalogue",
    "objection_deadline",
    "order_from_dict",
    "order_status",
    "order_to_dict",
    "parse_issuer_kind",
    "parse_order_kind",
]

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
        return "Koruyucu tedbir" if self is OrderKind.KORUYUCU else "Önleyici tedbir"


class IssuerKind(StrEnum):
    AILE_MAHKEMESI = "aile_mahkemesi"
    MULKI_AMIR = "mulki_amir"
    KOLLUK_AMIRI = "kolluk_amiri"

    @property
    def label(self) -> str:
        return _ISSUER_LABELS[self]


_ISSUER_LABELS: Final[dict[IssuerKind, str]] = {
    IssuerKind.AILE_MAHKEMESI: "Aile mahkemesi (hâkim)",
    IssuerKind.MULKI_AMIR: "Mülki amir (valilik / kaymakamlık)",
    IssuerKind.KOLLUK_AMIRI: "Kolluk amiri (acil durumda)",
}

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
        raise DomainRuleError(
            "kind",
            f"Tedbir türü tanınmadı: {text!r}. Koruyucu ya da önleyici olmalıdır.",
            code="order.kind_unknown",
        )
    return kind


def parse_issuer_kind(text: str) -> IssuerKind:
    """Accept the stored value, the label and common words ("hâkim", "valilik", "polis")."""
    folded = " ".join(fold_for_search(text).replace("_", " ").split())
    issuer = _ISSUER_ALIASES.get(folded)
    if issuer is None:
        raise DomainRuleError(
            "issuer",
            f"Kararı veren makam tanınmadı: {text!r}. "
            "Aile mahkemesi, mülki amir ya da kolluk amiri olmalıdır.",
            code="order.issuer_unknown",
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
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS: Final[dict[BreachOutcome, str]] = {
    BreachOutcome.BILDIRILDI: "Kolluğa ya da savcılığa bildirildi",
    BreachOutcome.ZORLAMA_HAPSI: "Zorlama hapsi (3–10 gün)",
    BreachOutcome.ZORLAMA_HAPSI_TEKRAR: "Tekrarında zorlama hapsi (15–30 gün)",
    BreachOutcome.SONUC_BEKLENIYOR: "Sonuç bekleniyor",
    BreachOutcome.ISLEM_YAPILMADI: "İşlem yapılmadı",
    BreachOutcome.DIGER: "Diğer (notta açıklanır)",
}
# Art. 13: 3–10 days for a first breach, 15–30 on repeat.
_DETENTION_RANGE: Final[dict[BreachOutcome, tuple[int, int]]] = {
    BreachOutcome.ZORLAMA_HAPSI: (3, 10),
    BreachOutcome.ZORLAMA_HAPSI_TEKRAR: (15, 30),
}

_DETENTION_LABEL: Final[dict[BreachOutcome, str]] = {
    BreachOutcome.ZORLAMA_HAPSI: "Zorlama hapsi",
    BreachOutcome.ZORLAMA_HAPSI_TEKRAR: "Tekrarında zorlama hapsi",
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
        return _STATUS_LABELS[self]

    @property
    def in_force(self) -> bool:
        return self in (OrderStatus.YURURLUKTE, OrderStatus.ONAY_BEKLIYOR)


_STATUS_LABELS: Final[dict[OrderStatus, str]] = {
    OrderStatus.HENUZ_BASLAMADI: "Henüz başlamadı",
    OrderStatus.YURURLUKTE: "Yürürlükte",
    OrderStatus.ONAY_BEKLIYOR: "Yürürlükte, onay bekleniyor",
    OrderStatus.SURESI_DOLDU: "Süresi doldu",
    OrderStatus.KALDIRILDI: "Kaldırıldı",
    OrderStatus.KENDILIGINDEN_KALKTI: "Onaylanmadığı için kendiliğinden kalktı",
}

# Urgent police orders: who must approve and within how many hours, by kind.
_URGENT_APPROVAL: Final[dict[OrderKind, tuple[IssuerKind, int]]] = {
    OrderKind.KORUYUCU: (IssuerKind.MULKI_AMIR, 48),  # Art. 3/2
    OrderKind.ONLEYICI: (IssuerKind.AILE_MAHKEMESI, 24),  # Art. 5/2
}


# ----------------------------------------------------------------------------------
# Measure catalogue
# ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Measure:
    id: str
    article: str
    ref: str  # "5/1-c", for display next to the text
    kind: OrderKind
    issuers: frozenset[IssuerKind]
    text: str
    requires_note: bool = False  # "benzer tedbir": the note must say which


@dataclass(frozen=True)
class MeasureCatalogue:
    id: str
    version: int
    article_titles: Mapping[str, str]
    measures: tuple[Measure, ...]

    def get(self, measure_id: str) -> Measure | None:
        for m in self.measures:
            if m.id == measure_id:
                return m
        return None

    def allowed(self, kind: OrderKind, issuer: IssuerKind) -> tuple[Measure, ...]:
        """The measures a form should offer for this kind and issuer, in catalogue order."""
        return tuple(m for m in self.measures if m.kind is kind and issuer in m.issuers)


@functools.cache
def load_measure_catalogue(version: int = CURRENT_CATALOGUE_VERSION) -> MeasureCatalogue:
    name = f"order_measures_v{version}.json"
    data = load_packaged_json(name)
    if data.get("version") != version or not isinstance(data.get("id"), str):
        raise ValueError(f"{name}: bad id/version")
    articles = data.get("articles")
    if not isinstance(articles, list):
        raise ValueError(f"{name}: 'articles' must be a list")
    titles: dict[str, str] = {}
    measures: list[Measure] = []
    for art in articles:
        if not isinstance(art, dict):
            raise ValueError(f"{name}: article must be an object")
        number, title, kind = art.get("article"), art.get("title"), art.get("kind")
        raw_measures = art.get("measures")
        if not (isinstance(number, str) and isinstance(title, str) and isinstance(kind, str)):
            raise ValueError(f"{name}: article needs 'article', 'title', 'kind'")
        if not isinstance(raw_measures, list):
            raise ValueError(f"{name}: article {number}: 'measures' must be a list")
        titles[number] = title
        for m in raw_measures:
            if not isinstance(m, dict):
                raise ValueError(f"{name}: measure must be an object")
            mid, ref, text, issuers = m.get("id"), m.get("ref"), m.get("text"), m.get("issuers")
            requires_note = m.get("requires_note", False)
            if not (
                isinstance(mid, str)
                and isinstance(ref, str)
                and isinstance(text, str)
                and text.strip()
            ):
                raise ValueError(f"{name}: measure needs 'id', 'ref', 'text'")
            if not isinstance(issuers, list) or not issuers or not isinstance(requires_note, bool):
                raise ValueError(f"{name}: measure {mid}: bad 'issuers'/'requires_note'")
            measures.append(
                Measure(
                    id=mid,
                    article=number,
                    ref=ref,
                    kind=OrderKind(kind),
                    issuers=frozenset(IssuerKind(i) for i in issuers),
                    text=text,
                    requires_note=requires_note,
                )
            )
    ids = [m.id for m in measures]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{name}: measure ids must be unique")
    return MeasureCatalogue(str(data["id"]), version, titles, tuple(measures))


# ----------------------------------------------------------------------------------
# Date arithmetic
# ----------------------------------------------------------------------------------


def add_months(d: datetime.date, months: int) -> datetime.date:
    """``d`` plus whole calendar months; a missing day becomes the month's last day
    (Jan 31 + 1 month = Feb 28/29), the usual way Turkish law counts month periods."""
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(d.day, last))


def latest_first_term_end(start: datetime.date) -> datetime.date:
    """The latest end date the law allows for an order's first term."""
    return add_months(start, FIRST_TERM_MONTHS)


# ----------------------------------------------------------------------------------
# Extensions and breaches
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


# ----------------------------------------------------------------------------------
# The order
# ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProtectionOrder:
    """One 6284 decision of one kind. A decision with both protective and preventive
    measures is recorded as two orders with the same file number, since kind,
    issuer and allowed measures go together.

    Validated and normalised on construction: text trimmed, measures put in
    catalogue order, extensions sorted by decision date, breaches by date.
    """

    kind: OrderKind
    issuer: IssuerKind
    decision_date: datetime.date
    start_date: datetime.date
    end_date: datetime.date
    measures: tuple[str, ...]
    file_no: str = ""
    issuer_name: str = ""  # "İzmir 3. Aile Mahkemesi", "Karşıyaka Kaymakamlığı"
    service_date: datetime.date | None = None  # tebliğ or tefhim
    measures_note: str = ""
    confidential_identity: bool = False  # Art. 8/6
    confidential_address: bool = False  # Art. 8/6
    extensions: tuple[OrderExtension, ...] = ()
    breaches: tuple[OrderBreach, ...] = ()
    submitted_for_approval_on: datetime.date | None = None  # urgent police orders only
    approval_date: datetime.date | None = None  # urgent police orders only
    lifted_on: datetime.date | None = None  # the order was lifted (kaldırıldı) from this day
    note: str = ""
    catalogue_version: int = CURRENT_CATALOGUE_VERSION

    def __post_init__(self) -> None:
        problems = RuleProblems()
        catalogue = self._catalogue(problems)
        self._normalise_choices(problems)
        self._check_texts(problems)
        self._check_dates(problems)
        self._check_measures(problems, catalogue)
        self._check_approval(problems)
        self._check_extensions(problems)
        self._check_breaches(problems)
        problems.raise_if_any()

    # --- pieces of validation, split for readability; all append to `problems` ---

    def _catalogue(self, problems: RuleProblems) -> MeasureCatalogue | None:
        try:
            return load_measure_catalogue(self.catalogue_version)
        except (FileNotFoundError, TypeError):
            problems.add(
                "catalogue_version", "Tedbir listesi sürümü bu programda yok.", "order.catalogue"
            )
            return None

    def _normalise_choices(self, problems: RuleProblems) -> None:
        # Strings from a form or file are accepted here too ("önleyici", "hâkim").
        if not isinstance(self.kind, OrderKind):
            try:
                object.__setattr__(self, "kind", parse_order_kind(str(self.kind)))
            except DomainRuleError as exc:
                problems.add("kind", exc.message_tr, exc.code)
        if not isinstance(self.issuer, IssuerKind):
            try:
                object.__setattr__(self, "issuer", parse_issuer_kind(str(self.issuer)))
            except DomainRuleError as exc:
                problems.add("issuer", exc.message_tr, exc.code)
        for name, label in (
            ("confidential_identity", "Kimlik gizliliği"),
            ("confidential_address", "Adres gizliliği"),
        ):
            if not isinstance(getattr(self, name), bool):
                problems.add(name, f"{label} evet ya da hayır olmalıdır.", "order.bool")

    def _check_texts(self, problems: RuleProblems) -> None:
        court = self.issuer is IssuerKind.AILE_MAHKEMESI
        specs = (
            ("file_no", "Dosya numarası", MAX_FILE_NO, court, False),
            ("issuer_name", "Kararı veren makamın adı", MAX_ISSUER_NAME, False, False),
            ("measures_note", "Tedbir açıklaması", MAX_LONG_TEXT, False, True),
            ("note", "Not", MAX_LONG_TEXT, False, True),
        )
        for name, label, limit, required, multiline in specs:
            text = clean_rule_text(
                problems,
                name,
                label,
                getattr(self, name),
                limit,
                required=required,
                multiline=multiline,
            )
            object.__setattr__(self, name, text)

    def _check_dates(self, problems: RuleProblems) -> None:
        decision = check_rule_date(
            problems, "decision_date", "Karar tarihi", self.decision_date, required=True
        )
        start = check_rule_date(
            problems, "start_date", "Başlangıç tarihi", self.start_date, required=True
        )
        end = check_rule_date(problems, "end_date", "Bitiş tarihi", self.end_date, required=True)
        service = check_rule_date(
            problems, "service_date", "Tebliğ tarihi", self.service_date, required=False
        )
        lifted = check_rule_date(
            problems, "lifted_on", "Kaldırılma tarihi", self.lifted_on, required=False
        )
        if start and end:
            if end < start:
                problems.add(
                    "end_date",
                    "Bitiş tarihi başlangıç tarihinden önce olamaz.",
                    "order.end_before_start",
                )
            elif end > latest_first_term_end(start):
                problems.add(
                    "end_date",
                    f"Tedbir kararı ilk defasında en çok {FIRST_TERM_MONTHS} ay için verilebilir: "
                    f"{start.isoformat()} başlangıçlı bir karar en geç "
                    f"{latest_first_term_end(start).isoformat()} tarihinde biter. "
                    "Süre uzatıldıysa uzatmayı ayrıca girin.",
                    "order.first_term_too_long",
                )
        if decision and start and decision > start:
            problems.add(
                "start_date",
                "Başlangıç tarihi karar tarihinden önce olamaz.",
                "order.start_before_decision",
            )
        if decision and service and service < decision:
            problems.add(
                "service_date",
                "Tebliğ tarihi karar tarihinden önce olamaz.",
                "order.service_before_decision",
            )
        if decision and lifted and lifted < decision:
            problems.add(
                "lifted_on",
                "Kaldırılma tarihi karar tarihinden önce olamaz.",
                "order.lifted_before_decision",
            )

    def _check_measures(self, problems: RuleProblems, catalogue: MeasureCatalogue | None) -> None:
        raw = self.measures
        if isinstance(raw, str) or not isinstance(raw, Iterable):
            problems.add("measures", "Tedbirler bir liste olmalıdır.", "order.measures_type")
            return
        chosen = list(raw)
        if not chosen:
            problems.add("measures", "En az bir tedbir seçilmelidir.", "order.measures_required")
            return
        if catalogue is None or problems.failed("kind") or problems.failed("issuer"):
            return
        # The combination itself first: a governor never gives a preventive order.
        combos = {(m.kind, i) for m in catalogue.measures for i in m.issuers}
        issuer_fits = (self.kind, self.issuer) in combos
        if not issuer_fits:
            problems.add(
                "issuer",
                f"{self.kind.label} kararını {tr_lower(self.issuer.label)} veremez.",
                "order.issuer_not_allowed",
            )
        seen: set[str] = set()
        for index, mid in enumerate(chosen):
            path = f"measures[{index}]"
            measure = catalogue.get(mid) if isinstance(mid, str) else None
            if measure is None:
                problems.add(path, f"Bilinmeyen tedbir: {mid!r}.", "order.measure_unknown")
                continue
            if mid in seen:
                problems.add(
                    path, f"“{measure.text}” tedbiri iki kez seçilmiş.", "order.measure_duplicate"
                )
                continue
            seen.add(mid)
            if measure.kind is not self.kind:
                problems.add(
                    path,
                    f"“{measure.text}” (Madde {measure.ref}) bir "
                    f"{tr_lower(measure.kind.label)}dir; "
                    f"{tr_lower(self.kind.label)} kararına eklenemez.",
                    "order.measure_wrong_kind",
                )
            elif issuer_fits and self.issuer not in measure.issuers:
                problems.add(
                    path,
                    f"“{measure.text}” (Madde {measure.ref}) tedbirine "
                    f"{tr_lower(self.issuer.label)} karar veremez.",
                    "order.measure_wrong_issuer",
                )
            elif measure.requires_note and not self.measures_note:
                problems.add(
                    "measures_note",
                    "Benzer bir tedbir seçildiğinde tedbir açıklamasına "
                    "hangi tedbir olduğu yazılmalıdır.",
                    "order.measure_note_required",
                )
        order = {m.id: i for i, m in enumerate(catalogue.measures)}
        object.__setattr__(self, "measures", tuple(sorted(seen, key=order.__getitem__)))

    def _check_approval(self, problems: RuleProblems) -> None:
        submitted = check_rule_date(
            problems,
            "submitted_for_approval_on",
            "Onaya sunulma tarihi",
            self.submitted_for_approval_on,
            required=False,
        )
        approved = check_rule_date(
            problems, "approval_date", "Onay tarihi", self.approval_date, required=False
        )
        if self.issuer is not IssuerKind.KOLLUK_AMIRI:
            for name, value in (
                ("submitted_for_approval_on", submitted),
                ("approval_date", approved),
            ):
                if value is not None:
                    problems.add(
                        name,
                        "Onay yalnızca kolluk amirinin acil durumda verdiği kararlar için girilir.",
                        "order.approval_not_applicable",
                    )
            return
        decision = self.decision_date if not problems.failed("decision_date") else None
        if decision and submitted and submitted < decision:
            problems.add(
                "submitted_for_approval_on",
                "Onaya sunulma tarihi karar tarihinden önce olamaz.",
                "order.approval_before_decision",
            )
        if decision and approved and approved < max(decision, submitted or decision):
            problems.add(
                "approval_date",
                "Onay tarihi karar tarihinden ve onaya sunulma tarihinden önce olamaz.",
                "order.approval_before_decision",
            )

    def _check_extensions(self, problems: RuleProblems) -> None:
        if not isinstance(self.extensions, Iterable):
            problems.add("extensions", "Uzatmalar bir liste olmalıdır.", "order.extensions_type")
            return
        items = list(self.extensions)
        if not all(isinstance(e, OrderExtension) for e in items):
            problems.add("extensions", "Uzatmalar bir liste olmalıdır.", "order.extensions_type")
            return
        # Sorted by decision date (stable), so the history reads in order however it was typed.
        items.sort(
            key=lambda e: (
                e.decision_date if isinstance(e.decision_date, datetime.date) else datetime.date.min
            )
        )
        previous_end = self.end_date if not problems.failed("end_date") else None
        decision = self.decision_date if not problems.failed("decision_date") else None
        cleaned: list[OrderExtension] = []
        for i, ext in enumerate(items):
            p = f"extensions[{i}]"
            d = check_rule_date(
                problems,
                f"{p}.decision_date",
                "Uzatma karar tarihi",
                ext.decision_date,
                required=True,
            )
            new_end = check_rule_date(
                problems,
                f"{p}.new_end_date",
                "Uzatmanın yeni bitiş tarihi",
                ext.new_end_date,
                required=True,
            )
            file_no = clean_rule_text(
                problems, f"{p}.file_no", "Uzatma dosya numarası", ext.file_no, MAX_FILE_NO
            )
            note = clean_rule_text(
                problems, f"{p}.note", "Uzatma notu", ext.note, MAX_SHORT_NOTE, multiline=True
            )
            if d and decision and d < decision:
                problems.add(
                    f"{p}.decision_date",
                    "Uzatma kararı ilk karardan önce olamaz.",
                    "order.extension_before_decision",
                )
            if new_end and previous_end and new_end <= previous_end:
                problems.add(
                    f"{p}.new_end_date",
                    "Uzatmanın yeni bitiş tarihi önceki bitiş tarihinden "
                    f"({previous_end.isoformat()}) sonra olmalıdır.",
                    "order.extension_not_later",
                )
            previous_end = new_end or previous_end
            cleaned.append(replace(ext, file_no=file_no, note=note) if d and new_end else ext)
        object.__setattr__(self, "extensions", tuple(cleaned))

    def _check_breaches(self, problems: RuleProblems) -> None:
        if not isinstance(self.breaches, Iterable) or not all(
            isinstance(b, OrderBreach) for b in self.breaches
        ):
            problems.add("breaches", "İhlaller bir liste olmalıdır.", "order.breaches_type")
            return
        items = sorted(
            self.breaches,
            key=lambda b: b.date if isinstance(b.date, datetime.date) else datetime.date.min,
        )
        decision = self.decision_date if not problems.failed("decision_date") else None
        cleaned: list[OrderBreach] = []
        for i, br in enumerate(items):
            p = f"breaches[{i}]"
            d = check_rule_date(problems, f"{p}.date", "İhlal tarihi", br.date, required=True)
            desc = clean_rule_text(
                problems,
                f"{p}.description",
                "İhlalin açıklaması",
                br.description,
                MAX_LONG_TEXT,
                required=True,
                multiline=True,
            )
            note = clean_rule_text(
                problems, f"{p}.note", "İhlal notu", br.note, MAX_SHORT_NOTE, multiline=True
            )
            if d and decision and d < decision:
                problems.add(
                    f"{p}.date",
                    "İhlal tarihi karar tarihinden önce olamaz.",
                    "order.breach_before_decision",
                )
            outcome: BreachOutcome | None = None
            try:
                outcome = BreachOutcome(br.outcome)
            except ValueError:
                problems.add(
                    f"{p}.outcome",
                    f"İhlalin sonucu tanınmadı: {br.outcome!r}.",
                    "order.breach_outcome",
                )
            days = br.detention_days
            if outcome is not None:
                span = _DETENTION_RANGE.get(outcome)
                if days is not None and (not isinstance(days, int) or isinstance(days, bool)):
                    problems.add(
                        f"{p}.detention_days",
                        "Zorlama hapsi süresi gün sayısı olmalıdır.",
                        "order.detention_days",
                    )
                elif span is None and days is not None:
                    problems.add(
                        f"{p}.detention_days",
                        "Gün sayısı yalnızca zorlama hapsi için girilir.",
                        "order.detention_days",
                    )
                elif span is not None and days is not None and not span[0] <= days <= span[1]:
                    problems.add(
                        f"{p}.detention_days",
                        f"{_DETENTION_LABEL[outcome]} süresi {span[0]}–{span[1]} gün arasında "
                        f"olmalıdır (girilen: {days}).",
                        "order.detention_days",
                    )
                if outcome is BreachOutcome.DIGER and not note:
                    problems.add(
                        f"{p}.note",
                        "“Diğer” sonuç seçildiğinde notta açıklanmalıdır.",
                        "order.breach_note_required",
                    )
            if outcome is not None:
                cleaned.append(replace(br, description=desc, note=note, outcome=outcome))
            else:
                cleaned.append(br)
        object.__setattr__(self, "breaches", tuple(cleaned))

    # --- derived facts ---

    @property
    def catalogue(self) -> MeasureCatalogue:
        return load_measure_catalogue(self.catalogue_version)

    @property
    def current_end(self) -> datetime.date:
        return current_end(self)

    @property
    def approval_authority(self) -> IssuerKind | None:
        """Who must approve an urgent police order (governor or judge); else None."""
        if self.issuer is not IssuerKind.KOLLUK_AMIRI:
            return None
        return _URGENT_APPROVAL[self.kind][0]

    @property
    def needs_approval_by(self) -> datetime.date | None:
        """The last day an urgent police order can be approved; None for other issuers.

        Counted from the submission date, or the decision date when that is unknown
        (the earliest the window can close): 48 h → 2 days, 24 h → 1 day.
        """
        if self.issuer is not IssuerKind.KOLLUK_AMIRI:
            return None
        hours = _URGENT_APPROVAL[self.kind][1]
        base = self.submitted_for_approval_on or self.decision_date
        return base + datetime.timedelta(days=hours // 24)

    def awaiting_approval(self, today: datetime.date) -> bool:
        """An urgent police order with no approval recorded (as of ``today``)."""
        return self.issuer is IssuerKind.KOLLUK_AMIRI and (
            self.approval_date is None or self.approval_date > today
        )

    def lapsed(self, today: datetime.date) -> bool:
        """True once the approval window has closed without an approval recorded."""
        deadline = self.needs_approval_by
        return deadline is not None and self.awaiting_approval(today) and today > deadline

    def describe_tr(self) -> str:
        """ "Önleyici tedbir kararı (2026/123 D.İş)" — for reminders and lists."""
        ref = self.file_no or f"karar tarihi {format_turkish_date(self.decision_date)}"
        return f"{self.kind.label} kararı ({ref})"

    def measure_texts(self) -> list[str]:
        """ "5/1-c: Korunan kişiye ... yaklaşmaması" lines for the case view and letters."""
        out = []
        for mid in self.measures:
            m = self.catalogue.get(mid)
            if m is not None:
                out.append(f"{m.ref}: {m.text}")
        return out


def current_end(order: ProtectionOrder) -> datetime.date:
    """The end as last extended: the latest extension's new end, else the order's end."""
    return order.extensions[-1].new_end_date if order.extensions else order.end_date


def order_status(order: ProtectionOrder, today: datetime.date) -> OrderStatus:
    if order.lifted_on is not None and order.lifted_on <= today:
        return OrderStatus.KALDIRILDI
    if order.lapsed(today):
        return OrderStatus.KENDILIGINDEN_KALKTI
    if today < order.start_date:
        return OrderStatus.HENUZ_BASLAMADI
    if today > current_end(order):
        return OrderStatus.SURESI_DOLDU
    if order.awaiting_approval(today):
        return OrderStatus.ONAY_BEKLIYOR
    return OrderStatus.YURURLUKTE


def is_in_force(order: ProtectionOrder, today: datetime.date) -> bool:
    """Started, not past its (extended) end — the end day itself counts —, not
    lifted and not lapsed for want of approval."""
    return order_status(order, today).in_force


def objection_deadline(order: ProtectionOrder) -> datetime.date | None:
    """Last day to object (Art. 9): two weeks from service; None if not yet served.

    The plain date is returned even when it falls on a weekend or holiday: the law
    may then allow until the next working day, but showing the earlier date can
    only make staff act sooner, never too late.
    """
    if order.service_date is None:
        return None
    return order.service_date + datetime.timedelta(days=OBJECTION_DAYS)


def add_extension(order: ProtectionOrder, extension: OrderExtension) -> ProtectionOrder:
    """The order with one more extension (validated)."""
    return replace(order, extensions=(*order.extensions, extension))


def add_breach(order: ProtectionOrder, breach: OrderBreach) -> ProtectionOrder:
    """The order with one more breach (validated)."""
    return replace(order, breaches=(*order.breaches, breach))


# ----------------------------------------------------------------------------------
# Storage form
# ----------------------------------------------------------------------------------


def _iso(d: datetime.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def order_to_dict(order: ProtectionOrder) -> dict[str, object]:
    """JSON-ready form with ISO dates and stored enum values."""
    return {
        "kind": order.kind.value,
        "issuer": order.issuer.value,
        "issuer_name": order.issuer_name,
        "file_no": order.file_no,
        "decision_date": _iso(order.decision_date),
        "service_date": _iso(order.service_date),
        "start_date": _iso(order.start_date),
        "end_date": _iso(order.end_date),
        "measures": list(order.measures),
        "measures_note": order.measures_note,
        "confidential_identity": order.confidential_identity,
        "confidential_address": order.confidential_address,
        "extensions": [
            {
                "decision_date": _iso(e.decision_date),
                "new_end_date": _iso(e.new_end_date),
                "file_no": e.file_no,
                "note": e.note,
            }
            for e in order.extensions
        ],
        "breaches": [
            {
                "date": _iso(b.date),
                "description": b.description,
                "outcome": b.outcome.value,
                "detention_days": b.detention_days,
                "note": b.note,
            }
            for b in order.breaches
        ],
        "submitted_for_approval_on": _iso(order.submitted_for_approval_on),
        "approval_date": _iso(order.approval_date),
        "lifted_on": _iso(order.lifted_on),
        "note": order.note,
        "catalogue_version": order.catalogue_version,
    }


class _Reader:
    """Reads untyped JSON values into typed ones, collecting every problem."""

    def __init__(self, problems: RuleProblems) -> None:
        self.problems = problems

    def date(
        self, raw: object, path: str, label: str, *, required: bool = False
    ) -> datetime.date | None:
        if raw is None or raw == "":
            if required:
                self.problems.add(path, f"{label} girilmelidir.", "date.required")
            return None
        if isinstance(raw, datetime.date) and not isinstance(raw, datetime.datetime):
            return raw
        if isinstance(raw, str):
            try:
                return datetime.date.fromisoformat(raw.strip())
            except ValueError:
                pass
        self.problems.add(path, f"{label} YYYY-AA-GG biçiminde bir tarih olmalıdır.", "date.format")
        return None

    def text(self, raw: object, path: str, label: str) -> str:
        if raw is None:
            return ""
        if isinstance(raw, str):
            return raw
        self.problems.add(path, f"{label} metin olmalıdır.", "text.type")
        return ""

    def flag(self, raw: object, path: str, label: str) -> bool:
        if raw is None:
            return False
        if isinstance(raw, bool):
            return raw
        self.problems.add(path, f"{label} evet ya da hayır (true/false) olmalıdır.", "order.bool")
        return False

    def integer(self, raw: object, path: str, label: str) -> int | None:
        if raw is None or (isinstance(raw, int) and not isinstance(raw, bool)):
            return raw
        self.problems.add(path, f"{label} tam sayı olmalıdır.", "order.int")
        return None

    def objects(self, raw: object, path: str, label: str) -> list[Mapping[str, object]]:
        if raw is None:
            return []
        if isinstance(raw, list) and all(isinstance(x, dict) for x in raw):
            return raw
        self.problems.add(path, f"{label} bir liste olmalıdır.", "order.list_type")
        return []


def _present(value: datetime.date | None) -> datetime.date:
    # Only called after raise_if_any(): a required date that was missing or
    # malformed has already been reported.
    assert value is not None
    return value


_ORDER_FIELDS: Final = frozenset(
    {
        "kind", "issuer", "issuer_name", "file_no", "decision_date", "service_date", "start_date",
        "end_date", "measures", "measures_note", "confidential_identity", "confidential_address",
        "extensions", "breaches", "submitted_for_approval_on", "approval_date", "lifted_on", "note",
        "catalogue_version",
    }
)  # fmt: skip


def order_from_dict(data: Mapping[str, object]) -> ProtectionOrder:
    """Parse `order_to_dict` output or the CLI's JSON; every problem at once.

    Kind and issuer accept Turkish spellings with or without special letters
    ("önleyici", "onleyici", "hâkim"). Unknown keys are refused so a typo
    ("end_dte") cannot silently drop a date.
    """
    problems = RuleProblems()
    r = _Reader(problems)
    for key in data:
        if key not in _ORDER_FIELDS:
            problems.add(
                key, f"Tedbir kaydında böyle bir alan yok: {key!r}.", "order.unknown_field"
            )

    kind: OrderKind | None = None
    issuer: IssuerKind | None = None
    try:
        kind = parse_order_kind(r.text(data.get("kind"), "kind", "Tedbir türü"))
    except DomainRuleError as exc:
        problems.add("kind", exc.message_tr, exc.code)
    try:
        issuer = parse_issuer_kind(r.text(data.get("issuer"), "issuer", "Kararı veren makam"))
    except DomainRuleError as exc:
        problems.add("issuer", exc.message_tr, exc.code)

    decision = r.date(data.get("decision_date"), "decision_date", "Karar tarihi", required=True)
    start = r.date(data.get("start_date"), "start_date", "Başlangıç tarihi", required=True)
    end = r.date(data.get("end_date"), "end_date", "Bitiş tarihi", required=True)
    service = r.date(data.get("service_date"), "service_date", "Tebliğ tarihi")
    submitted = r.date(
        data.get("submitted_for_approval_on"), "submitted_for_approval_on", "Onaya sunulma tarihi"
    )
    approved = r.date(data.get("approval_date"), "approval_date", "Onay tarihi")
    lifted = r.date(data.get("lifted_on"), "lifted_on", "Kaldırılma tarihi")

    measures_raw = data.get("measures", [])
    measures: tuple[str, ...] = ()
    if isinstance(measures_raw, list) and all(isinstance(m, str) for m in measures_raw):
        measures = tuple(measures_raw)
    else:
        problems.add("measures", "Tedbirler metin listesi olmalıdır.", "order.measures_type")

    ext_parts = []
    for i, e in enumerate(r.objects(data.get("extensions"), "extensions", "Uzatmalar")):
        p = f"extensions[{i}]"
        ext_parts.append(
            (
                r.date(
                    e.get("decision_date"),
                    f"{p}.decision_date",
                    "Uzatma karar tarihi",
                    required=True,
                ),
                r.date(
                    e.get("new_end_date"), f"{p}.new_end_date", "Yeni bitiş tarihi", required=True
                ),
                r.text(e.get("file_no"), f"{p}.file_no", "Uzatma dosya numarası"),
                r.text(e.get("note"), f"{p}.note", "Uzatma notu"),
            )
        )
    breach_parts = []
    for i, b in enumerate(r.objects(data.get("breaches"), "breaches", "İhlaller")):
        p = f"breaches[{i}]"
        outcome_text = r.text(b.get("outcome", "bildirildi"), f"{p}.outcome", "İhlalin sonucu")
        outcome = BreachOutcome.BILDIRILDI
        try:
            outcome = BreachOutcome(outcome_text)
        except ValueError:
            problems.add(
                f"{p}.outcome",
                f"İhlalin sonucu tanınmadı: {outcome_text!r}.",
                "order.breach_outcome",
            )
        breach_parts.append(
            (
                r.date(b.get("date"), f"{p}.date", "İhlal tarihi", required=True),
                r.text(b.get("description"), f"{p}.description", "İhlalin açıklaması"),
                outcome,
                r.integer(b.get("detention_days"), f"{p}.detention_days", "Zorlama hapsi süresi"),
                r.text(b.get("note"), f"{p}.note", "İhlal notu"),
            )
        )
    flags = {
        name: r.flag(data.get(name), name, label)
        for name, label in (
            ("confidential_identity", "Kimlik gizliliği"),
            ("confidential_address", "Adres gizliliği"),
        )
    }
    catalogue_version = r.integer(
        data.get("catalogue_version", CURRENT_CATALOGUE_VERSION),
        "catalogue_version",
        "Tedbir listesi sürümü",
    )
    problems.raise_if_any()
    assert kind is not None and issuer is not None  # a failed parse raised above

    return ProtectionOrder(
        kind=kind,
        issuer=issuer,
        decision_date=_present(decision),
        start_date=_present(start),
        end_date=_present(end),
        measures=measures,
        file_no=r.text(data.get("file_no"), "file_no", "Dosya numarası"),
        issuer_name=r.text(data.get("issuer_name"), "issuer_name", "Kararı veren makamın adı"),
        service_date=service,
        measures_note=r.text(data.get("measures_note"), "measures_note", "Tedbir açıklaması"),
        confidential_identity=flags["confidential_identity"],
        confidential_address=flags["confidential_address"],
        extensions=tuple(
            OrderExtension(_present(d), _present(n), file_no, note)
            for d, n, file_no, note in ext_parts
        ),
        breaches=tuple(
            OrderBreach(_present(d), desc, outcome, days, note)
            for d, desc, outcome, days, note in breach_parts
        ),
        submitted_for_approval_on=submitted,
        approval_date=approved,
        lifted_on=lifted,
        note=r.text(data.get("note"), "note", "Not"),
        catalogue_version=CURRENT_CATALOGUE_VERSION
        if catalogue_version is None
        else catalogue_version,
    )
