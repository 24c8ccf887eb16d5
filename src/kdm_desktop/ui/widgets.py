"""Small widgets shared by the forms: field errors, password fields, headings."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.accounts import MIN_PASSWORD, password_strength, validate_password
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.ui.fonts import scaled_font

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #444444;"


class FieldError(QLabel):
    """A red sentence under a field, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("fieldError")
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def with_error(field: QWidget, error: FieldError) -> QWidget:
    """Stack `field` over its error label; focus and mnemonics go to the field."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)
    return box


class FormErrors:
    """Routes a `ValidationErrors` to the label of the (first) field it names."""

    def __init__(self, general: FieldError) -> None:
        self.general = general
        self._fields: dict[str, FieldError] = {}

    def add(self, field: str, error: FieldError) -> None:
        self._fields[field] = error

    def clear(self) -> None:
        self.general.clear_error()
        for error in self._fields.values():
            error.clear_error()

    def show(self, message: str, field: str = "") -> None:
        self._fields.get(field, self.general).show_error(message)

    def show_validation(self, exc: ValidationErrors) -> None:
        self.show(exc.message, exc.field)


def heading(text: str, factor: float = 1.5) -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(QFont(label.font()), factor, bold=True))
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def password_edit(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    # No autofill or input-method history for secrets.
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhSensitiveData
    )
    return edit


class StrengthHint(QWidget):
    """A live 0–4 hint from the core's `password_strength`; advice, not a gate."""

    _COLOURS = ("#b00020", "#c75000", "#a07800", "#2e7d32", "#1b5e20")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("strengthHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.update_for("")

    def update_for(self, password: str) -> None:
        score = password_strength(password)
        if not password:
            text = self.tr("At least {min} characters. Longer is stronger.").format(
                min=MIN_PASSWORD
            )
        elif score == 0:
            text = self.tr("Too short: at least {min} characters.").format(min=MIN_PASSWORD)
        else:
            names = {
                1: self.tr("Weak"),
                2: self.tr("Fair"),
                3: self.tr("Good"),
                4: self.tr("Strong"),
            }
            text = self.tr("Password strength: {level}").format(level=names[score])
        self.bar.setValue(score)
        self.bar.setStyleSheet(
            f"QProgressBar::chunk {{ background-color: {self._COLOURS[score]}; }}"
        )
        self.label.setText(text)
        self.setAccessibleDescription(text)


class NewPasswordFields(QObject):
    """New password + repeat + strength hint, with the core's rule and a match check."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.password = password_edit(self.tr("New password"))
        self.repeat = password_edit(self.tr("Repeat the new password"))
        self.hint = StrengthHint()
        self.password_error = FieldError()
        self.repeat_error = FieldError()
        self.password.textChanged.connect(self.hint.update_for)
        self.password.setObjectName("newPassword")
        self.repeat.setObjectName("repeatPassword")

    def add_rows(self, form: QFormLayout, password_label: str, repeat_label: str) -> None:
        box = with_error(self.password, self.password_error)
        form.addRow(password_label, box)
        form.addRow("", self.hint)
        form.addRow(repeat_label, with_error(self.repeat, self.repeat_error))

    def text(self) -> str:
        return self.password.text()

    def validate(self) -> bool:
        self.password_error.clear_error()
        self.repeat_error.clear_error()
        try:
            validate_password(self.password.text())
        except ValidationErrors as exc:
            self.password_error.show_error(exc.message)
            return False
        if self.password.text() != self.repeat.text():
            self.repeat_error.show_error(self.tr("The two passwords are not the same."))
            return False
        return True

    def show_error(self, message: str) -> None:
        self.password_error.show_error(message)

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()
        self.password_error.clear_error()
        self.repeat_error.clear_error()
