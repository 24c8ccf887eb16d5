"""A hand-over as a bundle carries it, and how the receiving centre reads it.

Handing a file over closes it at the sender as `devredildi`, with the receiving
centre's code and name as the closure note. That closure is the sender's own
business: the receiver takes the file on open, and the merge leaves its status
alone. Kept apart from the field merge (`bundle.merge`) because export, import and
merge all ask these questions, and the closure note's form is part of the wire.
"""

from __future__ import annotations

import dataclasses

from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.cases.records import CaseRecord


def handed_over(record: CaseRecord) -> bool:
    """Closed at the sender because it was handed over (to us, or to a third centre)."""
    return record.status == CaseStatus.CLOSED and record.closure_reason == ClosureReason.TRANSFERRED


def handover_note(code: str, name: str) -> str:
    """The closure note of a hand-over: the receiving centre's code and name."""
    return f"{code} — {name}"


def handed_back_to(incoming: CaseRecord, own_code: str) -> bool:
    """A hand-over whose receiving centre is `own_code`: the file comes back here."""
    if not handed_over(incoming):
        return False
    return incoming.closure_note.split(" — ", 1)[0] == own_code


def as_received(incoming: CaseRecord) -> CaseRecord:
    """A new file as the receiving centre stores it.

    Handing a file over closes it at the centre that sent it, never at the one that
    takes it on: there it arrives as an open file."""
    if not handed_over(incoming):
        return incoming
    return dataclasses.replace(
        incoming, status=CaseStatus.OPEN, closure_reason=None, closure_note=""
    )
