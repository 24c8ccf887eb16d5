"""The intake form's two inputs of its own: the children list and the district box.

Split from intake_fields.py (which lays the steps out) because each is a widget
with its own state and value; the form only registers them under their keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.cases.draft import FIELD_LABELS, MAX_CHILD_AGE
from kdm_desktop.domain.statistics.districts import district_list


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
