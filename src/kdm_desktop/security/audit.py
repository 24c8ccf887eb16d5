"""The audit chain: each entry carries the hash of the one before it.

Editing or deleting any row breaks the chain from that row on; deleting rows at the
end is caught by the head (last sequence number and hash) kept in the meta table.
Entries name objects by id only, never by a person's name, so the log itself holds
no personal data beyond staff user names.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from kdm_desktop import messages


class AuditAction(StrEnum):
    VIEW = "view"
    CREATE = "create"
    CHANGE = "change"
    DELETE = "delete"
    EXPORT = "export"
    PRINT = "print"
    IMPORT = "import"
    LOGIN = "login"
    LOGIN_RECOVERY = "login_recovery"
    SEARCH = "search"
    BACKUP = "backup"
    RESTORE = "restore"
    # A newer program version opened the case file (and migrated its schema).
    UPGRADE = "upgrade"
    LOGIN_FAILED = "login_failed"
    LOCKOUT = "lockout"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    ts: str
    username: str
    action: str
    object_type: str
    object_id: str
    detail: str
    prev_hash: str
    hash: str


def genesis_hash(casefile_id: str) -> str:
    return hashlib.sha256(b"kdm-audit-v1\x00" + casefile_id.encode()).hexdigest()


def entry_hash(
    prev_hash: str,
    seq: int,
    ts: str,
    username: str,
    action: str,
    object_type: str,
    object_id: str,
    detail: str,
) -> str:
    payload = json.dumps(
        [prev_hash, seq, ts, username, action, object_type, object_id, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Finding(str):
    """A problem sentence in the current language that keeps its stable message key.

    A `str`, so callers that join or print problems are unchanged; `code` is what
    `kdm audit verify --json` gives scripts beside the sentence (`problem_codes`).
    """

    code: str

    def __new__(cls, code: str, /, **params: object) -> Finding:
        found = super().__new__(cls, messages.text(code, **params))
        found.code = code
        return found


def problem_codes(problems: Iterable[str]) -> list[str]:
    """The stable key of each problem (`audit.problem` for one without a key)."""
    return [p.code if isinstance(p, Finding) else "audit.problem" for p in problems]


@dataclass(frozen=True)
class ChainReport:
    count: int
    problems: list[str]

    @property
    def sound(self) -> bool:
        return not self.problems


def verify_chain(
    entries: Iterable[AuditEntry], genesis: str, head_seq: int, head_hash: str
) -> ChainReport:
    """Walk the chain once, in order; `entries` may be a stream (one row at a time)."""
    problems: list[str] = []
    prev = genesis
    expected_seq = 1
    count = 0
    last_seq = 0
    for e in entries:
        count += 1
        last_seq = e.seq
        if e.seq != expected_seq:
            problems.append(Finding("security.audit.missing", expected=expected_seq, found=e.seq))
            expected_seq = e.seq
        if e.prev_hash != prev:
            problems.append(Finding("security.audit.prev_mismatch", seq=e.seq))
        recomputed = entry_hash(
            e.prev_hash, e.seq, e.ts, e.username, e.action, e.object_type, e.object_id, e.detail
        )
        if recomputed != e.hash:
            problems.append(Finding("security.audit.altered", seq=e.seq))
        prev = e.hash
        expected_seq += 1
    if last_seq != head_seq or prev != head_hash:
        problems.append(Finding("security.audit.head", expected=head_seq, found=last_seq))
    return ChainReport(count, problems)
