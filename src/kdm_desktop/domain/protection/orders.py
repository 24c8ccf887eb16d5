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

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kdm_desktop.domain.dates import format_turkish_date
from kdm_desktop.domain.protection.measures import (
    Measure,
    MeasureCatalogue,
    add_months,
    latest_first_term_end,
    load_measure_catalogue,
)
from kdm_desktop.domain.protection.order_kinds import (
    _DETENTION_LABEL,
    _DETENTION_RANGE,
    _URGENT_APPROVAL,
    CURRENT_CATALOGUE_VERSION,
    FIRST_TERM_MONTHS,
    MAX_FILE_NO,
    MAX_ISSUER_NAME,
    MAX_LONG_TEXT,
    MAX_SHORT_NOTE,
    OBJECTION_DAYS,
    BreachOutcome,
    IssuerKind,
    OrderKind,
    OrderStatus,
    parse_issuer_kind,
    parse_order_kind,
)
from kdm_desktop.domain.rules import (
    DomainRuleError,
    RuleProblems,
    check_rule_date,
    clean_rule_text,
)
from kdm_desktop.domain.turkish import tr_lower

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
    "order_status",
    "parse_issuer_kind",
    "parse_order_kind",
]


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
