"""One reader thread beside the writers of the same connection.

The case file has one SQLCipher connection (it holds the file's exclusive lock,
so a second connection could not even read). The case list's queries run on a
worker thread so that typing never waits for the database; SQLite serialises
the calls on a connection, but a reader must still never see a transaction that
another thread has half written, nor hold up a writer. So:

- a writer (a transaction, a rekey, a backup, closing) announces itself; the
  running read stops before its next statement, and the writer waits until it
  has (at most one statement); a read never starts while a writer is active;
- a read that a writer stopped runs again once the writer is done; a read whose
  caller no longer wants it (a newer keystroke) stops and raises `ReadCancelled`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_WAIT_S = 0.05


class ReadCancelled(Exception):
    """The read was no longer wanted (or the case file closed) and was stopped."""


class ReadGate:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._writers = 0
        self._reading = False
        self._closed = False

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            # Counted first: a running read sees it at its next progress check.
            self._writers += 1
            while self._reading:
                self._cond.wait()
        try:
            yield
        finally:
            with self._cond:
                self._writers -= 1
                self._cond.notify_all()

    def close(self) -> None:
        """No read starts from now on (call inside `writing`)."""
        with self._cond:
            self._closed = True

    @contextmanager
    def reading(self, cancelled: Callable[[], bool]) -> Iterator[Callable[[], bool]]:
        """Enter as the reader; yields `stop()`, true when the read must stop now."""
        with self._cond:
            while (self._writers or self._reading) and not (cancelled() or self._closed):
                self._cond.wait(_WAIT_S)
            if cancelled() or self._closed:
                raise ReadCancelled
            self._reading = True
        try:
            yield lambda: bool(self._writers) or self._closed or cancelled()
        finally:
            with self._cond:
                self._reading = False
                self._cond.notify_all()

    def wanted(self, cancelled: Callable[[], bool]) -> bool:
        return not (cancelled() or self._closed)
