"""Schema step: a running tally of the role-sealed fields, kept by triggers.

Every login asks how many role-sealed fields are still plain and which key ids the
sealed ones are under (services/role_keys.py). Counted from the fields themselves
that is one pass over every psychological service and every session-note version:
about 900,000 rows and most of a second at 200,000 cases (issue #18). The tally
holds the answer instead — one row per (sealed, key id) with its count — and
triggers on the three tables keep it in the same statement as every write, so no
writer (the services, an import, re-sealing, retention's destruction, a cascade)
can forget it. The step fills it once from the fields.

A deleted note's versions are uncounted by the note's BEFORE DELETE trigger while
the note (and its kind) is still there; the versions the cascade then removes find
no note and change nothing.
"""

from __future__ import annotations

from typing import Final

from kdm_desktop.storage.connection import Connection

# The sealed-value prefix of security/rolefields.py (tests check they agree) and the
# kinds whose text is role-sealed (domain/cases/choices.py, also checked).
SEALED_PREFIX: Final = "kdmrf1:"
PSYCH_SERVICE: Final = "psikolojik"
PSYCH_NOTE: Final = "psikolojik_gorusme"


def _sealed(t: str) -> str:
    return f"(substr({t}, 1, 7) = '{SEALED_PREFIX}')"


def _kid(t: str) -> str:
    """<prefix><role>:<kid>:<body> -> <kid>; '' for a plain value."""
    rest = f"substr({t}, instr(substr({t}, 8), ':') + 8)"
    return f"(CASE WHEN {_sealed(t)} THEN substr({rest}, 1, instr({rest}, ':') - 1) ELSE '' END)"


def _add(t: str, when: str, delta: str = "1") -> tuple[str, str]:
    """Statements adding `delta` to the tally row of value `t` when `when` holds."""
    key = f"{_sealed(t)}, {_kid(t)}"
    return (
        f"INSERT OR IGNORE INTO role_field_tally (sealed, kid, n) SELECT {key}, 0 WHERE {when};",
        f"UPDATE role_field_tally SET n = n + ({delta}) "  # noqa: S608
        f"WHERE ({when}) AND sealed = {_sealed(t)} AND kid = {_kid(t)};",
    )


def _sub(t: str, when: str) -> str:
    return (
        "UPDATE role_field_tally SET n = n - 1 "  # noqa: S608
        f"WHERE ({when}) AND sealed = {_sealed(t)} AND kid = {_kid(t)};"
    )


def _trigger(name: str, event: str, when: str, body: list[str]) -> str:
    return f"CREATE TRIGGER {name} {event} WHEN {when} BEGIN {' '.join(body)} END"


def _service(row: str) -> str:
    return f"{row}.kind = '{PSYCH_SERVICE}' AND {row}.note != ''"


def _note_of(row: str) -> str:
    return f"(SELECT kind FROM case_notes WHERE id = {row}.note_id) = '{PSYCH_NOTE}'"  # noqa: S608


def _note_versions(note: str, sign: str) -> list[str]:
    """Add (sign '+') or remove ('-') every version of note `note` at once."""
    versions = f"case_note_versions v WHERE v.note_id = {note}.id"
    return [
        "INSERT OR IGNORE INTO role_field_tally (sealed, kid, n) "  # noqa: S608
        f"SELECT DISTINCT {_sealed('v.text')}, {_kid('v.text')}, 0 FROM {versions};",
        f"UPDATE role_field_tally SET n = n {sign} (SELECT count(*) FROM {versions} "  # noqa: S608
        f"AND {_sealed('v.text')} = role_field_tally.sealed "
        f"AND {_kid('v.text')} = role_field_tally.kid);",
    ]


ROLE_TALLY_SCHEMA: Final[tuple[str, ...]] = (
    """CREATE TABLE role_field_tally (
        sealed INTEGER NOT NULL,
        kid TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (sealed, kid)
    ) STRICT""",
    _trigger(
        "role_tally_service_insert",
        "AFTER INSERT ON case_services",
        _service("NEW"),
        [*_add("NEW.note", "1")],
    ),
    _trigger(
        "role_tally_service_delete",
        "AFTER DELETE ON case_services",
        _service("OLD"),
        [_sub("OLD.note", "1")],
    ),
    _trigger(
        "role_tally_service_update",
        "AFTER UPDATE OF kind, note ON case_services",
        f"({_service('OLD')}) OR ({_service('NEW')})",
        [_sub("OLD.note", _service("OLD")), *_add("NEW.note", _service("NEW"))],
    ),
    _trigger(
        "role_tally_version_insert",
        "AFTER INSERT ON case_note_versions",
        _note_of("NEW"),
        [*_add("NEW.text", "1")],
    ),
    _trigger(
        "role_tally_version_delete",
        "AFTER DELETE ON case_note_versions",
        _note_of("OLD"),
        [_sub("OLD.text", "1")],
    ),
    _trigger(
        "role_tally_version_update",
        "AFTER UPDATE OF note_id, text ON case_note_versions",
        f"({_note_of('OLD')}) OR ({_note_of('NEW')})",
        [_sub("OLD.text", _note_of("OLD")), *_add("NEW.text", _note_of("NEW"))],
    ),
    _trigger(
        "role_tally_note_delete",
        "BEFORE DELETE ON case_notes",
        f"OLD.kind = '{PSYCH_NOTE}'",
        _note_versions("OLD", "-"),
    ),
    _trigger(
        "role_tally_note_kind_off",
        "AFTER UPDATE OF kind ON case_notes",
        f"OLD.kind = '{PSYCH_NOTE}' AND NEW.kind != '{PSYCH_NOTE}'",
        _note_versions("OLD", "-"),
    ),
    _trigger(
        "role_tally_note_kind_on",
        "AFTER UPDATE OF kind ON case_notes",
        f"OLD.kind != '{PSYCH_NOTE}' AND NEW.kind = '{PSYCH_NOTE}'",
        _note_versions("NEW", "+"),
    ),
)

# (sealed, kid, count) of every role-sealed field, read from the fields themselves.
FIELDS_TALLY_SQL: Final = (
    "WITH f(t) AS ("  # noqa: S608
    " SELECT v.text FROM case_note_versions v JOIN case_notes n ON n.id = v.note_id"
    f" WHERE n.kind = '{PSYCH_NOTE}'"
    f" UNION ALL SELECT note FROM case_services WHERE {_service('case_services')})"
    f" SELECT {_sealed('t')}, {_kid('t')}, count(*) FROM f GROUP BY 1, 2"
)


def fill_role_tally(conn: Connection) -> None:
    conn.execute(f"INSERT INTO role_field_tally (sealed, kid, n) {FIELDS_TALLY_SQL}")
