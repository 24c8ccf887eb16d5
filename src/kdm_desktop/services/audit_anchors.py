"""`kdm audit verify --against`: compare the live audit chain with anchors held elsewhere.

Sources: a `.kdmbak` backup (the anchor is in its manifest, readable without any
key), a transfer receipt carrying the receiving centre's anchor, an anchor log,
or a folder of any of these. Each anchor's Ed25519 signature is checked against
this centre's key; then the chain is recomputed over the rows up to the anchor's
sequence number and compared (security/anchor.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kdm_desktop import messages
from kdm_desktop.backup.container import SUFFIX, BackupReader
from kdm_desktop.bundle.receipt import MAX_RECEIPT_BYTES, ReceiptError, receipt_anchor
from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.security.anchor import AnchorFormatError, AuditAnchor, check_anchor
from kdm_desktop.security.audit import AuditEntry, ChainReport, verify_chain
from kdm_desktop.security.roles import Permission
from kdm_desktop.services import anchor_log
from kdm_desktop.services.session import Session


@dataclass(frozen=True)
class AnchorResult:
    where: str
    status: str  # holds | rewritten | bad_signature | other_casefile | missing | unreadable
    message: str
    anchor: AuditAnchor | None = None
    first_bad: int | None = None
    bad_until: int | None = None

    @property
    def failed(self) -> bool:
        return self.status in {"rewritten", "bad_signature"}

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.where,
            "status": self.status,
            "message": self.message,
            "seq": self.anchor.seq if self.anchor else None,
            "created_at": self.anchor.created_at if self.anchor else None,
            "first_bad": self.first_bad,
            "bad_until": self.bad_until,
        }


@dataclass(frozen=True)
class AgainstReport:
    chain: ChainReport
    results: list[AnchorResult]

    @property
    def checked(self) -> list[AnchorResult]:
        return [r for r in self.results if r.status in {"holds", "rewritten", "bad_signature"}]

    @property
    def sound(self) -> bool:
        return self.chain.sound and bool(self.checked) and not any(r.failed for r in self.results)

    @property
    def anchored_seq(self) -> int:
        return max((r.anchor.seq for r in self.checked if r.anchor), default=0)


@dataclass(frozen=True)
class _Found:
    where: str
    anchor: AuditAnchor | None
    status: str = ""
    message: str = ""


def _unreadable(where: str, detail: str) -> _Found:
    return _Found(
        where, None, "unreadable", messages.text("anchor.unreadable", where=where, detail=detail)
    )


def _missing(where: str) -> _Found:
    return _Found(where, None, "missing", messages.text("anchor.missing", where=where))


def _parsed(where: str, raw: object) -> _Found:
    try:
        return _Found(where, AuditAnchor.from_json(raw))
    except AnchorFormatError as exc:
        return _unreadable(where, str(exc))


def _anchors_in(path: Path) -> list[_Found]:
    """Every anchor a path holds (and what could not be read)."""
    if path.is_dir():
        found: list[_Found] = []
        for child in sorted(path.iterdir()):
            if not child.is_file():
                continue
            if child.suffix == SUFFIX or child.name == anchor_log.ANCHOR_LOG_NAME:
                found += _anchors_in(child)
            elif child.suffix == ".json":
                # Only receipts that carry an anchor; other JSON files are not ours.
                found += [f for f in _anchors_in(child) if f.anchor is not None]
        return found
    if not path.exists():
        raise RefusedInput("anchor.not_found", path=str(path))
    if path.suffix == SUFFIX:
        where = messages.text("anchor.where_backup", name=path.name)
        try:
            with BackupReader(path) as reader:
                raw = reader.manifest.audit_anchor
        except (KdmError, OSError) as exc:
            return [
                _unreadable(where, exc.message if isinstance(exc, KdmError) else type(exc).__name__)
            ]
        return [_missing(where) if raw is None else _parsed(where, raw)]
    if path.name.endswith(".log"):
        where = messages.text("anchor.where_log", path=path.name)
        try:
            lines = anchor_log.read_log(path)
        except OSError as exc:
            return [_unreadable(where, type(exc).__name__)]
        return [
            _Found(f"{where}:{line.number}", line.anchor)
            if line.anchor is not None
            else _unreadable(f"{where}:{line.number}", line.problem)
            for line in lines
        ]
    where = messages.text("anchor.where_receipt", name=path.name)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_RECEIPT_BYTES + 1)
        raw_anchor = receipt_anchor(data)
    except (OSError, ReceiptError, ValueError) as exc:
        return [_unreadable(where, getattr(exc, "reason", "") or type(exc).__name__)]
    return [_missing(where) if raw_anchor is None else _parsed(where, raw_anchor)]


class AuditAnchorService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def verify_against(self, sources: list[Path]) -> AgainstReport:
        self._s.require(Permission.VIEW_AUDIT)
        chain = self._s.verify_audit()
        uow = self._s.reading()
        repo = uow.audit_log
        head_seq, head_hash = repo.head()
        # The chain is streamed, never held: a second walk costs time, not memory.
        with uow.scan():
            sound = verify_chain(repo.iter_all(), repo.genesis, head_seq, head_hash).sound
        public = anchor_log.public_signing_key(uow)
        found_all = [found for source in sources for found in _anchors_in(source)]
        hash_at = repo.hashes_at([f.anchor.seq for f in found_all if f.anchor is not None])
        results = [
            self._judge(found, repo.iter_all, repo.genesis, public, sound, hash_at)
            for found in found_all
        ]
        if not any(r.anchor is not None for r in results):
            raise RefusedInput("anchor.none_found", path=", ".join(str(s) for s in sources))
        return AgainstReport(chain, results)

    def _judge(
        self,
        found: _Found,
        entries: Callable[[], Iterable[AuditEntry]],
        genesis: str,
        public: bytes,
        chain_sound: bool,
        hash_at: dict[int, str],
    ) -> AnchorResult:
        where, anchor = found.where, found.anchor
        if anchor is None:
            return AnchorResult(where, found.status, found.message)
        if anchor.casefile_id != self._s.casefile_id:
            return AnchorResult(
                where, "other_casefile", messages.text("anchor.other_casefile", where=where), anchor
            )
        if not anchor.signature_valid(public):
            return AnchorResult(
                where, "bad_signature", messages.text("anchor.bad_signature", where=where), anchor
            )
        check = check_anchor(entries(), genesis, anchor, chain_sound=chain_sound, hash_at=hash_at)
        if check.holds:
            label = anchor_log.describe_anchor(anchor, where)
            return AnchorResult(
                where, "holds", messages.text("anchor.holds", anchor=label, seq=anchor.seq), anchor
            )
        return AnchorResult(
            where,
            "rewritten",
            anchor_log.check_problem(check, where),
            anchor,
            check.first_bad,
            check.bad_until,
        )
