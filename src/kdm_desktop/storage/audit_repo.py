"""Appending to and reading the audit chain."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kdm_desktop.security.audit import AuditEntry, entry_hash, genesis_hash
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.meta_repo import MetaRepository

_HEAD_SEQ = "audit.head_seq"
_HEAD_HASH = "audit.head_hash"
_COLUMNS = "seq, ts, username, action, object_type, object_id, detail, prev_hash, hash"
#: Rows per query when the whole chain is read (verification): about 2 MB of rows.
CHUNK_ROWS = 5_000


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

    def hashes_at(self, seqs: Iterable[int]) -> dict[int, str]:
        """The stored hash of each listed row that exists (for anchors' checkpoints)."""
        wanted = sorted(set(seqs))
        found: dict[int, str] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            marks = ",".join("?" * len(part))
            rows = self._conn.execute(
                f"SELECT seq, hash FROM audit_log WHERE seq IN ({marks})",  # noqa: S608
                part,
            )
            for seq, digest in rows:
                found[int(seq)] = str(digest)
        return found

    def iter_all(self, chunk: int | None = None) -> Iterator[AuditEntry]:
        """Every row in order, read `chunk` rows at a time (memory stays flat).

        Each chunk is its own short query continuing after the last sequence number
        seen, so no statement stays open while the caller works.
        """
        size = chunk or CHUNK_ROWS
        after: int | None = None
        while True:
            if after is None:
                rows = self._conn.execute(
                    f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq LIMIT ?",  # noqa: S608
                    (size,),
                ).fetchall()
            else:
                rows = self._conn.execute(
                    f"SELECT {_COLUMNS} FROM audit_log WHERE seq > ? "  # noqa: S608
                    "ORDER BY seq LIMIT ?",
                    (after, size),
                ).fetchall()
            for r in rows:
                yield _entry(r)
            if len(rows) < size:
                return
            after = int(rows[-1][0])

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
