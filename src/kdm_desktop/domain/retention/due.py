"""What has reached the end of its retention period, and why; what is kept, and why.

The services collect the facts of each closed case (dates, orders, holds, the ids
of its records by kind); these functions decide. A case that is open, held, or
under an order in force is never destroyed, in whole or in part.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kdm_desktop import messages
from kdm_desktop.domain.dates import TURKISH_MONTHS, format_shown_date
from kdm_desktop.domain.retention.policy import (
    CASE_KINDS,
    EVENT_LABELS,
    Event,
    KindPolicy,
    RecordKind,
    RetentionPolicy,
    add_years,
)


def short_date(day: datetime.date) -> str:
    """ "3 Aralık 2026", always Turkish: for the printed minutes (a Turkish document)."""
    return f"{day.day} {TURKISH_MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class CaseFacts:
    case_id: str
    case_number: str
    closed_on: datetime.date | None  # None: the case is not closed
    last_contact: datetime.date | None
    order_ended: datetime.date | None
    orders_in_force: int
    hold_reason: str | None  # an admin's hold (a pending court file is one)
    # Record ids by kind, for the kinds a case carries besides itself.
    records: Mapping[RecordKind, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class DueItem:
    kind: RecordKind
    label: str
    case_id: str | None
    case_number: str | None
    object_ids: tuple[str, ...]
    counted_from: datetime.date
    due_on: datetime.date
    reason: str

    @property
    def count(self) -> int:
        return len(self.object_ids) if self.kind != RecordKind.CLOSED_CASE else 1


@dataclass(frozen=True)
class KeptCase:
    """A case whose period has ended but which a legal hold keeps."""

    case_id: str
    case_number: str
    reasons: tuple[str, ...]
    due_on: datetime.date


@dataclass(frozen=True)
class DueList:
    items: tuple[DueItem, ...]
    kept: tuple[KeptCase, ...]

    def case_ids(self, kind: RecordKind) -> list[str]:
        return [i.case_id for i in self.items if i.kind == kind and i.case_id]

    def review_code(self) -> str:
        """A short code naming exactly what this list would destroy (kinds, cases and
        record ids; not its wording, so it is the same in either language). An
        administrator who reviewed the list confirms with it; if anything due has
        changed since, the code differs and the run refuses."""
        lines = sorted(
            "\t".join((i.kind.value, i.case_id or "", ",".join(sorted(i.object_ids))))
            for i in self.items
        )
        return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:12]


def _latest(kind: KindPolicy, facts: CaseFacts) -> tuple[datetime.date, Event] | None:
    dates = {
        Event.CASE_CLOSED: facts.closed_on,
        Event.LAST_CONTACT: facts.last_contact,
        Event.ORDER_ENDED: facts.order_ended,
    }
    known = [(d, e) for e in kind.events if (d := dates.get(e)) is not None]
    # On equal dates the event listed first in the policy names the start.
    return max(known, key=lambda de: de[0]) if known else None


def _start(kind: KindPolicy, facts: CaseFacts) -> datetime.date | None:
    latest = _latest(kind, facts)
    return latest[0] if latest else None


def _reason(kind: KindPolicy, facts: CaseFacts, due: datetime.date) -> str:
    latest = _latest(kind, facts)
    assert latest is not None
    start, event = latest
    # The policy tab explains "the latest of"; the line names the event that counted.
    return messages.text(
        "retention.due.case_reason",
        event=EVENT_LABELS[event],
        start=format_shown_date(start, weekday=False),
        years=kind.years,
        due=format_shown_date(due, weekday=False),
    )


def hold_reasons(facts: CaseFacts) -> tuple[str, ...]:
    reasons = []
    if facts.orders_in_force:
        reasons.append(messages.text("retention.hold.orders_in_force", count=facts.orders_in_force))
    if facts.hold_reason is not None:
        reasons.append(messages.text("retention.hold.legal", reason=facts.hold_reason))
    return tuple(reasons)


def case_items(
    policy: RetentionPolicy, facts: CaseFacts, today: datetime.date
) -> tuple[list[DueItem], KeptCase | None]:
    """The due items of one case, or why a case that is due is kept."""
    if facts.closed_on is None:
        return [], None
    items: list[DueItem] = []
    whole = policy.kind(RecordKind.CLOSED_CASE)
    start = _start(whole, facts)
    earliest_due: datetime.date | None = None
    if start is not None and add_years(start, whole.years) <= today:
        due = add_years(start, whole.years)
        earliest_due = due
        items.append(
            DueItem(
                RecordKind.CLOSED_CASE,
                whole.label,
                facts.case_id,
                facts.case_number,
                (facts.case_id,),
                start,
                due,
                _reason(whole, facts, due),
            )
        )
    else:
        for kind in policy.kinds:
            if kind.kind not in CASE_KINDS or kind.kind == RecordKind.CLOSED_CASE:
                continue
            ids = tuple(facts.records.get(kind.kind, ()))
            start = _start(kind, facts)
            if not ids or start is None or add_years(start, kind.years) > today:
                continue
            due = add_years(start, kind.years)
            earliest_due = due if earliest_due is None else min(earliest_due, due)
            items.append(
                DueItem(
                    kind.kind,
                    kind.label,
                    facts.case_id,
                    facts.case_number,
                    ids,
                    start,
                    due,
                    _reason(kind, facts, due),
                )
            )
    reasons = hold_reasons(facts)
    if items and reasons:
        assert earliest_due is not None
        return [], KeptCase(facts.case_id, facts.case_number, reasons, earliest_due)
    return items, None


@dataclass(frozen=True)
class DatedRecord:
    """A record outside any case's own tables (an appointment, a transfer)."""

    id: str
    day: datetime.date
    case_id: str | None = None


