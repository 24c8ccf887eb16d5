"""The rekey: a case file moved to a new master key, rolled forward through crashes.

A rekey (user removal, `kdm rekey`, a role key leaving with a user) must roll
*forward*: once the database records "rekey started" (in the same transaction as
the user row's deletion), every later open finishes it before anything else:
  - if the database still opens with the old key, the slots are rebuilt without
    the removed user, a fresh next key is staged in every remaining slot and bound,
    and the database is rekeyed (the WAL makes SQLCipher's rekey all-or-nothing);
  - once it opens with the new key, the staged key is committed in every slot and
    the journal entry is cleared with the final binding.
The removed user, who may still hold a copy of the old slot file, can at worst
trigger her own removal by logging in: her login then fails.

Its one job is that sequence (journal entry, stage, rekey, commit), written through
the bound slot-file writes of services/slot_journal.py. It is kept apart from the
open (services/slot_open.py), which calls `finish_rekey` to roll an interrupted
rekey forward, so the crash order of the rekey is read in one place.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from kdm_desktop.errors import KdmError
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security.keyslots import MASTER_KEY_BYTES, KeySlotFile
from kdm_desktop.services.slot_journal import (
    TxnHook,
    remove_old_key_copies,
    slots_have_staged_key,
    write_slots,
)
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.unit_of_work import StorageFault, working_on
from kdm_desktop.testhooks import crash_point


def rekey(
    db: Database,
    paths: CaseFilePaths,
    slots: KeySlotFile,
    current_key: bytes,
    *,
    remove_user: str | None = None,
    with_change: TxnHook | None = None,
) -> bytes:
    """Move the case file to a new random master key (and drop `remove_user`'s slot).

    `with_change` (the user row's deletion and its audit entry) commits together
    with the journal entry: from that commit on, the removal is only ever finished.
    Returns the new master key.
    """

    with working_on(db, slots.casefile_id) as uow:
        if with_change is not None:
            with_change(uow)
        uow.key_bindings.set_removal(remove_user or "")
    progress = _Progress()
    try:
        crash_point("rekey.started")
        return finish_rekey(db, paths, slots, current_key, remove_user, progress=progress)
    except (OSError, KdmError, StorageFault) as exc:
        raise RekeyInterrupted(exc, rekeyed=progress.rekeyed) from exc


@dataclass
class _Progress:
    rekeyed: bool = False


class RekeyInterrupted(Exception):
    """A rekey started (its journal entry committed) and stopped half-way.

    `rekeyed`: the database already runs under the new key (only the slot file's
    final write is left), so the old key opens nothing any more.
    """

    def __init__(self, cause: BaseException, *, rekeyed: bool) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.rekeyed = rekeyed


def finish_rekey(
    db: Database,
    paths: CaseFilePaths,
    slots: KeySlotFile,
    db_key: bytes,
    remove_user: str | None,
    *,
    under_staged_key: bool = False,
    progress: _Progress | None = None,
) -> bytes:
    """Finish a rekey. `under_staged_key`: the database already opened with the key
    staged in the slots, so only the commit is left; otherwise rekey afresh."""
    if remove_user:
        slots.remove_user(remove_user)
    progress = progress or _Progress()
    if under_staged_key and slots_have_staged_key(slots):
        new_key = db_key
        progress.rekeyed = True
    else:
        new_key = secrets.token_bytes(MASTER_KEY_BYTES)
        slots.stage_next_master(new_key)
        write_slots(db, paths, slots)
        crash_point("rekey.staged")
        db.rekey(new_key)
        progress.rekeyed = True
        crash_point("rekey.rekeyed")
    slots.commit_next_master()
    write_slots(db, paths, slots, on_confirm=lambda uow: uow.key_bindings.set_removal(None))
    crash_point("rekey.done")
    remove_old_key_copies(paths)
    return new_key
