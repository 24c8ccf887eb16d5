"""Records of case transfers between centres: bundles sent, conflicts left to decide."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OutgoingBundle:
    """A bundle this centre sealed for another, and whether its receipt came back."""

    bundle_id: bytes
    digest: bytes
    sequence: int
    recipient_code: str
    recipient_key: bytes
    case_ids: tuple[str, ...]
    created_at: str
    created_by: str
    received_at: str | None


@dataclass(frozen=True)
class Conflict:
    """A field an imported bundle would change where this centre changed it too."""

    pk: int
    case_id: str
    field: str
    local_value: str
    local_version: str
    incoming_value: str
    incoming_version: str
    created_at: str
    bundle_id: bytes = b""
