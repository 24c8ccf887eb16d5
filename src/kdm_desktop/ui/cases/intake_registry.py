"""The intake form's fields by intake key: registered, filled, read back.

Split from `IntakeFields` (intake_fields.py), which decides which fields each step
has: this base only keeps every field under its intake key ("birth_date",
"consent.date") with its error label and its getter, so a `ValidationErrors` from
`CaseService.parse_intake` lands beside the field it names, and reads them back
as the intake mapping.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from kdm_desktop.domain.cases.draft import FIELD_LABELS
from kdm_desktop.ui.cases.inputs import ChoiceCombo, TriStateCombo
from kdm_desktop.ui.cases.intake_inputs import DistrictCombo
from kdm_desktop.ui.widgets import FieldError, with_error

Getter = Callable[[], object]


class IntakeRegistry(QObject):
    """Every field under its intake key, with its error label and how to read it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self._getters: dict[str, Getter] = {}
        # Problems only the window can see (a date it cannot read), per key.
        self.local_errors: dict[str, str] = {}

    # ----- registration -----
    def _add(
        self, form: QFormLayout, key: str, widget: QWidget, getter: Getter, label: str = ""
    ) -> None:
        text = label or FIELD_LABELS.get(key, key)
        if not widget.accessibleName():
            widget.setAccessibleName(text)
        widget.setObjectName(f"field_{key.replace('.', '_')}")
        error = FieldError()
        error.setObjectName(f"error_{key.replace('.', '_')}")
        self.widgets[key] = widget
        self.errors[key] = error
        self._getters[key] = getter
        box = with_error(widget, error)
        # A fixed-height text box must not make its row grow and float in the middle.
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form.addRow(text, box)

    def _line(self, form: QFormLayout, key: str, max_len: int = 300) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_len)
        self._add(form, key, edit, edit.text)
        return edit

    def _text(self, form: QFormLayout, key: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(70)
        self._add(form, key, edit, edit.toPlainText)
        return edit

    def _choice(self, form: QFormLayout, key: str, cls: type) -> ChoiceCombo:
        combo = ChoiceCombo(cls, FIELD_LABELS[key])
        self._add(form, key, combo, combo.value)
        return combo

    def _tri(self, form: QFormLayout, key: str) -> TriStateCombo:
        combo = TriStateCombo(FIELD_LABELS[key])
        self._add(form, key, combo, combo.value)
        return combo

    def set_value(self, key: str, value: object) -> None:
        """Fill a field as a person would (tests, screenshots)."""
        widget = self.widgets[key]
        if isinstance(widget, ChoiceCombo | TriStateCombo):
            widget.set_value(value)  # type: ignore[arg-type]
        elif isinstance(widget, DistrictCombo):
            widget.set_value("" if value is None else str(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            raise TypeError(key)

    # ----- reading -----
    def values(self, keys: list[str]) -> dict[str, object]:
        """The intake mapping for `keys` (consent keys are gathered into "consent")."""
        self.local_errors = {}
        data: dict[str, object] = {}
        consent: dict[str, object] = {}
        for key in keys:
            value = self._getters[key]()
            if key.startswith("consent."):
                consent[key[len("consent.") :]] = value
            else:
                data[key] = value
        if consent:
            given = bool(
                consent.get("processing") or consent.get("share_with_centres")
                or consent.get("share_with")
            )  # fmt: skip
            if not given:
                consent.pop("date", None)
            data["consent"] = consent
        return data
