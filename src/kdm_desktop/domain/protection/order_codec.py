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
    RuleProblems,
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
