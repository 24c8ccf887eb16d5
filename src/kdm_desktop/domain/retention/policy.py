"""The retention policy as data: a packaged, versioned JSON file per record kind.

Each kind keeps its records for `years` counted from the latest of its stated
events (case closed, last contact, order ended, ...). The admin may change
`years` within the policy's own `min_years`..`max_years`; those choices are stored
in the case file and laid over the packaged defaults here.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from importlib.resources import files

from kdm_desktop.domain.keyed_labels import KeyedLabels
from kdm_desktop.domain.packaged_text import Wording, req_wording
from kdm_desktop.errors import RefusedInput
from kdm_desktop.strictjson import unique_keys

CURRENT_POLICY_VERSION = 1


class RecordKind(StrEnum):
    CLOSED_CASE = "closed_case"
    NOTES = "notes"
    SESSION_NOTES = "session_notes"
    ATTACHMENTS = "attachments"
    LETTERS = "letters"
    CALENDAR_ENTRIES = "calendar_entries"
    TRANSFER_RECORDS = "transfer_records"
    AUDIT_ROWS = "audit_rows"


class Event(StrEnum):
    CASE_CLOSED = "case_closed"
    LAST_CONTACT = "last_contact"
    ORDER_ENDED = "order_ended"
    APPOINTMENT_DATE = "appointment_date"
    TRANSFER_DATE = "transfer_date"
    ENTRY_WRITTEN = "entry_written"


EVENT_LABELS: KeyedLabels[Event] = KeyedLabels({e: f"retention.event.{e.value}" for e in Event})

# Kinds that belong to one case; the run destroys them only in closed cases.
CASE_KINDS: frozenset[RecordKind] = frozenset(
    {
        RecordKind.CLOSED_CASE,
        RecordKind.NOTES,
        RecordKind.SESSION_NOTES,
        RecordKind.ATTACHMENTS,
        RecordKind.LETTERS,
    }
)
# Kept by the run whatever their age: the audit chain is append-only (see docs/retention.md).
NEVER_RUN: frozenset[RecordKind] = frozenset({RecordKind.AUDIT_ROWS})


@dataclass(frozen=True)
class KindPolicy:
    """`label`/`reason` follow the language; the destruction minutes and their
    signed digest use `label_tr` (an official record that must not change)."""

    kind: RecordKind
    label_wording: Wording
    events: tuple[Event, ...]
    years: int
    min_years: int
    max_years: int
    reason_wording: Wording
    default_years: int

    @property
    def label(self) -> str:
        return self.label_wording.text()

    @property
    def label_tr(self) -> str:
        return self.label_wording.tr

    @property
    def reason(self) -> str:
        return self.reason_wording.text()

    @property
    def changed(self) -> bool:
        return self.years != self.default_years

    def events_text(self) -> str:
        return ", ".join(EVENT_LABELS[e] for e in self.events)


@dataclass(frozen=True)
class RetentionPolicy:
    """`title` follows the language. `legal_basis` and `method` are Turkish only:
    they are the legal wording stored in each destruction run and printed in its
    minutes (an official Turkish record)."""

    id: str
    version: int
    title_wording: Wording
    legal_basis: str
    method: str
    periodic_interval_months: int
    record_keep_years: int
    request_answer_days: int
    backup_max_age_days: int
    kinds: tuple[KindPolicy, ...]

    @property
    def title(self) -> str:
        return self.title_wording.text()

    def kind(self, kind: RecordKind) -> KindPolicy:
        for k in self.kinds:
            if k.kind == kind:
                return k
        raise KeyError(kind)

    def with_years(self, overrides: Mapping[str, int]) -> RetentionPolicy:
        """The policy with the admin's stored choices laid over it.

        A stored value outside the bounds (e.g. a later policy version narrowed
        them) is clamped into them, so the file can never widen the law's limits.
        """
        kinds = []
        for k in self.kinds:
            years = overrides.get(k.kind.value, k.years)
            kinds.append(replace(k, years=min(max(years, k.min_years), k.max_years)))
        return replace(self, kinds=tuple(kinds))


def add_years(day: datetime.date, years: int) -> datetime.date:
    """`day` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_months(day: datetime.date, months: int) -> datetime.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return datetime.date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - day 28 exists in every month


