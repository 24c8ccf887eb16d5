"""What was done for her travels with her case: notes, the services log, the perpetrator section."""

from __future__ import annotations

import datetime

from kdm_desktop.bundle.case_entries import (
    CaseHistory,
    entry_notes,
    entry_perpetrators,
    entry_services,
)
from kdm_desktop.bundle.payload import CaseEntry, PayloadError
from kdm_desktop.storage.unit_of_work import UnitOfWork


def case_history(uow: UnitOfWork, case_id: str) -> tuple[CaseHistory, int]:
    """The notes and services that travel, and how many session notes stay behind.

    Session notes are sealed to the psychologists' role key: a sender who does not
    hold it (an administrator) cannot read them, so cannot send them; a psychologist
    sends them. What stays behind is counted and told, never dropped silently.
    """
    notes = uow.notes
    readable = uow.can_read_sealed
    every = notes.for_case(case_id, include_psych=readable)
    withheld = 0 if readable else notes.count_hidden(case_id)
    services = uow.service_log.for_case(case_id, include_psych_notes=readable)
    withheld += sum(1 for e in services if e.note_hidden)
    history = CaseHistory(
        tuple((n, tuple(notes.versions(n.id))) for n in every),
        tuple(services),
        tuple(uow.perpetrators.for_case(case_id)),
    )
    return history, withheld


def merge_notes(uow: UnitOfWork, entry: CaseEntry) -> tuple[int, int]:
    """New notes and new versions are added; versions already here are skipped.

    A version counts as already here when a local version of that note has the
    same text, author and time: both centres may have edited the same note, and
    then both wordings are kept (appended in order) rather than one lost.
    """
    repo = uow.notes
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


def merge_services(uow: UnitOfWork, entry: CaseEntry) -> int:
    """Entries with new ids are added; a known id must hold the same entry."""
    new = []
    for item in entry_services(entry):
        existing = uow.service_log.entry_by_id(item.id)
        if existing is None:
            new.append(item)
        elif existing != item:
            raise PayloadError("service_mismatch", item.id)
    uow.service_log.add_many(new)
    return len(new)


def merge_perpetrators(uow: UnitOfWork, entry: CaseEntry) -> int:
    """New records are added; of two edits of one record the later one stays.

    A record removed at one centre is not removed at the other by a transfer: a
    deletion does not travel (the other centre may still need him in a letter).
    """
    repo = uow.perpetrators
    changed = 0
    for item in entry_perpetrators(entry):
        local = repo.by_id(item.id)
        if local is None:
            repo.add(item)
            changed += 1
        elif local.case_id != entry.id:
            raise PayloadError("bad_case", "perpetrator of another case")
        elif _instant(item.updated_at) > _instant(local.updated_at):
            repo.replace(item)
            changed += 1
    if changed:
        # Positions stay 1..n; the sender's order wins where both centres added one.
        repo.set_positions(entry.id, [r.id for r in repo.for_case(entry.id)])
    return changed


def _instant(stamp: str) -> datetime.datetime:
    try:
        moment = datetime.datetime.fromisoformat(stamp)
    except ValueError:
        raise PayloadError("bad_manifest", "perpetrator timestamp") from None
    if moment.tzinfo is None:
        raise PayloadError("bad_manifest", "perpetrator timestamp")
    return moment
