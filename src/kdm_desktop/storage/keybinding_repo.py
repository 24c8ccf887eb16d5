"""What the database knows about its slot file: generation, MAC and the journal.

Kept in the `meta` table, inside the encrypted database, so nobody without the
current master key can change which slot file the case file accepts.
"""

from __future__ import annotations

from dataclasses import dataclass

from kdm_desktop.storage.connection import Connection

_BIND_KEY = "keyslots.bind_key"
_GENERATION = "keyslots.generation"
_MAC = "keyslots.mac"
_PENDING_GENERATION = "keyslots.pending_generation"
_PENDING_MAC = "keyslots.pending_mac"
_REMOVAL = "keyslots.removal"
_KEYS = (_BIND_KEY, _GENERATION, _MAC, _PENDING_GENERATION, _PENDING_MAC, _REMOVAL)


@dataclass(frozen=True)
class Binding:
    bind_key: bytes | None
    generation: int | None
    mac: str | None
    pending_generation: int | None
    pending_mac: str | None
    # The user whose removal has started and not yet finished (roll forward).
    removal: str | None

    @property
    def bound(self) -> bool:
        return self.bind_key is not None and self.mac is not None


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


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
        bind_key = self._get(_BIND_KEY)
        return Binding(
            bytes.fromhex(bind_key) if bind_key else None,
            _int(self._get(_GENERATION)),
            self._get(_MAC),
            _int(self._get(_PENDING_GENERATION)),
            self._get(_PENDING_MAC),
            self._get(_REMOVAL),
        )

    def set_bind_key(self, key: bytes) -> None:
        self._set(_BIND_KEY, key.hex())

    def set_pending(self, generation: int | None, mac: str | None) -> None:
        self._set(_PENDING_GENERATION, None if generation is None else str(generation))
        self._set(_PENDING_MAC, mac)

    def set_current(self, generation: int, mac: str) -> None:
        self._set(_GENERATION, str(generation))
        self._set(_MAC, mac)

    def set_removal(self, username: str | None) -> None:
        self._set(_REMOVAL, username)

    def clear_all(self) -> None:
        for key in _KEYS:
            self._set(key, None)
