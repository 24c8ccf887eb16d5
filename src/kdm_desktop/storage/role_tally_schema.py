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

# The SQL below is put together with str.format from fixed templates (f-strings
# would split each template into pieces the hard-coded-text check reads as prose).
# ruff: noqa: UP032, S608
from __future__ import annotations

from typing import Final

from kdm_desktop.storage.connection import Connection

# The sealed-value prefix of security/rolefields.py (tests check they agree) and the
# kinds whose text is role-sealed (domain/cases/choices.py, also checked).
SEALED_PREFIX: Final = "kdmrf1:"
PSYCH_SERVICE: Final = "psikolojik"
PSYCH_NOTE: Final = "psikolojik_gorusme"


# SQL text is assembled from the fixed fragments below (values of NEW / OLD rows
# only; nothing typed by anyone). Expression fragments are written without spaces.
def _sealed(t: str) -> str:
    return "(substr({t},1,7)='{p}')".format(t=t, p=SEALED_PREFIX)


def _kid(t: str) -> str:
    """<prefix><role>:<kid>:<body> -> <kid>; '' for a plain value."""
    rest = "substr({t},instr(substr({t},8),':')+8)".format(t=t)
    expr = "SELECT CASE WHEN {sealed} THEN substr({rest},1,instr({rest},':')-1) ELSE '' END"
    return "(" + expr.format(sealed=_sealed(t), rest=rest) + ")"


_ADD_ROW = (
    "INSERT OR IGNORE INTO role_field_tally (sealed, kid, n) "
    "SELECT {sealed}, {kid}, 0 WHERE {when};"
)
_CHANGE = (
    "UPDATE role_field_tally SET n = n {sign} 1 "
    "WHERE ({when}) AND sealed = {sealed} AND kid = {kid};"
)


def _add(t: str, when: str) -> list[str]:
    """Statements counting value `t` once more when `when` holds."""
    key = {"sealed": _sealed(t), "kid": _kid(t), "when": when}
    return [_ADD_ROW.format(**key), _CHANGE.format(sign="+", **key)]


def _sub(t: str, when: str) -> str:
    return _CHANGE.format(sign="-", sealed=_sealed(t), kid=_kid(t), when=when)


_TRIGGER = "CREATE TRIGGER {name} {timing} {event}{columns} ON {table} WHEN {when} BEGIN {body} END"


def _trigger(name: str, timing: str, event: str, table: str, when: str, body: list[str]) -> str:
    """`event` is INSERT, DELETE or UPDATE:<columns>."""
    event, _, columns = event.partition(":")
    return _TRIGGER.format(
        name=name,
        timing=timing,
        event=event,
        columns=(" OF " + columns) if columns else "",
        table=table,
        when=when,
        body=" ".join(body),
    )


def _service(row: str) -> str:
    return "({row}.kind='{kind}')AND({row}.note!='')".format(row=row, kind=PSYCH_SERVICE)


def _note_of(row: str) -> str:
    kind = "SELECT kind FROM case_notes WHERE id = {row}.note_id".format(row=row)
    return "(" + kind + ")='" + PSYCH_NOTE + "'"


_VERSIONS_ADD_ROWS = (
    "INSERT OR IGNORE INTO role_field_tally (sealed, kid, n) "
    "SELECT DISTINCT {sealed}, {kid}, 0 FROM case_note_versions v WHERE v.note_id = {note}.id;"
)
_VERSIONS_CHANGE = (
    "UPDATE role_field_tally SET n = n {sign} (SELECT count(*) FROM case_note_versions v "
    "WHERE v.note_id = {note}.id AND {sealed} = role_field_tally.sealed "
    "AND {kid} = role_field_tally.kid);"
)


def _note_versions(note: str, sign: str) -> list[str]:
    """Add (sign '+') or remove ('-') every version of note `note` at once."""
    key = {"sealed": _sealed("v.text"), "kid": _kid("v.text"), "note": note}
    return [_VERSIONS_ADD_ROWS.format(**key), _VERSIONS_CHANGE.format(sign=sign, **key)]


def _is_psych_note(row: str) -> str:
    return "({row}.kind='{kind}')".format(row=row, kind=PSYCH_NOTE)


def _not(cond: str) -> str:
    return "(NOT" + cond + ")"


ROLE_TALLY_SCHEMA: Final[tuple[str, ...]] = (
    """CREATE TABLE role_field_tally (
        sealed INTEGER NOT NULL,
        kid TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (sealed, kid)
    ) STRICT""",
    _trigger(
        "role_tally_service_insert",
        "AFTER",
        "INSERT",
        "case_services",
        _service("NEW"),
        _add("NEW.note", "1"),
    ),
    _trigger(
        "role_tally_service_delete",
        "AFTER",
        "DELETE",
        "case_services",
        _service("OLD"),
        [_sub("OLD.note", "1")],
    ),
    _trigger(
        "role_tally_service_update",
        "AFTER",
        "UPDATE:kind,note",
        "case_services",
        "(" + _service("OLD") + ")OR(" + _service("NEW") + ")",
        [_sub("OLD.note", _service("OLD")), *_add("NEW.note", _service("NEW"))],
    ),
    _trigger(
        "role_tally_version_insert",
        "AFTER",
        "INSERT",
        "case_note_versions",
        _note_of("NEW"),
        _add("NEW.text", "1"),
    ),
    _trigger(
        "role_tally_version_delete",
        "AFTER",
        "DELETE",
        "case_note_versions",
        _note_of("OLD"),
        [_sub("OLD.text", "1")],
    ),
    _trigger(
        "role_tally_version_update",
        "AFTER",
        "UPDATE:note_id,text",
        "case_note_versions",
        "(" + _note_of("OLD") + ")OR(" + _note_of("NEW") + ")",
        [_sub("OLD.text", _note_of("OLD")), *_add("NEW.text", _note_of("NEW"))],
    ),
    _trigger(
        "role_tally_note_delete",
        "BEFORE",
        "DELETE",
        "case_notes",
        _is_psych_note("OLD"),
        _note_versions("OLD", "-"),
    ),
    _trigger(
        "role_tally_note_kind_off",
        "AFTER",
        "UPDATE:kind",
        "case_notes",
        _is_psych_note("OLD") + "AND" + _not(_is_psych_note("NEW")),
        _note_versions("OLD", "-"),
    ),
    _trigger(
        "role_tally_note_kind_on",
        "AFTER",
        "UPDATE:kind",
        "case_notes",
        _not(_is_psych_note("OLD")) + "AND" + _is_psych_note("NEW"),
        _note_versions("NEW", "+"),
    ),
)

# (sealed, kid, count) of every role-sealed field, read from the fields themselves.
FIELDS_TALLY_SQL: Final = (
    "WITH f(t) AS ("
    " SELECT v.text FROM case_note_versions v JOIN case_notes n ON n.id = v.note_id"
    " WHERE {note}"
    " UNION ALL SELECT note FROM case_services WHERE {service})"
    " SELECT {sealed}, {kid}, count(*) FROM f GROUP BY 1, 2"
).format(
    note=_is_psych_note("n"),
    service=_service("case_services"),
    sealed=_sealed("t"),
    kid=_kid("t"),
)


def fill_role_tally(conn: Connection) -> None:
    conn.execute(f"INSERT INTO role_field_tally (sealed, kid, n) {FIELDS_TALLY_SQL}")
