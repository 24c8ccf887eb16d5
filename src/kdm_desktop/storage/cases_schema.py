"""Schema step 3: case records, their consents, services, notes, attachments, search.

Kept apart from `migrations.py` so the step reads as one unit; once released it
is never edited (a change is a new step).

Design notes:
- Internal ids are UUID text (files from several centres merge later); each table
  that is searched or sorted also has an INTEGER PRIMARY KEY, which VACUUM never
  renumbers, so the search index can point at it.
- Scalar fields of a case are typed columns, so statistics count them in SQL;
  the few lists (other phones, children, violence types) are JSON arrays,
  countable with json_each.
- `field_versions` maps each field changed since creation to the time of its
  last change (the others date from `created_at`), so it stays small.
- `sort_name` is `name_sort_key` bytes: BLOB order = Turkish alphabetical order.
"""

from __future__ import annotations

CASES_SCHEMA: tuple[str, ...] = (
    """CREATE TABLE cases (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        centre_code TEXT NOT NULL,
        case_year INTEGER NOT NULL,
        case_seq INTEGER NOT NULL CHECK (case_seq >= 1),
        case_number TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL,
        closure_reason TEXT,
        closure_note TEXT NOT NULL DEFAULT '',
        assigned_to TEXT,
        anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        last_name_folded TEXT NOT NULL,
        sort_name BLOB NOT NULL,
        search_terms TEXT NOT NULL,
        tc_kimlik_no TEXT,
        id_kind TEXT,
        birth_date TEXT,
        age INTEGER,
        birth_year INTEGER,
        nationality TEXT NOT NULL,
        language TEXT NOT NULL,
        needs_interpreter INTEGER CHECK (needs_interpreter IN (0, 1)),
        phone TEXT,
        other_phones TEXT NOT NULL CHECK (json_valid(other_phones)),
        address TEXT NOT NULL,
        neighbourhood TEXT NOT NULL,
        district TEXT NOT NULL,
        address_confidential INTEGER NOT NULL CHECK (address_confidential IN (0, 1)),
        marital_status TEXT,
        education TEXT,
        employment TEXT,
        has_own_income INTEGER CHECK (has_own_income IN (0, 1)),
        income_band TEXT,
        health_notes TEXT NOT NULL,
        disability INTEGER CHECK (disability IN (0, 1)),
        children TEXT NOT NULL CHECK (json_valid(children)),
        application_date TEXT NOT NULL,
        channel TEXT,
        reason TEXT NOT NULL,
        heard_from TEXT,
        violence_types TEXT NOT NULL CHECK (json_valid(violence_types)),
        perpetrator_relation TEXT,
        lives_with_perpetrator INTEGER CHECK (lives_with_perpetrator IN (0, 1)),
        violence_frequency TEXT,
        violence_duration TEXT,
        weapon_access INTEGER CHECK (weapon_access IN (0, 1)),
        earlier_complaints INTEGER CHECK (earlier_complaints IN (0, 1)),
        earlier_orders INTEGER CHECK (earlier_orders IN (0, 1)),
        life_danger INTEGER CHECK (life_danger IN (0, 1)),
        field_versions TEXT NOT NULL CHECK (json_valid(field_versions)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        UNIQUE (centre_code, case_year, case_seq)
    ) STRICT""",
    "CREATE INDEX cases_by_name ON cases (sort_name)",
    # The folded search terms ride along in a second name index: a first keystroke
    # that matches most files is answered by walking it alone (see case_list_repo). The
    # narrow one above stays for paging through the plain list.
    "CREATE INDEX cases_by_name_terms ON cases (sort_name, search_terms)",
    "CREATE INDEX cases_by_application ON cases (application_date)",
    "CREATE INDEX cases_by_status ON cases (status, sort_name)",
    "CREATE INDEX cases_by_staff ON cases (assigned_to, sort_name)",
    "CREATE INDEX cases_by_number ON cases (case_year, case_seq)",
    "CREATE INDEX cases_by_updated ON cases (updated_at)",
    "CREATE INDEX cases_by_tc ON cases (tc_kimlik_no) WHERE tc_kimlik_no IS NOT NULL",
    "CREATE INDEX cases_by_surname ON cases (last_name_folded, birth_year)",
    """CREATE TABLE case_sequences (
        centre_code TEXT NOT NULL,
        year INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (centre_code, year)
    ) STRICT""",
    # Folded names, identity/phone digits and case number; rowid = cases.pk.
    """CREATE VIRTUAL TABLE case_search USING fts5(
        terms, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3'
    )""",
    """CREATE TABLE case_status_history (
        pk INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        closure_reason TEXT,
        note TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        changed_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX case_status_history_by_case ON case_status_history (case_id)",
    """CREATE TABLE case_consents (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        purpose TEXT NOT NULL,
        recipient_kind TEXT,
        granted_on TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        withdrawn_on TEXT,
        withdrawn_by TEXT,
        withdrawn_recorded_at TEXT,
        CHECK (withdrawn_on IS NULL OR withdrawn_on >= granted_on)
    ) STRICT""",
    "CREATE INDEX case_consents_by_case ON case_consents (case_id)",
    """CREATE TABLE case_services (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        service_date TEXT NOT NULL,
        staff TEXT NOT NULL,
        duration_minutes INTEGER CHECK (duration_minutes BETWEEN 1 AND 1440),
        note TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX case_services_by_case ON case_services (case_id, service_date)",
    """CREATE TABLE case_notes (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX case_notes_by_case ON case_notes (case_id, kind)",
    """CREATE TABLE case_note_versions (
        note_id TEXT NOT NULL REFERENCES case_notes (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        text TEXT NOT NULL,
        written_at TEXT NOT NULL,
        written_by TEXT NOT NULL,
        PRIMARY KEY (note_id, version)
    ) STRICT""",
    # History is kept, not rewritten: an edit is a new version. (Deletion stays
    # possible for the KVKK destruction feature, which removes whole notes.)
    """CREATE TRIGGER case_note_versions_no_update BEFORE UPDATE ON case_note_versions
       BEGIN SELECT RAISE(ABORT, 'note versions are kept as written'); END""",
    """CREATE TABLE case_attachments (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        filename TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size > 0),
        sha256 TEXT NOT NULL,
        description TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX case_attachments_by_case ON case_attachments (case_id)",
    # 1 MiB pieces: a 50 MB scan is written and read a piece at a time.
    """CREATE TABLE case_attachment_chunks (
        attachment_id TEXT NOT NULL REFERENCES case_attachments (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL CHECK (idx >= 0),
        data BLOB NOT NULL,
        PRIMARY KEY (attachment_id, idx)
    ) STRICT""",
)
