"""What the database knows about its slot file: generation, slot digests, journal.

Kept in the `meta` table, inside the encrypted database (each page authenticated
by SQLCipher's HMAC under keys derived from the master key), so nobody without the
current master key can change which slot file the case file accepts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from kdm_desktop.storage.connection import Connection

_GENERATION = "keyslots.generation"
_DIGESTS = "keyslots.digests"
_PENDING_GENERATION = "keyslots.pending_generation"
_PENDING_DIGESTS = "keyslots.pending_digests"
_REMOVAL = "keyslots.removal"
_KEYS = (_GENERATION, _DIGESTS, _PENDING_GENERATION, _PENDING_DIGESTS, _REMOVAL)


@dataclass(frozen=True)
class Binding:
    generation: int | None
    digests: frozenset[str] | None
    pending_generation: int | None
    pending_digests: frozenset[str] | None
    # The user whose removal (or "" for a plain rekey) has started and not finished.
    removal: str | None

    @property
    def bound(self) -> bool:
        return self.generation is not None and self.digests is not None


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


def _digests(value: str | None) -> frozenset[str] | None:
    if value is None:
        return None
    items = json.loads(value)
    return frozenset(str(d) for d in items)


class KeyBindingRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _get(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set(self, key: str, value: str | None) -> None:
        if value is None:
            self._conn.execute("DELETE FROM meta WHERE key = ?", (key,))
            return
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def load(self) -> Binding:
        return Binding(
            _int(self._get(_GENERATION)),
            _digests(self._get(_DIGESTS)),
            _int(self._get(_PENDING_GENERATION)),
            _digests(self._get(_PENDING_DIGESTS)),
            self._get(_REMOVAL),
        )

    def set_pending(self, generation: int | None, digests: frozenset[str] | None) -> None:
        self._set(_PENDING_GENERATION, None if generation is None else str(generation))
        self._set(_PENDING_DIGESTS, None if digests is None else json.dumps(sorted(digests)))

    def set_current(self, generation: int, digests: frozenset[str]) -> None:
        self._set(_GENERATION, str(generation))
        self._set(_DIGESTS, json.dumps(sorted(digests)))

    def set_removal(self, username: str | None) -> None:
        self._set(_REMOVAL, username)

    def clear_all(self) -> None:
        for key in _KEYS:
            self._set(key, None)
