"""Small helpers every case service shares: finding a case, today's date, staff checks."""

from __future__ import annotations

import datetime
import uuid

from kdm_desktop.domain.cases.numbering import parse_case_number
from kdm_desktop.domain.cases.records import CaseRef
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission, Role, allows
from kdm_desktop.services.session import Session


class CaseNotFound(KdmError):
    """No case with this id or number. Exit code 1 (like a missing file)."""


def _as_uuid(text: str) -> str | None:
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        return None


def resolve_case(session: Session, ref: str) -> CaseRef:
    """A case by UUID or by its number ("NRL-2026-0042", any case)."""
    repo = session.reading().cases
    case_id = _as_uuid(ref)
    if case_id is not None:
        number = repo.case_number_of(case_id)
        if number is not None:
            return CaseRef(case_id, number)
    parsed = parse_case_number(ref)
    if parsed is not None:
        found = repo.id_for_number(str(parsed))
        if found is not None:
            return CaseRef(found, str(parsed))
    # The reference is echoed only if it looks like an id or number, never free text
    # that might be a name typed into the wrong box.
    shown = ref.strip() if (case_id or parsed) else "?"
    raise CaseNotFound("case.not_found", ref=shown)


def today(session: Session) -> datetime.date:
    return session.now().date()


def staff_may_work_on_cases(session: Session, username: str) -> bool:
    """True for an active colleague whose role may see case files."""
    row = session.reading().users.by_username(username.strip().lower())
    return row is not None and row.active and allows(Role(row.role), Permission.VIEW_CASES)


def staff_working_on_cases(session: Session) -> list[tuple[str, str]]:
    """(username, display name) of every user `staff_may_work_on_cases` accepts, in
    username order, read in one query (the case view asks for them at every open)."""
    rows = session.reading().users.all()
    by_name = {r.username: r for r in rows}
    out = []
    for u in rows:
        row = by_name.get(u.username.strip().lower())  # as `staff_may_work_on_cases` looks up
        if row is not None and row.active and allows(Role(row.role), Permission.VIEW_CASES):
            out.append((u.username, u.display_name))
    return out
