"""Opening the SQLCipher case file with a raw 256-bit key.

Pitfalls handled here (see docs/security.md):
- `PRAGMA key` always answers ok; a wrong key only shows at the first read.
- `set_key(bytes)` would treat the key as a passphrase and run PBKDF2, so the raw
  `x'<hex>'` form is used, built only from bytes we hex-encode ourselves.
- Without SQLCipher the same calls silently produce a plaintext database, so the
  cipher version is asserted before anything is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlcipher3 import dbapi2

from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.oserrors import sqlite_error_refusal

KEY_BYTES = 32
_HEX_KEY = re.compile(r"[0-9a-f]{64}")
BUSY_TIMEOUT_MS = 1500

if TYPE_CHECKING:
    # sqlcipher3 ships no type hints; its DB-API objects mirror the stdlib's sqlite3.
    from sqlite3 import Connection as Connection
    from sqlite3 import DatabaseError as DatabaseError
    from sqlite3 import IntegrityError as IntegrityError
    from sqlite3 import OperationalError as OperationalError
else:
    Connection = dbapi2.Connection
    DatabaseError = dbapi2.DatabaseError
    OperationalError = dbapi2.OperationalError
    IntegrityError = dbapi2.IntegrityError


def _key_pragma(pragma: str, key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the master key must be 32 bytes")
    hex_key = key.hex()
    # PRAGMAs take no bound parameters; the fullmatch makes the formatting safe.
    if not _HEX_KEY.fullmatch(hex_key):
        raise ValueError("bad key encoding")
    return f"PRAGMA {pragma} = \"x'{hex_key}'\""


def cipher_version(conn: Connection) -> str:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row and row[0] else ""


def _error_name(exc: BaseException) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or type(exc).__name__)


def _is_locked(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def open_encrypted(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open (or with `create`, make) the case file and prove the key with a real read.

    The connection holds an exclusive lock for its whole life, so a second process
    gets a clear "in use" message instead of racing writes into the file.
    """
    if not create and not path.exists():
        raise KdmError("casefile.missing", path=str(path))
    if create and path.exists():
        raise RefusedInput("casefile.exists", path=str(path))
    conn: Connection = sqlcipher3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )
    try:
        if not cipher_version(conn):
            raise KdmError("casefile.not_encrypted")
        # SQLCipher would print a wrong key's HMAC failures on stderr; we report it ourselves.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma("key", key))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            if _is_locked(exc):
                raise KdmError("casefile.in_use") from exc
            # A full or failing disk is not a wrong key: say what it is.
            fault = sqlite_error_refusal(exc, path.parent)
            if fault is not None:
                raise fault from exc
            raise RefusedInput("casefile.wrong_key") from exc
        _configure(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _configure(conn: Connection) -> None:
    try:
        # Exclusive locking: the lock is taken at the first write below and kept until
        # close, which also keeps the WAL index in process memory instead of a -shm file.
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            raise KdmError("casefile.in_use")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("COMMIT")
    except OperationalError as exc:
        if _is_locked(exc):
            raise KdmError("casefile.in_use") from exc
        fault = sqlite_error_refusal(exc)
        if fault is not None:
            raise fault from exc
        # SQLite's own text is English; its stable error name is not.
        raise KdmError("casefile.damaged", detail=_error_name(exc)) from exc
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA synchronous = FULL")


def rekey(conn: Connection, new_key: bytes) -> None:
    """Re-encrypt every page under `new_key`. The caller checkpoints and backs up first."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute(_key_pragma("rekey", new_key))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def backup_to(
    conn: Connection,
    target: Path,
    key: bytes,
    *,
    progress: Callable[[int, int], None] | None = None,
    pages_per_step: int = -1,
) -> None:
    """Copy the live database page by page into `target`, encrypted under `key`.

    Writes made on `conn` between steps are carried into the copy, so the result is
    a consistent snapshot as of the last step. `progress(done, total)` may raise to
    abort; the caller removes the partial target.
    """
    dest: Connection = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        dest.execute("PRAGMA cipher_log_level = NONE")
        dest.execute(_key_pragma("key", key))

        def step(status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        conn.backup(dest, pages=pages_per_step, progress=step)
        dest.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        dest.close()


def integrity_problems(conn: Connection) -> list[str]:
    """Problems reported by `cipher_integrity_check` and `integrity_check`; empty when sound."""
    problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    problems += [str(r[0]) for r in rows if str(r[0]).lower() != "ok"]
    return problems


def execute_script_in_transaction(conn: Connection, statements: list[str]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for sql in statements:
            conn.execute(sql)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def scalar(conn: Connection, sql: str, params: tuple[Any, ...] = ()) -> Any:
    row = conn.execute(sql, params).fetchone()
    return None if row is None else row[0]


def is_in_use(path: Path) -> bool:
    """True when another connection (any process) holds the case file's lock.

    Needs no key: taking an exclusive lock happens before any page is decrypted.
    """
    if not path.exists():
        return False
    probe: Connection = sqlcipher3.connect(str(path), timeout=0.1, isolation_level=None)
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")
        probe.execute("BEGIN EXCLUSIVE")
        probe.execute("ROLLBACK")
    except DatabaseError as exc:
        return _is_locked(exc)
    finally:
        probe.close()
    return False
