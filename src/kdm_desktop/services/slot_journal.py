"""The slot file and the database, kept in agreement through crashes.

The slot file sits outside the database (it is needed to open it), so every change
to it is a two-place write. The database (encrypted, authenticated by SQLCipher)
is the authority: it keeps the slot file's generation and the SHA-256 digest of
every slot, inside pages SQLCipher authenticates with an HMAC keyed from the master
key. At every open the file on disk must match: every intact slot must be one the
database expects, in a file of the expected generation. So an older copy (the
first version's `casefile.keys.prev`, a copy taken before a password change), a
foreign file, an added slot or a ghost is refused, while a slot damaged on disk
(its own digest fails) is only set aside and named by `kdm check`.

Writing a new slot file (`write_slots`):
  1. the database records the new file's generation and digests as *pending* (one transaction, which
     may also carry the change the new file reflects, such as a new user row);
  2. the file is written atomically (temp, fsync, rename, fsync the folder);
  3. the database makes the pending binding the current one.
A crash after 1 leaves either file accepted; the next open settles it: a file that
matches the pending binding is confirmed, a file that matches the current one means
the write never landed and the pending mark is dropped. A command that crashed
never reported success, so either outcome tells the truth.

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
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.fsutil import fsync_directory, write_atomically
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security.keyslots import (
    MASTER_KEY_BYTES,
    KeySlotFile,
    UnlockedSlot,
    mirror_path,
)
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.keybinding_repo import Binding
from kdm_desktop.storage.unit_of_work import (
    StorageFault,
    UnitOfWork,
    reading_from,
    working_on,
)
from kdm_desktop.testhooks import crash_point

# Left by the first version's rekey: a full copy under the old key. Never kept.
LEGACY_SAFETY_COPY = "casefile.kdm.pre-rekey"
# The first version kept the previous slot file, old passwords and all. Never kept.
LEGACY_PREVIOUS_SLOTS = "casefile.keys.prev"


def load_slot_file(paths: CaseFilePaths) -> KeySlotFile:
    """The slot file, or its mirror when the file itself is missing or unreadable.

    Either is only used if the database then confirms it (`open_bound`).
    """
    mirror = mirror_path(paths.keyslots)
    try:
        main = KeySlotFile.load(paths.keyslots)
    except KdmError as first:
        try:
            return KeySlotFile.load(mirror)
        except KdmError:
            raise first from None
    if main.damaged:
        # A slot damaged in one copy may be intact in the other (same generation).
        try:
            other = KeySlotFile.load(mirror)
        except KdmError:
            return main
        if (
            not other.damaged
            and other.generation == main.generation
            and main.digests() <= other.digests()
        ):
            return other
    return main


# Runs inside one of the journal's transactions, on a unit that may change data but
# not audit (the journal acts for no user): a session's hook audits through
# `session.work()`, which joins the same transaction.
TxnHook = Callable[[UnitOfWork], None]


def write_slots(
    db: Database,
    paths: CaseFilePaths,
    slots: KeySlotFile,
    *,
    with_change: TxnHook | None = None,
    on_confirm: TxnHook | None = None,
) -> None:
    """Bind and write `slots`. `with_change` runs in the pending transaction,
    `on_confirm` in the confirming one (after the file is on disk)."""
    binding = reading_from(db, slots.casefile_id).key_bindings.load()
    slots.generation = max(slots.generation, binding.generation or 0) + 1
    digests = slots.digests()
    with working_on(db, slots.casefile_id) as uow:
        uow.key_bindings.set_pending(slots.generation, digests)
        if with_change is not None:
            with_change(uow)
    crash_point("slots.pending")
    slots.save(paths.keyslots)
    crash_point("slots.written")
    _ensure_file_matches(paths, slots)
    with working_on(db, slots.casefile_id) as uow:
        repo = uow.key_bindings
        repo.set_current(slots.generation, digests)
        repo.set_pending(None, None)
        if on_confirm is not None:
            on_confirm(uow)
    crash_point("slots.confirmed")


def _ensure_file_matches(paths: CaseFilePaths, slots: KeySlotFile) -> None:
    """The file just written is re-read before the database confirms it."""
    if paths.keyslots.read_bytes() != slots.source_bytes:
        raise OSError("slot file read-back differs")


def bind_new_case_file(uow: UnitOfWork, slots: KeySlotFile) -> None:
    """Inside `create_case_file`'s transaction: the first file is generation 1."""
    slots.generation = 1
    uow.key_bindings.set_current(1, slots.digests())


# ----- opening -----


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


