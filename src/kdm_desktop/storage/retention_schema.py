"""Schema step: KVKK retention — cascading foreign keys, holds, destruction records,
anonymised statistics, her requests.

Part 1 rebuilds the tables whose `case_id` lacked `ON DELETE CASCADE` (letters,
appointments, calendar series) or had no foreign key at all (transfer sync base and
conflicts), following SQLite's 12-step table-rebuild procedure
(https://www.sqlite.org/lang_altertable.html#otheralter): the migration runner turns
`foreign_keys` off before the transaction, each table is created anew, copied,
dropped, renamed and its indexes recreated, `foreign_key_check` runs before the
commit, and `foreign_keys` is turned back on afterwards. The column lists and
indexes are those of the released steps 5-7, unchanged.

Part 2 adds the retention tables. Released steps are never edited.
"""

from __future__ import annotations

from kdm_desktop.storage.connection import Connection

_REBUILDS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "letters",
        """CREATE TABLE letters_new (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            number TEXT NOT NULL UNIQUE,
            letter_year INTEGER NOT NULL,
            letter_seq INTEGER NOT NULL CHECK (letter_seq >= 1),
            recipient_kind TEXT NOT NULL,
            recipient_name TEXT NOT NULL,
            letter_date TEXT NOT NULL,
            template_name TEXT NOT NULL,
            template_version INTEGER NOT NULL,
            pdf BLOB NOT NULL,
            status TEXT NOT NULL,
            status_note TEXT NOT NULL DEFAULT '',
            status_at TEXT NOT NULL,
            status_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        ) STRICT""",
        "pk, id, case_id, number, letter_year, letter_seq, recipient_kind, recipient_name, "
        "letter_date, template_name, template_version, pdf, status, status_note, status_at, "
        "status_by, created_at, created_by",
        ("CREATE INDEX letters_by_case ON letters (case_id, letter_date)",),
    ),
    (
        "appointments",
        """CREATE TABLE appointments_new (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            start TEXT NOT NULL,
            start_utc TEXT NOT NULL,
            duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 1440),
            staff TEXT NOT NULL,
            room TEXT,
            room_key TEXT,
            case_id TEXT REFERENCES cases (id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            interpreter INTEGER NOT NULL CHECK (interpreter IN (0, 1)),
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL
        ) STRICT""",
        "pk, id, start, start_utc, duration_min, staff, room, room_key, case_id, type, note, "
        "interpreter, status, created_at, created_by, updated_at, updated_by",
        (
            "CREATE INDEX appointments_by_start ON appointments (start_utc)",
            "CREATE INDEX appointments_by_staff ON appointments (staff, start_utc)",
            "CREATE INDEX appointments_by_room ON appointments (room_key, start_utc)",
            "CREATE INDEX appointments_by_case ON appointments (case_id)",
        ),
    ),
    (
        "calendar_series",
        """CREATE TABLE calendar_series_new (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            rule TEXT NOT NULL CHECK (json_valid(rule)),
            first_start TEXT NOT NULL,
            duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 1440),
            staff TEXT NOT NULL,
            room TEXT,
            case_id TEXT REFERENCES cases (id) ON DELETE CASCADE,
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
        "pk, id, rule, first_start, duration_min, staff, room, case_id, type, note, "
        "interpreter, range_start_utc, range_end_utc, created_at, created_by, updated_at, "
        "updated_by",
        (
            "CREATE INDEX calendar_series_by_range "
            "ON calendar_series (range_start_utc, range_end_utc)",
            "CREATE INDEX calendar_series_by_staff ON calendar_series (staff, range_start_utc)",
            "CREATE INDEX calendar_series_by_case ON calendar_series (case_id)",
        ),
    ),
    (
        "transfer_sync_base",
        """CREATE TABLE transfer_sync_base_new (
            case_id TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
            versions TEXT NOT NULL
        ) STRICT""",
        "case_id, versions",
        (),
    ),
    (
        "transfer_conflicts",
        """CREATE TABLE transfer_conflicts_new (
            pk INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            local_value TEXT NOT NULL,
            local_version TEXT NOT NULL,
            incoming_value TEXT NOT NULL,
            incoming_version TEXT NOT NULL,
            bundle_id BLOB NOT NULL,
            created_at TEXT NOT NULL,
            resolved_at TEXT
        ) STRICT""",
        "pk, case_id, field, local_value, local_version, incoming_value, incoming_version, "
        "bundle_id, created_at, resolved_at",
        ("CREATE INDEX transfer_conflicts_case ON transfer_conflicts (case_id)",),
    ),
)

# Rows of these tables that name no existing case could not exist before (nothing was
# ever deleted); if one did, it would point at nothing and is not carried over.
_ORPHANS_DROPPED = frozenset({"transfer_sync_base", "transfer_conflicts"})


def rebuild_case_foreign_keys(conn: Connection) -> None:
    """Steps 4-10 of the 12-step procedure; the runner does 1-3 and 11-12."""
    for table, create, columns, indexes in _REBUILDS:
        conn.execute(create)
        where = " WHERE case_id IN (SELECT id FROM cases)" if table in _ORPHANS_DROPPED else ""
        conn.execute(
            f"INSERT INTO {table}_new ({columns}) SELECT {columns} FROM {table}{where}"  # noqa: S608
        )
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE {table}_new RENAME TO {table}")
        for sql in indexes:
            conn.execute(sql)
    for sql in RETENTION_TABLES:
        conn.execute(sql)


RETENTION_TABLES: tuple[str, ...] = (
    # The admin's choices within the policy's bounds; absent kinds use the default.
    """CREATE TABLE retention_settings (
        kind TEXT PRIMARY KEY,
        years INTEGER NOT NULL CHECK (years >= 1),
        policy_version INTEGER NOT NULL,
        changed_at TEXT NOT NULL,
        changed_by TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE retention_holds (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        placed_at TEXT NOT NULL,
        placed_by TEXT NOT NULL,
        released_at TEXT,
        released_by TEXT
    ) STRICT""",
    "CREATE UNIQUE INDEX retention_holds_active ON retention_holds (case_id) "
    "WHERE released_at IS NULL",
    # A destruction run: who, when, how, on what basis; kept record_keep_years.
    """CREATE TABLE retention_runs (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        run_at TEXT NOT NULL,
        run_by TEXT NOT NULL,
        trigger TEXT NOT NULL CHECK (trigger IN ('periodic', 'subject_request')),
        method TEXT NOT NULL,
        legal_basis TEXT NOT NULL,
        policy_version INTEGER NOT NULL,
        backups_clear_after TEXT NOT NULL,
        keep_until TEXT NOT NULL,
        digest TEXT NOT NULL,
        signature BLOB NOT NULL
    ) STRICT""",
    "CREATE INDEX retention_runs_by_time ON retention_runs (run_at)",
    # What a run destroyed: kind, count, case numbers; the internal ids (no content)
    # let a restored older backup have the same destruction re-applied.
    """CREATE TABLE retention_run_items (
        run_id TEXT NOT NULL REFERENCES retention_runs (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 0),
        case_numbers TEXT NOT NULL CHECK (json_valid(case_numbers)),
        object_ids TEXT NOT NULL CHECK (json_valid(object_ids)),
        PRIMARY KEY (run_id, kind)
    ) STRICT""",
    # No case id, no run id, random row ids: nothing links a row to her or to a run.
    """CREATE TABLE retention_anon_stats (
        pk INTEGER PRIMARY KEY,
        application_year INTEGER NOT NULL,
        application_month INTEGER NOT NULL CHECK (application_month BETWEEN 1 AND 12),
        age_band TEXT NOT NULL,
        district TEXT NOT NULL,
        marital_status TEXT NOT NULL,
        education TEXT NOT NULL,
        employment TEXT NOT NULL,
        income_band TEXT NOT NULL,
        channel TEXT NOT NULL,
        heard_from TEXT NOT NULL,
        perpetrator_relation TEXT NOT NULL,
        violence_types TEXT NOT NULL CHECK (json_valid(violence_types)),
        closure_reason TEXT NOT NULL,
        closure_year INTEGER,
        closure_month INTEGER,
        risk_level TEXT NOT NULL,
        orders_count INTEGER NOT NULL CHECK (orders_count >= 0),
        services_count INTEGER NOT NULL CHECK (services_count >= 0)
    ) STRICT""",
    "CREATE INDEX retention_anon_stats_by_month "
    "ON retention_anon_stats (application_year, application_month)",
    # Her requests (KVKK Art. 11). The case number stays after her file is destroyed,
    # as in the destruction record, so the answer can still be proven.
    """CREATE TABLE subject_requests (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        case_id TEXT REFERENCES cases (id) ON DELETE SET NULL,
        case_number TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('access', 'deletion', 'correction')),
        received_on TEXT NOT NULL,
        due_on TEXT NOT NULL,
        answered_on TEXT,
        answer TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX subject_requests_by_case ON subject_requests (case_id)",
)
