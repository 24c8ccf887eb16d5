"""The intake form's fields, step by step, and how their values become the intake's keys.

Each field is registered under its intake key ("birth_date", "consent.date"), so a
`ValidationErrors` from `CaseService.parse_intake` lands beside the field it names.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop import messages
from kdm_desktop.domain.cases.choices import (
    ApplicationChannel,
    Education,
    Employment,
    HeardFrom,
    IncomeBand,
    MaritalStatus,
    PerpetratorRelation,
    RecipientKind,
    ViolenceDuration,
    ViolenceFrequency,
    ViolenceType,
)
from kdm_desktop.domain.cases.draft import FIELD_LABELS, MAX_CHILD_AGE
from kdm_desktop.domain.statistics.districts import district_list
from kdm_desktop.ui.cases.formatting import parse_form_date, short_date
from kdm_desktop.ui.cases.inputs import ChoiceCombo, TriStateCombo, date_edit, date_of
from kdm_desktop.ui.widgets import FieldError, with_error

Getter = Callable[[], object]


def field_root(path: str) -> str:
    """The form key an error path belongs to: "children[1].age" → "children"."""
    if path.startswith("consent."):
        return "consent." + re.split(r"[.\[]", path[len("consent.") :])[0]
    return re.split(r"[.\[]", path)[0]


class ChildrenEditor(QWidget):
    """Her children: age and whether the child lives with her, one row each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[QWidget, QSpinBox, QCheckBox]] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add child"))
        self.add_button.setObjectName("addChild")
        self.add_button.clicked.connect(lambda: self.add_child())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._list)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(FIELD_LABELS["children"])

    def add_child(self, age: int = 0, with_her: bool = True) -> None:
        row = QWidget()
        spin = QSpinBox()
        spin.setRange(0, MAX_CHILD_AGE)
        spin.setValue(age)
        spin.setAccessibleName(self.tr("Child's age"))
        check = QCheckBox(self.tr("Lives with her"))
        check.setChecked(with_her)
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this child"))
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(spin)
        line.addWidget(check)
        line.addWidget(remove)
        line.addStretch(1)
        entry = (row, spin, check)
        self._rows.append(entry)
        self._list.addWidget(row)
        remove.clicked.connect(lambda: self._remove(entry))

    def _remove(self, entry: tuple[QWidget, QSpinBox, QCheckBox]) -> None:
        self._rows.remove(entry)
        entry[0].deleteLater()

    def value(self) -> list[dict[str, object]]:
        return [
            {"age": spin.value(), "with_her": check.isChecked()} for _, spin, check in self._rows
        ]

    def set_children(self, children: list[dict[str, object]]) -> None:
        """Replace every row (a restored draft)."""
        for entry in list(self._rows):
            self._remove(entry)
        for child in children:
            age, with_her = child.get("age"), child.get("with_her")
            self.add_child(age if isinstance(age, int) else 0, with_her is not False)


