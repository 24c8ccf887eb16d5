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

This module's one job is that binding: reading the slot file, writing it bound,
judging a file against the binding (`file_state`, `check_slot_file`). What builds
on it lives beside it, so each can be reviewed against its own crash order:
services/slot_open.py settles the binding at open and finishes an interrupted
command; services/slot_rekey.py is the journaled roll-forward rekey.
"""

from __future__ import annotations

from collections.abc import Callable

from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.fsutil import fsync_directory
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security.keyslots import KeySlotFile, mirror_path
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.keybinding_repo import Binding
from kdm_desktop.storage.unit_of_work import UnitOfWork, reading_from, working_on
from kdm_desktop.testhooks import crash_point

# Left by the first version's rekey: a full copy under the old key. Never kept.
LEGACY_SAFETY_COPY = "casefile.kdm.pre-rekey"
# The first version kept the previous slot file, old passwords and all. Never kept.
LEGACY_PREVIOUS_SLOTS = "casefile.keys.prev"


def load_slot_file(paths: CaseFilePaths) -> KeySlotFile:
    """The slot file, or its mirror when the file itself is missing or unreadable.

    Either is only used if the database then confirms it (`slot_open.open_bound`).
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


def file_state(slots: KeySlotFile, binding: Binding) -> str:
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


def slots_have_staged_key(slots: KeySlotFile) -> bool:
    return any(s.sealed_next_master is not None for s in slots.slots)


def ghost_users(db: Database, slots: KeySlotFile) -> set[str]:
    """Users with a slot but no account: a slot the removal should have taken."""
    accounts = {row.username for row in reading_from(db, slots.casefile_id).users.all()}
    return slots.all_slot_users() - accounts


def remove_old_key_copies(paths: CaseFilePaths) -> None:
    """Delete the first version's copies under an old key (never kept)."""
    removed = False
    for name in (LEGACY_SAFETY_COPY, LEGACY_PREVIOUS_SLOTS):
        leftover = paths.data_dir / name
        if leftover.exists():
            leftover.unlink()
            removed = True
    if removed:
        fsync_directory(paths.data_dir)


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
        file_state(slots, binding)
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
