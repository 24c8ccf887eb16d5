"""The optional backup taken when the window closes (Settings › Backup › on close)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs, tasks
from kdm_desktop.ui.backup.prefs import BackupPrefs
from kdm_desktop.ui.tasks import IsCancelled, Progress, TaskRunner


def start_backup_on_close(
    session: Session, settings_path: Path, runner: TaskRunner, window: QWidget
) -> bool:
    """Start the backup if she asked for one on close; True when it started.

    The window stays while it runs and is closed again when it ends, however it ends.
    """
    prefs = BackupPrefs(settings_path)
    if not (prefs.on_close and prefs.folder and session.can(Permission.BACKUP)):
        return False
    target, keep = Path(prefs.folder), prefs.keep

    def work(progress: Progress, cancelled: IsCancelled) -> object:
        from kdm_desktop.services.backup import BackupService  # loaded when used

        return BackupService(session).create(
            target, keep=keep, progress=progress, cancelled=cancelled
        )

    def close_again(*_: object) -> None:
        QTimer.singleShot(0, window.close)

    def warn_then_close(failure: tasks.TaskFailure) -> None:
        dialogs.warn(window, failure.message)
        close_again()

    runner.start(
        window,
        work,
        label=QCoreApplication.translate("AppController", "Taking the backup before closing…"),
        cancellable=True,
        on_success=close_again,
        on_failure=warn_then_close,
        on_cancelled=close_again,
    )
    return True


class BackupOnClose:
    """The backup on close, taken at most once: after it ends the window closes for good.

    Never while another task runs (it would wait on the same connection) and never
    without an open session; `start` is True while it runs, so the window stays.
    """

    def __init__(self, settings_path: Path, runner: TaskRunner, window: QWidget) -> None:
        self._settings_path = settings_path
        self._runner = runner
        self._window = window
        self._done = False

    def start(self, session: Session | None) -> bool:
        if self._done or session is None or self._runner.busy:
            return False
        self._done = start_backup_on_close(session, self._settings_path, self._runner, self._window)
        return self._done
