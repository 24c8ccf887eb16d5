"""The centre's details as a form, used by the set-up wizard and by Settings."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.ui.widgets import FieldError, FormErrors, with_error

FIELDS = ("name", "code", "municipality", "district", "address", "phone", "email")


class CentreForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self.general_error = FieldError()
        self.errors = FormErrors(self.general_error)
        labels = {
            "name": self.tr("Centre &name:"),
            "code": self.tr("Centre &code:"),
            "municipality": self.tr("&Municipality:"),
            "district": self.tr("&District:"),
            "address": self.tr("&Address:"),
            "phone": self.tr("&Phone:"),
            "email": self.tr("&E-mail:"),
        }
        accessible = {
            "name": self.tr("Centre name"),
            "code": self.tr("Centre code"),
            "municipality": self.tr("Municipality"),
            "district": self.tr("District"),
            "address": self.tr("Address"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"centre_{field}")
            edit.setAccessibleName(accessible[field])
            error = FieldError()
            self.errors.add(field, error)
            self.edits[field] = edit
            form.addRow(labels[field], with_error(edit, error))
        code = self.edits["code"]
        code.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,8}")))
        code.setPlaceholderText(self.tr("2–8 capital letters or digits, e.g. NRL"))
        code.textEdited.connect(lambda text: code.setText(text.upper()))
        self.edits["name"].setPlaceholderText(
            self.tr("e.g. Nilüfer Belediyesi Kadın Danışma Merkezi")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.general_error)

    def centre(self) -> CentreInfo:
        return CentreInfo(**{field: self.edits[field].text() for field in FIELDS})

    def set_centre(self, centre: CentreInfo) -> None:
        for field in FIELDS:
            self.edits[field].setText(getattr(centre, field))
        self.errors.clear()

    def validated(self) -> CentreInfo | None:
        """The cleaned centre, or None after showing the core's error at its field."""
        self.errors.clear()
        try:
            return self.centre().validated()
        except ValidationErrors as exc:
            self.show_error(exc)
            return None

    def show_error(self, exc: ValidationErrors) -> None:
        self.errors.show_validation(exc)
        edit = self.edits.get(exc.field)
        if edit is not None:
            edit.setFocus()
