"""Idle detection for the automatic lock, with a warning before it locks.

A minute before the lock, `warning` reports the seconds left once a second, so the
window can show a countdown; any keyboard or mouse input (`poke`) cancels it and
starts the wait again. The input itself is reported by `QuickHideKeys.activity`,
which watches only the top-level windows (see `quickhide`): no Python filter sees
every event of the application.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

WARN_MS = 60_000
_TICK_MS = 1000


class IdleWatcher(QObject):
    """Emits `warning(seconds)` from `warn_ms` before the lock, then `idle` after
    `timeout_ms` without input while running."""

    idle = Signal()
    warning = Signal(int)  # seconds left, once a second while the warning shows
    warning_cancelled = Signal()

    def __init__(
        self, timeout_ms: int, parent: QObject | None = None, *, warn_ms: int = WARN_MS
    ) -> None:
        super().__init__(parent)
        self._warn_ms = warn_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Coarse timers may fire 5 % early and report a skewed remaining time.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self._timed_out)
        self._warn = QTimer(self)
        self._warn.setSingleShot(True)
        self._warn.setTimerType(Qt.TimerType.PreciseTimer)
        self._warn.timeout.connect(self._begin_warning)
        self._tick = QTimer(self)
        self._tick.setInterval(_TICK_MS)
        self._tick.timeout.connect(self._emit_left)

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    @property
    def warn_ms(self) -> int:
        return self._warn_ms

    def set_timeout_ms(self, ms: int, warn_ms: int | None = None) -> None:
        self._timer.setInterval(max(1, ms))
        if warn_ms is not None:
            self._warn_ms = warn_ms
        if self._timer.isActive():
            self.start()

    @property
    def remaining_ms(self) -> int:
        return self._timer.remainingTime()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def warning_shown(self) -> bool:
        return self._tick.isActive()

    def start(self) -> None:
        self._stop_warning()
        self._timer.start()
        lead = min(self._warn_ms, self._timer.interval())
        if lead > 0:
            self._warn.start(max(0, self._timer.interval() - lead))

    def stop(self) -> None:
        self._timer.stop()
        self._warn.stop()
        self._stop_warning()

    def dispose(self) -> None:
        self.stop()

    def poke(self) -> None:
        """Input arrived: the wait starts again and a warning on screen goes away."""
        if self._timer.isActive():
            self.start()

    def _begin_warning(self) -> None:
        self._tick.start()
        self._emit_left()

    def _emit_left(self) -> None:
        seconds = max(0, (self._timer.remainingTime() + 999) // 1000)
        self.warning.emit(seconds)

    def _stop_warning(self) -> None:
        if self._tick.isActive():
            self._tick.stop()
            self.warning_cancelled.emit()

    def _timed_out(self) -> None:
        self._warn.stop()
        self._stop_warning()
        self.idle.emit()


class LockWarning(QFrame):
    """The countdown banner: non-modal, over every screen, with a way to carry on."""

    continue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockWarning")
        self.setStyleSheet(
            "#lockWarning { background: #fff4ce; border-bottom: 2px solid #c98a00; }"
            "#lockWarning QLabel { color: #3d2a00; font-weight: bold; }"
        )
        self.label = QLabel()
        self.label.setObjectName("lockWarningText")
        self.label.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("&Continue"))
        self.continue_button.setObjectName("lockWarningContinue")
        self.continue_button.setAccessibleName(self.tr("Continue working"))
        self.continue_button.clicked.connect(self.continue_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(self.label, 1)
        row.addWidget(self.continue_button)
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        self.label.setText(
            self.tr(
                "The session locks in {seconds} s — press any key to carry on. "
                "What you typed is kept as a draft."
            ).format(seconds=seconds)
        )
        self.label.setAccessibleName(self.label.text())
        self.show()


__all__ = ["WARN_MS", "IdleWatcher", "LockWarning"]
