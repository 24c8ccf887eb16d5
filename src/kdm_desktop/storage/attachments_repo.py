"""Attachment metadata and content, the content in 1 MiB BLOB rows.

Rows are written and read one piece at a time, so a 50 MB scan never has to be
in memory whole; the file never exists outside the encrypted database.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from kdm_desktop.domain.cases.attachments import AttachmentInfo, MediaType
from kdm_desktop.domain.cases.choices import AttachmentKind
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.database import register_countable

register_countable("case_attachments")

_COLUMNS: Final = (
    "id, case_id, kind, filename, media_type, size, sha256, description, added_at, added_by"
)


def _info(r: tuple[Any, ...]) -> AttachmentInfo:
    return AttachmentInfo(
        id=r[0],
        case_id=r[1],
        kind=AttachmentKind(r[2]),
        filename=r[3],
        media_type=MediaType(r[4]),
        size=int(r[5]),
        sha256=r[6],
        description=r[7],
        added_at=r[8],
        added_by=r[9],
    )


class AttachmentRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add_chunk(self, attachment_id: str, idx: int, data: bytes) -> None:
        self._conn.execute(
            "INSERT INTO case_attachment_chunks (attachment_id, idx, data) VALUES (?, ?, ?)",
            (attachment_id, idx, data),
        )

    def add(self, info: AttachmentInfo) -> None:
        """The metadata row; insert it before the chunks (they reference it)."""
        self._conn.execute(
            f"INSERT INTO case_attachments ({_COLUMNS}) "  # noqa: S608
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                info.id,
                info.case_id,
                info.kind.value,
                info.filename,
                info.media_type.value,
                info.size,
                info.sha256,
                info.description,
                info.added_at,
                info.added_by,
            ),
        )

    def set_content_facts(self, attachment_id: str, size: int, sha256: str) -> None:
        """Size and digest, known once the last piece is in (same transaction)."""
        self._conn.execute(
            "UPDATE case_attachments SET size = ?, sha256 = ? WHERE id = ?",
            (size, sha256, attachment_id),
        )

    def by_id(self, attachment_id: str) -> AttachmentInfo | None:
        r = self._conn.execute(
            f"SELECT {_COLUMNS} FROM case_attachments WHERE id = ?",  # noqa: S608
            (attachment_id,),
        ).fetchone()
        return None if r is None else _info(r)

    def for_case(self, case_id: str) -> list[AttachmentInfo]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM case_attachments WHERE case_id = ? "  # noqa: S608
            "ORDER BY added_at, pk",
            (case_id,),
        ).fetchall()
        return [_info(r) for r in rows]

    def chunks(self, attachment_id: str) -> Iterator[bytes]:
        """The content piece by piece, in order. Fetches one row at a time."""
        count = self._conn.execute(
            "SELECT count(*) FROM case_attachment_chunks WHERE attachment_id = ?",
            (attachment_id,),
        ).fetchone()[0]
        # One query per piece rather than one open cursor: the caller may write to the
        # database (the audit entry) between pieces on this same connection.
        for idx in range(int(count)):
            row = self._conn.execute(
                "SELECT data FROM case_attachment_chunks WHERE attachment_id = ? AND idx = ?",
                (attachment_id, idx),
            ).fetchone()
            if row is None:
                raise LookupError(f"attachment {attachment_id} piece {idx} missing")
            yield bytes(row[0])
