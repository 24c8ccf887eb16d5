"""A stored case as the services hand it out: the record, its rows for lists, its view."""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass

from kdm_desktop.domain.cases.attachments import AttachmentInfo
from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.cases.consent import ConsentRecord
from kdm_desktop.domain.cases.draft import CaseDraft, display_name
from kdm_desktop.domain.cases.notes import Note
from kdm_desktop.domain.cases.service_log import ServiceEntry
from kdm_desktop.domain.cases.shareable import shareable_draft
from kdm_desktop.domain.cases.status import is_handed_over, status_text


@dataclass(frozen=True)
class CaseRef:
    id: str
    case_number: str


@dataclass(frozen=True)
class CaseRecord:
    id: str
    case_number: str
    status: CaseStatus
    closure_reason: ClosureReason | None
    closure_note: str
    assigned_to: str | None
    draft: CaseDraft
    # Field name → ISO time of its last change, for fields changed since creation;
    # every other field dates from `created_at`. A later transfer merges by it.
    field_versions: dict[str, str]
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str

    @property
    def display_name(self) -> str:
        return self.draft.display_name

    @property
    def ref(self) -> CaseRef:
        return CaseRef(self.id, self.case_number)

    def field_version(self, name: str) -> str:
        """When `name` last changed (its creation time if never)."""
        return self.field_versions.get(name, self.created_at)


def shareable_record(record: CaseRecord) -> CaseRecord:
    """The record as it may be printed or exported (confidential address removed)."""
    return dataclasses.replace(record, draft=shareable_draft(record.draft))


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list: light enough to load a screenful at a time."""

    id: str
    case_number: str
    anonymous: bool
    first_name: str
    last_name: str
    status: CaseStatus
    assigned_to: str | None
    application_date: datetime.date
    closure_reason: ClosureReason | None = None
    # The centre a handed-over file went to (its code), else None.
    handed_to: str | None = None

    @property
    def display_name(self) -> str:
        return display_name(self.anonymous, self.first_name, self.last_name)

    @property
    def status_text(self) -> str:
        return status_text(self.status, self.closure_reason, self.handed_to)


@dataclass(frozen=True)
class CaseScreen:
    """A screenful of the list and how many files the query matches in all; with
    `bounded`, more than `total` match (the count stopped there: a screen needs no
    more, and counting tens of thousands of matches was most of a keystroke)."""

    total: int
    rows: tuple[CaseRow, ...]
    bounded: bool = False


@dataclass(frozen=True)
class StatusChange:
    status: CaseStatus
    closure_reason: ClosureReason | None
    note: str
    changed_at: str
    changed_by: str
    handed_to_code: str | None = None
    handed_to_name: str | None = None


@dataclass(frozen=True)
class CaseView:
    """Everything the case screen shows, already filtered for the reader's role."""

    record: CaseRecord
    consents: tuple[ConsentRecord, ...]
    services: tuple[ServiceEntry, ...]
    notes: tuple[Note, ...]
    # Psychologists' session notes exist but are not for this reader.
    hidden_note_count: int
    attachments: tuple[AttachmentInfo, ...]
    status_history: tuple[StatusChange, ...]

    @property
    def handover(self) -> StatusChange | None:
        """The closure that handed the file over, while it is closed for that reason."""
        record = self.record
        if not is_handed_over(record.status, record.closure_reason) or not self.status_history:
            return None
        last = self.status_history[-1]
        return last if last.closure_reason == ClosureReason.TRANSFERRED else None
