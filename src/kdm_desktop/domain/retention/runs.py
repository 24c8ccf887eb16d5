"""Destruction runs: what one run removed, when, by whom, under which policy."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DestructionRunItem:
    """One kind of record a destruction run removed: how many, of which cases."""

    kind: str
    count: int
    case_numbers: tuple[str, ...]
    object_ids: tuple[str, ...]


@dataclass(frozen=True)
class DestructionRun:
    """One destruction run as recorded and signed (the minutes are made from it)."""

    id: str
    run_at: str
    run_by: str
    trigger: str
    method: str
    legal_basis: str
    policy_version: int
    backups_clear_after: str
    keep_until: str
    digest: str
    signature: bytes
    items: tuple[DestructionRunItem, ...]
