"""Making audit anchors and keeping the local anchor log.

`audit-anchors.log` beside the case file receives a copy of every anchor the
program signs (each backup, each receipt), one JSON line each, appended and
fsynced. It lets `kdm audit verify` and `kdm check` notice a rewritten history
without a backup at hand. It is a plain file: an insider who knows about it can
delete or rewrite it too (she holds the signing key), which is why every backup
and receipt carries its own copy, out of her reach once it has left the PC.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kdm_desktop import messages
from kdm_desktop.domain.dates import format_shown_datetime
from kdm_desktop.errors import KdmError
from kdm_desktop.fsutil import fsync_directory
from kdm_desktop.security.anchor import (
    AnchorCheck,
    AnchorFormatError,
    AuditAnchor,
    check_anchor,
    checkpoint_seqs,
    make_anchor,
)
from kdm_desktop.security.audit import AuditEntry, Finding
from kdm_desktop.storage.unit_of_work import UnitOfWork

ANCHOR_LOG_NAME = "audit-anchors.log"
MAX_LOG_BYTES = 64 * 1024 * 1024


def anchor_log_path(data_dir: Path) -> Path:
    return data_dir / ANCHOR_LOG_NAME


def signing_key(uow: UnitOfWork) -> bytes:
    row = uow.identity.load()
    if row is None:
        raise KdmError("keys.damaged", detail="centre identity missing")
    return row.signing_private


def public_signing_key(uow: UnitOfWork) -> bytes:
    private = Ed25519PrivateKey.from_private_bytes(signing_key(uow))
    return private.public_key().public_bytes_raw()


def current_anchor(uow: UnitOfWork, created_at: str, source: str) -> AuditAnchor:
    """Sign the chain's head as it stands in `uow` now."""
    repo = uow.audit_log
    seq, head = repo.head()
    return make_anchor(
        casefile_id=uow.casefile_id,
        head_seq=seq,
        head_hash=head,
        hashes=repo.hashes_at(checkpoint_seqs(seq)),
        created_at=created_at,
        source=source,
        signing_private=signing_key(uow),
    )


def append_to_log(path: Path, anchor: AuditAnchor) -> None:
    """Append one anchor line; a failure here never undoes the backup that made it."""
    created = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, anchor.to_line())
        os.fsync(fd)
    finally:
        os.close(fd)
    if created:
        with contextlib.suppress(OSError):
            fsync_directory(path.parent)


@dataclass(frozen=True)
class LogLine:
    number: int
    anchor: AuditAnchor | None
    problem: str = ""


def read_log(path: Path) -> list[LogLine]:
    """Every line of an anchor log; unreadable lines are reported, not skipped silently."""
    with path.open("rb") as fh:
        size = fh.seek(0, os.SEEK_END)
        # A very long log is read from its end: the newest anchors matter most.
        fh.seek(max(0, size - MAX_LOG_BYTES))
        data = fh.read(MAX_LOG_BYTES)
    if size > MAX_LOG_BYTES:
        # Drop the partial first line; numbers then count from the cut.
        data = data[data.find(b"\n") + 1 :]
    lines = []
    for number, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            lines.append(LogLine(number, AuditAnchor.from_json(json.loads(raw))))
        except (AnchorFormatError, ValueError, RecursionError) as exc:
            lines.append(LogLine(number, None, str(exc) or type(exc).__name__))
    return lines


def describe_anchor(anchor: AuditAnchor, where: str) -> str:
    """'yedek X (4 Aralık 2026 10:15, kayıt 312)' for messages."""
    try:
        when = format_shown_datetime(datetime.fromisoformat(anchor.created_at))
    except ValueError:
        when = anchor.created_at
    return messages.text("anchor.label", where=where, when=when, seq=anchor.seq)


def check_problem(check: AnchorCheck, where: str) -> str:
    label = describe_anchor(check.anchor, where)
    if check.first_bad is None:
        return ""
    if check.bad_until is not None and check.bad_until != check.first_bad:
        return Finding(
            "anchor.rewritten_range", anchor=label, first=check.first_bad, until=check.bad_until
        )
    return Finding("anchor.rewritten", anchor=label, first=check.first_bad)


def log_problems(
    data_dir: Path,
    entries: Callable[[], Iterable[AuditEntry]],
    hashes_at: Callable[[list[int]], dict[int, str]],
    genesis: str,
    casefile_id: str,
    public_key: bytes,
    *,
    chain_sound: bool = False,
) -> list[str]:
    """What the local anchor log says about the live chain (empty when all is well).

    `entries()` streams the chain again where an anchor needs the full walk;
    `hashes_at` gives the stored hash of the rows the anchors name (the fast path).
    """
    path = anchor_log_path(data_dir)
    if not path.exists():
        return []
    where = messages.text("anchor.where_log", path=path.name)
    try:
        lines = read_log(path)
    except OSError as exc:
        return [Finding("anchor.unreadable", where=where, detail=type(exc).__name__)]
    problems: list[str] = []
    hash_at = hashes_at([line.anchor.seq for line in lines if line.anchor is not None])
    for line in lines:
        here = f"{where}:{line.number}"
        if line.anchor is None:
            problems.append(Finding("anchor.unreadable", where=here, detail=line.problem))
            continue
        if line.anchor.casefile_id != casefile_id:
            continue
        if not line.anchor.signature_valid(public_key):
            problems.append(Finding("anchor.bad_signature", where=here))
            continue
        check = check_anchor(
            entries(), genesis, line.anchor, chain_sound=chain_sound, hash_at=hash_at
        )
        problem = check_problem(check, here)
        if problem:
            problems.append(problem)
            break  # the first broken anchor says enough; later ones repeat it
    return problems
