"""When the open session locks by itself: the settings' minutes, the warning, the wait.

Split from `AppController` (which decides what locking does) because this part
only decides *when*: it reads the minutes from the settings (or a test's
override), shows the countdown banner, and never asks for a lock while a task
still uses the session; it tries again after another full wait instead.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kdm_desktop.ui.autolock import IdleWatcher, LockWarning
from kdm_desktop.ui.settings import AppSettings
from kdm_desktop.ui.tasks import TaskRunner

_MINUTE_MS = 60_000


class AutoLock(QObject):
    """Emits `due` once the session has been idle for the set time and no task runs."""

    due = Signal()
    minutes_changed = Signal()  # the idle time now follows the new minutes

    def __init__(
        self,
        settings: AppSettings,
        runner: TaskRunner,
        *,
        override_ms: int | None,
        warn_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._runner = runner
        self._override = override_ms
        self.idle = IdleWatcher(self._timeout_ms(), self, warn_ms=warn_ms)
        self.warning = LockWarning()
        self.idle.idle.connect(self._on_idle)
        self.idle.warning.connect(self.warning.show_seconds)
        self.idle.warning_cancelled.connect(self.warning.hide)
        self.warning.continue_requested.connect(self.idle.poke)
        settings.autolock_minutes_changed.connect(self._minutes_changed)

    def set_override_ms(self, ms: int, warn_ms: int | None = None) -> None:
        """Tests and demos: override the minutes from the settings (and the warning)."""
        self._override = ms
        self.idle.set_timeout_ms(ms, warn_ms)

    def _timeout_ms(self) -> int:
        if self._override is not None:
            return self._override
        return self._settings.autolock_minutes * _MINUTE_MS

    def _on_idle(self) -> None:
        if self._runner.busy:
            # Never pull the session from under a running task; try again later.
            self.idle.start()
            return
        self.due.emit()

    def _minutes_changed(self, minutes: int) -> None:
        self.idle.set_timeout_ms(self._timeout_ms())
        self.minutes_changed.emit()
