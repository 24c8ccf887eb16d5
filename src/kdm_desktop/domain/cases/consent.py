"""KVKK explicit consent (açık rıza), recorded per purpose and, for sharing, per recipient.

Consent is never a condition of a service (KVKK), so a case can be opened
without it; what consent gates is data leaving the centre. Sharing always
needs both the consent to process her data and the consent for that sharing:
withdrawing the first stops every sharing at once.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

from kdm_desktop.domain.cases.choices import ConsentPurpose, RecipientKind
from kdm_desktop.domain.cases.validation import (
    Invalid,
    check_date,
    read_bool,
    read_choice,
    read_date,
    read_list,
    reject_unknown_keys,
)
from kdm_desktop.domain.keyed_labels import KeyedLabels
from kdm_desktop.domain.rules import Problems

CONSENT_KEYS: Final = frozenset({"processing", "share_with_centres", "share_with", "date"})
_LABELS: Final = KeyedLabels(
    {name: f"case.consent.{name}" for name in (*CONSENT_KEYS, "object", "recipient_kind")}
)


@dataclass(frozen=True)
class ConsentGrant:
    """What the intake form asks: which consents she gives today, and on which date."""

    processing: bool = False
    share_with_centres: bool = False
    share_with: frozenset[RecipientKind] = field(default_factory=frozenset)
    date: datetime.date | None = None

    def purposes(self) -> list[tuple[ConsentPurpose, RecipientKind | None]]:
        out: list[tuple[ConsentPurpose, RecipientKind | None]] = []
        if self.processing:
            out.append((ConsentPurpose.PROCESSING, None))
        if self.share_with_centres:
            out.append((ConsentPurpose.SHARE_WITH_CENTRES, None))
        for kind in sorted(self.share_with):
            out.append((ConsentPurpose.SHARE_WITH_INSTITUTION, kind))
        return out


@dataclass(frozen=True)
class ConsentRecord:
    id: str
    case_id: str
    purpose: ConsentPurpose
    recipient_kind: RecipientKind | None
    granted_on: datetime.date
    recorded_by: str
    recorded_at: str
    withdrawn_on: datetime.date | None = None
    withdrawn_by: str | None = None
    withdrawn_recorded_at: str | None = None

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None

    @property
    def label(self) -> str:
        return purpose_label(self.purpose, self.recipient_kind)


def purpose_label(purpose: ConsentPurpose, recipient: RecipientKind | None) -> str:
    if recipient is None:
        return purpose.label
    return f"{purpose.label} ({recipient.label})"


def validate_grant(grant: ConsentGrant, today: datetime.date, problems: Problems) -> None:
    if grant.purposes() and grant.date is None:
        problems.add("date", "input.case.required", label=_LABELS["date"])
    check_date(problems, "date", _LABELS["date"], grant.date, today)


def read_grant(raw: object, today: datetime.date, problems: Problems) -> ConsentGrant | Invalid:
    """The intake's `consent` object; `problems` should carry the "consent." prefix."""
    if raw is None:
        return ConsentGrant()
    if not isinstance(raw, Mapping):
        problems.add("", "input.case.type_object", label=_LABELS["object"])
        return Invalid()
    reject_unknown_keys(problems, raw, CONSENT_KEYS)

    def flag(name: str, label: str) -> bool:
        value = read_bool(problems, name, label, raw.get(name, False), optional=False)
        return value is True

    processing = flag("processing", _LABELS["processing"])
    centres = flag("share_with_centres", _LABELS["share_with_centres"])
    kinds: set[RecipientKind] = set()
    items = read_list(problems, "share_with", _LABELS["share_with"], raw.get("share_with"))
    if not isinstance(items, Invalid):
        for i, item in enumerate(items):
            kind = read_choice(
                problems, f"share_with[{i}]", _LABELS["recipient_kind"], item, RecipientKind
            )
            if isinstance(kind, RecipientKind):
                kinds.add(kind)
    day = read_date(problems, "date", _LABELS["date"], raw.get("date"))
    grant = ConsentGrant(
        processing, centres, frozenset(kinds), day if isinstance(day, datetime.date) else None
    )
    if not problems.failed("date"):
        validate_grant(grant, today, problems)
    return grant


@dataclass(frozen=True)
class MissingConsent:
    purpose: ConsentPurpose
    recipient_kind: RecipientKind | None
    # Set when a consent was given and later withdrawn, so the message can say so.
    withdrawn_on: datetime.date | None

    @property
    def label(self) -> str:
        return purpose_label(self.purpose, self.recipient_kind)


def _covers(record: ConsentRecord, purpose: ConsentPurpose, kind: RecipientKind | None) -> bool:
    if record.purpose == purpose and record.recipient_kind == kind:
        return True
    # Another women's counselling centre is one of the "centres" she agreed to.
    return (
        purpose == ConsentPurpose.SHARE_WITH_INSTITUTION
        and kind == RecipientKind.OTHER_KDM
        and record.purpose == ConsentPurpose.SHARE_WITH_CENTRES
    )


def _check_one(
    records: list[ConsentRecord], purpose: ConsentPurpose, kind: RecipientKind | None
) -> MissingConsent | None:
    matching = [r for r in records if _covers(r, purpose, kind)]
    if any(r.active for r in matching):
        return None
    withdrawn = [r.withdrawn_on for r in matching if r.withdrawn_on is not None]
    return MissingConsent(purpose, kind, max(withdrawn) if withdrawn else None)


def missing_consent(
    records: Iterable[ConsentRecord],
    purpose: ConsentPurpose,
    recipient_kind: RecipientKind | None = None,
) -> MissingConsent | None:
    """The first consent that is not in force for this use, or None if all are."""
    if (purpose == ConsentPurpose.SHARE_WITH_INSTITUTION) != (recipient_kind is not None):
        raise ValueError("a recipient kind goes with institution sharing, and only with it")
    recs = list(records)
    needed: list[tuple[ConsentPurpose, RecipientKind | None]] = [(ConsentPurpose.PROCESSING, None)]
    if purpose != ConsentPurpose.PROCESSING:
        needed.append((purpose, recipient_kind))
    for p, k in needed:
        gap = _check_one(recs, p, k)
        if gap is not None:
            return gap
    return None
