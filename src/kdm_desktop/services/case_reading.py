"""Reading case files: resolve a reference, open, page, count, search, duplicates.

CaseService (services/cases.py) builds on this. Every view and search writes an
audit entry that names objects by id only, never a name or the search text.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import TYPE_CHECKING, Final

from kdm_desktop.domain.cases.draft import (
    CaseDraft,
)
from kdm_desktop.domain.cases.duplicates import (
    DuplicateReason,
    PossibleDuplicate,
    as_possible_duplicate,
    duplicate_reasons,
)
from kdm_desktop.domain.cases.query import MAX_PAGE, CaseQuery
from kdm_desktop.domain.cases.records import CaseRecord, CaseRef, CaseRow, CaseView
from kdm_desktop.domain.cases.search import query_tokens
from kdm_desktop.domain.phone import InvalidPhone, normalise_phone
from kdm_desktop.domain.turkish import fold_for_search
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import (
    resolve_case,
    today,
)
from kdm_desktop.services.session import Session

if TYPE_CHECKING:
    from kdm_desktop.storage.cases_repo import CaseRepository
SEARCH_LIMIT: Final = 50
MAX_DUPLICATES: Final = 20


class CaseReader:
    """The reading half of CaseService (use CaseService)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> CaseRepository:
        return self._s.reading().cases

    # ----- reading -----

    def resolve(self, ref: str) -> CaseRef:
        """Id and number of a case given either (not audited: it shows no content)."""
        self._s.require(Permission.VIEW_CASES)
        return resolve_case(self._s, ref)

    def _load(self, ref: str) -> CaseRecord:
        found = resolve_case(self._s, ref)
        record = self._repo.by_id(found.id)
        assert record is not None  # resolve_case just found it
        return record

    def get(self, ref: str) -> CaseRecord:
        """The record alone (for editing forms). Audited as a view."""
        self._s.require(Permission.VIEW_CASES)
        record = self._load(ref)
        with self._s.work() as uow:
            uow.audit(AuditAction.VIEW, "case", record.id)
        return record

    def open(self, ref: str) -> CaseView:
        """Everything the case screen shows; psychologists' notes only for psychologists."""
        self._s.require(Permission.VIEW_CASES)
        record = self._load(ref)
        reading = self._s.reading()
        # A psychologist whose slot does not hold the role key yet (just added) sees
        # them as hidden until a colleague's login grants it (services/role_keys.py).
        psych = self._s.can(Permission.VIEW_PSYCH_NOTES) and reading.can_read_sealed
        notes = reading.notes
        view = CaseView(
            record=record,
            consents=tuple(reading.consents.for_case(record.id)),
            services=tuple(reading.service_log.for_case(record.id, include_psych_notes=psych)),
            notes=tuple(notes.for_case(record.id, include_psych=psych)),
            hidden_note_count=0 if psych else notes.count_hidden(record.id),
            attachments=tuple(reading.attachments.for_case(record.id)),
            status_history=tuple(self._repo.status_history(record.id)),
        )
        with self._s.work() as uow:
            uow.audit(AuditAction.VIEW, "case", record.id)
        return view

    def page(
        self, query: CaseQuery | None = None, offset: int = 0, limit: int = 100
    ) -> list[CaseRow]:
        """One page of the case list. Audited as a search (count of rows, no text)."""
        self._s.require(Permission.VIEW_CASES)
        query = query or CaseQuery()
        limit = max(0, min(limit, MAX_PAGE))
        rows = self._repo.page(query, max(0, offset), limit)
        # Lists load page by page while scrolling: their entries need not wait for the disk.
        with self._s.work(durable=False) as uow:
            uow.audit(AuditAction.SEARCH, "case_list", "*", f"offset={offset} rows={len(rows)}")
        return rows

    def count(self, query: CaseQuery | None = None) -> int:
        """How many cases the query matches (for the list's scroll bar; shows no content)."""
        self._s.require(Permission.VIEW_CASES)
        return self._repo.count(query or CaseQuery())

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[CaseRow]:
        """Search-as-you-type: name, surname, T.C. no, phone, case number; by prefix,
        Turkish-insensitive, in Turkish alphabetical order."""
        self._s.require(Permission.VIEW_CASES)
        if not query_tokens(text):
            return []
        limit = max(0, min(limit, MAX_PAGE))
        rows = list(self._repo.screen(CaseQuery(text=text), 0, limit).rows)
        # One search per keystroke: the entry is written but not waited for (see
        # Database.transaction); a case opened from the results is audited durably.
        with self._s.work(durable=False) as uow:
            uow.audit(AuditAction.SEARCH, "case", "*", f"rows={len(rows)}")
        return rows

    def find_possible_duplicates(
        self, draft: CaseDraft, *, exclude_id: str | None = None
    ) -> list[PossibleDuplicate]:
        """Cases that may be the same woman (same ID, or close name plus birth year or
        phone). Works on a half-filled form: unparseable phones are just ignored."""
        self._s.require(Permission.VIEW_CASES)
        probe = _normalised_for_matching(draft, today(self._s))
        candidates = self._repo.duplicate_candidates(
            tc_kimlik_no=probe.tc_kimlik_no,
            last_name_folded=fold_for_search(probe.last_name),
            birth_year=probe.birth_year,
            phones=probe.phones(),
            exclude_id=exclude_id,
        )
        found: list[PossibleDuplicate] = []
        for c in candidates:
            reasons = duplicate_reasons(probe, c)
            if reasons:
                found.append(as_possible_duplicate(c, reasons))
        found.sort(key=lambda d: (DuplicateReason.SAME_ID not in d.reasons, -len(d.reasons)))
        found = found[:MAX_DUPLICATES]
        with self._s.work(durable=False) as uow:
            ids = ",".join(d.id for d in found)
            uow.audit(AuditAction.SEARCH, "case_duplicates", "*", f"matches={ids}")
        return found


def _normalised_for_matching(draft: CaseDraft, day: datetime.date) -> CaseDraft:
    def phone(raw: str) -> str:
        try:
            return normalise_phone(raw) if raw.strip() else ""
        except InvalidPhone:
            return ""

    return dataclasses.replace(
        draft,
        tc_kimlik_no="".join(draft.tc_kimlik_no.split()),
        first_name=draft.first_name.strip(),
        last_name=draft.last_name.strip(),
        phone=phone(draft.phone),
        other_phones=tuple(p for p in (phone(x) for x in draft.other_phones) if p),
        application_date=draft.application_date or day,
    )
