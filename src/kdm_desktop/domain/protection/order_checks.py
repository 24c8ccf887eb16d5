"""Validation of a `ProtectionOrder`, run by its ``__post_init__``.

Each check appends to the shared `RuleProblems`, so every problem is reported
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
    DomainRuleError,
    RuleProblems,
    check_rule_date,
    clean_rule_text,
)
from kdm_desktop.domain.turkish import tr_lower

if TYPE_CHECKING:
    from kdm_desktop.domain.protection.orders import ProtectionOrder


def catalogue(order: ProtectionOrder, problems: RuleProblems) -> MeasureCatalogue | None:
    try:
        return load_measure_catalogue(order.catalogue_version)
    except (FileNotFoundError, TypeError):
        problems.add(
            "catalogue_version", "Tedbir listesi sürümü bu programda yok.", "order.catalogue"
        )
        return None


def normalise_choices(order: ProtectionOrder, problems: RuleProblems) -> None:
    # Strings from a form or file are accepted here too ("önleyici", "hâkim").
    if not isinstance(order.kind, OrderKind):
        try:
            object.__setattr__(order, "kind", parse_order_kind(str(order.kind)))
        except DomainRuleError as exc:
            problems.add("kind", exc.message_tr, exc.code)
    if not isinstance(order.issuer, IssuerKind):
        try:
            object.__setattr__(order, "issuer", parse_issuer_kind(str(order.issuer)))
        except DomainRuleError as exc:
            problems.add("issuer", exc.message_tr, exc.code)
    for name, label in (
        ("confidential_identity", "Kimlik gizliliği"),
        ("confidential_address", "Adres gizliliği"),
    ):
        if not isinstance(getattr(order, name), bool):
            problems.add(name, f"{label} evet ya da hayır olmalıdır.", "order.bool")


def check_texts(order: ProtectionOrder, problems: RuleProblems) -> None:
    court = order.issuer is IssuerKind.AILE_MAHKEMESI
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
            getattr(order, name),
            limit,
            required=required,
            multiline=multiline,
        )
        object.__setattr__(order, name, text)


def check_dates(order: ProtectionOrder, problems: RuleProblems) -> None:
    decision = check_rule_date(
        problems, "decision_date", "Karar tarihi", order.decision_date, required=True
    )
    start = check_rule_date(
        problems, "start_date", "Başlangıç tarihi", order.start_date, required=True
    )
    end = check_rule_date(problems, "end_date", "Bitiş tarihi", order.end_date, required=True)
    service = check_rule_date(
        problems, "service_date", "Tebliğ tarihi", order.service_date, required=False
    )
    lifted = check_rule_date(
        problems, "lifted_on", "Kaldırılma tarihi", order.lifted_on, required=False
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


def check_measures(
    order: ProtectionOrder, problems: RuleProblems, catalogue: MeasureCatalogue | None
) -> None:
    raw = order.measures
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
    issuer_fits = (order.kind, order.issuer) in combos
    if not issuer_fits:
        problems.add(
            "issuer",
            f"{order.kind.label} kararını {tr_lower(order.issuer.label)} veremez.",
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
        if measure.kind is not order.kind:
            problems.add(
                path,
                f"“{measure.text}” (Madde {measure.ref}) bir "
                f"{tr_lower(measure.kind.label)}dir; "
                f"{tr_lower(order.kind.label)} kararına eklenemez.",
                "order.measure_wrong_kind",
            )
        elif issuer_fits and order.issuer not in measure.issuers:
            problems.add(
                path,
                f"“{measure.text}” (Madde {measure.ref}) tedbirine "
                f"{tr_lower(order.issuer.label)} karar veremez.",
                "order.measure_wrong_issuer",
            )
        elif measure.requires_note and not order.measures_note:
            problems.add(
                "measures_note",
                "Benzer bir tedbir seçildiğinde tedbir açıklamasına "
                "hangi tedbir olduğu yazılmalıdır.",
                "order.measure_note_required",
            )
    rank = {m.id: i for i, m in enumerate(catalogue.measures)}
    object.__setattr__(order, "measures", tuple(sorted(seen, key=rank.__getitem__)))


def check_approval(order: ProtectionOrder, problems: RuleProblems) -> None:
    submitted = check_rule_date(
        problems,
        "submitted_for_approval_on",
        "Onaya sunulma tarihi",
        order.submitted_for_approval_on,
        required=False,
    )
    approved = check_rule_date(
        problems, "approval_date", "Onay tarihi", order.approval_date, required=False
    )
    if order.issuer is not IssuerKind.KOLLUK_AMIRI:
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
    decision = order.decision_date if not problems.failed("decision_date") else None
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


def check_extensions(order: ProtectionOrder, problems: RuleProblems) -> None:
    if not isinstance(order.extensions, Iterable):
        problems.add("extensions", "Uzatmalar bir liste olmalıdır.", "order.extensions_type")
        return
    items = list(order.extensions)
    if not all(isinstance(e, OrderExtension) for e in items):
        problems.add("extensions", "Uzatmalar bir liste olmalıdır.", "order.extensions_type")
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
    object.__setattr__(order, "extensions", tuple(cleaned))


def check_breaches(order: ProtectionOrder, problems: RuleProblems) -> None:
    if not isinstance(order.breaches, Iterable) or not all(
        isinstance(b, OrderBreach) for b in order.breaches
    ):
        problems.add("breaches", "İhlaller bir liste olmalıdır.", "order.breaches_type")
        return
    items = sorted(
        order.breaches,
        key=lambda b: b.date if isinstance(b.date, datetime.date) else datetime.date.min,
    )
    decision = order.decision_date if not problems.failed("decision_date") else None
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
    object.__setattr__(order, "breaches", tuple(cleaned))


# --- derived facts ---
