"""Opening a case file through its slot file: the binding checked, the rest finished.

Its one job is the moment of opening: the database is opened with the unlocking
slot's key (or the key staged by a rekey that got as far as the database), the slot
file on disk is judged against the binding (services/slot_journal.py), a write that
was interrupted is confirmed or dropped, and whatever an interrupted command left
(a rekey, a user removal, a first-version file's ghosts) is finished before anyone
can use the file. It is kept apart from the writing of the binding, which every
command uses, and from the rekey (services/slot_rekey.py), which it calls to roll
an interrupted one forward.
"""

from __future__ import annotations

from dataclasses import dataclass

from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.fsutil import write_atomically
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security.keyslots import KeySlotFile, UnlockedSlot, mirror_path
from kdm_desktop.services.slot_journal import (
    file_state,
    ghost_users,
    remove_old_key_copies,
    slots_have_staged_key,
    write_slots,
)
from kdm_desktop.services.slot_rekey import finish_rekey
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.keybinding_repo import Binding
from kdm_desktop.storage.unit_of_work import StorageFault, reading_from, working_on


@dataclass
class OpenedCaseFile:
    database: Database
    master_key: bytes
    # Role keys the unlocking slot holds (see services/role_keys.py).
    role_keys: dict[str, bytes]


def _open_with_either(paths: CaseFilePaths, unlocked: UnlockedSlot) -> tuple[Database, bytes]:
    try:
        return Database.open(paths.database, unlocked.master_key), unlocked.master_key
    except RefusedInput:
        if unlocked.next_master_key is None:
            raise
    return Database.open(paths.database, unlocked.next_master_key), unlocked.next_master_key


def open_bound(paths: CaseFilePaths, slots: KeySlotFile, unlocked: UnlockedSlot) -> OpenedCaseFile:
    """Open the database with a slot's key, refuse a slot file the database does not
    expect, and finish whatever an interrupted command left: a slot-file write, a
    rekey, a user removal."""
    db, key = _open_with_either(paths, unlocked)
    try:
        binding = reading_from(db, slots.casefile_id).key_bindings.load()
        state = file_state(slots, binding)
        if state == "pending":
            with working_on(db, slots.casefile_id) as uow:
                repo = uow.key_bindings
                assert binding.pending_generation is not None and binding.pending_digests
                repo.set_current(binding.pending_generation, binding.pending_digests)
                repo.set_pending(None, None)
        elif binding.pending_digests is not None:
            # The file never changed: the interrupted write did not happen.
            with working_on(db, slots.casefile_id) as uow:
                uow.key_bindings.set_pending(None, None)
        under_staged = key == unlocked.next_master_key
        try:
            key = _settle(db, paths, slots, binding, state, key, under_staged)
        except (OSError, StorageFault) as exc:
            # The disk is still full (or the stick gone): nothing is lost, the journal
            # stays, and the next open tries again.
            detail = exc.strerror if isinstance(exc, OSError) else type(exc).__name__
            raise KdmError("keys.rekey_unfinished", detail=detail or "?") from exc
        remove_old_key_copies(paths)
        ghosts = ghost_users(db, slots)
        if ghosts:
            raise RefusedInput("keys.ghost", user=", ".join(sorted(ghosts)))
        _heal_mirror(paths, slots)
    except BaseException:
        db.close()
        raise
    # Role keys only count while the slot that gave them is still in the file.
    still_there = any(s.slot_id == unlocked.slot.slot_id for s in slots.slots)
    return OpenedCaseFile(db, key, dict(unlocked.role_keys) if still_there else {})


def _settle(
    db: Database,
    paths: CaseFilePaths,
    slots: KeySlotFile,
    binding: Binding,
    state: str,
    key: bytes,
    under_staged: bool,
) -> bytes:
    """Finish what an interrupted command left; returns the database's key."""
    if binding.removal is not None:
        return finish_rekey(
            db, paths, slots, key, binding.removal or None, under_staged_key=under_staged
        )
    if under_staged:
        # A rekey of the first version, interrupted after the rekey itself: finish it.
        return finish_rekey(db, paths, slots, key, None, under_staged_key=True)
    if slots_have_staged_key(slots):
        # A first-version rekey (a removal) staged but not applied: finish it, never
        # drop it; a removed user could otherwise keep using the old key.
        return finish_rekey(db, paths, slots, key, None)
    if state == "unbound":
        # A case file from before the binding. Slots of users without an account are
        # what the first version's interrupted removals left: finish those removals.
        ghosts = ghost_users(db, slots)
        if ghosts:
            for ghost in sorted(ghosts):
                slots.remove_user(ghost)
            with working_on(db, slots.casefile_id) as uow:
                uow.key_bindings.set_removal("")
            return finish_rekey(db, paths, slots, key, None)
        write_slots(db, paths, slots)
    return key


def _heal_mirror(paths: CaseFilePaths, slots: KeySlotFile) -> None:
    """Rewrite a missing or differing mirror from the file the database just confirmed
    (a restored case file, a lost sector). Best effort: the main file is sound."""
    if slots.damaged:
        # Never copy damage over the other copy; an admin repairs the slot first.
        return
    try:
        for path in (paths.keyslots, mirror_path(paths.keyslots)):
            if not path.exists() or path.read_bytes() != slots.source_bytes:
                write_atomically(path, slots.source_bytes)
    except OSError:
        return
