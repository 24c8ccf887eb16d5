"""Quick-hide: the keys that trigger it and the neutral screen it shows.

A counsellor who sees someone approach must be able to hide everything with
one reflex: Ctrl+Shift+H, the toolbar button, or Esc pressed twice. The
neutral screen shows nothing about the centre, the user or any case.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QWindow
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kdm_desktop.ui.widgets import heading, note

SHORTCUT = QKeySequence("Ctrl+Shift+H")
DOUBLE_ESC_MS = 800


class QuickHideKeys(QObject):
    """Watches every window's key presses, so it works even under a modal dialog.

    Only presses delivered to a QWindow are counted: that is the first stop of
    every real key press, while the same press propagating through parent
    widgets would otherwise look like several.
    """

    triggered = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_esc = QElapsedTimer()
        self.enabled = True
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def dispose(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.enabled
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(watched, QWindow)
            or not isinstance(event, QKeyEvent)
        ):
            return False
        mods = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.ShiftModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if event.key() == Qt.Key.Key_H and mods == (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            self.triggered.emit()
            return True
        if event.key() == Qt.Key.Key_Escape and not event.isAutoRepeat():
            if self._last_esc.isValid() and self._last_esc.elapsed() <= DOUBLE_ESC_MS:
                self._last_esc.invalidate()
                self.triggered.emit()
                return True
            # The first Esc still does its usual job (closing a dialog, say).
            self._last_esc.start()
        return False


class PrivacyScreen(QWidget):
    """A plain screen with the program's name and a way back to the lock screen."""

    resume_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyScreen")
        self.title = heading("KDM Desktop", 2.0)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wait_note = note(self.tr("Please wait a moment…"))
        self.wait_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wait_note.hide()
        self.resume = QPushButton(self.tr("&Continue"))
        self.resume.setAccessibleName(self.tr("Continue to the login screen"))
        self.resume.setMinimumWidth(180)
        self.resume.clicked.connect(self.resume_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(24)
        layout.addWidget(self.resume, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.wait_note)
        layout.addStretch(3)

    def set_ready(self, ready: bool) -> None:
        """While a task still holds the session, 'Continue' waits for it to finish."""
        self.resume.setEnabled(ready)
        self.wait_note.setVisible(not ready)
        if ready:
            self.resume.setFocus()

    def texts(self) -> list[str]:
        return [w.text() for w in self.findChildren(QLabel)] + [self.resume.text()]


__all__ = ["DOUBLE_ESC_MS", "SHORTCUT", "PrivacyScreen", "QuickHideKeys"]
