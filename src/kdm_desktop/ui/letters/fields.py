"""The letter dialog's form: the chosen template's fields and tick boxes.

Switching template keeps what she typed in the fields both templates share; the
addressee's fields (those with a default) are kept per recipient kind and start
from the centre's defaults. The dialog (dialog.py) owns the preview and the
printing; this form only holds the editors and what was typed in them. It is no
widget of its own: its rows live in `box`, where the drafts have always found them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.letters.compose import LetterFacts
from kdm_desktop.domain.letters.shown import shown_field_label
from kdm_desktop.domain.letters.template import OPTIONAL_FIELDS, InputField, LetterTemplate


class LetterFields:
    def __init__(
        self, facts: LetterFacts, edited: Callable[[], None], ticks_changed: Callable[[], None]
    ) -> None:
        self._facts = facts
        self._edited = edited
        self._ticks_changed = ticks_changed
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.ticks: dict[str, QCheckBox] = {}
        # What she typed, kept across template switches: shared fields by key, the
        # addressee's fields (those with a default) per recipient kind as well.
        self._typed: dict[str, str] = {}
        self._typed_for_kind: dict[tuple[RecipientKind, str], str] = {}
        self._ticked: set[str] = set()
        self._shown: LetterTemplate | None = None
        self._defaults: dict[str, str] = {}

        self.rows = QFormLayout()
        # Labels above their fields: the column stays narrow enough for a laptop
        # screen beside the preview, and long labels are never cut.
        self.rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.box = QWidget()
        self.box.setLayout(self.rows)

    def show_template(self, template: LetterTemplate, defaults: dict[str, str]) -> None:
        self._remember()
        while self.rows.rowCount():
            self.rows.removeRow(0)
        self.inputs.clear()
        self.ticks.clear()
        self._defaults = defaults
        for f in template.inputs:
            editor = self._editor(f)
            self.rows.addRow(_label(f), editor)
            self._fill(f, template.recipient_kind)
        for line in template.optional:
            if line.key in OPTIONAL_FIELDS and self._facts.offered(line.key):
                box = QCheckBox(shown_field_label(line.key, line.label))
                box.setObjectName(f"letterTick_{line.key}")
                box.setChecked(line.key in self._ticked)
                box.toggled.connect(self._ticks_changed)
                self.ticks[line.key] = box
                self.rows.addRow(box)
        self._shown = template

    def _remember(self) -> None:
        """Keep what is typed in the fields of the template being left."""
        old = self._shown
        if old is None:
            return
        for f in old.inputs:
            text = self.text(f.key)
            if f.default:
                self._typed_for_kind[(old.recipient_kind, f.key)] = text
            else:
                self._typed[f.key] = text
        self._ticked = set(self.ticked())

    def _fill(self, f: InputField, kind: RecipientKind) -> None:
        """A field of the new template: what she typed before, else the centre's default."""
        if f.default:
            text = self._typed_for_kind.get((kind, f.key), self._defaults.get(f.key, ""))
        else:
            text = self._typed.get(f.key, "")
        if text:
            self.set_field(f.key, text)

    def _editor(self, f: InputField) -> QWidget:
        editor: QLineEdit | QPlainTextEdit
        if f.multiline:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(110)
        else:
            editor = QLineEdit()
        editor.textChanged.connect(self._edited)
        editor.setObjectName(f"letterField_{f.key}")
        editor.setAccessibleName(shown_field_label(f.key, f.label))
        self.inputs[f.key] = editor
        return editor

    def text(self, key: str) -> str:
        editor = self.inputs[key]
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def values(self) -> dict[str, str]:
        # Every field, empty ones too: a cleared addressee stays cleared (the
        # service fills defaults only for fields not given at all).
        return {key: self.text(key) for key in self.inputs}

    def ticked(self) -> list[str]:
        return [k for k, box in self.ticks.items() if box.isChecked()]

    def set_field(self, key: str, text: str) -> None:
        editor = self.inputs[key]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        else:
            editor.setText(text)
            editor.setCursorPosition(0)  # a long unit shows from its start


def _label(f: InputField) -> str:
    return shown_field_label(f.key, f.label) + (" *" if f.required else "") + ":"
