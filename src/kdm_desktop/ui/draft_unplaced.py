"""Telling her what of a restored draft found no place in the editor.

A draft kept by an earlier build may hold a value whose widget this build no
longer has (a question dropped from a checklist, a box that moved without a
name). It is never dropped silently: the keeper keeps it in the draft, and this
box names it — her words as she typed them, the rest counted — so she can enter
it where it now belongs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from kdm_desktop.ui.dialogs import APP_TITLE

# A box is not a document: the rest is counted, and all of it stays in the draft.
MAX_SHOWN = 12
MAX_CHARS = 300


def carries(value: object) -> bool:
    """Whether a value is something she did. An empty text, an unticked box, a zero
    and a choice left at its first entry are what an untouched editor holds:
    losing their place loses nothing of hers."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, dict):
        text = value.get("text")
        return value.get("index", 0) != 0 and isinstance(text, str) and bool(text.strip())
    return isinstance(value, int | float) and bool(value)


def worth_telling(values: dict[str, object]) -> tuple[list[str], int]:
    """Her words (texts, choices, numbers) and the number of ticks among `values`."""
    words: list[str] = []
    ticks = 0
    for value in filter(carries, values.values()):
        if value is True:
            ticks += 1
        elif isinstance(value, dict):
            words.append(str(value.get("text", "")).strip())
        else:
            words.append(str(value).strip())
    return words, ticks


def _shown(words: list[str]) -> str:
    lines = [f"• {w if len(w) <= MAX_CHARS else w[:MAX_CHARS] + '…'}" for w in words[:MAX_SHOWN]]
    if len(words) > MAX_SHOWN:
        lines.append(
            QCoreApplication.translate("Drafts", "…and {count} more").format(
                count=len(words) - MAX_SHOWN
            )
        )
    return "\n".join(lines)


def tell_unplaced(parent: QWidget, values: dict[str, object]) -> QMessageBox | None:
    """The box naming what could not be restored; None when nothing of hers is in it."""
    words, ticks = worth_telling(values)
    if not words and not ticks:
        return None
    parts = [
        QCoreApplication.translate(
            "Drafts",
            "This draft was kept by an earlier version of the program and this form has "
            "changed since. Everything else is back in its place. It stays in your draft; "
            "please enter it again where it belongs:",
        )
    ]
    if words:
        parts.append(_shown(words))
    if ticks:
        parts.append(
            QCoreApplication.translate(
                "Drafts", "Ticks on questions this form no longer asks: {count}"
            ).format(count=ticks)
        )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_TITLE)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(QCoreApplication.translate("Drafts", "Part of the draft could not be restored."))
    box.setInformativeText("\n\n".join(parts))
    # Her words are shown as typed, never read as markup.
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if informative is not None:
        informative.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("draftUnrestored")
    box.open()
    return box
