"""The risk tab's checklist: every danger factor by category, answered yes/no/don't know."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.protection.risk import UNKNOWN, RiskAnswer
from kdm_desktop.domain.protection.risk_checklist import RiskChecklist

_YES, _NO, _UNKNOWN = 1, 0, 2


class RiskChecklistForm(QScrollArea):
    """Takes her answers to the checklist, one yes/no/don't-know choice a factor.

    It knows nothing of scores or saving: `changed` says an answer moved, and the
    tab reads `answers()`.
    """

    changed = Signal()

    def __init__(self, checklist: RiskChecklist) -> None:
        super().__init__()
        self.groups: dict[str, QButtonGroup] = {}
        form = QWidget()
        form_layout = QVBoxLayout(form)
        for category in checklist.categories:
            box = QGroupBox(category.label)
            grid = QGridLayout(box)
            grid.setColumnStretch(0, 1)
            row = 0
            for item in checklist.items:
                if item.category != category.id:
                    continue
                text = QLabel(item.text + (" *" if item.critical else ""))
                text.setWordWrap(True)
                text.setToolTip(item.help)
                yes, no = QRadioButton(self.tr("Yes")), QRadioButton(self.tr("No"))
                unknown = QRadioButton(self.tr("Don't know"))
                unknown.setToolTip(
                    self.tr("She was asked and does not know; counted on the safe side")
                )
                yes.setObjectName(f"yes_{item.id}")
                no.setObjectName(f"no_{item.id}")
                unknown.setObjectName(f"unknown_{item.id}")
                yes.setAccessibleName(item.text)
                group = QButtonGroup(self)
                group.addButton(yes, _YES)
                group.addButton(no, _NO)
                group.addButton(unknown, _UNKNOWN)
                group.idToggled.connect(self.changed)
                self.groups[item.id] = group
                grid.addWidget(text, row, 0)
                grid.addWidget(yes, row, 1)
                grid.addWidget(no, row, 2)
                grid.addWidget(unknown, row, 3)
                row += 1
            form_layout.addWidget(box)
        note = QLabel(
            self.tr(
                "* Critical factor: one “Yes” raises the level to at least medium, two make "
                "it high, whatever the score. “Don't know” on a critical factor counts like "
                "“Yes” for this rule but on its own raises the level to medium at most; on "
                "other factors it counts like “No”."
            )
        )
        note.setObjectName("criticalNote")
        note.setWordWrap(True)
        form_layout.addWidget(note)
        self.setWidgetResizable(True)
        self.setWidget(form)

    def answers(self) -> dict[str, RiskAnswer]:
        out: dict[str, RiskAnswer] = {}
        for item_id, group in self.groups.items():
            checked = group.checkedId()
            if checked == _UNKNOWN:
                out[item_id] = UNKNOWN
            else:
                out[item_id] = None if checked < 0 else checked == _YES
        return out

    def preset(self, answers: dict[str, RiskAnswer]) -> None:
        """Tick answers already given elsewhere (the intake's life danger, weapon)."""
        for item_id, value in answers.items():
            group = self.groups.get(item_id)
            if group is None or value is None:
                continue
            wanted = _UNKNOWN if value == UNKNOWN else (_YES if value is True else _NO)
            button = group.button(wanted)
            if button is not None:
                button.setChecked(True)

    def unanswered_count(self) -> int:
        return sum(1 for group in self.groups.values() if group.checkedId() < 0)

    def clear(self) -> None:
        """Every factor unanswered again, for the next assessment."""
        for group in self.groups.values():
            # An exclusive group will not uncheck its last button by itself.
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
