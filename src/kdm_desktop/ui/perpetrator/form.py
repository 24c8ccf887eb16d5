"""The form of one perpetrator record: its fields, shown and read back.

The tab (tab.py) owns the list and the actions; this box only knows the fields,
so the field names (object names the drafts are keyed on) stay in one place.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QSpinBox

from kdm_desktop.domain.cases.choices import PerpetratorRelation
from kdm_desktop.domain.cases.validation import MAX_NAME
from kdm_desktop.domain.perpetrator import (
    FIELD_LABELS,
    MAX_SHARED_CHILDREN,
    Answer,
    Perpetrator,
    PerpetratorAgeBand,
)
from kdm_desktop.ui.cases.inputs import ChoiceCombo

_FIELD_WIDTH = 340
_NOT_STATED = -1  # the spin box's "Belirtilmedi"


class PerpetratorForm(QGroupBox):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("perpForm")
        self.relation = ChoiceCombo(PerpetratorRelation, FIELD_LABELS["relation"])
        self.relation.setObjectName("perpRelation")
        self.name = QLineEdit()
        self.name.setObjectName("perpName")
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(FIELD_LABELS["name"])
        self.name.setPlaceholderText(self.tr("Leave empty if she does not want to give it"))
        self.age_band = ChoiceCombo(PerpetratorAgeBand, FIELD_LABELS["age_band"])
        self.age_band.setObjectName("perpAgeBand")
        self.weapon = ChoiceCombo(Answer, FIELD_LABELS["weapon_access"])
        self.weapon.setObjectName("perpWeapon")
        self.prior_orders = ChoiceCombo(Answer, FIELD_LABELS["prior_orders"])
        self.prior_orders.setObjectName("perpPriorOrders")
        # Not "children": that would hide QObject.children().
        self.shared_children = QSpinBox()
        self.shared_children.setObjectName("perpChildren")
        self.shared_children.setRange(_NOT_STATED, MAX_SHARED_CHILDREN)
        self.shared_children.setSpecialValueText(self.tr("Not stated"))
        self.shared_children.setAccessibleName(FIELD_LABELS["shared_children"])
        self.note = QPlainTextEdit()
        self.note.setObjectName("perpNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(84)
        self.note.setAccessibleName(FIELD_LABELS["note"])
        for widget in (self.relation, self.name, self.age_band, self.weapon, self.prior_orders):
            widget.setMaximumWidth(_FIELD_WIDTH)
        self.shared_children.setMaximumWidth(160)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(FIELD_LABELS["relation"] + ":", self.relation)
        form.addRow(FIELD_LABELS["name"] + ":", self.name)
        form.addRow(FIELD_LABELS["age_band"] + ":", self.age_band)
        form.addRow(FIELD_LABELS["weapon_access"] + ":", self.weapon)
        form.addRow(FIELD_LABELS["prior_orders"] + ":", self.prior_orders)
        form.addRow(FIELD_LABELS["shared_children"] + ":", self.shared_children)
        form.addRow(FIELD_LABELS["note"] + ":", self.note)

    def show_record(self, p: Perpetrator) -> None:
        self.relation.set_value(p.relation.value if p.relation else None)
        self.name.setText(p.name)
        self.age_band.set_value(p.age_band.value if p.age_band else None)
        self.weapon.set_value(p.weapon_access.value if p.weapon_access else None)
        self.prior_orders.set_value(p.prior_orders.value if p.prior_orders else None)
        count = p.shared_children
        self.shared_children.setValue(_NOT_STATED if count is None else count)
        self.note.setPlainText(p.note)

    def record(self) -> Perpetrator:
        """What the form holds (unchecked; the service checks it)."""
        relation, age = self.relation.value(), self.age_band.value()
        weapon, prior = self.weapon.value(), self.prior_orders.value()
        count = self.shared_children.value()
        return Perpetrator(
            relation=PerpetratorRelation(relation) if relation else None,
            name=self.name.text(),
            age_band=PerpetratorAgeBand(age) if age else None,
            weapon_access=Answer(weapon) if weapon else None,
            prior_orders=Answer(prior) if prior else None,
            shared_children=None if count == _NOT_STATED else count,
            note=self.note.toPlainText(),
        )
