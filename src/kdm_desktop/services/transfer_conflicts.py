"""Conflicts of a transfer: a field both centres changed, decided by a person.

Split from `TransferService` (transfers.py), which exports, imports and keeps
receipts: the import only records a conflict; this base lists the open ones with
both values as a person reads them, and closes one by keeping the local value or
taking the incoming one (as an ordinary, audited edit of the case).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from kdm_desktop import messages
from kdm_desktop.bundle.merge import draft_with, field_text, seen_hash
from kdm_desktop.bundle.payload import PayloadError
from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.cases.draft import FIELD_LABELS
from kdm_desktop.domain.cases.records import CaseRecord
from kdm_desktop.domain.transfers.records import Conflict
from kdm_desktop.errors import RefusedInput, UsageError
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import resolve_case
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.session import Session


@dataclass(frozen=True)
class ConflictView:
    """An open conflict as a person decides it: values as shown, local one current."""

    id: int
    case_id: str
    case_number: str
    field: str
    field_label: str
    local_value: str
    incoming_value: str
    bundle_id: str
    created_at: str


# Fields a conflict can name that the intake form does not label (keyed messages).
_STATUS_LABEL_KEYS = {
    "status": "transfers.conflict.field.status",
    "closure_reason": "transfers.conflict.field.closure_reason",
}


def _field_label(field: str) -> str:
    if FIELD_LABELS.get(field):
        return FIELD_LABELS[field]
    key = _STATUS_LABEL_KEYS.get(field)
    return messages.text(key) if key else field


def _shown(value_text: str) -> str:
    value = json.loads(value_text)
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return messages.text(
            "transfers.conflict.value.yes" if value else "transfers.conflict.value.no"
        )
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


def _conflict_view(row: Conflict, record: CaseRecord) -> ConflictView:
    return ConflictView(
        row.pk,
        row.case_id,
        record.case_number,
        row.field,
        _field_label(row.field),
        _shown(field_text(record, row.field)),
        _shown(row.incoming_value),
        row.bundle_id.hex(),
        row.created_at,
    )


class TransferConflicts:
    """The open conflicts and their resolution; TransferService builds on this."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def conflicts(self, ref: str | None = None) -> list[Conflict]:
        self._s.require(Permission.VIEW_CASES)
        case_id = None if ref is None else resolve_case(self._s, ref).id
        return self._s.reading().transfers.open_conflicts(case_id)

    def open_conflict_case_ids(self) -> set[str]:
        """Ids of cases with an open conflict, for a flag in the case list and view."""
        self._s.require(Permission.VIEW_CASES)
        return self._s.reading().transfers.open_conflict_case_ids()

    def conflict_list(self) -> list[ConflictView]:
        """Open conflicts with both values, for a person to decide (audited: values shown)."""
        self._s.require(Permission.VIEW_CASES)
        reading = self._s.reading()
        cases = reading.cases
        out: list[ConflictView] = []
        for row in reading.transfers.open_conflicts():
            record = cases.by_id(row.case_id)
            if record is None:
                continue  # the case was destroyed since; nothing left to decide
            out.append(_conflict_view(row, record))
        with self._s.work(durable=False) as uow:
            for case_id in sorted({c.case_id for c in out}):
                uow.audit(AuditAction.VIEW, "case", case_id, "transfer_conflicts")
        return out

    def resolve_conflict(self, conflict_id: int, keep: str) -> ConflictView:
        """Keep the local value or take the incoming one; the conflict is closed.

        Taking the incoming value goes through `CaseService`, so the field's version,
        the search index and the change audit follow as for any edit. Either way the
        incoming value becomes the field's base, so the same value arriving again is
        not a new conflict.
        """
        self._s.require(Permission.EDIT_CASES)
        if keep not in ("local", "incoming"):
            raise UsageError("usage.error", detail="--keep local|incoming")
        reading = self._s.reading()
        # An id outside SQLite's integer range cannot name a conflict (and would
        # overflow the query): it is simply not found.
        in_range = 0 < conflict_id < 2**63
        row = reading.transfers.open_conflict(conflict_id) if in_range else None
        record = None if row is None else reading.cases.by_id(row.case_id)
        if row is None or record is None:
            raise RefusedInput("transfer.conflict_not_found", id=conflict_id)
        view = _conflict_view(row, record)
        with self._s.work() as uow:
            if keep == "incoming":
                self._take_incoming(row.case_id, row.field, row.incoming_value)
            repo = uow.transfers
            base = repo.sync_base(row.case_id) or {}
            base[row.field] = seen_hash(row.incoming_value)
            repo.set_sync_base(row.case_id, base)
            repo.resolve_conflict(conflict_id, self._s.timestamp())
            uow.audit(
                AuditAction.CHANGE,
                "case",
                row.case_id,
                f"conflict={conflict_id} field={row.field} keep={keep}",
            )
        return view

    def _take_incoming(self, case_id: str, field: str, value_text: str) -> None:
        cases = CaseService(self._s)
        record = cases.get(case_id)
        try:
            if field == "status":
                cases.set_status(
                    case_id,
                    CaseStatus(json.loads(value_text)),
                    reason=record.closure_reason,
                    note=record.closure_note,
                )
            elif field == "closure_reason":
                raw = json.loads(value_text)
                cases.set_status(
                    case_id,
                    record.status,
                    reason=None if raw is None else ClosureReason(raw),
                    note=record.closure_note,
                )
            else:
                cases.update(case_id, draft_with(record, field, value_text))
        except (PayloadError, ValueError) as exc:
            raise RefusedInput("transfer.conflict_bad_value", field=field) from exc
