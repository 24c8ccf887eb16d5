"""Numbered schema upgrades tracked with `PRAGMA user_version`.

Each step runs in one transaction together with the version bump, so a crash
leaves the file at either the old or the new version. Steps are append-only:
once released, a step is never edited; a change is a new step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kdm_desktop.errors import KdmError
from kdm_desktop.storage.calendar_schema import CALENDAR_SCHEMA
from kdm_desktop.storage.case_list_schema import LIST_KEYS
from kdm_desktop.storage.case_tally_schema import CASE_TALLY_SCHEMA, fill_case_tally
from kdm_desktop.storage.cases_schema import CASES_SCHEMA
from kdm_desktop.storage.closure_schema import CLOSURE_SCHEMA
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.drafts_schema import DRAFTS_SCHEMA
from kdm_desktop.storage.letters_schema import LETTERS_SCHEMA
from kdm_desktop.storage.name_label_schema import NAME_LABEL_SCHEMA, label_by_name
from kdm_desktop.storage.perpetrator_schema import PERPETRATOR_SCHEMA
from kdm_desktop.storage.protection_schema import PROTECTION_SCHEMA
from kdm_desktop.storage.retention_schema import rebuild_case_foreign_keys
from kdm_desktop.storage.role_tally_schema import ROLE_TALLY_SCHEMA, fill_role_tally
from kdm_desktop.storage.rolekeys_repo import ROLE_FIELDS_SCHEMA
from kdm_desktop.storage.statistics_schema import (
    ANON_STATS_MORE,
    STATISTICS_SCHEMA,
    map_free_text_districts,
)
from kdm_desktop.storage.transfer_schema import TRANSFER_SCHEMA


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: Sequence[str] = ()
    # For steps that must transform data row by row.
    function: Callable[[Connection], None] | None = None
    # Table rebuilds (SQLite's 12-step procedure) run with foreign keys off, so a
    # DROP TABLE cannot cascade; `foreign_key_check` must pass before the commit.
    foreign_keys_off: bool = False


_BASE = (
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        username TEXT NOT NULL,
        action TEXT NOT NULL,
        object_type TEXT NOT NULL,
        object_id TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    ) STRICT""",
    # Append-only in the schema, not only by convention; the hash chain catches
    # anyone who drops these triggers first.
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
)

_CENTRE_KEYS = (
    # Private keys of this centre's identity (Ed25519 signing, X25519 encryption),
    # generated at init; the transfer-bundle feature builds on them.
    """CREATE TABLE centre_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        signing_private BLOB NOT NULL,
        encryption_private BLOB NOT NULL,
        created_at TEXT NOT NULL
    ) STRICT""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "meta, users, audit log", _BASE),
    Migration(2, "centre identity keys", _CENTRE_KEYS),
    Migration(3, "cases, consents, services log, notes, attachments, search", CASES_SCHEMA),
    Migration(4, "risk assessments, safety plans, protection orders", PROTECTION_SCHEMA),
    Migration(5, "transfers: trusted centres, replay, outgoing, merge", TRANSFER_SCHEMA),
    Migration(6, "referral letters: templates, logo, numbers, sent letters", LETTERS_SCHEMA),
    Migration(7, "appointment calendar: appointments, series, closed days", CALENDAR_SCHEMA),
    Migration(
        8,
        "retention: cascading case foreign keys, holds, destruction records, "
        "anonymised statistics, subject requests",
        function=rebuild_case_foreign_keys,
        foreign_keys_off=True,
    ),
    Migration(9, "drafts of unsaved editors, per user", DRAFTS_SCHEMA),
    Migration(10, "role-sealed fields: session notes may be re-sealed", ROLE_FIELDS_SCHEMA),
    Migration(
        11,
        "statistics: activities, standards, received files; districts onto the closed list",
        STATISTICS_SCHEMA,
        map_free_text_districts,
    ),
    Migration(12, "perpetrator section of a case", PERPETRATOR_SCHEMA),
    Migration(13, "case closure: the centre a file was handed over to", CLOSURE_SCHEMA),
    Migration(14, "anonymised statistics rows: own income and life danger", ANON_STATS_MORE),
    Migration(15, "case list keys: search and filters answered from one small index", LIST_KEYS),
    Migration(
        16,
        "transfers: no staging table (an import streams into its own transaction)",
        ("DROP TABLE transfer_staging",),
    ),
    Migration(
        17,
        "role_field_tally",  # role-sealed fields counted by triggers: a login counts nothing
        ROLE_TALLY_SCHEMA,
        fill_role_tally,
    ),
    Migration(18, "search index in name order (name labels)", NAME_LABEL_SCHEMA, label_by_name),
    Migration(19, "case_tally", CASE_TALLY_SCHEMA, fill_case_tally),  # files per status/staff/month
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(conn: Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0


def _apply(conn: Connection, step: Migration) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for sql in step.statements:
            conn.execute(sql)
        if step.function is not None:
            step.function(conn)
        if step.foreign_keys_off and conn.execute("PRAGMA foreign_key_check").fetchone():
            raise KdmError("casefile.damaged", detail=f"foreign keys after step {step.version}")
        # user_version lives in the header page, so it commits with the step.
        conn.execute(f"PRAGMA user_version = {int(step.version):d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def migrate(conn: Connection, *, target: int | None = None) -> list[int]:
    """Bring the schema up to `target` (default: the latest); returns the versions applied."""
    if target is None:
        target = LATEST_VERSION
    found = current_version(conn)
    if found > LATEST_VERSION:
        raise KdmError("casefile.too_new", found=found, supported=LATEST_VERSION)
    applied = []
    for step in MIGRATIONS:
        if step.version <= found or step.version > target:
            continue
        fk_was_on = bool(conn.execute("PRAGMA foreign_keys").fetchone()[0])
        if step.foreign_keys_off:
            # Only possible outside a transaction (a no-op inside one).
            conn.execute("PRAGMA foreign_keys = OFF")
        try:
            _apply(conn, step)
        finally:
            if step.foreign_keys_off and fk_was_on:
                conn.execute("PRAGMA foreign_keys = ON")
        applied.append(step.version)
    return applied
