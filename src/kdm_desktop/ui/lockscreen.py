"""The locked state: the login form, or the recovery form behind it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kdm_desktop.ui.recover import RecoverPanel
from kdm_desktop.ui.tasks import TaskRunner
from kdm_desktop.ui.unlock import UnlockPanel


class LockScreen(QStackedWidget):
    unlocked = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        runner: TaskRunner,
        *,
        demo: bool = False,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.unlock = UnlockPanel(data_dir, runner, demo=demo, clock=clock)
        self.recover = RecoverPanel(data_dir, runner)
        self.addWidget(self.unlock)
        self.addWidget(self.recover)
        self.unlock.unlocked.connect(self.unlocked)
        self.recover.unlocked.connect(self.unlocked)
        self.unlock.forgot_requested.connect(self.show_recovery)
        self.recover.back_requested.connect(lambda: self.reset(self.unlock.username.text()))

    def reset(self, username: str = "") -> None:
        """Back to an empty login form; any half-typed recovery input is dropped."""
        self.recover.reset()
        self.setCurrentWidget(self.unlock)
        self.unlock.reset(username)

    def show_recovery(self) -> None:
        self.recover.reset()
        self.setCurrentWidget(self.recover)
        self.recover.key.setFocus()
