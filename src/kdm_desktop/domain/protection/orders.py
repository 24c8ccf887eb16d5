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
from dataclasses import dataclass, replace

from kdm_desktop.domain.protection import order_checks
from kdm_desktop.domain.protection.measures import (
    Measure,
    MeasureCatalogue,
    add_months,
    latest_first_term_end,
    load_measure_catalogue,
)
from kdm_desktop.domain.protection.order_kinds import (
    _URGENT_APPROVAL,
    CURRENT_CATALOGUE_VERSION,
    FIRST_TERM_MONTHS,
    OBJECTION_DAYS,
    BreachOutcome,
    IssuerKind,
    OrderBreach,
    OrderExtension,
    OrderKind,
    OrderStatus,
    parse_issuer_kind,
    parse_order_kind,
)
from kdm_desktop.domain.rules import (
    Day,
    DomainRuleError,
    Label,
    Problems,
)

__all__ = [
    "CURRENT_CATALOGUE_VERSION",
    "FIRST_TERM_MONTHS",
    "OBJECTION_DAYS",
    "BreachOutcome",
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
        problems = Problems(raises=DomainRuleError.combine)
        catalogue = order_checks.catalogue(self, problems)
        order_checks.normalise_choices(self, problems)
        order_checks.check_texts(self, problems)
        order_checks.check_dates(self, problems)
        order_checks.check_measures(self, problems, catalogue)
        order_checks.check_approval(self, problems)
        order_checks.check_extensions(self, problems)
        order_checks.check_breaches(self, problems)
        problems.raise_if_any()

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

    def describe(self) -> Label:
        """ "Önleyici tedbir kararı (2026/123 D.İş)" as a message parameter, so an
        English sentence says "Preventive order (2026/123 D.İş)"."""
        kind = Label(self.kind.label_key)
        if self.file_no:
            return Label("protection.order.describe", kind=kind, ref=self.file_no)
        return Label("protection.order.describe_dated", kind=kind, date=Day(self.decision_date))

    def describe_tr(self) -> str:
        """ "Önleyici tedbir kararı (2026/123 D.İş)" — for reminders and lists."""
        return self.describe().in_language("tr")

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