def dated_items(
    policy: RetentionPolicy,
    kind: RecordKind,
    records: Iterable[DatedRecord],
    today: datetime.date,
    protected_cases: frozenset[str],
) -> list[DueItem]:
    """One item for every record of `kind` past its period; records of open or held
    cases are left to their case."""
    entry = policy.kind(kind)
    ids: list[str] = []
    latest: datetime.date | None = None
    for r in records:
        if r.case_id is not None and r.case_id in protected_cases:
            continue
        if add_years(r.day, entry.years) <= today:
            ids.append(r.id)
            latest = r.day if latest is None else max(latest, r.day)
    if not ids:
        return []
    assert latest is not None
    due = add_years(latest, entry.years)
    return [
        DueItem(
            kind,
            entry.label,
            None,
            None,
            tuple(ids),
            latest,
            due,
            messages.text(
                "retention.due.entry_reason",
                events=entry.events_text(),
                latest=format_shown_date(latest, weekday=False),
                years=entry.years,
            ),
        )
    ]


def build_due_list(
    policy: RetentionPolicy,
    cases: Iterable[CaseFacts],
    today: datetime.date,
    dated: Mapping[RecordKind, Iterable[DatedRecord]] | None = None,
    protected_cases: frozenset[str] = frozenset(),
) -> DueList:
    items: list[DueItem] = []
    kept: list[KeptCase] = []
    for facts in cases:
        found, keep = case_items(policy, facts, today)
        items += found
        if keep is not None:
            kept.append(keep)
    for kind, records in (dated or {}).items():
        items += dated_items(policy, kind, records, today, protected_cases)
    items.sort(key=lambda i: (i.kind != RecordKind.CLOSED_CASE, i.due_on, i.case_number or ""))
    kept.sort(key=lambda k: k.case_number)
    return DueList(tuple(items), tuple(kept))


def next_run_due(
    policy: RetentionPolicy, last_run: datetime.date | None, first_use: datetime.date
) -> datetime.date:
    """The day the next periodic run is due: at most `periodic_interval_months` after
    the last one (or after the case file was first used)."""
    from kdm_desktop.domain.retention.policy import add_months

    return add_months(last_run or first_use, policy.periodic_interval_months)
