"""The background runner: progress, cancel, errors, and late results after a lock."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from ui_support import close_message_boxes

from kdm_desktop.errors import AuthenticationError
from kdm_desktop.ui.tasks import ProgressDialog, TaskCancelled, TaskFailure, TaskRunner


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    runner.wait_for_done(5000)


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def progress_dialog(parent: QWidget) -> ProgressDialog:
    (dialog,) = [d for d in parent.findChildren(ProgressDialog) if d.isVisible()]
    return dialog


def test_progress_and_result(qtbot, runner, parent) -> None:
    halfway, release = threading.Event(), threading.Event()
    results: list[int] = []

    def work(progress, cancelled):
        progress(3, 10)
        halfway.set()
        release.wait(5)
        progress(10, 10)
        return 42

    runner.start(
        parent, work, label="Sayılıyor…", on_success=results.append, success_message="Bitti."
    )
    assert runner.busy
    dialog = progress_dialog(parent)
    assert dialog.isModal() and dialog.label.text() == "Sayılıyor…"
    assert dialog.cancel_button is None
    qtbot.waitUntil(lambda: dialog.bar.value() == 3)
    assert dialog.bar.maximum() == 10
    # Esc neither cancels nor hides an uncancellable task.
    dialog.reject()
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: results == [42])
    assert not runner.busy
    assert close_message_boxes() == ["Bitti."]


def test_cancel_sets_the_flag_and_reports(qtbot, runner, parent) -> None:
    started = threading.Event()
    cancelled_seen: list[bool] = []

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        cancelled_seen.append(True)
        raise TaskCancelled

    task = runner.start(parent, work, label="Uzun iş…", cancellable=True)
    dialog = progress_dialog(parent)
    assert dialog.cancel_button.text() == "İptal"
    started.wait(5)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert task.cancel_requested
    # The dialog stays until the worker has really stopped.
    assert not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not runner.busy)
    assert cancelled_seen == [True]
    assert close_message_boxes() == ["İşlem iptal edildi."]


def test_core_error_message_is_shown(qtbot, runner, parent) -> None:
    def work(progress, cancelled):
        raise AuthenticationError("auth.failed")

    runner.start(parent, work, label="…")
    qtbot.waitUntil(lambda: not runner.busy)
    assert close_message_boxes() == ["Kullanıcı adı ya da parola yanlış."]


def test_unexpected_error_is_logged_not_shown(qtbot, runner, parent) -> None:
    failures: list[TaskFailure] = []

    def work(progress, cancelled):
        raise ValueError("Ayşe Yılmaz 0532")

    runner.start(parent, work, label="…", on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    (failure,) = failures
    assert failure.error is None
    assert "Beklenmeyen bir hata" in failure.message
    assert "Ayşe" not in failure.message and "Traceback" not in failure.message


def test_results_for_a_destroyed_parent_are_dropped(qtbot, runner) -> None:
    widget = QWidget()
    widget.show()
    release = threading.Event()
    results: list[object] = []
    runner.start(widget, lambda p, c: release.wait(5), label="…", on_success=results.append)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not progress_dialogs_alive())
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert results == []
    assert close_message_boxes() == []


def progress_dialogs_alive() -> bool:
    from PySide6.QtWidgets import QApplication

    return any(isinstance(w, ProgressDialog) for w in QApplication.topLevelWidgets())


def test_busy_signal(qtbot, runner, parent) -> None:
    changes: list[bool] = []
    runner.busy_changed.connect(changes.append)
    runner.start(parent, lambda p, c: None, label="…")
    qtbot.waitUntil(lambda: not runner.busy)
    assert changes == [True, False]
