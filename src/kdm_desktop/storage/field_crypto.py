"""Which role-field cipher belongs to an open connection.

A session attaches its cipher (services/role_keys.py) when it opens; repositories
that read or write a role-sealed field ask for it here, so their signatures stay
as they are. Without a cipher (before the role key exists) fields stay as written.
"""

from __future__ import annotations

from kdm_desktop.errors import RefusedInput
from kdm_desktop.security.rolefields import FieldLocked, RoleFieldCipher, is_sealed
from kdm_desktop.storage.connection import Connection

_CIPHERS: dict[int, RoleFieldCipher] = {}


def attach(conn: Connection, cipher: RoleFieldCipher) -> None:
    _CIPHERS[id(conn)] = cipher


def detach(conn: Connection) -> None:
    _CIPHERS.pop(id(conn), None)


def cipher_for(conn: Connection) -> RoleFieldCipher | None:
    return _CIPHERS.get(id(conn))


def can_read(conn: Connection) -> bool:
    """True when this session holds the current role key (or no field is sealed yet)."""
    cipher = cipher_for(conn)
    return cipher is None or cipher.can_read


def seal(conn: Connection, context: str, text: str) -> str:
    cipher = cipher_for(conn)
    if cipher is None or not text:
        return text
    return cipher.seal(context, text)


def reveal(conn: Connection, context: str, value: str) -> str:
    """The plain text, or a refusal naming why this reader cannot have it."""
    if not is_sealed(value):
        return value
    cipher = cipher_for(conn)
    if cipher is None:
        raise RefusedInput("rolefields.locked")
    try:
        return cipher.open(value, context)
    except FieldLocked as exc:
        raise RefusedInput("rolefields.locked") from exc
