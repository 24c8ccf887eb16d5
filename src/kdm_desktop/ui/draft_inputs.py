"""Reading and writing an editor's input widgets as they are, for its draft.

Split from ui/drafts.py (the `DraftKeeper`: when to store, restore and offer a
draft): this module only knows widgets. Every input below an editor is found and
named by its path of object names, read as typed (text, boxes, choices, dates)
and written back exactly; a widget marked `NO_DRAFT` is never kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QTextEdit,
    QTimeEdit,
    QWidget,
)
from shiboken6 import getCppPointer

NO_DRAFT = "kdmNoDraft"  # a widget property: never keep this widget in a draft


# ----- reading and writing the input widgets -----


def _is_input(w: QWidget) -> bool:
    if isinstance(w, QLineEdit):
        # Not the line edit inside a spin box or combo box; never a password.
        return (
            not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
            and w.echoMode() == QLineEdit.EchoMode.Normal
        )
    if isinstance(w, QPlainTextEdit):
        return not w.isReadOnly()
    if isinstance(w, QTextEdit):
        return not isinstance(w, QTextBrowser) and not w.isReadOnly()
    if isinstance(w, QAbstractButton):
        return w.isCheckable()
    return isinstance(w, QComboBox | QDateTimeEdit | QSpinBox | QDoubleSpinBox)


def find_inputs(root: QWidget) -> list[QWidget]:
    window = root.window()
    return [
        w
        for w in root.findChildren(QWidget)
        if _is_input(w) and w.window() is window and not _excluded(w, root)
    ]


def _excluded(w: QWidget, root: QWidget) -> bool:
    node: QWidget | None = w
    while node is not None and node is not root:
        if node.property(NO_DRAFT):
            return True
        node = node.parentWidget()
    return False


def _segment(w: QObject) -> str:
    name = w.objectName()
    if name and not name.startswith("qt_"):
        return name
    parent = w.parent()
    kind = type(w).__name__
    if isinstance(parent, QStackedWidget) and isinstance(w, QWidget):
        # Showing a page raises it, which reorders the children: use the page index.
        return f"{kind}@{parent.indexOf(w)}"
    siblings = [c for c in parent.children() if type(c).__name__ == kind] if parent else [w]
    return f"{kind}#{siblings.index(w)}"


def widget_address(obj: QObject) -> int:
    """The C++ object's address: Python's id() of a wrapper may be reused."""
    return int(getCppPointer(obj)[0])


def input_path(w: QWidget, root: QWidget, memo: dict[int, str] | None = None) -> str:
    parts: list[str] = []
    node: QObject | None = w
    while node is not None and node is not root:
        key = widget_address(node)
        if memo is not None and key in memo:
            parts.append(memo[key])
        else:
            segment = _segment(node)
            if memo is not None:
                memo[key] = segment
            parts.append(segment)
        node = node.parent()
    return "/".join(reversed(parts))


def read_input(w: QWidget) -> object:
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QPlainTextEdit | QTextEdit):
        return w.toPlainText()
    if isinstance(w, QAbstractButton):
        return w.isChecked()
    if isinstance(w, QComboBox):
        return {"index": w.currentIndex(), "text": w.currentText()}
    if isinstance(w, QDateEdit):
        return w.date().toString(Qt.DateFormat.ISODate)
    if isinstance(w, QTimeEdit):
        return w.time().toString("HH:mm:ss")
    if isinstance(w, QDateTimeEdit):
        return w.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(w, QSpinBox | QDoubleSpinBox):
        return w.value()
    raise TypeError(type(w).__name__)


def _write(w: QWidget, value: object) -> bool:
    """Put `value` into `w`; False when the widget cannot take it (another kind of
    input now, or a choice that is no longer offered)."""
    if isinstance(w, QLineEdit) and isinstance(value, str):
        if w.text() != value:
            w.setText(value)
    elif (isinstance(w, QPlainTextEdit) and isinstance(value, str)) or (
        isinstance(w, QTextEdit) and isinstance(value, str)
    ):
        if w.toPlainText() != value:
            w.setPlainText(value)
    elif isinstance(w, QAbstractButton) and isinstance(value, bool):
        group = w.group()
        if not value and w.isChecked() and group is not None and group.exclusive():
            # An exclusive group will not uncheck its last button by itself.
            group.setExclusive(False)
            w.setChecked(False)
            group.setExclusive(True)
        else:
            w.setChecked(value)
    elif isinstance(w, QComboBox) and isinstance(value, dict):
        return _choose(w, value)
    elif isinstance(w, QDateEdit) and isinstance(value, str):
        w.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))
    elif isinstance(w, QTimeEdit) and isinstance(value, str):
        w.setTime(QTime.fromString(value, "HH:mm:ss"))
    elif isinstance(w, QDateTimeEdit) and isinstance(value, str):
        w.setDateTime(QDateTime.fromString(value, Qt.DateFormat.ISODate))
    elif isinstance(w, QSpinBox) and isinstance(value, int) and not isinstance(value, bool):
        w.setValue(value)
    elif isinstance(w, QDoubleSpinBox) and isinstance(value, int | float):
        w.setValue(float(value))
    else:
        return False
    return True


def _choose(w: QComboBox, value: dict[str, object]) -> bool:
    index, text = value.get("index"), value.get("text")
    if isinstance(index, int) and 0 <= index < w.count() and w.itemText(index) == text:
        w.setCurrentIndex(index)
    elif isinstance(text, str) and w.findText(text) >= 0:
        w.setCurrentIndex(w.findText(text))
    elif isinstance(text, str) and w.isEditable():
        w.setEditText(text)
    else:
        return False
    return True


def capture_inputs(root: QWidget) -> dict[str, object]:
    """Every input widget under `root` (in its window), by a stable path, as typed."""
    memo: dict[int, str] = {}
    return {input_path(w, root, memo): read_input(w) for w in find_inputs(root)}


def restore_inputs(root: QWidget, values: dict[str, object]) -> dict[str, object]:
    """Put captured values back; returns those no widget took (see `unplaced`).

    Two passes: a choice made in the first (a letter template, say) may build the
    fields the second pass then fills. A key is a widget path; when an editor was
    rebuilt since the draft was kept (the risk tab split into a checklist and a
    result panel, say) the path changed but the widget's own object name did not,
    so a key no widget has is matched by that name when exactly one widget has it.
    """
    left: dict[str, object] = {}
    for _ in range(2):
        memo: dict[int, str] = {}
        widgets = {input_path(w, root, memo): w for w in find_inputs(root)}
        left = {}
        for key, value in values.items():
            w = widgets.get(key) or _renamed_path(key, widgets, values)
            if w is None or not _write(w, value):
                left[key] = value
    return left


def _named(path: str) -> list[str]:
    """The segments of a path that are object names, not a kind and position."""
    return [part for part in path.split("/") if "#" not in part and "@" not in part]


def _ends_with(path: str, name: str) -> bool:
    return path == name or path.endswith("/" + name)


def _renamed_path(
    key: str, widgets: dict[str, QWidget], values: dict[str, object]
) -> QWidget | None:
    name = key.rsplit("/", 1)[-1]
    if name not in _named(name):
        return None  # the widget itself has no name: nothing stable to go by
    # Never a widget her draft names by its own path, nor a name two old keys share.
    found = [(p, w) for p, w in widgets.items() if p not in values and _ends_with(p, name)]
    if len(found) > 1:
        found = [(p, w) for p, w in found if _named(p) == _named(key)]
    shared = any(k != key and k not in widgets and _ends_with(k, name) for k in values)
    return found[0][1] if len(found) == 1 and not shared else None


def changed_signal(w: QWidget) -> Any:
    if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
        return w.textChanged
    if isinstance(w, QAbstractButton):
        return w.toggled
    if isinstance(w, QComboBox):
        return w.currentIndexChanged
    if isinstance(w, QDateTimeEdit):
        return w.dateTimeChanged
    if isinstance(w, QSpinBox | QDoubleSpinBox):
        return w.valueChanged
    return None


# ----- the keeper -----
