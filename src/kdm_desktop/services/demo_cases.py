"""The demo's cases: `kdm demo --cases N` fills N synthetic files in one transaction.

Each record passes the same validation as intake; only the per-record audit
entries are folded into one ("demo data created"), which is what happened.
"""

from __future__ import annotations

import random

from kdm_desktop.domain import synthetic
from kdm_desktop.domain.cases.choices import CaseStatus, PerpetratorRelation
from kdm_desktop.domain.cases.consent import ConsentRecord
from kdm_desktop.domain.cases.draft import CaseDraft, validate_draft
from kdm_desktop.domain.cases.numbering import format_case_number
from kdm_desktop.domain.cases.records import CaseRecord
from kdm_desktop.domain.cases.service_log import ServiceEntry, validate_service_entry
from kdm_desktop.domain.ordered_ids import OrderedIds
from kdm_desktop.domain.perpetrator import (
    Answer,
    Perpetrator,
    PerpetratorAgeBand,
    PerpetratorRow,
    weapon_from_intake,
)
from kdm_desktop.domain.synthetic_cases import application_dates, synthetic_case
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission, Role
from kdm_desktop.services.case_access import staff_may_work_on_cases, today
from kdm_desktop.services.session import Session
from kdm_desktop.storage.cases_repo import NewCase


def fill_demo_cases(session: Session, count: int, seed: int) -> None:
    session.require(Permission.EDIT_CASES)
    if count <= 0:
        return
    rng = random.Random(seed)
    day = today(session)
    users = session.reading().users.all()
    staff = [u.username for u in users if staff_may_work_on_cases(session, u.username)]
    psychologists = [u.username for u in users if u.role == Role.PSYCHOLOGIST.value]
    code = session.centre().code
    now = session.timestamp()
    me = session.user.username
    # Numbers follow the application dates, as they would have been given; cases are
    # made one at a time so memory stays flat however many are asked for.
    dates = application_dates(rng, day, count)
    # Ids in the order the records are made: each insert then lands at the end of
    # the id indexes instead of anywhere in them (domain/ordered_ids.py), so the
    # cost per case does not grow once the file outgrows the page cache.
    ids = OrderedIds()
    with session.work() as uow:
        repo = uow.cases
        consents = uow.consents
        services = uow.service_log
        notes = uow.notes
        entries: list[ServiceEntry] = []
        # A separate stream: the cases stay exactly what the seed always gave.
        perp_rng = random.Random(seed ^ 0x5E7)
        perpetrators = uow.perpetrators
        for applied in dates:
            fake = synthetic_case(rng, applied, day, staff, psychologists)
            draft = validate_draft(fake.draft, day)
            assert draft.application_date is not None
            year = draft.application_date.year
            seq = repo.allocate_seq(code, year)
            case_id = ids.next()
            record = CaseRecord(
                id=case_id,
                case_number=format_case_number(code, year, seq),
                status=fake.status,
                closure_reason=fake.closure_reason,
                closure_note="",
                assigned_to=fake.assigned_to,
                draft=draft,
                field_versions={},
                created_at=now,
                created_by=me,
                updated_at=now,
                updated_by=me,
            )
            repo.insert(NewCase(record, code, year, seq))
            repo.add_status_history(case_id, CaseStatus.OPEN, None, "", now, me)
            if fake.status != CaseStatus.OPEN:
                repo.add_status_history(case_id, fake.status, fake.closure_reason, "", now, me)
            for purpose, kind in fake.consent.purposes():
                assert fake.consent.date is not None
                consents.add(
                    ConsentRecord(ids.next(), case_id, purpose, kind, fake.consent.date, me, now)
                )
            for s in fake.services:
                e = validate_service_entry(s, day)
                entries.append(
                    ServiceEntry(
                        ids.next(), case_id, e.kind, e.date, e.staff,
                        e.duration_minutes, e.note, False, now, me,
                    )
                )  # fmt: skip
            for row in _demo_perpetrator(perp_rng, ids.next(), case_id, draft, now, me):
                perpetrators.add(row)
            for note_kind, text, author in fake.notes:
                note_id = ids.next()
                notes.add(note_id, case_id, note_kind, now, author)
                notes.add_version(note_id, text, now, author)
            if len(entries) >= 5000:
                services.add_many(entries)
                entries.clear()
        services.add_many(entries)
        uow.audit(AuditAction.CREATE, "case", "*", f"demo cases={count}")


# Invented first names for the demo's perpetrators (his surname is hers when married).
_HIS_NAMES = synthetic.strings("demo_perpetrator_first_names")


def _demo_perpetrator(
    rng: random.Random, row_id: str, case_id: str, draft: CaseDraft, now: str, me: str
) -> list[PerpetratorRow]:
    """The man the intake names, as a counsellor would complete the section: the same
    relation and weapon answer (so the demo's statistics do not move), a name when
    she gave one, an age band, the children they have together."""
    if draft.perpetrator_relation is None:
        return []
    married = draft.perpetrator_relation in (
        PerpetratorRelation.SPOUSE,
        PerpetratorRelation.EX_SPOUSE,
    )
    name = ""
    if rng.random() < 0.7:
        first = rng.choice(_HIS_NAMES)
        name = f"{first} {draft.last_name}".strip() if married else first
    record = Perpetrator(
        relation=draft.perpetrator_relation,
        name=name,
        age_band=rng.choice(list(PerpetratorAgeBand)[1:6]),
        weapon_access=weapon_from_intake(draft.weapon_access),
        prior_orders=Answer.YES if draft.earlier_orders else None,
        shared_children=len(draft.children) if married else None,
    )
    return [PerpetratorRow(row_id, case_id, 1, record, now, me, now, me)]
