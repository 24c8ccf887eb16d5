"""A centred, width-limited column: the frame of the lock and recovery screens."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

PANEL_WIDTH = 480


def centred_column(outer: QWidget, width: int = PANEL_WIDTH) -> QVBoxLayout:
    """Give `outer` a centred column and return the column's layout to fill."""
    column = QFrame()
    column.setObjectName("centredColumn")
    column.setFrameShape(QFrame.Shape.StyledPanel)
    column.setMaximumWidth(width)
    column.setMinimumWidth(min(width, 360))
    inner = QVBoxLayout(column)
    inner.setContentsMargins(28, 24, 28, 24)
    inner.setSpacing(10)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column, 3)
    row.addStretch(1)
    layout = QVBoxLayout(outer)
    layout.addStretch(1)
    layout.addLayout(row)
    layout.addStretch(2)
    return inner


FORM_WIDTH = 760


def limited(widget: QWidget, width: int = FORM_WIDTH) -> QWidget:
    """`widget` kept at a readable width and aligned left, however wide the window."""
    widget.setMaximumWidth(width)
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget, 1)
    row.addStretch(0)
    return box


def form_widget(layout: QFormLayout | QVBoxLayout, width: int = FORM_WIDTH) -> QWidget:
    holder = QWidget()
    holder.setLayout(layout)
    if isinstance(layout, QFormLayout):
        layout.setContentsMargins(0, 0, 0, 0)
    return limited(holder, width)
