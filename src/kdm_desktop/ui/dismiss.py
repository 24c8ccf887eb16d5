"""Closing the windows a screen owns when the session behind it ends."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kdm_desktop.ui.tasks import ProgressDialog


def windows_owned_by(root: QWidget) -> Iterator[QWidget]:
    """Dialogs and message boxes whose parent chain leads to `root`."""
    for window in QApplication.topLevelWidgets():
        parent = window.parentWidget()
        while parent is not None:
            if parent is root:
                yield window
                break
            parent = parent.parentWidget()


def dismiss(window: QWidget) -> None:
    if isinstance(window, ProgressDialog):
        # It stays up until its task ends; it only has to vanish from view.
        window.hide()
    elif isinstance(window, QDialog):
        # done(), not reject(): an editor's reject asks about unsaved typing, and
        # that typing is already kept as a draft by now.
        window.done(QDialog.DialogCode.Rejected)
        window.hide()
    else:
        window.hide()
