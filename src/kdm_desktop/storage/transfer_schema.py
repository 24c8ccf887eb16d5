"""Tables of centre-to-centre transfers: trusted cards, replay, outgoing bundles, merge.

Keys are raw bytes (BLOB); states are checked by the schema so a typo in code
cannot invent a fourth trust state.
"""

from __future__ import annotations

from typing import Final

TRANSFER_SCHEMA: Final[tuple[str, ...]] = (
    """
    CREATE TABLE transfer_centres (
        pk INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        signing_key BLOB NOT NULL UNIQUE,
        encryption_key BLOB NOT NULL,
        card_created TEXT NOT NULL,
        state TEXT NOT NULL
            CHECK (state IN ('imported', 'verified', 'replaced', 'revoked')),
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        verified_at TEXT,
        revoked_at TEXT
    ) STRICT
    """,
    "CREATE INDEX transfer_centres_code ON transfer_centres (code)",
    """
    CREATE TABLE transfer_received (
        sender_key BLOB NOT NULL,
        bundle_id BLOB NOT NULL,
        digest BLOB NOT NULL,
        sequence INTEGER NOT NULL,
        case_ids TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        PRIMARY KEY (sender_key, bundle_id)
    ) STRICT
    """,
    """
    CREATE TABLE transfer_sender_sequence (
        sender_key BLOB PRIMARY KEY,
        last_sequence INTEGER NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE transfer_outgoing_sequence (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_sequence INTEGER NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE transfer_outgoing (
        bundle_id BLOB PRIMARY KEY,
        digest BLOB NOT NULL,
        sequence INTEGER NOT NULL,
        recipient_code TEXT NOT NULL,
        recipient_key BLOB NOT NULL,
        case_ids TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        received_at TEXT
    ) STRICT
    """,
    """
    CREATE TABLE transfer_staging (
        idx INTEGER PRIMARY KEY,
        data BLOB NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE transfer_sync_base (
        case_id TEXT PRIMARY KEY,
        versions TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE transfer_conflicts (
        pk INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL,
        field TEXT NOT NULL,
        local_value TEXT NOT NULL,
        local_version TEXT NOT NULL,
        incoming_value TEXT NOT NULL,
        incoming_version TEXT NOT NULL,
        bundle_id BLOB NOT NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT
    ) STRICT
    """,
    "CREATE INDEX transfer_conflicts_case ON transfer_conflicts (case_id)",
)
