"""The app's states and the moves between them.

    setup ──created──▶ unlocked ◀──unlock── locked
                          │  lock / idle / switch user  ▲
                          └────────────────────────────┘
    any state ──quick-hide──▶ hidden ──continue──▶ locked (or back to setup)

Leaving `unlocked` always closes the session and deletes the workspace with
every page, model and dialog in it. The session a running task still uses is
closed as soon as that task ends; until then 'Continue' waits.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kdm_desktop.domain.drafts import Draft
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.autolock import WARN_MS
from kdm_desktop.ui.autolock_policy import AutoLock
from kdm_desktop.ui.backup.on_close import BackupOnClose
from kdm_desktop.ui.clipboard_guard import ClipboardGuard
from kdm_desktop.ui.dialogs import APP_TITLE
from kdm_desktop.ui.dismiss import dismiss, windows_owned_by
from kdm_desktop.ui.draft_offer import DraftOfferDialog
from kdm_desktop.ui.drafts import set_busy_probe
from kdm_desktop.ui.labels import role_label
from kdm_desktop.ui.lockscreen import LockScreen
from kdm_desktop.ui.mainwindow import MainWindow
from kdm_desktop.ui.pages.features import build_registry
from kdm_desktop.ui.pages.registry import PageContext, PageEvents, PageRegistry
from kdm_desktop.ui.quickhide import PrivacyScreen, QuickHideKeys, neutral_title
from kdm_desktop.ui.session_drafts import SessionDrafts
from kdm_desktop.ui.settings import AppSettings
from kdm_desktop.ui.tasks import TaskRunner
from kdm_desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    # First run only: the wizard brings reportlab (the recovery sheet) with it.
    from kdm_desktop.ui.wizard import SetupWizard


class State(StrEnum):
    SETUP = "setup"
    LOCKED = "locked"
    HIDDEN = "hidden"
    UNLOCKED = "unlocked"


class AppController(QObject):
    state_changed = Signal(str)
    quit_requested = Signal()

    def __init__(
        self,
        data_dir: Path,
        *,
        settings: AppSettings | None = None,
        registry: PageRegistry | None = None,
        demo: bool = False,
        autolock_ms: int | None = None,
        warn_ms: int = WARN_MS,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = settings or AppSettings(data_dir, self)
        self.registry = registry or build_registry()
        self.runner = TaskRunner(self)
        self.events = PageEvents(self)
        self.window = MainWindow()
        self.window.can_close = self._can_close
        self.lock_screen = LockScreen(data_dir, self.runner, demo=demo, clock=clock)
        self.privacy = PrivacyScreen()
        self.wizard: SetupWizard | None = None
        self.workspace: Workspace | None = None
        self.session: Session | None = None
        self._closing: list[Session] = []
        self.drafts = SessionDrafts(self.runner)
        self.clipboard = ClipboardGuard(self)
        self._last_page = ""
        self._last_user = ""
        self._hidden_from = State.LOCKED
        self.state: State | None = None
        self._shut_down = False
        self.backup_on_close = BackupOnClose(self.settings.path, self.runner, self.window)

        self.autolock = AutoLock(
            self.settings, self.runner, override_ms=autolock_ms, warn_ms=warn_ms, parent=self
        )
        self.idle = self.autolock.idle
        self.lock_warning = self.autolock.warning
        self.keys = QuickHideKeys(self, main=self.window)
        self.window.add_banner(self.lock_warning)
        self.autolock.due.connect(self._on_idle)
        self.keys.activity.connect(self.idle.poke)
        set_busy_probe(lambda: self.runner.busy)
        self.keys.triggered.connect(self.quick_hide)
        self.window.quick_hide_requested.connect(self.quick_hide)
        self.window.lock_requested.connect(self.lock)
        self.window.switch_user_requested.connect(self.switch_user)
        self.window.closing.connect(self.shutdown)
        self.lock_screen.unlocked.connect(self._enter_session)
        self.privacy.resume_requested.connect(self.resume)
        self.autolock.minutes_changed.connect(self._show_user_status)
        self.runner.busy_changed.connect(self._busy_changed)

    # ----- start and stop -----
    def start(self) -> None:
        if CaseFilePaths(self.data_dir).exists():
            self._show_lock_screen("")
        else:
            self._show_wizard()
        self.window.show()
        self.keys.hook_widget(self.window)

    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        self.idle.dispose()
        self.keys.dispose()
        self._end_session()
        self.runner.wait_for_done()
        self._close_pending()
        if self.wizard is not None and self.wizard.created is not None:
            self.wizard.created.session.close()

    def _can_close(self) -> bool:
        if self.backup_on_close.start(self.session):
            return False
        if self.wizard is not None and self.wizard.created is not None:
            dialogs.warn(
                self.window,
                self.tr(
                    "First confirm that you have stored the recovery key; it cannot be shown again."
                ),
            )
            return False
        return True

    # ----- screens -----
    def _set_state(self, state: State) -> None:
        self.state = state
        self.state_changed.emit(state.value)

    def _show_wizard(self) -> None:
        if self.wizard is None:
            from kdm_desktop.ui.wizard import SetupWizard

            self.wizard = SetupWizard(self.data_dir, self.runner)
            self.wizard.completed.connect(self._setup_completed)
            self.wizard.cancelled.connect(self.quit_requested)
        self.window.show_screen(self.wizard)
        self.window.set_session_actions(False)
        self.window.show_setup_status()
        self._set_state(State.SETUP)

    def _setup_completed(self, session: Session) -> None:
        wizard, self.wizard = self.wizard, None
        self._enter_session(session)
        if wizard is not None:
            self.window.remove_screen(wizard)
            wizard.deleteLater()

    def _show_lock_screen(self, username: str) -> None:
        self.lock_screen.reset(username)
        self.window.show_screen(self.lock_screen)
        self.window.set_session_actions(False)
        self.window.show_locked_status()
        self._set_state(State.LOCKED)

    # ----- the session -----
    def _enter_session(self, session: Session) -> None:
        if self.state == State.HIDDEN:
            # A login finished after quick-hide: the person at the desk may not be
            # the one who typed the password, so the session is not shown.
            session.close()
            return
        self.session = session
        self._last_user = session.user.username
        ctx = PageContext(self.data_dir, self.settings, self.runner, self.events, self.registry)
        workspace = Workspace(session, self.registry, ctx)
        self.workspace = workspace
        self.window.show_screen(workspace)
        if not workspace.select(self._last_page):
            workspace.select_first()
        workspace.page_changed.connect(self._remember_page)
        self.window.set_session_actions(True)
        workspace.nav.setFocus()
        self._show_user_status()
        self._set_state(State.UNLOCKED)
        self.clipboard.arm()
        self.idle.start()
        self.drafts.offer(session, workspace, workspace.open_draft)

    # ----- drafts -----
    @property
    def draft_offer(self) -> DraftOfferDialog | None:
        """The offer of her unsaved work shown after unlocking, if any."""
        return self.drafts.offer_dialog

    def restore_draft(self, draft: Draft) -> QWidget | None:
        """Open the editor the draft belongs to, with every field as she left it."""
        workspace = self.workspace
        if workspace is None:
            return None
        return workspace.open_draft(draft)

    def _show_user_status(self) -> None:
        if self.session is not None:
            user = self.session.user
            self.window.show_user_status(
                user.display_name, role_label(user.role), self.settings.autolock_minutes
            )

    def _remember_page(self, key: str) -> None:
        self._last_page = key

    def _end_session(self) -> None:
        self.idle.stop()
        self.clipboard.wipe()
        self.drafts.keep(self.session, self.workspace)
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            for window in list(windows_owned_by(workspace)):
                dismiss(window)
            self.window.remove_screen(workspace)
            workspace.hide()
            workspace.deleteLater()
        session, self.session = self.session, None
        if session is not None:
            self._closing.append(session)
            if not self.runner.busy:
                self._close_pending()
        self.window.set_session_actions(False)
        self.window.show_locked_status()

    def _close_pending(self) -> None:
        self.drafts.flush()
        while self._closing:
            self._closing.pop().close()

    # ----- locking -----
    def lock(self) -> None:
        if self.state != State.UNLOCKED:
            return
        self._end_session()
        self._show_lock_screen(self._last_user)

    def switch_user(self) -> None:
        if self.state != State.UNLOCKED:
            return
        self._end_session()
        self._show_lock_screen("")

    def quick_hide(self) -> None:
        if self.state in (State.HIDDEN, None):
            return
        self._hidden_from = State.SETUP if self.state == State.SETUP else State.LOCKED
        if self.state == State.UNLOCKED:
            self._end_session()
        for window in QApplication.topLevelWidgets():
            if window is not self.window and window.isVisible():
                dismiss(window)
        self.lock_screen.reset("")
        self.window.show_screen(self.privacy, chrome=False)
        self.window.show_locked_status()
        self.lock_warning.hide()
        # Qt appends the application's display name to window titles on some
        # desktops ("Untitled — KDM Desktop"): both go neutral while hidden.
        QGuiApplication.setApplicationDisplayName(neutral_title())
        self.window.setWindowTitle(neutral_title())
        self.privacy.set_ready(not self.runner.busy)
        self._set_state(State.HIDDEN)

    def resume(self) -> None:
        if self.state != State.HIDDEN or self.runner.busy:
            return
        QGuiApplication.setApplicationDisplayName(APP_TITLE)
        self.window.setWindowTitle(APP_TITLE)
        if self._hidden_from == State.SETUP and self.wizard is not None:
            self._show_wizard()
        else:
            self._show_lock_screen("")

    def _on_idle(self) -> None:
        # `AutoLock` has already waited for any running task to end.
        self.lock()

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self._close_pending()
        self.privacy.set_ready(not busy)

    def set_autolock_ms(self, ms: int, warn_ms: int | None = None) -> None:
        """Tests and demos: override the minutes from the settings (and the warning)."""
        self.autolock.set_override_ms(ms, warn_ms)
