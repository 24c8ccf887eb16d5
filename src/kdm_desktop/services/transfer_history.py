"""What was done for her travels with her case: notes and the services log."""

from __future__ import annotations

from kdm_desktop.bundle.merge import CaseHistory, entry_notes, entry_services
from kdm_desktop.bundle.payload import CaseEntry, PayloadError
from kdm_desktop.storage import field_crypto
from kdm_desktop.storage.case_details_repo import (
    NoteRepository,
    ServiceLogRepository,
    service_entry_by_id,
)
from kdm_desktop.storage.connection import Connection


def case_history(conn: Connection, case_id: str) -> tuple[CaseHistory, int]:
    """The notes and services that travel, and how many session notes stay behind.

    Session notes are sealed to the psychologists' role key: a sender who does not
    hold it (an administrator) cannot read them, so cannot send them; a psychologist
    sends them. What stays behind is counted and told, never dropped silently.
    """
    notes = NoteRepository(conn)
    readable = field_crypto.can_read(conn)
    every = notes.for_case(case_id, include_psych=readable)
    withheld = 0 if readable else notes.count_hidden(case_id)
    services = ServiceLogRepository(conn).for_case(case_id, include_psych_notes=readable)
    withheld += sum(1 for e in services if e.note_hidden)
    history = CaseHistory(tuple((n, tuple(notes.versions(n.id))) for n in every), tuple(services))
    return history, withheld


def merge_notes(conn: Connection, entry: CaseEntry) -> tuple[int, int]:
    """New notes and new versions are added; versions already here are skipped.

    A version counts as already here when a local version of that note has the
    same text, author and time: both centres may have edited the same note, and
    then both wordings are kept (appended in order) rather than one lost.
    """
    repo = NoteRepository(conn)
    added_notes = added_versions = 0
    for note, versions in entry_notes(entry):
        known = repo.kind_and_case(note.id)
        if known is None:
            repo.add(note.id, entry.id, note.kind, note.created_at, note.created_by)
            added_notes += 1
            have: set[tuple[str, str, str]] = set()
        elif known != (note.kind, entry.id):
            raise PayloadError("bad_case", "note of another case")
        else:
            have = {(v.text, v.written_at, v.written_by) for v in repo.versions(note.id)}
        for v in versions:
            if (v.text, v.written_at, v.written_by) in have:
                continue
            repo.add_version(note.id, v.text, v.written_at, v.written_by)
            have.add((v.text, v.written_at, v.written_by))
            added_versions += 1
    return added_notes, added_versions


def merge_services(conn: Connection, entry: CaseEntry) -> int:
    """Entries with new ids are added; a known id must hold the same entry."""
    new = []
    for item in entry_services(entry):
        existing = service_entry_by_id(conn, item.id)
        if existing is None:
            new.append(item)
        elif existing != item:
            raise PayloadError("service_mismatch", item.id)
    ServiceLogRepository(conn).add_many(new)
    return len(new)
