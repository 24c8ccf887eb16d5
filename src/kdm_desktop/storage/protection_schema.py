"""Schema step: risk assessments, safety plan versions and 6284 protection orders.

Kept apart from `migrations.py` so the step reads as one unit; once released it
is never edited (a change is a new step).

Design notes:
- Every assessment stores the checklist id/version and the thresholds it was
  scored with, so an old result can be explained after the centre changes them.
- Safety plans are append-only: each save is a new (case_id, version) row and an
  UPDATE is refused by a trigger, so earlier versions stay as she agreed them.
- An order is stored as its domain JSON; kind, dates and the end as last
  extended are copied into columns so the case list and the reminders find
  orders without parsing every record.
"""

from __future__ import annotations

PROTECTION_SCHEMA: tuple[str, ...] = (
    """CREATE TABLE risk_assessments (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        assessed_on TEXT NOT NULL,
        answers TEXT NOT NULL CHECK (json_valid(answers)),
        checklist_id TEXT NOT NULL,
        checklist_version INTEGER NOT NULL CHECK (checklist_version >= 1),
        score INTEGER NOT NULL CHECK (score >= 0),
        threshold_medium INTEGER NOT NULL,
        threshold_high INTEGER NOT NULL,
        computed_level TEXT NOT NULL,
        final_level TEXT NOT NULL,
        judgement_reason TEXT NOT NULL,
        assessed_by TEXT NOT NULL,
        created_at TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX risk_assessments_by_case ON risk_assessments (case_id, assessed_on, pk)",
    """CREATE TABLE safety_plans (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        plan TEXT NOT NULL CHECK (json_valid(plan)),
        review_date TEXT,
        saved_by TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (case_id, version)
    ) STRICT""",
    """CREATE TRIGGER safety_plans_no_update BEFORE UPDATE ON safety_plans
       BEGIN SELECT RAISE(ABORT, 'safety plan versions are kept as saved'); END""",
    """CREATE TABLE protection_orders (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        current_end TEXT NOT NULL,
        lifted_on TEXT,
        order_json TEXT NOT NULL CHECK (json_valid(order_json)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        CHECK (start_date <= end_date)
    ) STRICT""",
    "CREATE INDEX protection_orders_by_case ON protection_orders (case_id, start_date)",
    "CREATE INDEX protection_orders_by_end ON protection_orders (current_end)",
)
