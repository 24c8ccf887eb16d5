"""Quick-hide: the keys that trigger it and the neutral screen it shows.

A counsellor who sees someone approach must be able to hide everything with
one reflex, from any screen and any dialog: Ctrl+Shift+H, the toolbar button,
or Esc pressed twice. The neutral screen names neither the program nor the
centre, and neither does the window title while it shows.

How the keys are caught, without a Python filter on every event of the app:
- Ctrl+Shift+H is a native shortcut: the main window's action, and a `QShortcut`
  added to each other top-level window (dialogs, message boxes) when it first
  becomes the focus window. A modal dialog blocks the main window's shortcuts,
  so it needs its own.
- Esc twice and the input that postpones the auto-lock are read by a filter on
  the top-level `QWindow`s only. A key press reaches its window first as a
  ShortcutOverride, even when a shortcut (the case view's Esc) then consumes it;
  so a first Esc that closed a dialog or left a case still counts.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QWindow,
)
from PySide6.QtWidgets import QApplication, QFrame, QPushButton, QVBoxLayout, QWidget
from shiboken6 import getCppPointer

SHORTCUT = QKeySequence("Ctrl+Shift+H")
DOUBLE_ESC_MS = 800
_HOOKED = "kdmQuickHide"
_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


def _widget_of(window: QWindow) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.windowHandle() is window:
            return widget
    return None


class QuickHideKeys(QObject):
    """Reports quick-hide (`triggered`) and any user input (`activity`) from every window."""

    triggered = Signal()
    activity = Signal()

    def __init__(self, parent: QObject | None = None, *, main: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_esc = QElapsedTimer()
        self.enabled = True
        self._main = main
        self._windows: set[int] = set()
        self.events_seen = 0  # how many events passed through Python (bench/)
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self.hook)

    def dispose(self) -> None:
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusWindowChanged.disconnect(self.hook)
        for window in QGuiApplication.topLevelWindows():
            if int(getCppPointer(window)[0]) in self._windows:
                window.removeEventFilter(self)
        self._windows.clear()

    def hook_widget(self, widget: QWidget) -> None:
        handle = widget.windowHandle()
        if handle is not None:
            self.hook(handle)

    def hook(self, window: QWindow | None) -> None:
        """Watch one top-level window (called when it first gets the focus)."""
        if window is None:
            return
        # The C++ address: Python's id() of a wrapper may be reused.
        address = int(getCppPointer(window)[0])
        if address not in self._windows:
            self._windows.add(address)
            window.installEventFilter(self)
            window.destroyed.connect(lambda *_: self._windows.discard(address))
        widget = _widget_of(window)
        if (
            widget is None
            or widget is self._main
            or widget.property(_HOOKED)
            or widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        ):
            return
        widget.setProperty(_HOOKED, True)
        QShortcut(SHORTCUT, widget, self._shortcut, context=Qt.ShortcutContext.WindowShortcut)

    def _shortcut(self) -> None:
        if self.enabled:
            self.triggered.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.events_seen += 1
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self.activity.emit()
            return False
        if (
            kind != QEvent.Type.ShortcutOverride
            or not self.enabled
            or not isinstance(event, QKeyEvent)
            or event.key() != Qt.Key.Key_Escape
            or event.isAutoRepeat()
            or event.modifiers() & _MODIFIERS != Qt.KeyboardModifier.NoModifier
        ):
            return False
        if self._last_esc.isValid() and self._last_esc.elapsed() <= DOUBLE_ESC_MS:
            self._last_esc.invalidate()
            self.triggered.emit()
            event.accept()
            return True
        # The first Esc still does its usual job (closing a dialog, leaving a case).
        self._last_esc.start()
        return False


class PrivacyScreen(QWidget):
    """A blank, document-like page: nothing names the program, the centre or anyone.

    The one button leads back to the login screen; it says no more than "Continue".
    """

    resume_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyScreen")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#privacyScreen { background: #e8e8e8; }"
            "#privacyPage { background: white; border: 1px solid #c8c8c8; }"
            "#privacyScreen QPushButton { padding: 4px 18px; }"
        )
        self.page = QFrame()
        self.page.setObjectName("privacyPage")
        self.page.setMinimumSize(420, 540)
        self.resume = QPushButton(self.tr("&Continue"))
        self.resume.setObjectName("privacyResume")
        self.resume.setAccessibleName(self.tr("Continue"))
        self.resume.setFlat(True)
        self.resume.clicked.connect(self.resume_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 32, 0, 16)
        layout.addWidget(self.page, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.resume, 0, Qt.AlignmentFlag.AlignRight)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # An A4-like sheet: as tall as the screen allows.
        height = max(540, self.height() - 100)
        self.page.setFixedSize(int(height / 1.414), height)
        super().resizeEvent(event)

    def set_ready(self, ready: bool) -> None:
        """While a task still holds the session, 'Continue' waits for it to finish."""
        self.resume.setEnabled(ready)
        if ready:
            self.resume.setFocus()

    def texts(self) -> list[str]:
        return [self.resume.text()]


def neutral_title() -> str:
    """The window title while hidden: what any blank document would show."""
    return QCoreApplication.translate("QuickHide", "Untitled")


__all__ = ["DOUBLE_ESC_MS", "SHORTCUT", "PrivacyScreen", "QuickHideKeys", "neutral_title"]