class DistrictCombo(QComboBox):
    """Her district of residence from the province's closed list (packaged data).

    An old free-text value that names no district (stored before the list) is shown
    as its own item, marked, so editing another field keeps it; the admin sees it
    on the statistics page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._districts = district_list()
        self.addItem(self.tr("Not stated"), "")
        for d in self._districts.districts:
            self.addItem(d.name, d.name)
        self.setMaxVisibleItems(16)

    def value(self) -> str:
        return str(self.currentData() or "")

    def set_value(self, text: str) -> None:
        text = text.strip()
        key = self._districts.match(text) if text else None
        wanted = self._districts.name_of(key) if key else text
        index = self.findData(wanted)
        if index < 0:
            self.addItem(self.tr("%1 (not on the list)").replace("%1", text), text)
            index = self.count() - 1
        self.setCurrentIndex(index)


class IntakeFields(QObject):
    """Builds the four steps' widgets and reads them back as the intake mapping."""

    def __init__(
        self,
        parent: QWidget,
        today: datetime.date,
        staff: list[tuple[str, str]],
        me: str,
    ) -> None:
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self._getters: dict[str, Getter] = {}
        # Problems only the window can see (a date it cannot read), per key.
        self.local_errors: dict[str, str] = {}
        self._today = today
        self._staff = staff
        self._me = me

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

    def _typed_date(self, form: QFormLayout, key: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        edit.setMaxLength(10)

        def value() -> object:
            iso = parse_form_date(edit.text())
            if iso is None:
                self.local_errors[key] = self.tr(
                    "{label}: write the date as dd.mm.yyyy, e.g. 15.03.1988."
                ).format(label=FIELD_LABELS[key])
                return None
            return iso or None

        self._add(form, key, edit, value)
        return edit

    # ----- the steps -----
    def application_step(self, with_assignee: bool = True) -> QWidget:
        """`with_assignee=False` for editing: assignment has its own dialog."""
        page = QWidget()
        form = QFormLayout(page)
        self.application_date = date_edit(FIELD_LABELS["application_date"], self._today)
        self._add(
            form,
            "application_date",
            self.application_date,
            lambda: date_of(self.application_date).isoformat(),
        )
        self._choice(form, "channel", ApplicationChannel)
        self._text(form, "reason")
        self._choice(form, "heard_from", HeardFrom)
        if not with_assignee:
            return page
        assigned = QComboBox()
        assigned.addItem(self.tr("Nobody yet"), None)
        for username, name in self._staff:
            assigned.addItem(f"{name} ({username})" if name else username, username)
        assigned.setCurrentIndex(max(assigned.findData(self._me), 0))
        # Read when the form is built, so it follows the window's language.
        label = messages.text("case.field.assigned_to")
        self._add(form, "assigned_to", assigned, assigned.currentData, label)
        return page

    def client_step(self) -> QWidget:
        page = QWidget()
        columns = QHBoxLayout(page)
        left, right = QFormLayout(), QFormLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(24)
        columns.addLayout(right, 1)

        self.anonymous = QCheckBox(self.tr("She does not want to give her name"))
        self._add(left, "anonymous", self.anonymous, self.anonymous.isChecked)
        first = self._line(left, "first_name", 60)
        last = self._line(left, "last_name", 60)
        self.anonymous.toggled.connect(lambda on: first.setDisabled(on))
        self.anonymous.toggled.connect(lambda on: last.setDisabled(on))
        self._getters["first_name"] = lambda: "" if self.anonymous.isChecked() else first.text()
        self._getters["last_name"] = lambda: "" if self.anonymous.isChecked() else last.text()
        self._line(left, "tc_kimlik_no", 20)
        self._typed_date(left, "birth_date")
        age = self._line(left, "age", 3)
        age.setPlaceholderText(self.tr("if the birth date is not known"))
        self._line(left, "nationality", 60)
        self._line(left, "language", 60)
        self._tri(left, "needs_interpreter")
        self._line(left, "phone", 30)
        others = self._line(left, "other_phones", 200)
        others.setPlaceholderText(self.tr("separate several numbers with commas"))
        self._getters["other_phones"] = lambda: [
            p.strip() for p in re.split(r"[,;]", others.text()) if p.strip()
        ]
        self._line(left, "address", 300)

        self._line(right, "neighbourhood", 100)
        district = DistrictCombo()
        self._add(right, "district", district, district.value)
        confidential = QCheckBox(self.tr("Keep her address confidential"))
        self._add(right, "address_confidential", confidential, confidential.isChecked)
        self._choice(right, "marital_status", MaritalStatus)
        self._choice(right, "education", Education)
        self._choice(right, "employment", Employment)
        self._tri(right, "has_own_income")
        self._choice(right, "income_band", IncomeBand)
        self._text(right, "health_notes")
        self._tri(right, "disability")
        children = ChildrenEditor()
        self._add(right, "children", children, children.value)
        return page

    def violence_step(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.violence_checks: dict[str, QCheckBox] = {}
        for i, kind in enumerate(ViolenceType):
            check = QCheckBox(kind.label)
            check.setObjectName(f"violence_{kind.value}")
            self.violence_checks[kind.value] = check
            grid.addWidget(check, i // 4, i % 4)
        self._add(
            form,
            "violence_types",
            box,
            lambda: [k for k, c in self.violence_checks.items() if c.isChecked()],
        )
        self._choice(form, "perpetrator_relation", PerpetratorRelation)
        self._tri(form, "lives_with_perpetrator")
        self._choice(form, "violence_frequency", ViolenceFrequency)
        self._choice(form, "violence_duration", ViolenceDuration)
        self._tri(form, "weapon_access")
        self._tri(form, "earlier_complaints")
        self._tri(form, "earlier_orders")
        self._tri(form, "life_danger")
        return page

    def consent_step(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.consent_processing = QCheckBox(
            self.tr("She agrees that her personal data are processed by the centre")
        )
        self._add(
            form, "consent.processing", self.consent_processing,
            self.consent_processing.isChecked, self.tr("Processing"),
        )  # fmt: skip
        self.consent_centres = QCheckBox(
            self.tr("She agrees that her file is shared with other counselling centres")
        )
        self._add(
            form, "consent.share_with_centres", self.consent_centres,
            self.consent_centres.isChecked, self.tr("Other centres"),
        )  # fmt: skip
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.recipient_checks: dict[str, QCheckBox] = {}
        for i, kind in enumerate(RecipientKind):
            check = QCheckBox(kind.label)
            check.setObjectName(f"recipient_{kind.value}")
            self.recipient_checks[kind.value] = check
            grid.addWidget(check, i // 2, i % 2)
        self._add(
            form,
            "consent.share_with",
            box,
            lambda: [k for k, c in self.recipient_checks.items() if c.isChecked()],
            self.tr("May be shared with"),
        )
        self.consent_date: QDateEdit = date_edit(self.tr("Date of consent"), self._today)
        self._add(
            form,
            "consent.date",
            self.consent_date,
            lambda: date_of(self.consent_date).isoformat(),
            self.tr("Date of consent"),
        )
        return page

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

    def load(self, values: Mapping[str, object]) -> None:
        """Fill the fields from a stored draft in `draft_as_dict` shape (editing)."""
        for key, value in values.items():
            if key not in self.widgets:
                continue
            widget = self.widgets[key]
            if key == "violence_types":
                chosen = set(value) if isinstance(value, list) else set()
                for kind, check in self.violence_checks.items():
                    check.setChecked(kind in chosen)
            elif isinstance(widget, ChildrenEditor):
                for child in value if isinstance(value, list) else []:
                    widget.add_child(int(child["age"]), bool(child["with_her"]))
            elif isinstance(widget, QDateEdit):
                if isinstance(value, str):
                    widget.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))
            elif key == "birth_date":
                day = datetime.date.fromisoformat(value) if isinstance(value, str) else None
                self.set_value(key, short_date(day))
            elif key == "other_phones":
                self.set_value(key, ", ".join(value) if isinstance(value, list) else "")
            elif value is None and isinstance(widget, QLineEdit | QPlainTextEdit):
                self.set_value(key, "")
            else:
                self.set_value(key, value)

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
