"""Long work off the UI thread, behind a modal progress dialog.

Argon2, a rekey or an integrity check can take seconds; the window must keep
painting meanwhile, yet nothing else may touch the session, which is not safe
for concurrent use. So a task runs on a single worker thread while a modal
dialog holds the rest of the UI back, and results come back on the UI thread.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kdm_desktop.errors import KdmError
from kdm_desktop.ui import crash, dialogs

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
TaskFn = Callable[[Progress, IsCancelled], Any]

# Progress reports are queued to the UI thread; a tight loop must not flood it.
_PROGRESS_INTERVAL_S = 0.05


class TaskCancelled(Exception):
    """Raised by a task function that stopped early because cancelling was asked."""


@dataclass(frozen=True)
class TaskFailure:
    """What went wrong, as a sentence for the user; `error` is None for a crash."""

    message: str
    error: KdmError | None = None

    @property
    def field(self) -> str:
        return str(getattr(self.error, "field", "") or "")


@dataclass(frozen=True)
class _Outcome:
    kind: str  # "succeeded" | "failed" | "cancelled"
    value: object = None
    failure: TaskFailure | None = None


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)


class _Worker(QRunnable):
    def __init__(self, fn: TaskFn, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        # The Task keeps this object; Qt must not delete it under Python's feet.
        self.setAutoDelete(False)
        self._fn = fn
        self._signals = signals
        self._cancel = cancel
        self._last_report = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= _PROGRESS_INTERVAL_S:
            self._last_report = now
            self._signals.progressed.emit(int(done), int(total))

    def run(self) -> None:
        # Python's cyclic GC runs on whichever thread allocates; if it ran here it
        # could destroy Qt widgets owned by the UI thread and crash the app. Only one
        # task runs at a time, and the UI thread collects again once it is back on.
        gc.disable()
        try:
            self._run()
        finally:
            gc.enable()

    def _run(self) -> None:
        try:
            value = self._fn(self._progress, self._cancel.is_set)
        except TaskCancelled:
            outcome = _Outcome("cancelled")
        except KdmError as exc:
            outcome = _Outcome("failed", failure=TaskFailure(exc.message, exc))
        except Exception as exc:
            outcome = _Outcome("failed", failure=TaskFailure(crash.report(exc)))
        else:
            outcome = _Outcome("succeeded", value)
        # Drop the callable (and any password its closure holds) before reporting.
        self._fn = _spent
        self._signals.finished.emit(outcome)


def _spent(progress: Progress, cancelled: IsCancelled) -> None:
    return None


class Task(QObject):
    """One run of a task function; its signals arrive on the UI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, fn: TaskFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._signals.progressed.connect(self.progressed)
        self._signals.finished.connect(self._deliver)
        self.worker = _Worker(fn, self._signals, self._cancel)
        self.outcome: _Outcome | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def done(self) -> bool:
        return self.outcome is not None

    def _deliver(self, outcome: _Outcome) -> None:
        self.outcome = outcome
        if outcome.kind == "succeeded":
            self.succeeded.emit(outcome.value)
        elif outcome.kind == "failed":
            self.failed.emit(outcome.failure)
        else:
            self.cancelled.emit()
        self.finished.emit()


class ProgressDialog(QDialog):
    """A modal 'please wait' that stays up until the worker has really stopped.

    QProgressDialog hides itself the moment Cancel is pressed, which would give
    the UI back while the worker still uses the session; cancelling here only
    asks the worker to stop and the dialog closes when it has.
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None, label: str, cancellable: bool) -> None:
        super().__init__(parent)
        self.setObjectName("kdmProgressDialog")
        self.setWindowTitle(dialogs.APP_TITLE)
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self._closable = False
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(380)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.cancel_button: QPushButton | None = None
        if cancellable:
            box = QDialogButtonBox()
            self.cancel_button = box.addButton(
                self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
            )
            self.cancel_button.setAccessibleName(self.tr("Cancel the operation"))
            self.cancel_button.clicked.connect(self._request_cancel)
            layout.addWidget(box)

    def set_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _request_cancel(self) -> None:
        if self.cancel_button is None or not self.cancel_button.isEnabled():
            return
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling… the current step is being finished."))
        self.cancel_requested.emit()

    def reject(self) -> None:
        # Esc means "cancel" when that is allowed and is ignored otherwise.
        self._request_cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closable:
            event.accept()
            return
        event.ignore()
        self._request_cancel()

    def finish(self) -> None:
        self._closable = True
        self.hide()
        self.deleteLater()


SuccessMessage = str | Callable[[Any], str] | None


class TaskRunner(QObject):
    """Runs task functions one at a time and reports back on the UI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        # One worker: the session must never be used by two threads at once.
        self._pool.setMaxThreadCount(1)
        self._active: list[Task] = []

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def start(
        self,
        parent: QWidget,
        fn: TaskFn,
        *,
        label: str,
        cancellable: bool = False,
        on_success: Callable[[Any], object] | None = None,
        on_failure: Callable[[TaskFailure], object] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        success_message: SuccessMessage = None,
    ) -> Task:
        """Run `fn` on the worker thread behind a modal progress dialog.

        Results are delivered to the callbacks only while `parent` still exists:
        when the app locks, pages are destroyed and late results are dropped.
        Without `on_failure` the error is shown in a message box.
        """
        task = Task(fn, self)
        dialog = ProgressDialog(parent, label, cancellable)
        dialog.cancel_requested.connect(task.cancel)
        task.progressed.connect(dialog.set_progress)

        def finished() -> None:
            if isValid(dialog):
                dialog.finish()
            self._active.remove(task)
            if not self._active:
                self.busy_changed.emit(False)
            outcome = task.outcome
            task.deleteLater()
            if outcome is None or not isValid(parent):
                return
            self._dispatch(parent, outcome, on_success, on_failure, on_cancelled, success_message)

        task.finished.connect(finished)
        self._active.append(task)
        if len(self._active) == 1:
            self.busy_changed.emit(True)
        dialog.show()
        self._pool.start(task.worker)
        return task

    def _dispatch(
        self,
        parent: QWidget,
        outcome: _Outcome,
        on_success: Callable[[Any], object] | None,
        on_failure: Callable[[TaskFailure], object] | None,
        on_cancelled: Callable[[], None] | None,
        success_message: SuccessMessage,
    ) -> None:
        if outcome.kind == "succeeded":
            if on_success is not None:
                on_success(outcome.value)
            text = success_message(outcome.value) if callable(success_message) else success_message
            if text and isValid(parent):
                dialogs.inform(parent, text)
        elif outcome.kind == "failed" and outcome.failure is not None:
            if on_failure is not None:
                on_failure(outcome.failure)
            else:
                dialogs.warn(parent, outcome.failure.message)
        elif on_cancelled is not None:
            on_cancelled()
        else:
            dialogs.inform(parent, self.tr("The operation was cancelled."))

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (shutdown only; results still need the loop)."""
        return self._pool.waitForDone(msecs)
