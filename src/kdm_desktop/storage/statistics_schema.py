"""Schema step: statistics — activities, standards self-assessments, received
statistics files — and the mapping of free-text districts onto the closed list.

Kept apart from `migrations.py` so the step reads as one unit; once released it
is never edited (a change is a new step).
"""

from __future__ import annotations

from kdm_desktop.domain.statistics.districts import district_list
from kdm_desktop.storage.connection import Connection

STATISTICS_SCHEMA: tuple[str, ...] = (
    # Prevention/awareness work and education/employment programmes: counts, no names.
    """CREATE TABLE stat_activities (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        activity_date TEXT NOT NULL,
        kind TEXT NOT NULL,
        topic TEXT NOT NULL,
        audience TEXT NOT NULL,
        participants INTEGER NOT NULL CHECK (participants BETWEEN 0 AND 1000000),
        partners TEXT NOT NULL CHECK (json_valid(partners)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX stat_activities_by_date ON stat_activities (activity_date)",
    # One row per answer; the latest for a period is the centre's answer, earlier
    # ones stay as history.
    """CREATE TABLE stat_standards (
        pk INTEGER PRIMARY KEY,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        checklist_id TEXT NOT NULL,
        checklist_version INTEGER NOT NULL,
        answers TEXT NOT NULL CHECK (json_valid(answers)),
        answered_at TEXT NOT NULL,
        answered_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX stat_standards_by_period ON stat_standards (period_start, period_end)",
    # Statistics files received by the coordinating body. A newer file of the same
    # centre and period replaces the older: the old row stays, marked replaced.
    """CREATE TABLE stat_received (
        pk INTEGER PRIMARY KEY,
        file_id BLOB NOT NULL,
        sender_key BLOB NOT NULL,
        centre_code TEXT NOT NULL,
        centre_name TEXT NOT NULL,
        centre_district TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        digest BLOB NOT NULL,
        suppressed_only INTEGER NOT NULL CHECK (suppressed_only IN (0, 1)),
        content TEXT NOT NULL CHECK (json_valid(content)),
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        replaced_by INTEGER REFERENCES stat_received (pk),
        UNIQUE (sender_key, file_id)
    ) STRICT""",
    "CREATE INDEX stat_received_by_period ON stat_received (period_start, period_end)",
    """CREATE TABLE stat_outgoing_sequence (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_sequence INTEGER NOT NULL
    ) STRICT""",
)


def map_free_text_districts(conn: Connection) -> None:
    """Rewrite district texts that name a district of the list in its correct spelling
    ("KARSIYAKA" -> "Karşıyaka"). Texts that match nothing stay as typed; the admin
    sees them in `kdm stats districts` and on the statistics page."""
    districts = district_list()
    values = [str(r[0]) for r in conn.execute("SELECT DISTINCT district FROM cases")]
    for text in values:
        key = districts.match(text) if text.strip() else None
        if key is None:
            continue
        name = districts.name_of(key)
        if name != text:
            conn.execute("UPDATE cases SET district = ? WHERE district = ?", (name, text))


# Step ANON_STATS_MORE (numbered after the latest on main): the anonymised row of a
# destroyed file keeps own income and life danger, so the statistics of its period
# keep counting her in those tables.
ANON_STATS_MORE: tuple[str, ...] = (
    "ALTER TABLE retention_anon_stats ADD COLUMN has_own_income TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE retention_anon_stats ADD COLUMN life_danger TEXT NOT NULL DEFAULT ''",
)
