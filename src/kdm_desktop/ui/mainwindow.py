"""The one top-level window: a stack of screens, a toolbar and a status bar.

It knows no page and no session. The controller puts a screen in front
(set-up wizard, lock screen, neutral screen, workspace) and the window reports
its toolbar actions as signals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.ui.dialogs import APP_TITLE
from kdm_desktop.ui.fit import initial_size
from kdm_desktop.ui.quickhide import SHORTCUT

# The documentation's screenshots: a 1366×768 laptop, the smallest screen centres use.
SCREENSHOT_SIZE = QSize(1366, 768)


class MainWindow(QMainWindow):
    quick_hide_requested = Signal()
    lock_requested = Signal()
    switch_user_requested = Signal()
    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        # The title is all a taskbar or a screen-sharing picker shows: never a name.
        self.setWindowTitle(APP_TITLE)
        # Never taller or wider than the screen's free area (issue 14: 1366×768 laptops).
        self.resize(initial_size())
        # The controller may veto closing, e.g. while the recovery key is unconfirmed.
        self.can_close: Callable[[], bool] = lambda: True
        self.screens = QStackedWidget()
        self.screens.setObjectName("screens")
        # A banner (the auto-lock countdown) sits above whatever screen shows.
        central = QWidget()
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.screens, 1)
        self.setCentralWidget(central)

        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.toggleViewAction().setEnabled(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self.quick_hide_action = QAction(self.tr("&Quick hide"), self)
        self.quick_hide_action.setObjectName("quickHideAction")
        self.quick_hide_action.setShortcut(SHORTCUT)
        # This window's shortcut; every dialog gets its own (see quickhide), because
        # a modal dialog blocks this one and two live ones would be ambiguous.
        self.quick_hide_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.quick_hide_action.setToolTip(
            self.tr("Hide everything at once (Ctrl+Shift+H, or Esc twice)")
        )
        self.quick_hide_action.triggered.connect(self.quick_hide_requested)
        # On the window too, so the shortcut lives even while the toolbar is hidden.
        self.addAction(self.quick_hide_action)

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Lock the case file (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested)

        self.switch_user_action = QAction(self.tr("S&witch user"), self)
        self.switch_user_action.setObjectName("switchUserAction")
        self.switch_user_action.setToolTip(self.tr("Lock and log in as another user"))
        self.switch_user_action.triggered.connect(self.switch_user_requested)

        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addAction(self.lock_action)
        self.toolbar.addAction(self.switch_user_action)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.quick_hide_action)
        for action in (self.quick_hide_action, self.lock_action, self.switch_user_action):
            widget = self.toolbar.widgetForAction(action)
            if widget is not None:
                widget.setAccessibleName(action.text().replace("&", ""))

        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.lock_label = QLabel()
        self.lock_label.setObjectName("statusLock")
        self.statusBar().addWidget(self.user_label, 1)
        self.statusBar().addPermanentWidget(self.lock_label)
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().setStyleSheet("QStatusBar QLabel { padding: 0 8px; }")
        self.show_locked_status()

    def add_banner(self, banner: QWidget) -> None:
        self._column.insertWidget(0, banner)

    def show_screen(self, screen: QWidget, *, chrome: bool = True) -> None:
        """Bring `screen` to the front; without chrome no toolbar or status bar shows."""
        if self.screens.indexOf(screen) < 0:
            self.screens.addWidget(screen)
        self.screens.setCurrentWidget(screen)
        self.toolbar.setVisible(chrome)
        self.statusBar().setVisible(chrome)

    def remove_screen(self, screen: QWidget) -> None:
        if self.screens.indexOf(screen) >= 0:
            self.screens.removeWidget(screen)

    def current_screen(self) -> QWidget | None:
        return self.screens.currentWidget()

    def set_session_actions(self, enabled: bool) -> None:
        for action in (self.lock_action, self.switch_user_action):
            action.setEnabled(enabled)
            # Hidden rather than greyed out: there is nothing to lock yet.
            action.setVisible(enabled)

    def show_user_status(self, display_name: str, role_label: str, autolock_minutes: int) -> None:
        self.user_label.setText(
            self.tr("Logged in: {name} ({role})").format(name=display_name, role=role_label)
        )
        self.lock_label.setText(
            self.tr("Unlocked · locks after {minutes} min without use").format(
                minutes=autolock_minutes
            )
        )

    def show_locked_status(self) -> None:
        self.user_label.clear()
        self.lock_label.setText(self.tr("Locked"))

    def show_setup_status(self) -> None:
        self.user_label.clear()
        self.lock_label.setText(self.tr("Set-up"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.can_close():
            event.ignore()
            return
        self.closing.emit()
        super().closeEvent(event)
