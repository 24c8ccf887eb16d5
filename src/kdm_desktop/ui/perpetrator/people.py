"""The list of the men she named, with the buttons that act on the list as a whole.

Split from the tab (tab.py), which owns the form and the service calls: this
widget only shows the rows (the primary first), keeps the selection without
re-triggering the tab, and reports which row she picked. Its texts keep the
"PerpetratorTab" translation context they were written under.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.perpetrator import PerpetratorRow

_ID_ROLE = Qt.ItemDataRole.UserRole


def row_title(row: PerpetratorRow) -> str:
    """'2. Eşi — Ahmet': the position, the relation and the name if she gave one."""
    p = row.record
    relation = (
        p.relation.label
        if p.relation
        else QCoreApplication.translate("PerpetratorTab", "Relation not stated")
    )
    text = f"{row.position}. {relation}"
    if p.name:
        text += f" — {p.name}"
    if row.position == 1:
        text += " " + QCoreApplication.translate("PerpetratorTab", "(primary)")
    return text


class PeopleList(QWidget):
    picked = Signal(str)  # the id of the row she chose

    def __init__(self) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setObjectName("perpList")
        self.list.setAccessibleName(
            QCoreApplication.translate("PerpetratorTab", "People she named")
        )
        self.list.setMaximumWidth(300)
        # A long entry wraps ("1. Husband — … (primary)"): never a sideways scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._current_changed)
        self.new_button = QPushButton(QCoreApplication.translate("PerpetratorTab", "&New person"))
        self.new_button.setObjectName("perpNew")
        self.primary_button = QPushButton(
            QCoreApplication.translate("PerpetratorTab", "Make &primary")
        )
        self.primary_button.setObjectName("perpPrimary")
        self.primary_button.setToolTip(
            QCoreApplication.translate(
                "PerpetratorTab",
                "The primary one is counted in the statistics and named in letters.",
            )
        )
        self.remove_button = QPushButton(QCoreApplication.translate("PerpetratorTab", "&Remove…"))
        self.remove_button.setObjectName("perpRemove")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.primary_button)
        layout.addLayout(buttons)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_rows(self, rows: Sequence[PerpetratorRow]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(row_title(row))
            item.setData(_ID_ROLE, row.id)
            item.setToolTip(item.text())
            self.list.addItem(item)
        self.list.blockSignals(False)

    def select(self, perpetrator_id: str | None) -> None:
        """Select the row (None: no row) without reporting it as her pick."""
        self.list.blockSignals(True)
        if perpetrator_id is None:
            self.list.clearSelection()
            self.list.setCurrentRow(-1)
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(_ID_ROLE) == perpetrator_id:
                self.list.setCurrentItem(item)
                break
        self.list.blockSignals(False)

    def set_row_actions(self, row: PerpetratorRow | None, editable: bool) -> None:
        self.primary_button.setEnabled(editable and row is not None and row.position > 1)
        self.remove_button.setEnabled(editable and row is not None)

    def _current_changed(self, current: QListWidgetItem | None, _: object) -> None:
        if current is not None:
            self.picked.emit(str(current.data(_ID_ROLE)))
