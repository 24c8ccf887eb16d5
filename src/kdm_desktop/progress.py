"""The contract for long work: report progress, honour a cancel request.

Core functions take `progress(done, total)` and `cancelled()` callables; the window
passes ones wired to a progress dialog, the CLI passes none.
"""

from __future__ import annotations

from collections.abc import Callable

from kdm_desktop.errors import KdmError

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class Cancelled(KdmError):
    def __init__(self) -> None:
        super().__init__("task.cancelled")


def no_progress(done: int, total: int) -> None:
    return None


def never_cancelled() -> bool:
    return False
