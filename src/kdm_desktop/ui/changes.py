"""The window's one relay of committed changes: session bus → a Qt signal.

The workspace owns one `ChangeRelay` for its session and forwards it to
`PageEvents.data_changed`, which every page, card and tab already holds through
its context. A view connects a bound method of itself (so the connection dies
with the view when the app locks) and refreshes itself when `Changes` touch what
it shows; nothing reaches into the main window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from kdm_desktop.changes import ChangeBus, Changes


class ChangeRelay(QObject):
    changed = Signal(object)  # Changes
    _arrived = Signal(object)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Direct on the UI thread (views are fresh when the service call returns);
        # queued when a task committed on the worker thread.
        self._arrived.connect(self._deliver)
        relay = self

        def forward(changes: Changes) -> None:
            if isValid(relay):
                relay._arrived.emit(changes)

        self._unsubscribe: Callable[[], None] = bus.subscribe(forward)
        unsubscribe = self._unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())

    def close(self) -> None:
        self._unsubscribe()

    def _deliver(self, changes: Changes) -> None:
        self.changed.emit(changes)
