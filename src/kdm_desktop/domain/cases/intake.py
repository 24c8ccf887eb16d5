"""The intake form as one unit: the draft, today's consents, and who takes the case.

`parse_intake` reads the loose values of the form or of `kdm case add FILE.json`
and reports every problem of every part at once. Keys it does not know are
refused by name: a misspelt key would otherwise drop data silently.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.cases.consent import ConsentGrant, read_grant
from kdm_desktop.domain.cases.draft import (
    FIELD_LABELS,
    CaseDraft,
    clean_draft,
    read_draft_values,
)
from kdm_desktop.domain.cases.validation import Invalid, read_str, reject_unknown_keys
from kdm_desktop.domain.keyed_labels import text_tr
from kdm_desktop.domain.rules import Problems

INTAKE_EXTRA_KEYS: Final = frozenset({"consent", "assigned_to"})
INTAKE_KEYS: Final = frozenset(FIELD_LABELS) | INTAKE_EXTRA_KEYS
# The window reads this once when it builds the form (ui/ owns that call).
ASSIGNED_LABEL: Final = text_tr("case.field.assigned_to")


@dataclass(frozen=True)
class Intake:
    draft: CaseDraft
    consent: ConsentGrant = field(default_factory=ConsentGrant)
    assigned_to: str | None = None
    # Why the file is kept without her consent to processing (an emergency, say),
    # as the window asked it; recorded in the case as a note (issue 14).
    no_consent_reason: str = ""


def parse_intake(
    data: Mapping[str, object],
    today: datetime.date,
    *,
    staff_ok: Callable[[str], bool],
) -> Intake:
    """Parse and validate; raise `ValidationErrors` with every problem found.

    `staff_ok(username)` says whether a colleague may be assigned the case (the
    domain cannot look at the user list itself).
    """
    problems = Problems()
    reject_unknown_keys(problems, data, INTAKE_KEYS)
    values = read_draft_values(data, problems)
    draft = clean_draft(dataclasses.replace(CaseDraft(), **values), today, problems)

    consent_problems = Problems(prefix="consent.")
    grant = read_grant(data.get("consent"), today, consent_problems)
    problems.extend(consent_problems)

    assigned = check_assignee(problems, data.get("assigned_to"), staff_ok)
    problems.raise_if_any()
    assert isinstance(grant, ConsentGrant)  # an Invalid grant always left a problem
    return Intake(draft, grant, assigned)


def check_assignee(problems: Problems, raw: object, staff_ok: Callable[[str], bool]) -> str | None:
    value = read_str(problems, "assigned_to", ASSIGNED_LABEL, raw)
    if isinstance(value, Invalid) or not value.strip():
        return None
    name = value.strip().lower()
    if not staff_ok(name):
        problems.add(
            "assigned_to",
            "input.case.staff_unknown",
            label=messages.text("case.field.assigned_to"),
            user=name,
        )
    return name
