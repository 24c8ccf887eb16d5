"""Schema step: the perpetrator section (şiddet uygulayan) of a case.

Kept apart from `migrations.py` so the step reads as one unit; once released it
is never edited (a change is a new step).

Design notes:
- One row per man she names; `position` orders them and the lowest is the
  primary one (statistics count his relation, letters name him).
- Inside the SQLCipher case file like every other case table, and not in the
  search index: a case is looked up by her name, number, id or phone, never by
  his (see docs/perpetrator.md).
- `ON DELETE CASCADE`: destroying a case at the end of its retention (or on her
  erasure request) deletes his record in the same statement.
- `updated_at` lets a transfer keep the newer of two edits of the same record.
"""

from __future__ import annotations

PERPETRATOR_SCHEMA: tuple[str, ...] = (
    """CREATE TABLE case_perpetrators (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 1),
        relation TEXT,
        name TEXT NOT NULL DEFAULT '',
        age_band TEXT,
        weapon_access TEXT CHECK (weapon_access IN ('evet', 'hayir', 'bilinmiyor')),
        prior_orders TEXT CHECK (prior_orders IN ('evet', 'hayir', 'bilinmiyor')),
        shared_children INTEGER CHECK (shared_children BETWEEN 0 AND 20),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX case_perpetrators_by_case ON case_perpetrators (case_id, position)",
)
