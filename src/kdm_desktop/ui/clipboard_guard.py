"""Empty the clipboard of what was copied during a session when the session ends.

A name or phone number copied from a case (Ctrl+C) would otherwise stay on the
system clipboard after the window locks, for anyone at the PC to paste (and on
Windows after the program has closed). Only what was copied while a session was
open and this program was in front is removed; text the user copied in another
program, or before logging in, is left alone. Only a digest of the copied text is
kept, so the guard itself holds no personal data.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = QGuiApplication.clipboard()
        self._armed = False
        self._ours: bytes | None = None
        self._clipboard.dataChanged.connect(self._changed)

    def arm(self) -> None:
        """A session has started: copies from now on are the session's."""
        self._armed = True

    def wipe(self) -> None:
        """The session ends: remove its copy if it is still on the clipboard."""
        self._armed = False
        mine = self._ours is not None and (
            self._clipboard.ownsClipboard() or _digest(self._clipboard.text()) == self._ours
        )
        self._ours = None
        if mine:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
        # X11's primary selection: selecting text is enough to put it there.
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)

    def _changed(self) -> None:
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if self._armed and (active or self._clipboard.ownsClipboard()):
            self._ours = _digest(self._clipboard.text())
        else:
            self._ours = None
