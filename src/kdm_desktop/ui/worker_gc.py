"""Python's cyclic garbage collector, held off while a worker thread runs.

The collector runs on whichever thread allocates; run on a worker it could
destroy Qt widgets owned by the UI thread and crash the app. Workers (the task
runner, the case list's loader) may overlap, so the pause is counted: the
collector comes back when the last of them is done, and the UI thread collects
again once it allocates.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0


@contextmanager
def collector_paused() -> Iterator[None]:
    global _paused
    with _lock:
        if _paused == 0:
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0:
                gc.enable()
