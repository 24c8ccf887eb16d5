"""The perpetrator section of a case: read, add, change, remove, reorder.

Permissions as for the rest of the case content: reading needs `VIEW_CASES`
(the secretary has it not, so she never sees him either), every change needs
`EDIT_CASES`. Every read and every change is audited; a change's audit entry
names the case (``case=<id>``), so the change bus tells the open views of that
case, and only those, to refresh.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from kdm_desktop.domain.cases.choices import PerpetratorRelation
from kdm_desktop.domain.perpetrator import (
    MAX_PERPETRATORS,
    Perpetrator,
    PerpetratorRow,
    clean_perpetrator,
    perpetrator_from_mapping,
    weapon_from_intake,
)
from kdm_desktop.domain.rules import Problems, ValidationErrors
from kdm_desktop.errors import RefusedInput
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import resolve_case
from kdm_desktop.services.session import Session
from kdm_desktop.storage.unit_of_work import UnitOfWork

OBJECT: str = "case_perpetrator"


@dataclass(frozen=True)
class PerpetratorSection:
    """What the case view shows: the men she named (primary first), and what a
    first record starts from when none is saved yet (her intake answers)."""

    case_id: str
    rows: tuple[PerpetratorRow, ...]
    prefill: Perpetrator

    @property
    def primary(self) -> PerpetratorRow | None:
        return self.rows[0] if self.rows else None


def intake_prefill(uow: UnitOfWork, case_id: str) -> Perpetrator:
    """Relation and weapon access as she gave them at intake."""
    record = uow.cases.by_id(case_id)
    if record is None:
        return Perpetrator()
    d = record.draft
    return Perpetrator(
        relation=d.perpetrator_relation, weapon_access=weapon_from_intake(d.weapon_access)
    )


class PerpetratorService:
    def __init__(self, session: Session) -> None:
        self._s = session

    # ----- reading -----

    def section(self, ref: str) -> PerpetratorSection:
        self._s.require(Permission.VIEW_CASES)
        case = resolve_case(self._s, ref)
        reading = self._s.reading()
        rows = reading.perpetrators.for_case(case.id)
        prefill = intake_prefill(reading, case.id)
        with self._s.work() as uow:
            uow.audit(AuditAction.VIEW, "case_perpetrators", case.id, f"rows={len(rows)}")
        return PerpetratorSection(case.id, tuple(rows), prefill)

    def primary_relation(self, case_id: str) -> PerpetratorRelation | None:
        """The primary record's relation, for the case view's "Şiddet" tab. Read as
        part of the case view, whose opening is the audited access (one entry per
        view, not two); nothing but the relation leaves this method."""
        self._s.require(Permission.VIEW_CASES)
        rows = self._s.reading().perpetrators.for_case(case_id)
        return rows[0].record.relation if rows else None

    def list(self, ref: str) -> list[PerpetratorRow]:
        return list(self.section(ref).rows)

    # ----- changing -----

    def _clean(self, record: Perpetrator) -> Perpetrator:
        problems = Problems()
        cleaned = clean_perpetrator(record, problems)
        problems.raise_if_any()
        if cleaned.is_empty:
            raise ValidationErrors.one("relation", "perp.empty")
        return cleaned

    def _own(self, case_id: str, perpetrator_id: str) -> PerpetratorRow:
        row = self._s.reading().perpetrators.by_id(perpetrator_id.strip())
        if row is None or row.case_id != case_id:
            # The id is echoed only when it looks like one, never free text.
            raise RefusedInput("perp.not_found", id=_shown_id(perpetrator_id))
        return row

    def add(self, ref: str, record: Perpetrator) -> PerpetratorRow:
        """A new man she names; the first one becomes the primary."""
        self._s.require(Permission.EDIT_CASES)
        case = resolve_case(self._s, ref)
        cleaned = self._clean(record)
        now, user = self._s.timestamp(), self._s.user.username
        with self._s.work() as uow:
            repo = uow.perpetrators
            if repo.count(case.id) >= MAX_PERPETRATORS:
                raise RefusedInput("perp.too_many", max=MAX_PERPETRATORS)
            row = PerpetratorRow(
                id=str(uuid.uuid4()),
                case_id=case.id,
                position=repo.next_position(case.id),
                record=cleaned,
                created_at=now,
                created_by=user,
                updated_at=now,
                updated_by=user,
            )
            repo.add(row)
            uow.audit(AuditAction.CREATE, OBJECT, row.id, f"case={case.id}")
        return row

    def update(self, ref: str, perpetrator_id: str, record: Perpetrator) -> PerpetratorRow:
        """Replace the record's fields; an unchanged record is not written again."""
        self._s.require(Permission.EDIT_CASES)
        case = resolve_case(self._s, ref)
        current = self._own(case.id, perpetrator_id)
        cleaned = self._clean(record)
        if cleaned == current.record:
            return current
        now, user = self._s.timestamp(), self._s.user.username
        with self._s.work() as uow:
            uow.perpetrators.update(current.id, cleaned, now, user)
            uow.audit(AuditAction.CHANGE, OBJECT, current.id, f"case={case.id}")
        return PerpetratorRow(
            current.id,
            case.id,
            current.position,
            cleaned,
            current.created_at,
            current.created_by,
            now,
            user,
        )

    def remove(self, ref: str, perpetrator_id: str) -> None:
        """Delete one record; the next one up becomes the primary if it was."""
        self._s.require(Permission.EDIT_CASES)
        case = resolve_case(self._s, ref)
        row = self._own(case.id, perpetrator_id)
        with self._s.work() as uow:
            repo = uow.perpetrators
            repo.delete(row.id)
            repo.set_positions(case.id, [r.id for r in repo.for_case(case.id)])
            uow.audit(AuditAction.DELETE, OBJECT, row.id, f"case={case.id}")

    def make_primary(self, ref: str, perpetrator_id: str) -> None:
        self._s.require(Permission.EDIT_CASES)
        case = resolve_case(self._s, ref)
        row = self._own(case.id, perpetrator_id)
        with self._s.work() as uow:
            repo = uow.perpetrators
            if row.position == 1:
                return  # positions are always 1..n: add appends, remove renumbers
            others = [r.id for r in repo.for_case(case.id) if r.id != row.id]
            repo.set_positions(case.id, [row.id, *others])
            uow.audit(AuditAction.CHANGE, OBJECT, row.id, f"case={case.id} primary")

    # ----- the CLI's JSON -----

    def parse(self, data: Mapping[str, object]) -> Perpetrator:
        problems = Problems()
        record = perpetrator_from_mapping(data, problems)
        problems.raise_if_any()
        return record

    def add_from_mapping(self, ref: str, data: Mapping[str, object]) -> PerpetratorRow:
        self._s.require(Permission.EDIT_CASES)
        return self.add(ref, self.parse(data))

    def update_from_mapping(
        self, ref: str, perpetrator_id: str, data: Mapping[str, object]
    ) -> PerpetratorRow:
        self._s.require(Permission.EDIT_CASES)
        return self.update(ref, perpetrator_id, self.parse(data))


def _shown_id(text: str) -> str:
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        return "?"
