"""Role keys in the database: each role key's public half, grants that wait for a
holder, retired key ids, and the role-sealed fields themselves (SQL only here).

Which fields are role-sealed: the text of every version of a psychologist's
session note, and the note of a psychological service in the services log.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from kdm_desktop.domain.cases.choices import NoteKind, ServiceKind
from kdm_desktop.storage.connection import Connection
from kdm_desktop.storage.role_tally_schema import FIELDS_TALLY_SQL, SEALED_PREFIX

# Allowing re-sealing (never a plain-text edit): the old trigger refused every update.
ROLE_FIELDS_SCHEMA = (
    "DROP TRIGGER case_note_versions_no_update",
    """CREATE TRIGGER case_note_versions_no_update BEFORE UPDATE ON case_note_versions
       WHEN NOT (NEW.note_id = OLD.note_id AND NEW.version = OLD.version
                 AND NEW.written_at = OLD.written_at AND NEW.written_by = OLD.written_by
                 AND substr(NEW.text, 1, 7) = 'kdmrf1:')
       BEGIN SELECT RAISE(ABORT, 'note versions are kept as written'); END""",
)


@dataclass(frozen=True)
class SealedField:
    table: str
    key: str
    value: str

    @property
    def context(self) -> str:
        return f"{self.table}:{self.key}"


def _totals(rows: list[Any]) -> tuple[int, set[str]]:
    plain = sum(int(n) for sealed, _, n in rows if not sealed)
    return plain, {str(kid) for sealed, kid, n in rows if sealed and int(n) > 0}


def note_version_context(note_id: str, version: int) -> str:
    return f"case_note_versions:{note_id}:{version}"


def service_note_context(entry_id: str) -> str:
    return f"case_services:{entry_id}"


class RoleKeyRepository:
    def __init__(self, conn: Connection, role: str) -> None:
        self._conn = conn
        self._prefix = f"rolekey.{role}."

    def _get(self, name: str) -> str | None:
        row = self._conn.execute(
            "SELECT value FROM meta WHERE key = ?", (self._prefix + name,)
        ).fetchone()
        return None if row is None else str(row[0])

    def _set(self, name: str, value: str | None) -> None:
        if value is None:
            self._conn.execute("DELETE FROM meta WHERE key = ?", (self._prefix + name,))
            return
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (self._prefix + name, value),
        )

    def public_key(self) -> bytes | None:
        value = self._get("public")
        return bytes.fromhex(value) if value else None

    def set_public_key(self, public: bytes) -> None:
        self._set("public", public.hex())

    def pending_grants(self) -> set[str]:
        value = self._get("pending_grants")
        try:
            loaded = json.loads(value) if value else []
        except ValueError:
            return set()
        return {str(u) for u in loaded} if isinstance(loaded, list) else set()

    def set_pending_grants(self, users: set[str]) -> None:
        self._set("pending_grants", json.dumps(sorted(users)) if users else None)

    # ----- who may hold the key (security/role_readers.py) -----
    def readers_record(self) -> tuple[str, str] | None:
        """(list body, its MAC) as stored, or None (a case file from an earlier build)."""
        body, tag = self._get("readers"), self._get("readers_mac")
        if body is None and tag is None:
            return None
        return body or "", tag or ""

    def set_readers_record(self, body: str, tag: str) -> None:
        self._set("readers", body)
        self._set("readers_mac", tag)

    def links(self) -> list[tuple[str, str, str]]:
        """(from key id, to key id, MAC under the from key): each key's successor."""
        value = self._get("links")
        try:
            loaded = json.loads(value) if value else []
        except ValueError:
            return []
        if not isinstance(loaded, list):
            return []
        return [
            (str(x[0]), str(x[1]), str(x[2])) for x in loaded if isinstance(x, list) and len(x) == 3
        ]

    def set_links(self, links: list[tuple[str, str, str]]) -> None:
        self._set("links", json.dumps([list(x) for x in sorted(set(links))]) if links else None)

    def declined(self) -> dict[str, str]:
        """User -> slot public key (hex) a holder declined to give the key to."""
        value = self._get("declined_grants")
        try:
            loaded = json.loads(value) if value else {}
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}

    def set_declined(self, declined: dict[str, str]) -> None:
        self._set("declined_grants", json.dumps(declined, sort_keys=True) if declined else None)

    # ----- the sealed fields -----
    def fields(self) -> Iterator[SealedField]:
        have = {
            str(r[0])
            for r in self._conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name IN ('case_note_versions', 'case_services')"
            ).fetchall()
        }
        if len(have) < 2:
            return  # a schema from before cases (only seen by migration tests)
        rows = self._conn.execute(
            "SELECT v.note_id, v.version, v.text FROM case_note_versions v "
            "JOIN case_notes n ON n.id = v.note_id WHERE n.kind = ?",
            (NoteKind.PSYCH_SESSION.value,),
        ).fetchall()
        for note_id, version, text in rows:
            yield SealedField("case_note_versions", f"{note_id}:{int(version)}", str(text))
        rows = self._conn.execute(
            "SELECT id, note FROM case_services WHERE kind = ? AND note != ''",
            (ServiceKind.PSYCHOLOGICAL.value,),
        ).fetchall()
        for entry_id, note in rows:
            yield SealedField("case_services", str(entry_id), str(note))

    def summary(self, prefix: str) -> tuple[int, set[str]]:
        """(fields not sealed yet, key ids the sealed ones are under).

        Every login checks these. Counted from the fields it was one pass over
        every session note and psychological service (most of a second at 200,000
        cases, issue #18); the tally the triggers keep (role_tally_schema.py)
        answers in a few index reads, whatever the size of the file.
        """
        if not self._has_tables():
            return 0, set()
        # <prefix><role>:<kid>:<body>: the tally knows the one prefix there is.
        assert prefix == SEALED_PREFIX
        rows = self._conn.execute(
            "SELECT sealed, kid, n FROM role_field_tally WHERE n > 0"
        ).fetchall()
        return _totals(rows)

    def summary_from_fields(self) -> tuple[int, set[str]]:
        """The same, counted from the fields themselves (checks and tests)."""
        if not self._has_tables():
            return 0, set()
        return _totals(self._conn.execute(FIELDS_TALLY_SQL).fetchall())

    def _has_tables(self) -> bool:
        have = {
            str(r[0])
            for r in self._conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name IN ('case_note_versions', 'case_services')"
            ).fetchall()
        }
        return len(have) == 2  # else a schema from before cases (migration tests)

    def rewrite(self, fields: list[SealedField], transform: Callable[[SealedField], str]) -> int:
        changed = 0
        for f in fields:
            value = transform(f)
            if value == f.value:
                continue
            if f.table == "case_note_versions":
                note_id, version = f.key.rsplit(":", 1)
                self._conn.execute(
                    "UPDATE case_note_versions SET text = ? WHERE note_id = ? AND version = ?",
                    (value, note_id, int(version)),
                )
            else:
                self._conn.execute("UPDATE case_services SET note = ? WHERE id = ?", (value, f.key))
            changed += 1
        return changed
