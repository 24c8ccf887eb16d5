"""Schema step: letter templates (versioned), the centre logo, letter numbers, letters.

Templates keep every version: a letter names the template id and version it was
made from, and an admin's rewording never changes what an old letter said. The
letter's exact PDF is stored, so a reprint is byte for byte what was sent.
"""

from __future__ import annotations

LETTERS_SCHEMA: tuple[str, ...] = (
    """CREATE TABLE letter_templates (
        pk INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        recipient_kind TEXT NOT NULL,
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (name, version)
    ) STRICT""",
    """CREATE TABLE letter_logo (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        image BLOB NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE letter_sequences (
        centre_code TEXT NOT NULL,
        year INTEGER NOT NULL,
        last_seq INTEGER NOT NULL CHECK (last_seq >= 1),
        PRIMARY KEY (centre_code, year)
    ) STRICT""",
    """CREATE TABLE letters (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        case_id TEXT NOT NULL REFERENCES cases (id),
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
    "CREATE INDEX letters_by_case ON letters (case_id, letter_date)",
)
