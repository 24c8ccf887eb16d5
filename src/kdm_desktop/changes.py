"""What a committed change touched, and the session's bus that announces it.

In the spirit of Anki's `OpChanges`: after any service call that changes data,
the open views learn *what kind* of data changed (and for which cases) and each
decides for itself whether to refresh. Nothing here knows a view.

The change set is derived from the audit entry every change already writes
(a non-negotiable: every change is audited), so a service cannot forget to
announce one: `Session.audit` notes it, and the bus publishes it only once the
transaction has committed. A rolled-back change is never announced.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Final

_log = logging.getLogger(__name__)

# The kinds of data a view can show.
CASES: Final = "cases"  # the case record: status, assignment, fields, new cases
CONSENTS: Final = "consents"
SERVICES: Final = "services"
NOTES: Final = "notes"
ATTACHMENTS: Final = "attachments"
PERPETRATORS: Final = "perpetrators"  # the perpetrator section of a case
ORDERS: Final = "orders"
RISK: Final = "risk"
SAFETY_PLANS: Final = "safety_plans"
LETTERS: Final = "letters"
LETTER_TEMPLATES: Final = "letter_templates"
APPOINTMENTS: Final = "appointments"
CALENDAR_SETTINGS: Final = "calendar_settings"  # closed days, working hours
USERS: Final = "users"
CENTRE: Final = "centre"
CENTRES: Final = "centres"  # other centres' cards
TRANSFERS: Final = "transfers"

# Everything that belongs to one case file; an imported case may bring any of it.
CASE_CONTENT: Final = frozenset({CASES, CONSENTS, SERVICES, NOTES, ATTACHMENTS, PERPETRATORS})
ALL_KINDS: Final = frozenset(
    {
        *CASE_CONTENT,
        ORDERS,
        RISK,
        SAFETY_PLANS,
        LETTERS,
        LETTER_TEMPLATES,
        APPOINTMENTS,
        CALENDAR_SETTINGS,
        USERS,
        CENTRE,
        CENTRES,
        TRANSFERS,
    }
)

_KIND_OF: Final[dict[str, frozenset[str]]] = {
    "case": frozenset({CASES}),
    "case_consent": frozenset({CONSENTS}),
    "case_service": frozenset({SERVICES}),
    "case_note": frozenset({NOTES}),
    "case_attachment": frozenset({ATTACHMENTS}),
    "case_perpetrator": frozenset({PERPETRATORS}),
    "protection_order": frozenset({ORDERS}),
    "risk_assessment": frozenset({RISK}),
    "risk_thresholds": frozenset({RISK}),
    "safety_plan": frozenset({SAFETY_PLANS}),
    "letter": frozenset({LETTERS}),
    "letter_template": frozenset({LETTER_TEMPLATES}),
    "letter_logo": frozenset({LETTER_TEMPLATES}),
    "appointment": frozenset({APPOINTMENTS}),
    "appointment_series": frozenset({APPOINTMENTS}),
    "calendar_closed_day": frozenset({CALENDAR_SETTINGS}),
    "calendar_working_hours": frozenset({CALENDAR_SETTINGS}),
    "user": frozenset({USERS}),
    # Who holds the psychologists' notes key, who waits for it (services/role_keys.py).
    "role_key": frozenset({USERS}),
    "centre": frozenset({CENTRE}),
    "centre_card": frozenset({CENTRES}),
    "transfer_bundle": frozenset({TRANSFERS}),
    "transfer_receipt": frozenset({TRANSFERS}),
}
# Audit actions that record a change (a view, search, print or export changes nothing).
_CHANGING: Final = frozenset({"create", "change", "delete", "import", "restore"})
_CASE_IN_DETAIL: Final = re.compile(r"(?:^|\s)case=([0-9A-Za-z_-]+)")


@dataclass(frozen=True)
class Changes:
    """The kinds of data a committed operation changed, and the cases it touched.

    `any_case` means "some case, not known which" (e.g. an order changed by its
    own id): a view of one case should refresh then, to be safe.
    """

    kinds: frozenset[str] = frozenset()
    case_ids: frozenset[str] = frozenset()
    any_case: bool = False

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            self.case_ids | other.case_ids,
            self.any_case or other.any_case,
        )

    def touches(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def touches_case(self, case_id: str, *kinds: str) -> bool:
        """True if one of `kinds` (any kind if none given) changed for `case_id`."""
        if kinds and not self.touches(*kinds):
            return False
        return bool(self.kinds) and (self.any_case or case_id in self.case_ids)


def changes_from_audit(action: str, object_type: str, object_id: str, detail: str) -> Changes:
    """The change an audit entry records; empty for reads, prints and exports."""
    if action not in _CHANGING:
        return Changes()
    if action == "restore":
        return Changes(ALL_KINDS, any_case=True)
    kinds = _KIND_OF.get(object_type, frozenset({object_type}))
    if object_type == "case" and action == "import":
        kinds = CASE_CONTENT
    case_ids: set[str] = set()
    if object_type == "case" and object_id != "*":
        case_ids.add(object_id)
    found = _CASE_IN_DETAIL.search(detail)
    if found:
        case_ids.add(found.group(1))
    # A case-less entry of a kind that lives in cases (an order changed by its id,
    # a batch of demo cases): any open case may show it.
    any_case = not case_ids and bool(kinds & (CASE_CONTENT | {ORDERS, RISK, SAFETY_PLANS, LETTERS}))
    return Changes(kinds, frozenset(case_ids), any_case)


Subscriber = Callable[[Changes], None]


@dataclass
class ChangeBus:
    """Announces committed changes to whoever listens (the window's relay, tests).

    Publishing happens on the thread that committed; a listener that needs another
    thread (the Qt relay) hands the change over itself. A failing listener is
    logged and skipped: the change is committed, so the service call succeeded.
    """

    _subscribers: list[Subscriber] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        if not changes:
            return
        with self._lock:
            listeners = list(self._subscribers)
        for listener in listeners:
            try:
                listener(changes)
            except Exception as exc:  # a view's bug must not turn a done change into an error
                _log.error("change listener failed: %s", type(exc).__name__)


def merge(changes: Iterable[Changes]) -> Changes:
    out = Changes()
    for c in changes:
        out = out | c
    return out
