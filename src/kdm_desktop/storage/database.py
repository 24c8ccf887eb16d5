"""The open case file: one connection, transactions, and the repositories on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar, cast

from kdm_desktop.storage import connection as sqlc
from kdm_desktop.storage.migrations import current_version, migrate
from kdm_desktop.storage.read_gate import ReadCancelled, ReadGate

T = TypeVar("T")

CACHE_KIB = 64 * 1024
SCAN_CACHE_KIB = 4 * 1024


class Database:
    """Owns the SQLCipher connection. Only `storage` code touches `conn`."""

    def __init__(self, conn: sqlc.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._depth = 0
        # Notes attached to the open transaction, one list per level: a rolled-back
        # savepoint drops its own, a released one hands them up, and the commit
        # passes them all at once to the commit listeners.
        self._notes: list[list[object]] = []
        self._commit_listeners: list[Callable[[list[object]], None]] = []
        self._gate = ReadGate()
        self._wal_pending = False  # a bulk transaction could not set WAL mode again

    def add_commit_listener(self, listener: Callable[[list[object]], None]) -> None:
        """Call `listener` with the notes of each transaction that committed."""
        self._commit_listeners.append(listener)

    def note(self, item: object) -> None:
        """Attach `item` to the open transaction; listeners get it only if it commits.

        Outside a transaction (autocommit) the item is passed on at once."""
        if self._depth == 0:
            self._committed([item])
        else:
            self._notes[-1].append(item)

    def _committed(self, notes: list[object]) -> None:
        if notes:
            for listener in list(self._commit_listeners):
                listener(notes)

    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = False) -> Database:
        conn = sqlc.open_encrypted(path, key, create=create)
        try:
            migrate(conn)
            # 64 MiB of decrypted pages (the default is 8): the case list, search index
            # and a day's open files stay in memory instead of being decrypted again.
            conn.execute(f"PRAGMA cache_size = {-CACHE_KIB:d}")
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    @contextmanager
    def transaction(self, *, durable: bool = True) -> Iterator[sqlc.Connection]:
        """A write transaction; nested use joins the outer one through a savepoint.

        `durable=False` is for the audit entries of reads (a search at every
        keystroke): the commit does not wait for the disk. WAL keeps the file
        consistent either way; such an entry reaches the disk with the next durable
        commit or checkpoint, so only a power cut in between can lose it. Never use
        it for a change to a record.
        """
        # `synchronous = NORMAL` is safe in WAL mode only (see `_restore_wal`).
        light = not durable and self._depth == 0 and not self._wal_pending
        if light:
            self.conn.execute("PRAGMA synchronous = NORMAL")
        try:
            with self._transaction() as conn:
                yield conn
        finally:
            if light:
                self.conn.execute("PRAGMA synchronous = FULL")

    @contextmanager
    def bulk_transaction(self) -> Iterator[sqlc.Connection]:
        """A write transaction that adds a lot of new content (an import of attachments).

        In WAL mode every new page is written twice: into the WAL, then again into
        the file by the checkpoint after the commit (a gigabyte of attachments took
        as long to checkpoint as to insert). For its duration this transaction uses
        SQLite's rollback journal instead: new pages go straight into the file, and
        the journal keeps only the original of each page that existed before (a few
        pages for an import). It is as all-or-nothing as a WAL transaction: a failure
        rolls back; a crash leaves a hot journal that the next opening (which keys
        the connection first) plays back, truncating the file to its size before.
        The journal holds pages as encrypted as the file's. With the exclusive lock
        SQLite keeps the journal until WAL mode is set again, which deletes it.

        Inside another transaction it simply joins it (the mode cannot change there).
        """
        if self._depth:
            with self._transaction() as conn:
                yield conn
            return
        with self._gate.writing():
            self._restore_wal()
            switched = False
            with suppress(sqlc.DatabaseError):  # then it runs in WAL mode, only slower
                switched = self._set_journal_mode("delete")
            try:
                with self._outer_transaction() as conn:
                    yield conn
            finally:
                if switched:
                    self._wal_pending = True
                    self._restore_wal()

    def _set_journal_mode(self, mode: str) -> bool:
        row = self.conn.execute(f"PRAGMA journal_mode = {mode}").fetchone()  # fixed words
        return row is not None and str(row[0]).lower() == mode

    def _restore_wal(self) -> None:
        """WAL mode again after a bulk transaction; never fails the caller's work.

        If it cannot be set now (a full disk), the file stays in rollback-journal
        mode, as safe with `synchronous = FULL`; the next transaction tries again,
        and the next opening sets it anyway.
        """
        if self._wal_pending:
            with suppress(sqlc.DatabaseError):
                self._wal_pending = not self._set_journal_mode("wal")

    def read(self, fn: Callable[[sqlc.Connection], T], cancelled: Callable[[], bool]) -> T:
        """Run the read-only `fn` from a worker thread (see `read_gate`).

        Before each statement `fn` executes, the read checks whether it must stop:
        a writer on another thread is waiting (it then runs again after the
        writer), or `cancelled()` is true (`ReadCancelled` is raised). A statement
        that has begun is not interrupted: SQLite would have to call back into
        Python for that while holding the connection's mutex, and a thread holding
        Python's lock and waiting for that mutex would never let it. `fn` must
        not write.
        """
        while True:
            with self._gate.reading(cancelled) as stop:
                try:
                    return fn(cast(sqlc.Connection, _Checked(self.conn, stop)))
                except _Stopped:
                    if not self._gate.wanted(cancelled):
                        raise ReadCancelled from None
                    # A writer came: run again once it is done.

    @contextmanager
    def _transaction(self) -> Iterator[sqlc.Connection]:
        if self._depth == 0:
            with self._gate.writing():
                self._restore_wal()
                with self._outer_transaction() as conn:
                    yield conn
            return
        with self._outer_transaction() as conn:
            yield conn

    @contextmanager
    def _outer_transaction(self) -> Iterator[sqlc.Connection]:
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            self.conn.execute(f"SAVEPOINT sp{self._depth:d}")
        self._depth += 1
        self._notes.append([])
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            self._notes.pop()
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO sp{self._depth:d}")
                self.conn.execute(f"RELEASE sp{self._depth:d}")
            raise
        self._depth -= 1
        notes = self._notes.pop()
        if self._depth == 0:
            self.conn.execute("COMMIT")
            self._committed(notes)
        else:
            self.conn.execute(f"RELEASE sp{self._depth:d}")
            self._notes[-1].extend(notes)

    @contextmanager
    def scan(self) -> Iterator[None]:
        """A small page cache for one pass over a large table, the usual one after.

        Pages read once (the whole audit chain, an integrity check) gain nothing from
        caching, and 64 MiB of them would only add to the process's memory.
        """
        self.conn.execute(f"PRAGMA cache_size = {-SCAN_CACHE_KIB:d}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {-CACHE_KIB:d}")

    @staticmethod
    def in_use(path: Path) -> bool:
        """Whether another program holds the case file at `path` open (its exclusive lock)."""
        return sqlc.is_in_use(path)

    @property
    def schema_version(self) -> int:
        return current_version(self.conn)

    @property
    def cipher_version(self) -> str:
        return sqlc.cipher_version(self.conn)

    def integrity_problems(self) -> list[str]:
        return sqlc.integrity_problems(self.conn)

    def rekey(self, new_key: bytes) -> None:
        with self._gate.writing():
            sqlc.rekey(self.conn, new_key)

    def backup_to(
        self,
        target: Path,
        key: bytes,
        *,
        progress: Callable[[int, int], None] | None = None,
        pages_per_step: int = -1,
    ) -> None:
        with self._gate.writing():
            sqlc.backup_to(self.conn, target, key, progress=progress, pages_per_step=pages_per_step)

    def count(self, table: str) -> int:
        if table not in _COUNTABLE:
            raise ValueError(table)
        row = self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608
        return int(row[0])

    def counts(self) -> dict[str, int]:
        return {table: self.count(table) for table in sorted(_COUNTABLE)}

    def close(self) -> None:
        # A read still running on a worker stops first, and none starts after.
        with self._gate.writing():
            self._gate.close()
            self.conn.close()


class _Stopped(Exception):
    pass


class _Checked:
    """The connection as a worker's read sees it: each statement first asks `stop()`."""

    def __init__(self, conn: sqlc.Connection, stop: Callable[[], bool]) -> None:
        self._conn = conn
        self._stop = stop

    def execute(self, sql: str, params: Any = ()) -> Any:
        if self._stop():
            raise _Stopped
        return self._conn.execute(sql, params)


# Table names are never formatted from input; this allow-list is the only source.
_COUNTABLE = frozenset({"users", "audit_log"})


def register_countable(*tables: str) -> None:
    global _COUNTABLE
    _COUNTABLE = _COUNTABLE | frozenset(tables)
