"""Case notes: who may read which kind, and the history every edit keeps."""

from __future__ import annotations

from dataclasses import dataclass

from kdm_desktop import messages
from kdm_desktop.domain.cases.choices import NoteKind
from kdm_desktop.domain.cases.validation import MAX_NOTE, clean_text
from kdm_desktop.domain.rules import Problems


def is_psych_note(kind: NoteKind) -> bool:
    """Session notes of a psychologist are readable by psychologists only."""
    return kind == NoteKind.PSYCH_SESSION


@dataclass(frozen=True)
class NoteVersion:
    version: int
    text: str
    written_at: str
    written_by: str


@dataclass(frozen=True)
class Note:
    id: str
    case_id: str
    kind: NoteKind
    created_at: str
    created_by: str
    # The newest version; `version_count` > 1 means the note was edited.
    current: NoteVersion
    version_count: int

    @property
    def text(self) -> str:
        return self.current.text

    @property
    def edited(self) -> bool:
        return self.version_count > 1


def validate_note_text(text: str) -> str:
    problems = Problems()
    cleaned = clean_text(
        problems,
        "text",
        messages.text("case.note.text"),
        text,
        MAX_NOTE,
        required=True,
        multiline=True,
    )
    problems.raise_if_any()
    return cleaned
