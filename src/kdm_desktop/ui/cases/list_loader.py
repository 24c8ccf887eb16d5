"""The case list's queries, on a worker thread: the newest request wins.

Each request gets the next generation number. A request that is no longer the
newest when the worker reaches it is skipped; one that is running stops before
its next statement (`Database.read`); a result that arrives after a newer
request was made is dropped on the UI thread. So an older, slower search
can never replace the results of a newer one, and typing never waits for the
database.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal

from kdm_desktop.domain.cases.query import CaseQuery
from kdm_desktop.domain.cases.records import CaseScreen
from kdm_desktop.errors import KdmError
from kdm_desktop.services.case_search import CaseSearchSession, ReadCancelled
from kdm_desktop.ui import crash
from kdm_desktop.ui.worker_gc import collector_paused


@dataclass(frozen=True)
class Loaded:
    generation: int
    query: CaseQuery
    offset: int
    screen: CaseScreen
    thread: int  # the worker thread's id (tests check it is not the UI thread)


@dataclass(frozen=True)
class _Failed:
    generation: int
    message: str


class _Signals(QObject):
    done = Signal(object)


class _Job(QRunnable):
    def __init__(
        self, loader: ListLoader, generation: int, query: CaseQuery, offset: int, limit: int
    ) -> None:
        super().__init__()
        self._loader = loader
        self._generation = generation
        self._query = query
        self._offset = offset
        self._limit = limit
        self._signals = loader._signals

    def _stale(self) -> bool:
        return self._generation != self._loader.generation

    def run(self) -> None:
        if self._stale():
            return  # a newer request is queued behind this one
        with collector_paused():
            try:
                screen = self._loader.search.screen(
                    self._query, self._offset, self._limit, self._stale
                )
            except ReadCancelled:
                return
            except KdmError as exc:
                self._signals.done.emit(_Failed(self._generation, exc.message))
                return
            except Exception as exc:
                self._signals.done.emit(_Failed(self._generation, crash.report(exc)))
                return
            self._signals.done.emit(
                Loaded(
                    self._generation,
                    self._query,
                    self._offset,
                    screen,
                    threading.get_ident(),
                )
            )


class ListLoader(QObject):
    """Runs `CaseSearchSession.screen` on one worker thread; results arrive as `loaded`."""

    loaded = Signal(object)  # Loaded
    failed = Signal(str)

    def __init__(self, search: CaseSearchSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.search = search
        # Read by the worker without a lock: one int, replaced whole.
        self.generation = 0
        self._pool = QThreadPool(self)
        # One thread: the reads take turns on the one connection anyway.
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.done.connect(self._deliver)
        self._running = False

    @property
    def pending(self) -> bool:
        """A request was made whose result has not arrived (or failed) yet."""
        return self._running

    def request(self, query: CaseQuery, offset: int, limit: int) -> int:
        """Ask for a screen; any earlier request still unanswered is cancelled."""
        self.generation += 1
        self._running = True
        self._pool.start(_Job(self, self.generation, query, offset, limit))
        return self.generation

    def cancel(self) -> None:
        self.generation += 1
        self._running = False

    def stop(self) -> None:
        """Cancel and wait until the worker no longer reads (before the session closes)."""
        self.cancel()
        self._pool.waitForDone()

    def settle(self) -> None:
        """Wait for the newest request's answer and deliver it now (Enter pressed)."""
        if not self._running:
            return
        self._pool.waitForDone()
        # The answer is queued to this object (the receiver of `done`): take it now.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    def _deliver(self, result: Loaded | _Failed) -> None:
        if result.generation != self.generation:
            return  # an older request: a newer one was made since
        self._running = False
        if isinstance(result, Loaded):
            self.loaded.emit(result)
        else:
            self.failed.emit(result.message)
