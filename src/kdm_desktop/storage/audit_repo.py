"""Appending to and reading the audit chain."""

from __future__ import annotations

from collections.abc import Iterator

from kdm_desktop.security.audit import AuditEntry, entry_hash, genesis_hash
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.meta_repo import MetaRepository

_HEAD_SEQ = "audit.head_seq"
_HEAD_HASH = "audit.head_hash"
_COLUMNS = "seq, ts, username, action, object_type, object_id, detail, prev_hash, hash"


class AuditRepository:
    def __init__(self, conn: Connection, casefile_id: str) -> None:
        self._conn = conn
        self._meta = MetaRepository(conn)
        self._genesis = genesis_hash(casefile_id)

    @property
    def genesis(self) -> str:
        return self._genesis

    def head(self) -> tuple[int, str]:
        seq = int(self._meta.get(_HEAD_SEQ, "0") or 0)
        return seq, self._meta.get(_HEAD_HASH, self._genesis) or self._genesis

    def append(
        self,
        *,
        ts: str,
        username: str,
        action: str,
        object_type: str,
        object_id: str,
        detail: str = "",
    ) -> AuditEntry:
        """Append one entry. Call inside the transaction of the change it records."""
        seq, prev = self.head()
        seq += 1
        digest = entry_hash(prev, seq, ts, username, action, object_type, object_id, detail)
        self._conn.execute(
            f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
            (seq, ts, username, action, object_type, object_id, detail, prev, digest),
        )
        self._meta.set(_HEAD_SEQ, str(seq))
        self._meta.set(_HEAD_HASH, digest)
        return AuditEntry(seq, ts, username, action, object_type, object_id, detail, prev, digest)

    def hashes_at(self, seqs: list[int]) -> dict[int, str]:
        """The stored hash of each listed row (for an anchor's checkpoints)."""
        wanted = set(seqs)
        found: dict[int, str] = {}
        for seq, digest in self._conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq"):
            if int(seq) in wanted:
                found[int(seq)] = str(digest)
        return found

    def iter_all(self) -> Iterator[AuditEntry]:
        cur = self._conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq")  # noqa: S608
        for r in cur:
            yield AuditEntry(
                int(r[0]),
                str(r[1]),
                str(r[2]),
                str(r[3]),
                str(r[4]),
                str(r[5]),
                str(r[6]),
                str(r[7]),
                str(r[8]),
            )

    def recent(
        self, limit: int = 100, object_id: str | None = None, before_seq: int | None = None
    ) -> list[AuditEntry]:
        """Newest first; `before_seq` pages backwards without re-reading what was shown."""
        upper = before_seq if before_seq is not None else (1 << 62)
        if object_id is None:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM audit_log WHERE seq < ? "  # noqa: S608
                "ORDER BY seq DESC LIMIT ?",
                (upper, limit),
            ).fetchall()
        else:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM audit_log WHERE object_id = ? AND seq < ? "  # noqa: S608
                "ORDER BY seq DESC LIMIT ?",
                (object_id, upper, limit),
            ).fetchall()
        return [_entry(r) for r in rows]


def _entry(r: tuple[object, ...]) -> AuditEntry:
    return AuditEntry(
        int(str(r[0])),
        str(r[1]),
        str(r[2]),
        str(r[3]),
        str(r[4]),
        str(r[5]),
        str(r[6]),
        str(r[7]),
        str(r[8]),
    )
