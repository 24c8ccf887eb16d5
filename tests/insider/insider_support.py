"""What an insider with one staff password can do with the project's own code.

She needs no admin rights: her password opens her key slot, which yields the one
master key; with it she opens the database as any SQLCipher tool would.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security.anchor import AuditAnchor, checkpoint_seqs, make_anchor
from kdm_desktop.security.audit import AuditEntry, entry_hash, genesis_hash
from kdm_desktop.security.keyslots import KeySlotFile
from kdm_desktop.services.anchor_log import ANCHOR_LOG_NAME, read_log
from kdm_desktop.storage.audit_repo import AuditRepository
from kdm_desktop.storage.database import Database
from kdm_desktop.storage.identity_repo import IdentityRepository


def _casefile_id(conn) -> str:  # type: ignore[no-untyped-def]
    return str(conn.execute("SELECT value FROM meta WHERE key='casefile_id'").fetchone()[0])


def master_key_from_password(data_dir: Path, user: str, password: str) -> bytes:
    slots = KeySlotFile.load(CaseFilePaths(data_dir).keyslots)
    slot = slots.password_slot(user)
    assert slot is not None
    return slots.unlock(slot, password.encode("utf-8")).master_key


def rewrite_audit_log(
    data_dir: Path, user: str, password: str, drop: Callable[[AuditEntry], bool]
) -> list[int]:
    """Drop the triggers, delete the rows `drop` picks, renumber and rehash the rest,
    and set the head: the attack of issue 13, item 5. Returns the deleted seqs."""
    key = master_key_from_password(data_dir, user, password)
    db = Database.open(CaseFilePaths(data_dir).database, key)
    try:
        conn = db.conn
        casefile_id = str(
            conn.execute("SELECT value FROM meta WHERE key='casefile_id'").fetchone()[0]
        )
        entries = list(AuditRepository(conn, casefile_id).iter_all())
        deleted = [e.seq for e in entries if drop(e)]
        kept = [e for e in entries if not drop(e)]
        conn.execute("BEGIN")
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log")
        prev = genesis_hash(casefile_id)
        for seq, e in enumerate(kept, start=1):
            digest = entry_hash(
                prev, seq, e.ts, e.username, e.action, e.object_type, e.object_id, e.detail
            )
            conn.execute(
                "INSERT INTO audit_log (seq, ts, username, action, object_type, object_id, "
                "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    seq,
                    e.ts,
                    e.username,
                    e.action,
                    e.object_type,
                    e.object_id,
                    e.detail,
                    prev,
                    digest,
                ),
            )
            prev = digest
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit.head_seq'", (str(len(kept)),))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit.head_hash'", (prev,))
        conn.execute("COMMIT")
    finally:
        db.close()
    return deleted


def forge_anchor_log(data_dir: Path, user: str, password: str) -> None:
    """Re-sign every anchor in the local anchor log over the rewritten chain: she holds
    the centre's signing key (it is in the database), so this is possible too."""
    key = master_key_from_password(data_dir, user, password)
    db = Database.open(CaseFilePaths(data_dir).database, key)
    try:
        conn = db.conn
        casefile_id = str(
            conn.execute("SELECT value FROM meta WHERE key='casefile_id'").fetchone()[0]
        )
        repo = AuditRepository(conn, casefile_id)
        signing = IdentityRepository(conn).load()
        assert signing is not None
        entries = {e.seq: e for e in repo.iter_all()}
        path = data_dir / ANCHOR_LOG_NAME
        forged: list[AuditAnchor] = []
        for line in read_log(path):
            assert line.anchor is not None
            seq = min(line.anchor.seq, max(entries))
            forged.append(
                make_anchor(
                    casefile_id=casefile_id,
                    head_seq=seq,
                    head_hash=entries[seq].hash,
                    hashes={s: entries[s].hash for s in checkpoint_seqs(seq)},
                    created_at=line.anchor.created_at,
                    source=line.anchor.source,
                    signing_private=signing.signing_private,
                )
            )
        path.write_bytes(b"".join(a.to_line() for a in forged))
    finally:
        db.close()
