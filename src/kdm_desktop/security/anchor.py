"""Audit anchors: the chain's head, signed with the centre key, kept outside the file.

Anyone who can log in holds the master key, so she can rewrite the audit table and
recompute every hash and the head inside the database. What she cannot do is change
the copies of the head that have already left the file: the one in each backup on
a stick, in each receipt at another centre, in the anchor log. An anchor commits to
the history up to its sequence number; `verify_against` recomputes the live chain
up to that number and compares.

An anchor also carries short checkpoints (the first 16 hex digits of the hash at
evenly spaced rows, at most `MAX_CHECKPOINTS`), so a failure names the first row
that no longer matches (exactly, for logs of up to `MAX_CHECKPOINTS` rows; within
one checkpoint interval beyond). The head hash itself is kept in full.

Signed bytes: ``CONTEXT || canonical JSON`` of every field except the signature
(Ed25519, as the bundle envelope signs). Anchors hold ids and hashes, never names.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kdm_desktop.security.audit import AuditEntry, entry_hash

FORMAT: Final = "kdm-audit-anchor"
VERSION: Final = 1
CONTEXT: Final = b"KDM-AUDIT-ANCHOR-v1\x00"
MAX_CHECKPOINTS: Final = 256
CHECKPOINT_HEX: Final = 16
_FIELDS: Final = frozenset(
    {
        "format",
        "version",
        "casefile",
        "seq",
        "head",
        "created_at",
        "source",
        "interval",
        "checkpoints",
        "signer",
        "signature",
    }
)
_HEX = re.compile(r"[0-9a-f]+")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
SOURCES: Final = frozenset({"backup", "receipt", "log"})


class AnchorFormatError(ValueError):
    """The anchor is not well-formed (a damaged or foreign file)."""


def checkpoint_interval(seq: int) -> int:
    return max(1, math.ceil(seq / MAX_CHECKPOINTS))


def checkpoint_seqs(seq: int) -> list[int]:
    """The rows whose hashes an anchor for `seq` records, ending with `seq` itself."""
    if seq <= 0:
        return []
    step = checkpoint_interval(seq)
    seqs = list(range(step, seq + 1, step))
    if not seqs or seqs[-1] != seq:
        seqs.append(seq)
    return seqs


@dataclass(frozen=True)
class AuditAnchor:
    casefile_id: str
    seq: int
    head: str
    created_at: str
    source: str
    checkpoints: tuple[str, ...]
    signer: bytes
    signature: bytes = b""

    def _body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "casefile": self.casefile_id,
            "seq": self.seq,
            "head": self.head,
            "created_at": self.created_at,
            "source": self.source,
            "interval": checkpoint_interval(self.seq),
            "checkpoints": list(self.checkpoints),
            "signer": self.signer.hex(),
        }

    def signed_bytes(self) -> bytes:
        body = json.dumps(self._body(), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        return CONTEXT + body.encode("ascii")

    def to_json(self) -> dict[str, Any]:
        return {**self._body(), "signature": self.signature.hex()}

    def to_line(self) -> bytes:
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode() + b"\n"

    def signature_valid(self, public_key: bytes) -> bool:
        if public_key != self.signer:
            return False
        try:
            Ed25519PublicKey.from_public_bytes(public_key).verify(
                self.signature, self.signed_bytes()
            )
        except (InvalidSignature, ValueError):
            return False
        return True

    @classmethod
    def from_json(cls, doc: object) -> AuditAnchor:
        if not isinstance(doc, dict) or set(doc) != _FIELDS:
            raise AnchorFormatError("fields")
        if doc["format"] != FORMAT or doc["version"] != VERSION:
            raise AnchorFormatError("version")
        seq = doc["seq"]
        if isinstance(seq, bool) or not isinstance(seq, int) or not 0 <= seq < 2**62:
            raise AnchorFormatError("seq")
        casefile = doc["casefile"]
        if not isinstance(casefile, str) or not _UUID.fullmatch(casefile):
            raise AnchorFormatError("casefile")
        created_at = doc["created_at"]
        if not isinstance(created_at, str) or len(created_at) > 40:
            raise AnchorFormatError("created_at")
        if doc["source"] not in SOURCES:
            raise AnchorFormatError("source")
        if doc["interval"] != checkpoint_interval(seq):
            raise AnchorFormatError("interval")
        checkpoints = doc["checkpoints"]
        if not isinstance(checkpoints, list) or len(checkpoints) != len(checkpoint_seqs(seq)):
            raise AnchorFormatError("checkpoints")
        for c in checkpoints:
            if not isinstance(c, str) or len(c) != CHECKPOINT_HEX or not _HEX.fullmatch(c):
                raise AnchorFormatError("checkpoints")
        return cls(
            casefile_id=casefile,
            seq=seq,
            head=_hex(doc["head"], 32),
            created_at=created_at,
            source=str(doc["source"]),
            checkpoints=tuple(checkpoints),
            signer=bytes.fromhex(_hex(doc["signer"], 32)),
            signature=bytes.fromhex(_hex(doc["signature"], 64)),
        )


def _hex(value: object, size: int) -> str:
    if not isinstance(value, str) or len(value) != 2 * size or not _HEX.fullmatch(value):
        raise AnchorFormatError("hex")
    return value


def make_anchor(
    *,
    casefile_id: str,
    head_seq: int,
    head_hash: str,
    hashes: dict[int, str],
    created_at: str,
    source: str,
    signing_private: bytes,
) -> AuditAnchor:
    """Sign the head; `hashes` maps each of `checkpoint_seqs(head_seq)` to its row hash."""
    key = Ed25519PrivateKey.from_private_bytes(signing_private)
    unsigned = AuditAnchor(
        casefile_id=casefile_id,
        seq=head_seq,
        head=head_hash,
        created_at=created_at,
        source=source,
        checkpoints=tuple(hashes[s][:CHECKPOINT_HEX] for s in checkpoint_seqs(head_seq)),
        signer=key.public_key().public_bytes_raw(),
    )
    return AuditAnchor(**{**unsigned.__dict__, "signature": key.sign(unsigned.signed_bytes())})


@dataclass(frozen=True)
class AnchorCheck:
    """How the live chain compares with one anchor."""

    anchor: AuditAnchor
    # None when the history up to the anchor is intact.
    first_bad: int | None = None
    # The last row the anchor cannot vouch for individually (a checkpoint interval).
    bad_until: int | None = None

    @property
    def holds(self) -> bool:
        return self.first_bad is None


def verify_against(entries: Iterable[AuditEntry], genesis: str, anchor: AuditAnchor) -> AnchorCheck:
    """Recompute the chain over the rows up to `anchor.seq` and compare with the anchor.

    A row that is missing, edited, or recomputed after an earlier change fails; the
    result names the first row that no longer matches.
    """
    marks = dict(zip(checkpoint_seqs(anchor.seq), anchor.checkpoints, strict=True))
    prev = genesis
    expected = 1
    last_good_mark = 0
    for e in entries:
        if e.seq > anchor.seq:
            break
        if e.seq != expected:
            return AnchorCheck(anchor, expected, expected)
        recomputed = entry_hash(
            e.prev_hash, e.seq, e.ts, e.username, e.action, e.object_type, e.object_id, e.detail
        )
        if e.prev_hash != prev or recomputed != e.hash:
            return AnchorCheck(anchor, e.seq, e.seq)
        mark = marks.get(e.seq)
        if mark is not None:
            if e.hash[:CHECKPOINT_HEX] != mark:
                # Consistent locally but not what was signed: rewritten since, somewhere
                # after the last matching checkpoint.
                return AnchorCheck(anchor, last_good_mark + 1, e.seq)
            last_good_mark = e.seq
        prev = e.hash
        expected += 1
    if expected <= anchor.seq:
        # Rows up to the anchor are gone (the table was cut short).
        return AnchorCheck(anchor, expected, expected)
    if prev != anchor.head:
        return AnchorCheck(anchor, last_good_mark + 1, anchor.seq)
    return AnchorCheck(anchor)


def check_anchor(
    entries: Iterable[AuditEntry],
    genesis: str,
    anchor: AuditAnchor,
    *,
    chain_sound: bool,
    hash_at: dict[int, str],
) -> AnchorCheck:
    """`verify_against`, with a fast path for a chain already verified as a whole.

    When every row's hash has been recomputed and linked (`chain_sound`), the row at
    the anchor's sequence number carrying the anchor's hash proves every row before
    it unchanged (SHA-256 commits to the whole prefix): one comparison per anchor,
    so a log with thousands of anchors and a large table is still checked quickly.
    Only a mismatch pays for the full walk that names the first bad row.
    """
    if chain_sound and hash_at.get(anchor.seq) == anchor.head:
        return AnchorCheck(anchor)
    return verify_against(entries, genesis, anchor)
