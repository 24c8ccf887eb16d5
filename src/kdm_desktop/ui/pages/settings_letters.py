"""Settings › Letters and safety plan (administrators): the letter number series,
the centre's authorised signatory, the province for addressees, and the list of
emergency numbers printed first on every safety plan.

Everything is kept in the encrypted case file through the services, which check
the permission, validate and audit; this tab only shows and collects.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.letters.settings import LetterSettings
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import KdmError
from kdm_desktop.services.case_access import today
from kdm_desktop.services.letter_settings import LetterSettingsService
from kdm_desktop.services.safety_plans import SafetyPlanService
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.widgets import FieldError, FormErrors, note, with_error

_FIELDS = ("number_pattern", "signatory_name", "signatory_title", "province")


def unbroken(number: str) -> str:
    """A word joiner after each "/": the number is never broken across lines
    ("KSK/2026/" on one line, "SY-0001" on the next read as two numbers)."""
    return number.replace("/", "/\u2060")


class LettersTab(QWidget):
    def __init__(self, session: Session, ctx: PageContext | None = None) -> None:
        super().__init__()
        self.setObjectName("lettersSettingsTab")
        self._session = session
        self._letters = LetterSettingsService(session)
        self._plans = SafetyPlanService(session)

        # ----- letters -----
        self.edits: dict[str, QLineEdit] = {}
        self.field_errors: dict[str, FieldError] = {}
        self.general_error = FieldError()
        self.errors = FormErrors(self.general_error)
        labels = {
            "number_pattern": self.tr("Letter number &pattern:"),
            "signatory_name": self.tr("Signatory's &name:"),
            "signatory_title": self.tr("Signatory's &title:"),
            "province": self.tr("Pr&ovince (addressees, centre address):"),
        }
        accessible = {
            "number_pattern": self.tr("Letter number pattern"),
            "signatory_name": self.tr("Signatory's name"),
            "signatory_title": self.tr("Signatory's title"),
            "province": self.tr("Province"),
        }
        letters_box = QGroupBox(self.tr("Referral letters"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in _FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"letterSetting_{field}")
            edit.setAccessibleName(accessible[field])
            error = FieldError()
            self.errors.add(field, error)
            self.field_errors[field] = error
            self.edits[field] = edit
            form.addRow(labels[field], with_error(edit, error))
        self.edits["number_pattern"].setPlaceholderText("{code}/{year}/SY-{seq}")
        self.edits["signatory_title"].setPlaceholderText(self.tr("e.g. Director"))
        self.edits["province"].setPlaceholderText(self.tr("e.g. İzmir"))
        self.example = QLabel()
        self.example.setObjectName("letterNumberExample")
        self.example.setWordWrap(True)
        self.edits["number_pattern"].textChanged.connect(self._show_example)
        form.addRow("", self.example)
        self.save_letters_button = QPushButton(self.tr("&Save letter settings"))
        self.save_letters_button.setObjectName("saveLetterSettings")
        self.save_letters_button.clicked.connect(self.save_letters)
        self.revert_letters_button = QPushButton(self.tr("Re&vert"))
        self.revert_letters_button.setObjectName("revertLetterSettings")
        self.revert_letters_button.clicked.connect(self.load_letters)
        letter_buttons = QHBoxLayout()
        letter_buttons.addStretch(1)
        letter_buttons.addWidget(self.revert_letters_button)
        letter_buttons.addWidget(self.save_letters_button)
        inner = QVBoxLayout(letters_box)
        inner.addWidget(
            note(
                self.tr(
                    "Letters have their own numbers, apart from case numbers: {code} is the "
                    "centre code, {year} the year (numbers restart every year), {seq} the "
                    "letter's sequence. Letters already made keep their numbers. The "
                    "signatory signs every letter; the staff member who makes it is "
                    "printed as the one who prepared it."
                )
            )
        )
        inner.addLayout(form)
        inner.addWidget(self.general_error)
        inner.addLayout(letter_buttons)
        inner.addStretch(1)

        # ----- emergency numbers -----
        numbers_box = QGroupBox(self.tr("Emergency numbers on the safety plan"))
        self.numbers = QTableWidget(0, 2)
        self.numbers.setObjectName("emergencyNumbers")
        self.numbers.setAccessibleName(self.tr("Emergency numbers"))
        self.numbers.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Description")])
        self.numbers.verticalHeader().hide()
        self.numbers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.numbers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.numbers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.numbers.setWordWrap(True)
        header = self.numbers.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.numbers_error = FieldError()
        self.numbers_error.setObjectName("emergencyNumbersError")
        self.numbers_state = QLabel()
        self.numbers_state.setObjectName("emergencyNumbersState")
        self.numbers_state.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add l&ine"))
        self.add_button.setObjectName("addEmergencyNumber")
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("Remove &line"))
        self.remove_button.setObjectName("removeEmergencyNumber")
        self.remove_button.clicked.connect(self.remove_line)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setObjectName("emergencyNumberUp")
        self.up_button.clicked.connect(lambda: self.move_line(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setObjectName("emergencyNumberDown")
        self.down_button.clicked.connect(lambda: self.move_line(1))
        self.default_button = QPushButton(self.tr("Restore de&faults"))
        self.default_button.setObjectName("defaultEmergencyNumbers")
        self.default_button.clicked.connect(self.restore_defaults)
        self.save_numbers_button = QPushButton(self.tr("Save num&bers"))
        self.save_numbers_button.setObjectName("saveEmergencyNumbers")
        self.save_numbers_button.clicked.connect(self.save_numbers)
        edit_row = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            edit_row.addWidget(b)
        edit_row.addStretch(1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.numbers_state, 1)
        save_row.addWidget(self.default_button)
        save_row.addWidget(self.save_numbers_button)
        numbers_layout = QVBoxLayout(numbers_box)
        numbers_layout.addWidget(
            note(
                self.tr(
                    "Printed first on every safety plan, in this order, and shown in the "
                    "plan. In İzmir 112 reaches police, gendarmerie, ambulance and fire. "
                    "Leave the number empty for an app such as KADES."
                )
            )
        )
        numbers_layout.addWidget(self.numbers, 1)
        numbers_layout.addLayout(edit_row)
        numbers_layout.addWidget(self.numbers_error)
        numbers_layout.addLayout(save_row)

        row = QHBoxLayout(self)
        row.addWidget(letters_box, 1)
        row.addWidget(numbers_box, 1)
        self.load_letters()
        self.load_numbers()

    # ----- letters -----

    def settings(self) -> LetterSettings:
        return LetterSettings(**{f: self.edits[f].text() for f in _FIELDS})

    def load_letters(self) -> None:
        current = self._letters.get()
        for field in _FIELDS:
            self.edits[field].setText(getattr(current, field))
        self.errors.clear()
        self._show_example()

    def _show_example(self) -> None:
        pattern = self.edits["number_pattern"].text()
        try:
            number = self._letters.next_number(today(self._session), pattern)
        except ValidationErrors as exc:
            self.example.setText(exc.message)
            return
        self.example.setText(self.tr("The next letter gets %1.").replace("%1", unbroken(number)))

    def save_letters(self) -> None:
        self.errors.clear()
        try:
            self._letters.update(self.settings())
        except ValidationErrors as exc:
            self.errors.show_validation(exc)
            edit = self.edits.get(exc.field)
            if edit is not None:
                edit.setFocus()
            return
        except KdmError as exc:
            dialogs.warn(self, exc.message)
            return
        self.load_letters()
        dialogs.inform(self, self.tr("The letter settings were saved."))

    # ----- emergency numbers -----

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.numbers.rowCount()):
            cells = [self.numbers.item(r, c) for c in (0, 1)]
            out.append(tuple(c.text() if c is not None else "" for c in cells))
        return [(a, b) for a, b in out]

    def _set_rows(self, rows: list[tuple[str, str]]) -> None:
        self.numbers.setRowCount(0)
        for number, label in rows:
            r = self.numbers.rowCount()
            self.numbers.insertRow(r)
            self.numbers.setItem(r, 0, QTableWidgetItem(number))
            self.numbers.setItem(r, 1, QTableWidgetItem(label))
        self.numbers.resizeRowsToContents()

    def load_numbers(self) -> None:
        self._set_rows([(n.number, n.shown_label) for n in self._plans.emergency_numbers()])
        self.numbers_error.clear_error()
        self._show_numbers_state()

    def _show_numbers_state(self) -> None:
        self.numbers_state.setText(
            self.tr("The program's list is in use.")
            if self._plans.numbers_are_default()
            else self.tr("The centre's own list is in use.")
        )

    def add_line(self) -> None:
        r = self.numbers.rowCount()
        self.numbers.insertRow(r)
        first = QTableWidgetItem("")
        self.numbers.setItem(r, 0, first)
        self.numbers.setItem(r, 1, QTableWidgetItem(""))
        self.numbers.setCurrentCell(r, 0)
        self.numbers.editItem(first)

    def remove_line(self) -> None:
        r = self.numbers.currentRow()
        if r >= 0:
            self.numbers.removeRow(r)

    def move_line(self, step: int) -> None:
        r = self.numbers.currentRow()
        rows = self.rows()
        target = r + step
        if r < 0 or not 0 <= target < len(rows):
            return
        rows[r], rows[target] = rows[target], rows[r]
        self._set_rows(rows)
        self.numbers.setCurrentCell(target, 0)

    def save_numbers(self) -> None:
        self._store(self.rows())

    def restore_defaults(self) -> None:
        dialogs.confirm(
            self,
            self.tr("Go back to the program's list of emergency numbers?"),
            lambda: self._store(None),
            yes_text=self.tr("Restore defaults"),
            informative=self.tr("The centre's own list is removed."),
        )

    def _store(self, rows: list[tuple[str, str]] | None) -> None:
        self.numbers_error.clear_error()
        try:
            self._plans.set_emergency_numbers(rows)
        except KdmError as exc:
            self.numbers_error.show_error(exc.message)
            return
        self.load_numbers()
        dialogs.inform(self, self.tr("The emergency numbers were saved."))
