"""Have a screen that was just shown drawn once, laid out, rather than twice.

When a hidden widget is shown, Qt posts each of its child widgets a request to be
updated later (`QEvent.UpdateLater`, one per widget shown) and their layouts a
request to be redone (`QEvent.LayoutRequest`). Whatever paints first (the event
loop's next paint, or a `repaint()`) draws the screen before those are handled;
handling them then marks every widget dirty again and the whole screen is drawn a
second time. For the case view, about 130 widgets, that second paint was a
quarter of opening a case (issue 18).

Taking those posted requests at once, before anything is painted, lays the screen
out and marks it dirty in one go: the next paint is the only one. Nothing else
that is waiting in the event queue runs here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget


def settle_shown(widget: QWidget) -> None:
    """Handle now the layout and update requests `widget` was just shown with."""
    if not widget.isVisible():
        return
    # Layouts first: an update then covers the widgets where they end up.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)
