"""Validation of a `ProtectionOrder`, run by its ``__post_init__``.

Each check appends to the shared `Problems`, so every problem is reported
at once; split out of ``orders.py`` to keep the record class short.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kdm_desktop.domain.protection.measures import (
    MeasureCatalogue,
    latest_first_term_end,
    load_measure_catalogue,
)
from kdm_desktop.domain.protection.order_kinds import (
    _DETENTION_LABEL,
    _DETENTION_RANGE,
    FIRST_TERM_MONTHS,
    MAX_FILE_NO,
    MAX_ISSUER_NAME,
    MAX_LONG_TEXT,
    MAX_SHORT_NOTE,
    BreachOutcome,
    IssuerKind,
    OrderBreach,
    OrderExtension,
    OrderKind,
    parse_issuer_kind,
    parse_order_kind,
)
from kdm_desktop.domain.rules import (
    Day,
    DomainRuleError,
    Label,
    LowerLabel,
    Problems,
    check_rule_date,
    clean_rule_text,
)

if TYPE_CHECKING:
    from kdm_desktop.domain.protection.orders import ProtectionOrder


def _kind(kind: OrderKind, *, lower: bool = False) -> Label:
    key = f"protection.order_kind.{kind.value}"
    return LowerLabel(key) if lower else Label(key)


def _issuer(issuer: IssuerKind) -> Label:
    return LowerLabel(f"protection.issuer.{issuer.value}")


def catalogue(order: ProtectionOrder, problems: Problems) -> MeasureCatalogue | None:
    try:
        return load_measure_catalogue(order.catalogue_version)
    except (FileNotFoundError, TypeError):
        problems.keyed("catalogue_version", "order.catalogue", "protection.order.catalogue")
        return None


def normalise_choices(order: ProtectionOrder, problems: Problems) -> None:
    # Strings from a form or file are accepted here too ("önleyici", "hâkim").
    if not isinstance(order.kind, OrderKind):
        try:
            object.__setattr__(order, "kind", parse_order_kind(str(order.kind)))
        except DomainRuleError as exc:
            problems.again("kind", exc)
    if not isinstance(order.issuer, IssuerKind):
        try:
            object.__setattr__(order, "issuer", parse_issuer_kind(str(order.issuer)))
        except DomainRuleError as exc:
            problems.again("issuer", exc)
    for name in ("confidential_identity", "confidential_address"):
        if not isinstance(getattr(order, name), bool):
            label = Label(f"protection.label.{name}")
            problems.keyed(name, "order.bool", "protection.order.bool", label=label)


def check_texts(order: ProtectionOrder, problems: Problems) -> None:
    court = order.issuer is IssuerKind.AILE_MAHKEMESI
    specs = (
        ("file_no", "protection.label.file_no", MAX_FILE_NO, court, False),
        ("issuer_name", "protection.label.issuer_name", MAX_ISSUER_NAME, False, False),
        ("measures_note", "protection.label.measures_note", MAX_LONG_TEXT, False, True),
        ("note", "protection.label.note", MAX_LONG_TEXT, False, True),
    )
    for name, label, limit, required, multiline in specs:
        text = clean_rule_text(
            problems,
            name,
            label,
            getattr(order, name),
            limit,
            required=required,
            multiline=multiline,
        )
        object.__setattr__(order, name, text)


def check_dates(order: ProtectionOrder, problems: Problems) -> None:
    decision = check_rule_date(
        problems,
        "decision_date",
        "protection.label.decision_date",
        order.decision_date,
        required=True,
    )
    start = check_rule_date(
        problems, "start_date", "protection.label.start_date", order.start_date, required=True
    )
    end = check_rule_date(
        problems, "end_date", "protection.label.end_date", order.end_date, required=True
    )
    service = check_rule_date(
        problems,
        "service_date",
        "protection.label.service_date",
        order.service_date,
        required=False,
    )
    lifted = check_rule_date(
        problems, "lifted_on", "protection.label.lifted_on", order.lifted_on, required=False
    )
    if start and end:
        if end < start:
            problems.keyed(
                "end_date", "order.end_before_start", "protection.order.end_before_start"
            )
        elif end > latest_first_term_end(start):
            problems.keyed(
                "end_date",
                "order.first_term_too_long",
                "protection.order.first_term_too_long",
                months=FIRST_TERM_MONTHS,
                start=Day(start, weekday=False),
                latest=Day(latest_first_term_end(start), weekday=False),
            )
    if decision and start and decision > start:
        problems.keyed(
            "start_date", "order.start_before_decision", "protection.order.start_before_decision"
        )
    if decision and service and service < decision:
        problems.keyed(
            "service_date",
            "order.service_before_decision",
            "protection.order.service_before_decision",
        )
    if decision and lifted and lifted < decision:
        problems.keyed(
            "lifted_on", "order.lifted_before_decision", "protection.order.lifted_before_decision"
        )


def check_measures(
    order: ProtectionOrder, problems: Problems, catalogue: MeasureCatalogue | None
) -> None:
    raw = order.measures
    if isinstance(raw, str) or not isinstance(raw, Iterable):
        problems.keyed("measures", "order.measures_type", "protection.order.measures_type")
        return
    chosen = list(raw)
    if not chosen:
        problems.keyed("measures", "order.measures_required", "protection.order.measures_required")
        return
    if catalogue is None or problems.failed("kind") or problems.failed("issuer"):
        return
    # The combination itself first: a governor never gives a preventive order.
    combos = {(m.kind, i) for m in catalogue.measures for i in m.issuers}
    issuer_fits = (order.kind, order.issuer) in combos
    if not issuer_fits:
        problems.keyed(
            "issuer",
            "order.issuer_not_allowed",
            "protection.order.issuer_not_allowed",
            kind=_kind(order.kind),
            kind_lower=_kind(order.kind, lower=True),
            issuer=_issuer(order.issuer),
        )
    seen: set[str] = set()
    for index, mid in enumerate(chosen):
        path = f"measures[{index}]"
        measure = catalogue.get(mid) if isinstance(mid, str) else None
        if measure is None:
            problems.keyed(
                path, "order.measure_unknown", "protection.order.measure_unknown", value=repr(mid)
            )
            continue
        if mid in seen:
            problems.keyed(
                path,
                "order.measure_duplicate",
                "protection.order.measure_duplicate",
                measure=measure.wording,
            )
            continue
        seen.add(mid)
        if measure.kind is not order.kind:
            problems.keyed(
                path,
                "order.measure_wrong_kind",
                "protection.order.measure_wrong_kind",
                measure=measure.wording,
                ref=measure.ref,
                measure_kind=LowerLabel(f"protection.measure_kind.{measure.kind.value}"),
                kind=_kind(order.kind, lower=True),
            )
        elif issuer_fits and order.issuer not in measure.issuers:
            problems.keyed(
                path,
                "order.measure_wrong_issuer",
                "protection.order.measure_wrong_issuer",
                measure=measure.wording,
                ref=measure.ref,
                issuer=_issuer(order.issuer),
            )
        elif measure.requires_note and not order.measures_note:
            problems.keyed(
                "measures_note",
                "order.measure_note_required",
                "protection.order.measure_note_required",
            )
    rank = {m.id: i for i, m in enumerate(catalogue.measures)}
    object.__setattr__(order, "measures", tuple(sorted(seen, key=rank.__getitem__)))


def check_approval(order: ProtectionOrder, problems: Problems) -> None:
    submitted = check_rule_date(
        problems,
        "submitted_for_approval_on",
        "protection.label.submitted_for_approval_on",
        order.submitted_for_approval_on,
        required=False,
    )
    approved = check_rule_date(
        problems,
        "approval_date",
        "protection.label.approval_date",
        order.approval_date,
        required=False,
    )
    if order.issuer is not IssuerKind.KOLLUK_AMIRI:
        for name, value in (
            ("submitted_for_approval_on", submitted),
            ("approval_date", approved),
        ):
            if value is not None:
                problems.keyed(
                    name,
                    "order.approval_not_applicable",
                    "protection.order.approval_not_applicable",
                )
        return
    decision = order.decision_date if not problems.failed("decision_date") else None
    if decision and submitted and submitted < decision:
        problems.keyed(
            "submitted_for_approval_on",
            "order.approval_before_decision",
            "protection.order.submitted_before_decision",
        )
    if decision and approved and approved < max(decision, submitted or decision):
        problems.keyed(
            "approval_date",
            "order.approval_before_decision",
            "protection.order.approval_before_decision",
        )


def check_extensions(order: ProtectionOrder, problems: Problems) -> None:
    if not isinstance(order.extensions, Iterable):
        problems.keyed("extensions", "order.extensions_type", "protection.order.extensions_type")
        return
    items = list(order.extensions)
    if not all(isinstance(e, OrderExtension) for e in items):
        problems.keyed("extensions", "order.extensions_type", "protection.order.extensions_type")
        return
    # Sorted by decision date (stable), so the history reads in order however it was typed.
    items.sort(
        key=lambda e: (
            e.decision_date if isinstance(e.decision_date, datetime.date) else datetime.date.min
        )
    )
    previous_end = order.end_date if not problems.failed("end_date") else None
    decision = order.decision_date if not problems.failed("decision_date") else None
    cleaned: list[OrderExtension] = []
    for i, ext in enumerate(items):
        p = f"extensions[{i}]"
        d = check_rule_date(
            problems,
            f"{p}.decision_date",
            "protection.label.extension_decision_date",
            ext.decision_date,
            required=True,
        )
        new_end = check_rule_date(
            problems,
            f"{p}.new_end_date",
            "protection.label.extension_new_end_date",
            ext.new_end_date,
            required=True,
        )
        file_no = clean_rule_text(
            problems, f"{p}.file_no", "protection.label.extension_file_no", ext.file_no, MAX_FILE_NO
        )
        note = clean_rule_text(
            problems,
            f"{p}.note",
            "protection.label.extension_note",
            ext.note,
            MAX_SHORT_NOTE,
            multiline=True,
        )
        if d and decision and d < decision:
            problems.keyed(
                f"{p}.decision_date",
                "order.extension_before_decision",
                "protection.order.extension_before_decision",
            )
        if new_end and previous_end and new_end <= previous_end:
            problems.keyed(
                f"{p}.new_end_date",
                "order.extension_not_later",
                "protection.order.extension_not_later",
                previous=Day(previous_end, weekday=False),
            )
        previous_end = new_end or previous_end
        cleaned.append(replace(ext, file_no=file_no, note=note) if d and new_end else ext)
    object.__setattr__(order, "extensions", tuple(cleaned))


def check_breaches(order: ProtectionOrder, problems: Problems) -> None:
    if not isinstance(order.breaches, Iterable) or not all(
        isinstance(b, OrderBreach) for b in order.breaches
    ):
        problems.keyed("breaches", "order.breaches_type", "protection.order.breaches_type")
        return
    items = sorted(
        order.breaches,
        key=lambda b: b.date if isinstance(b.date, datetime.date) else datetime.date.min,
    )
    decision = order.decision_date if not problems.failed("decision_date") else None
    cleaned: list[OrderBreach] = []
    for i, br in enumerate(items):
        p = f"breaches[{i}]"
        d = check_rule_date(
            problems, f"{p}.date", "protection.label.breach_date", br.date, required=True
        )
        desc = clean_rule_text(
            problems,
            f"{p}.description",
            "protection.label.breach_description",
            br.description,
            MAX_LONG_TEXT,
            required=True,
            multiline=True,
        )
        note = clean_rule_text(
            problems,
            f"{p}.note",
            "protection.label.breach_note",
            br.note,
            MAX_SHORT_NOTE,
            multiline=True,
        )
        if d and decision and d < decision:
            problems.keyed(
                f"{p}.date",
                "order.breach_before_decision",
                "protection.order.breach_before_decision",
            )
        outcome: BreachOutcome | None = None
        try:
            outcome = BreachOutcome(br.outcome)
        except ValueError:
            problems.keyed(
                f"{p}.outcome",
                "order.breach_outcome",
                "protection.order.breach_outcome",
                value=repr(br.outcome),
            )
        days = br.detention_days
        if outcome is not None:
            span = _DETENTION_RANGE.get(outcome)
            if days is not None and (not isinstance(days, int) or isinstance(days, bool)):
                problems.keyed(
                    f"{p}.detention_days",
                    "order.detention_days",
                    "protection.order.detention_days_type",
                )
            elif span is None and days is not None:
                problems.keyed(
                    f"{p}.detention_days",
                    "order.detention_days",
                    "protection.order.detention_days_not_applicable",
                )
            elif span is not None and days is not None and not span[0] <= days <= span[1]:
                problems.keyed(
                    f"{p}.detention_days",
                    "order.detention_days",
                    "protection.order.detention_days_range",
                    detention=Label(_DETENTION_LABEL[outcome]),
                    low=span[0],
                    high=span[1],
                    days=days,
                )
            if outcome is BreachOutcome.DIGER and not note:
                problems.keyed(
                    f"{p}.note",
                    "order.breach_note_required",
                    "protection.order.breach_note_required",
                )
        if outcome is not None:
            cleaned.append(replace(br, description=desc, note=note, outcome=outcome))
        else:
            cleaned.append(br)
    object.__setattr__(order, "breaches", tuple(cleaned))


# --- derived facts ---
