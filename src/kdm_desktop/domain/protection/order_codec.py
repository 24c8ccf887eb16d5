"""Storage and CLI form of a protection order: ISO dates, stored enum values."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Final

from kdm_desktop.domain.protection.order_kinds import (
    CURRENT_CATALOGUE_VERSION,
    BreachOutcome,
    IssuerKind,
    OrderKind,
    parse_issuer_kind,
    parse_order_kind,
)
from kdm_desktop.domain.protection.orders import (
    OrderBreach,
    OrderExtension,
    ProtectionOrder,
)
from kdm_desktop.domain.rules import (
    DomainRuleError,
    Label,
    Problems,
)

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

    def __init__(self, problems: Problems) -> None:
        self.problems = problems

    def date(
        self, raw: object, path: str, label: str, *, required: bool = False
    ) -> datetime.date | None:
        if raw is None or raw == "":
            if required:
                self.problems.keyed(path, "date.required", "rule.date.required", label=Label(label))
            return None
        if isinstance(raw, datetime.date) and not isinstance(raw, datetime.datetime):
            return raw
        if isinstance(raw, str):
            try:
                return datetime.date.fromisoformat(raw.strip())
            except ValueError:
                pass
        self.problems.keyed(path, "date.format", "rule.date.iso", label=Label(label))
        return None

    def text(self, raw: object, path: str, label: str) -> str:
        if raw is None:
            return ""
        if isinstance(raw, str):
            return raw
        self.problems.keyed(path, "text.type", "rule.text.type", label=Label(label))
        return ""

    def flag(self, raw: object, path: str, label: str) -> bool:
        if raw is None:
            return False
        if isinstance(raw, bool):
            return raw
        self.problems.keyed(path, "order.bool", "protection.codec.bool", label=Label(label))
        return False

    def integer(self, raw: object, path: str, label: str) -> int | None:
        if raw is None or (isinstance(raw, int) and not isinstance(raw, bool)):
            return raw
        self.problems.keyed(path, "order.int", "protection.codec.int", label=Label(label))
        return None

    def objects(self, raw: object, path: str, label: str) -> list[Mapping[str, object]]:
        if raw is None:
            return []
        if isinstance(raw, list) and all(isinstance(x, dict) for x in raw):
            return raw
        self.problems.keyed(path, "order.list_type", "protection.codec.list", label=Label(label))
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
    problems = Problems(raises=DomainRuleError.combine)
    r = _Reader(problems)
    for key in data:
        if key not in _ORDER_FIELDS:
            problems.keyed(
                key, "order.unknown_field", "protection.codec.unknown_field", field=repr(key)
            )

    kind: OrderKind | None = None
    issuer: IssuerKind | None = None
    try:
        kind = parse_order_kind(r.text(data.get("kind"), "kind", "protection.label.kind"))
    except DomainRuleError as exc:
        problems.again("kind", exc)
    try:
        issuer = parse_issuer_kind(r.text(data.get("issuer"), "issuer", "protection.label.issuer"))
    except DomainRuleError as exc:
        problems.again("issuer", exc)

    decision = r.date(
        data.get("decision_date"), "decision_date", "protection.label.decision_date", required=True
    )
    start = r.date(
        data.get("start_date"), "start_date", "protection.label.start_date", required=True
    )
    end = r.date(data.get("end_date"), "end_date", "protection.label.end_date", required=True)
    service = r.date(data.get("service_date"), "service_date", "protection.label.service_date")
    submitted = r.date(
        data.get("submitted_for_approval_on"),
        "submitted_for_approval_on",
        "protection.label.submitted_for_approval_on",
    )
    approved = r.date(data.get("approval_date"), "approval_date", "protection.label.approval_date")
    lifted = r.date(data.get("lifted_on"), "lifted_on", "protection.label.lifted_on")

    measures_raw = data.get("measures", [])
    measures: tuple[str, ...] = ()
    if isinstance(measures_raw, list) and all(isinstance(m, str) for m in measures_raw):
        measures = tuple(measures_raw)
    else:
        problems.keyed("measures", "order.measures_type", "protection.codec.measures_type")

    ext_parts = []
    for i, e in enumerate(
        r.objects(data.get("extensions"), "extensions", "protection.label.extensions")
    ):
        p = f"extensions[{i}]"
        ext_parts.append(
            (
                r.date(
                    e.get("decision_date"),
                    f"{p}.decision_date",
                    "protection.label.extension_decision_date",
                    required=True,
                ),
                r.date(
                    e.get("new_end_date"),
                    f"{p}.new_end_date",
                    "protection.label.new_end_date",
                    required=True,
                ),
                r.text(e.get("file_no"), f"{p}.file_no", "protection.label.extension_file_no"),
                r.text(e.get("note"), f"{p}.note", "protection.label.extension_note"),
            )
        )
    breach_parts = []
    for i, b in enumerate(r.objects(data.get("breaches"), "breaches", "protection.label.breaches")):
        p = f"breaches[{i}]"
        outcome_text = r.text(
            b.get("outcome", "bildirildi"), f"{p}.outcome", "protection.label.breach_outcome"
        )
        outcome = BreachOutcome.BILDIRILDI
        try:
            outcome = BreachOutcome(outcome_text)
        except ValueError:
            problems.keyed(
                f"{p}.outcome",
                "order.breach_outcome",
                "protection.order.breach_outcome",
                value=repr(outcome_text),
            )
        breach_parts.append(
            (
                r.date(b.get("date"), f"{p}.date", "protection.label.breach_date", required=True),
                r.text(
                    b.get("description"), f"{p}.description", "protection.label.breach_description"
                ),
                outcome,
                r.integer(
                    b.get("detention_days"),
                    f"{p}.detention_days",
                    "protection.label.detention_days",
                ),
                r.text(b.get("note"), f"{p}.note", "protection.label.breach_note"),
            )
        )
    flags = {
        name: r.flag(data.get(name), name, f"protection.label.{name}")
        for name in ("confidential_identity", "confidential_address")
    }
    catalogue_version = r.integer(
        data.get("catalogue_version", CURRENT_CATALOGUE_VERSION),
        "catalogue_version",
        "protection.label.catalogue_version",
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
        file_no=r.text(data.get("file_no"), "file_no", "protection.label.file_no"),
        issuer_name=r.text(data.get("issuer_name"), "issuer_name", "protection.label.issuer_name"),
        service_date=service,
        measures_note=r.text(
            data.get("measures_note"), "measures_note", "protection.label.measures_note"
        ),
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
        note=r.text(data.get("note"), "note", "protection.label.note"),
        catalogue_version=CURRENT_CATALOGUE_VERSION
        if catalogue_version is None
        else catalogue_version,
    )
