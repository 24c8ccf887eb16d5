"""Non-blocking message boxes.

They are opened with `open()` instead of `exec()`: a nested event loop inside a
page would outlive the page when the app locks and destroys it, and a modal
`exec()` would also hold the lock screen back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

APP_TITLE = "KDM Desktop"


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    # Titles stay neutral; the text itself is a message, never case content.
    box.setWindowTitle(APP_TITLE)
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("kdmMessageBox")
    return box


def inform(parent: QWidget | None, text: str) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Information, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def warn(parent: QWidget | None, text: str) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Warning, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def confirm(
    parent: QWidget | None,
    text: str,
    on_yes: Callable[[], None],
    *,
    yes_text: str,
    informative: str = "",
) -> QMessageBox:
    """Ask before a consequential action; `on_yes` runs only on the explicit button."""
    box = _box(parent, QMessageBox.Icon.Warning, text)
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(
        QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    yes.setObjectName("confirmYes")
    no.setObjectName("confirmNo")
    yes.clicked.connect(on_yes)
    box.open()
    return box
