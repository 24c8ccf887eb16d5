"""The intake form's fields, step by step, and how their values become the intake's keys.

Each field is registered under its intake key ("birth_date", "consent.date") by the
base, `IntakeRegistry` (intake_registry.py), so a `ValidationErrors` from
`CaseService.parse_intake` lands beside the field it names; the children list and
the district box are in intake_inputs.py.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
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
from kdm_desktop.domain.cases.draft import FIELD_LABELS
from kdm_desktop.ui.cases.formatting import parse_form_date, short_date
from kdm_desktop.ui.cases.inputs import date_edit, date_of
from kdm_desktop.ui.cases.intake_inputs import ChildrenEditor, DistrictCombo
from kdm_desktop.ui.cases.intake_registry import IntakeRegistry


def field_root(path: str) -> str:
    """The form key an error path belongs to: "children[1].age" → "children"."""
    if path.startswith("consent."):
        return "consent." + re.split(r"[.\[]", path[len("consent.") :])[0]
    return re.split(r"[.\[]", path)[0]


class IntakeFields(IntakeRegistry):
    """Builds the four steps' widgets and reads them back as the intake mapping."""

    def __init__(
        self,
        parent: QWidget,
        today: datetime.date,
        staff: list[tuple[str, str]],
        me: str,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._staff = staff
        self._me = me

    # ----- registration (the rest in intake_registry.py) -----
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