def _file_state(slots: KeySlotFile, binding: Binding) -> str:
    """'current', 'pending', or 'unbound' (a case file made before binding).

    Every intact slot must be one the database expects, in a file of the expected
    generation. A damaged slot (its own digest fails) is set aside, not trusted and
    not fatal: the other users still log in and `check` names it.
    """
    if not binding.bound:
        return "unbound"
    intact = slots.digests()
    assert binding.digests is not None
    if slots.generation == binding.generation and intact <= binding.digests:
        return "current"
    if (
        binding.pending_digests is not None
        and slots.generation == binding.pending_generation
        and intact <= binding.pending_digests
    ):
        return "pending"
    if binding.generation is not None and slots.generation < binding.generation:
        raise RefusedInput("keys.stale", found=slots.generation, expected=binding.generation)
    raise RefusedInput("keys.not_bound")


def open_bound(paths: CaseFilePaths, slots: KeySlotFile, unlocked: UnlockedSlot) -> OpenedCaseFile:
    """Open the database with a slot's key, refuse a slot file the database does not
    expect, and finish whatever an interrupted command left: a slot-file write, a
    rekey, a user removal."""
    db, key = _open_with_either(paths, unlocked)
    try:
        binding = reading_from(db, slots.casefile_id).key_bindings.load()
        state = _file_state(slots, binding)
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
        _remove_old_key_copies(paths)
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
        return _finish_rekey(
            db, paths, slots, key, binding.removal or None, under_staged_key=under_staged
        )
    if under_staged:
        # A rekey of the first version, interrupted after the rekey itself: finish it.
        return _finish_rekey(db, paths, slots, key, None, under_staged_key=True)
    if slots_have_staged_key(slots):
        # A first-version rekey (a removal) staged but not applied: finish it, never
        # drop it; a removed user could otherwise keep using the old key.
        return _finish_rekey(db, paths, slots, key, None)
    if state == "unbound":
        # A case file from before the binding. Slots of users without an account are
        # what the first version's interrupted removals left: finish those removals.
        ghosts = ghost_users(db, slots)
        if ghosts:
            for ghost in sorted(ghosts):
                slots.remove_user(ghost)
            with working_on(db, slots.casefile_id) as uow:
                uow.key_bindings.set_removal("")
            return _finish_rekey(db, paths, slots, key, None)
        write_slots(db, paths, slots)
    return key


def slots_have_staged_key(slots: KeySlotFile) -> bool:
    return any(s.sealed_next_master is not None for s in slots.slots)


def ghost_users(db: Database, slots: KeySlotFile) -> set[str]:
    """Users with a slot but no account: a slot the removal should have taken."""
    accounts = {row.username for row in reading_from(db, slots.casefile_id).users.all()}
    return slots.all_slot_users() - accounts


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


def _remove_old_key_copies(paths: CaseFilePaths) -> None:
    removed = False
    for name in (LEGACY_SAFETY_COPY, LEGACY_PREVIOUS_SLOTS):
        leftover = paths.data_dir / name
        if leftover.exists():
            leftover.unlink()
            removed = True
    if removed:
        fsync_directory(paths.data_dir)


# ----- rekey -----


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
        return _finish_rekey(db, paths, slots, current_key, remove_user, progress=progress)
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


def _finish_rekey(
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
    _remove_old_key_copies(paths)
    return new_key


def check_slot_file(db: Database, paths: CaseFilePaths) -> list[str]:
    """Problems with the slot file on disk, as Turkish sentences naming the slot."""
    from kdm_desktop import messages

    problems: list[str] = []
    try:
        slots = KeySlotFile.load(paths.keyslots)
    except KdmError as exc:
        return [exc.message]
    mirror = mirror_path(paths.keyslots)
    if not mirror.exists() or mirror.read_bytes() != slots.source_bytes:
        problems.append(messages.text("keys.check_mirror"))
    binding = reading_from(db, slots.casefile_id).key_bindings.load()
    try:
        _file_state(slots, binding)
    except KdmError as exc:
        problems.append(exc.message)
    expected = binding.digests or frozenset()
    missing = len(expected - slots.digests()) - len(slots.damaged)
    if missing > 0:
        problems.append(messages.text("keys.check_missing", count=missing))
    for d in slots.damaged:
        key = "keys.check_recovery_damaged" if d.kind == "recovery" else "keys.check_slot_damaged"
        problems.append(messages.text(key, user=d.label))
    if slots.recovery_slot() is None and slots.damaged_recovery_slot() is None:
        problems.append(messages.text("keys.check_no_recovery"))
    for user in sorted(ghost_users(db, slots)):
        problems.append(messages.text("keys.check_ghost", user=user))
    if binding.removal is not None:
        problems.append(messages.text("keys.check_rekey_pending"))
    if (paths.data_dir / LEGACY_SAFETY_COPY).exists():
        problems.append(messages.text("keys.check_old_copy", name=LEGACY_SAFETY_COPY))
    return problems