class PolicyFileError(ValueError):
    """The packaged policy is malformed: a build error, never a user's input."""


def _duplicate(key: str) -> Exception:
    return PolicyFileError(f"duplicate key {key!r}")


def _int(data: Mapping[str, object], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise PolicyFileError(f"{key} must be a non-negative integer")
    return value


def _wording(data: Mapping[str, object], key: str) -> Wording:
    try:
        return req_wording(data, key, "retention policy")
    except ValueError as exc:
        raise PolicyFileError(str(exc)) from None


def _str(data: Mapping[str, object], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise PolicyFileError(f"{key} must be a text")
    return value


def parse_policy(text: str) -> RetentionPolicy:
    data = json.loads(text, object_pairs_hook=unique_keys(_duplicate))
    if not isinstance(data, dict):
        raise PolicyFileError("policy must be an object")
    raw_kinds = data.get("kinds")
    if not isinstance(raw_kinds, list):
        raise PolicyFileError("kinds must be a list")
    kinds = []
    for raw in raw_kinds:
        if not isinstance(raw, dict):
            raise PolicyFileError("a kind must be an object")
        events = raw.get("events")
        if not isinstance(events, list) or not events:
            raise PolicyFileError("events must be a non-empty list")
        years, low, high = _int(raw, "years"), _int(raw, "min_years"), _int(raw, "max_years")
        if not low <= years <= high or low < 1:
            raise PolicyFileError(f"{raw.get('kind')}: years outside its bounds")
        kinds.append(
            KindPolicy(
                kind=RecordKind(_str(raw, "kind")),
                label_wording=_wording(raw, "label"),
                events=tuple(Event(str(e)) for e in events),
                years=years,
                min_years=low,
                max_years=high,
                reason_wording=_wording(raw, "reason"),
                default_years=years,
            )
        )
    if sorted(k.kind for k in kinds) != sorted(RecordKind):
        raise PolicyFileError("every record kind needs exactly one entry")
    policy = RetentionPolicy(
        id=_str(data, "id"),
        version=_int(data, "version"),
        title_wording=_wording(data, "title"),
        legal_basis=_str(data, "legal_basis"),
        method=_str(data, "method"),
        periodic_interval_months=_int(data, "periodic_interval_months"),
        record_keep_years=_int(data, "record_keep_years"),
        request_answer_days=_int(data, "request_answer_days"),
        backup_max_age_days=_int(data, "backup_max_age_days"),
        kinds=tuple(kinds),
    )
    # The law's outer limits (destruction regulation, KVKK Art. 13), whatever the file says.
    if not 1 <= policy.periodic_interval_months <= 6:
        raise PolicyFileError("periodic destruction must run at least every 6 months")
    if policy.record_keep_years < 3:
        raise PolicyFileError("destruction records are kept at least 3 years")
    if not 1 <= policy.request_answer_days <= 30:
        raise PolicyFileError("requests are answered within 30 days")
    return policy


def load_policy(version: int = CURRENT_POLICY_VERSION) -> RetentionPolicy:
    raw = files("kdm_desktop") / "resources" / "data" / f"retention_policy_v{version}.json"
    return parse_policy(raw.read_text("utf-8"))


def check_years(policy: RetentionPolicy, kind: str, years: int) -> KindPolicy:
    """The kind's policy if `years` is allowed for it; a Turkish refusal otherwise."""
    try:
        entry = policy.kind(RecordKind(kind))
    except (ValueError, KeyError):
        raise RefusedInput(
            "retention.unknown_kind", kind=kind, kinds=", ".join(k.value for k in RecordKind)
        ) from None
    if not entry.min_years <= years <= entry.max_years:
        raise RefusedInput(
            "retention.years_out_of_bounds",
            label=entry.label,
            years=years,
            low=entry.min_years,
            high=entry.max_years,
        )
    return entry
