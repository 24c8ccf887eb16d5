"""A statistics file received from another centre, as the case file keeps it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReceivedFile:
    """One imported `.kdmstat` file; `replaced_by` names the newer file of the same
    centre and period that took its place (None while it is the current one)."""

    pk: int
    file_id: bytes
    sender_key: bytes
    centre_code: str
    centre_name: str
    centre_district: str
    period_start: str
    period_end: str
    sequence: int
    created_at: str
    digest: bytes
    suppressed_only: bool
    content: str
    imported_at: str
    imported_by: str
    replaced_by: int | None
