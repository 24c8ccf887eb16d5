"""The life of a file: open → follow-up → closed (with a reason) → reopened …"""

from __future__ import annotations

from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.rules import ValidationErrors

_ALLOWED: Final[dict[CaseStatus, frozenset[CaseStatus]]] = {
    CaseStatus.OPEN: frozenset({CaseStatus.FOLLOW_UP, CaseStatus.CLOSED}),
    CaseStatus.FOLLOW_UP: frozenset({CaseStatus.OPEN, CaseStatus.CLOSED}),
    # A closed file is never silently edited back to "open": reopening is its own
    # status, so statistics can tell returning women from new applications.
    CaseStatus.CLOSED: frozenset({CaseStatus.REOPENED}),
    CaseStatus.REOPENED: frozenset({CaseStatus.FOLLOW_UP, CaseStatus.CLOSED}),
}

ACTIVE_STATUSES: Final = frozenset({CaseStatus.OPEN, CaseStatus.FOLLOW_UP, CaseStatus.REOPENED})


def allowed_next(current: CaseStatus) -> frozenset[CaseStatus]:
    return _ALLOWED[current]


def check_transition(current: CaseStatus, target: CaseStatus, reason: ClosureReason | None) -> None:
    """Raise `ValidationErrors` unless `current` may become `target` (closing needs a reason)."""
    if target not in _ALLOWED[current]:
        raise ValidationErrors.one(
            "status",
            "input.case.status_transition",
            current=current.label,
            target=target.label,
            allowed=", ".join(s.label for s in sorted(_ALLOWED[current])) or "-",
        )
    if target == CaseStatus.CLOSED and reason is None:
        raise ValidationErrors.one("closure_reason", "input.case.closure_reason")
    if target != CaseStatus.CLOSED and reason is not None:
        raise ValidationErrors.one("closure_reason", "input.case.closure_reason_unexpected")


def is_handed_over(status: CaseStatus, reason: ClosureReason | None) -> bool:
    """A file closed because it went to another centre: shown as "Devredildi", not "Kapalı"."""
    return status == CaseStatus.CLOSED and reason == ClosureReason.TRANSFERRED


def status_text(
    status: CaseStatus, reason: ClosureReason | None, handed_to: str | None = None
) -> str:
    """The status as the list and the header say it: "Devredildi → NRL" for a handed-over file."""
    if is_handed_over(status, reason):
        handed_over = messages.text("case.status.handed_over")
        return f"{handed_over} → {handed_to}" if handed_to else handed_over
    return status.label
