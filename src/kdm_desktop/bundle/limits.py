"""What one transfer bundle may carry: the importer refuses more, the exporter too.

Both sides read these names at call time (`limits.MAX_CASES`, not a copy taken at
import), so the exporter can never write what the importer of the same release would
refuse. They bound the work and memory a bundle can ask for: the reader keeps one
case entry at a time and the ids it has seen, nothing that grows with attachments.
"""

from __future__ import annotations

from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.cases.validation import MAX_NOTE, MAX_SERVICE_NOTE
from kdm_desktop.domain.perpetrator import MAX_PERPETRATORS

__all__ = [
    "MAX_ATTACHMENTS",
    "MAX_ATTACHMENTS_PER_CASE",
    "MAX_ATTACHMENT_BYTES",
    "MAX_CASES",
    "MAX_CONSENTS_PER_CASE",
    "MAX_DEPTH",
    "MAX_ENTRY_BYTES",
    "MAX_MANIFEST_BYTES",
    "MAX_NAME",
    "MAX_NOTE",
    "MAX_NOTES_PER_CASE",
    "MAX_NOTE_VERSIONS_PER_CASE",
    "MAX_PERPETRATORS_PER_CASE",
    "MAX_SERVICES_PER_CASE",
    "MAX_SERVICE_MINUTES",
    "MAX_SERVICE_NOTE",
    "MAX_STRING",
    "count_text",
]

#: All case entries together (format 1: the one JSON manifest).
MAX_MANIFEST_BYTES: int = 64 * 1024 * 1024
#: One case entry (format 2 frames each case on its own).
MAX_ENTRY_BYTES: int = 16 * 1024 * 1024
MAX_DEPTH: Final = 5
MAX_CASES: int = 10_000
MAX_ATTACHMENTS_PER_CASE: int = 200
MAX_ATTACHMENTS: int = 2_000
MAX_ATTACHMENT_BYTES: Final = 50 * 1024 * 1024  # as domain.cases.attachments
MAX_STRING: Final = 100_000
MAX_NAME: Final = 200
MAX_CONSENTS_PER_CASE: Final = 50
MAX_NOTES_PER_CASE: Final = 2_000
MAX_NOTE_VERSIONS_PER_CASE: Final = 10_000
MAX_SERVICES_PER_CASE: Final = 5_000
MAX_SERVICE_MINUTES: Final = 24 * 60
MAX_PERPETRATORS_PER_CASE: Final = MAX_PERPETRATORS  # as the domain allows per case


def count_text(n: int) -> str:
    """A count as the reader writes it: 10.000 in Turkish, 10,000 in English."""
    grouped = f"{n:,}"
    return grouped.replace(",", ".") if messages.language() == "tr" else grouped
