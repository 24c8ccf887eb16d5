"""What every tab of the retention page shares: the session, the runner and the page's hooks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from kdm_desktop.errors import KdmError
from kdm_desktop.services.retention import RunResult
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.pages.registry import PageContext


@dataclass(frozen=True)
class Hooks:
    """The page's side of a tab: a tab changes data, the page shows it again."""

    session: Session
    ctx: PageContext
    refresh: Callable[[], None]  # every tab and the status lines again
    ran: Callable[[RunResult], None]  # a destruction run finished
    failed: Callable[[str], None]  # the message the user was shown


class RetentionTab(QWidget):
    def __init__(self, hooks: Hooks) -> None:
        super().__init__()
        self._hooks = hooks
        self._session = hooks.session
        self._ctx = hooks.ctx

    def load(self) -> None:
        """Show the case file's current state."""

    def _fail(self, exc: KdmError) -> None:
        self._hooks.failed(exc.message)
        dialogs.warn(self, exc.message)
