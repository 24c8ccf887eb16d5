"""SQL of the retention feature: settings, holds, the facts a due list needs,
destruction, destruction records, anonymised statistics, her requests.

Destruction deletes the case row and lets `ON DELETE CASCADE` (see
retention_schema) remove every linked row; the search index has no foreign key,
so its row is deleted by hand and the index is then merged (`optimize`) so no old
segment keeps her name. `compact` checkpoints the WAL and VACUUMs, and with
`secure_delete` on (connection.py) freed pages are zeroed before reuse.

Anonymised statistics API (for the statistics feature, see docs/retention.md):
`AnonymisedStatsRepository.rows(year_from, year_to)` returns `AnonymisedCase`s of
destroyed cases; each is one case as counted at destruction, with no link to her.
"""

from __future__ import annotations

from kdm_desktop.storage.anonymised_stats_repo import AnonymisedStatsRepository
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.database import register_countable
from kdm_desktop.storage.retention_cases import RetentionCaseQueries
from kdm_desktop.storage.retention_destroy import DestructionQueries
from kdm_desktop.storage.retention_records import RecordQueries
from kdm_desktop.storage.retention_rows import (
    CaseFactsRow,
    DatedRow,
    RequestRow,
)

register_countable("retention_runs", "retention_anon_stats", "subject_requests")

# Rows and the statistics repository keep their import path here.
__all__ = [
    "AnonymisedStatsRepository",
    "CaseFactsRow",
    "DatedRow",
    "RequestRow",
    "RetentionRepository",
]


class RetentionRepository(RetentionCaseQueries, DestructionQueries, RecordQueries):
    """Every retention query over one connection; each part lives in its own module."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
