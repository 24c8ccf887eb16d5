"""The record of removed users, so that restoring a backup cannot undo a removal.

A removal deletes the user's key slot and rekeys the live file, but every backup
taken before it still holds her slot and opens with her old password. Each removal
is therefore recorded (user name, a fingerprint of the removed slot's public key,
the date) inside the encrypted case file. A restore reads the record from the live
file it replaces and re-applies every listed removal to the restored copy (its slot
is dropped and the copy rekeyed before it is put in place), and carries the record
forward, so it survives any number of restores.

Slots are matched by public key, not by name: a colleague removed and later added
again has a new slot, which stays.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kdm_desktop.storage.unit_of_work import UnitOfWork

_KEY = "slots.removed"
_MAX = 10_000


@dataclass(frozen=True)
class Removal:
    user: str
    fingerprint: str
    removed_at: str

    def as_dict(self) -> dict[str, str]:
        return {"user": self.user, "fingerprint": self.fingerprint, "removed_at": self.removed_at}


def slot_fingerprint(public_key: bytes) -> str:
    return hashlib.sha256(b"kdm-removed-slot-v1\x00" + public_key).hexdigest()


def load(uow: UnitOfWork) -> list[Removal]:
    raw = uow.meta.get(_KEY)
    if not raw:
        return []
    try:
        doc = json.loads(raw)
    except ValueError:
        return []
    if not isinstance(doc, list):
        return []
    return [
        Removal(str(r["user"]), str(r["fingerprint"]), str(r.get("removed_at", "")))
        for r in doc[:_MAX]
        if isinstance(r, dict) and "user" in r and "fingerprint" in r
    ]


def _store(uow: UnitOfWork, removals: list[Removal]) -> None:
    doc = [r.as_dict() for r in removals[-_MAX:]]
    uow.meta.set(_KEY, json.dumps(doc, ensure_ascii=False, separators=(",", ":")))


def record(uow: UnitOfWork, user: str, public_key: bytes, removed_at: str) -> None:
    """Call inside the unit of work that deletes the user."""
    merge(uow, [Removal(user, slot_fingerprint(public_key), removed_at)])


def merge(uow: UnitOfWork, removals: list[Removal]) -> None:
    current = load(uow)
    known = {r.fingerprint for r in current}
    added = [r for r in removals if r.fingerprint not in known]
    if added:
        _store(uow, current + added)
