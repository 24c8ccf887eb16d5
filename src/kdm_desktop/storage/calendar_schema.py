"""Schema step for the appointment calendar.

Design notes:
- A single appointment is one row of `appointments`.  A recurring series is stored
  as its rule (`calendar_series`) plus per-occurrence changes
  (`calendar_series_exceptions`, keyed by the occurrence's original local date);
  occurrences are materialised when a range is listed, so cancelling or moving one
  session never rewrites the others.
- `start` keeps the ISO text with its offset as the user booked it; `start_utc`
  (ISO, UTC, fixed width) is what range queries and indexes use, because text order
  of UTC stamps is time order.
- A series keeps `range_start_utc`/`range_end_utc` covering every occurrence,
  moved ones included, so a window query finds it without expanding the rule.
"""

from __future__ import annotations

CALENDAR_SCHEMA: tuple[str, ...] = (
    """CREATE TABLE appointments (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        start TEXT NOT NULL,
        start_utc TEXT NOT NULL,
        duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 1440),
        staff TEXT NOT NULL,
        room TEXT,
        room_key TEXT,
        case_id TEXT REFERENCES cases (id),
        type TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        interpreter INTEGER NOT NULL CHECK (interpreter IN (0, 1)),
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX appointments_by_start ON appointments (start_utc)",
    "CREATE INDEX appointments_by_staff ON appointments (staff, start_utc)",
    "CREATE INDEX appointments_by_room ON appointments (room_key, start_utc)",
    "CREATE INDEX appointments_by_case ON appointments (case_id)",
    """CREATE TABLE calendar_series (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        rule TEXT NOT NULL CHECK (json_valid(rule)),
        first_start TEXT NOT NULL,
        duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 1440),
        staff TEXT NOT NULL,
        room TEXT,
        case_id TEXT REFERENCES cases (id),
        type TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        interpreter INTEGER NOT NULL CHECK (interpreter IN (0, 1)),
        range_start_utc TEXT NOT NULL,
        range_end_utc TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX calendar_series_by_range ON calendar_series (range_start_utc, range_end_utc)",
    "CREATE INDEX calendar_series_by_staff ON calendar_series (staff, range_start_utc)",
    "CREATE INDEX calendar_series_by_case ON calendar_series (case_id)",
    """CREATE TABLE calendar_series_exceptions (
        series_id TEXT NOT NULL REFERENCES calendar_series (id) ON DELETE CASCADE,
        original_date TEXT NOT NULL,
        change TEXT NOT NULL CHECK (json_valid(change)),
        PRIMARY KEY (series_id, original_date)
    ) STRICT""",
    """CREATE TABLE calendar_closed_days (
        date TEXT PRIMARY KEY,
        reason TEXT NOT NULL
    ) STRICT""",
)
