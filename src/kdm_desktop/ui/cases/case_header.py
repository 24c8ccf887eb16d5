"""The top of the case view: the buttons, the case's number and name, its facts.

Back, Edit, Change status, Assign and the Actions menu (the actions other features
register); under them the title ("2026/0042 — Ayşe Yılmaz"), one line of facts
(status, who is responsible, a transfer or closure) and, when a field was changed
both here and at another centre, a flag that says so. The case view connects the
buttons and fills the header with `show_case`; `clear` empties it when the view is
kept for the next case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.cases.choices import CaseStatus
from kdm_desktop.domain.cases.records import CaseView
from kdm_desktop.domain.cases.status import status_text
from kdm_desktop.ui.cases.formatting import iso_day_text
from kdm_desktop.ui.widgets import heading

_CONFLICT_STYLE = "background: #fff4ce; color: #5c3b00; padding: 6px; border: 1px solid #e0b000;"


class CaseHeader(QWidget):
    def __init__(
        self,
        editable: bool,
        actions: Sequence[tuple[str, Callable[[], object]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.back_button = QPushButton(self.tr("← &Back to the list"))
        self.back_button.setObjectName("caseBack")
        self.back_button.setToolTip(self.tr("Back to the case list (Esc)"))
        self.title = heading("", 1.5)
        self.title.setObjectName("caseTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel()
        self.facts.setObjectName("caseFacts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_flag = QLabel()
        self.conflict_flag.setObjectName("caseConflictFlag")
        self.conflict_flag.setWordWrap(True)
        self.conflict_flag.setStyleSheet(_CONFLICT_STYLE)
        self.conflict_flag.hide()
        self.status_button = QPushButton(self.tr("Change &status…"))
        self.status_button.setObjectName("changeStatus")
        self.assign_button = QPushButton(self.tr("&Assign…"))
        self.assign_button.setObjectName("assignCase")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editCase")
        self.edit_button.setToolTip(
            self.tr("Change the application, client and violence details (Ctrl+E)")
        )
        for b in (self.edit_button, self.status_button, self.assign_button):
            b.setEnabled(editable)
        self.actions_button = QToolButton()
        self.actions_button.setObjectName("caseActions")
        self.actions_button.setText(self.tr("A&ctions"))
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.actions_button)
        for title, run in actions:
            menu.addAction(title, run)
        self.actions_button.setMenu(menu)
        self.actions_button.setVisible(not menu.isEmpty())

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.actions_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.conflict_flag)

    def show_case(self, view: CaseView, staff_name: str | None, conflicted: bool) -> None:
        """Fill the header; `staff_name` is who is responsible (None: nobody)."""
        record = view.record
        self.title.setText(f"{record.case_number} — {record.display_name}")
        self.title.setAccessibleName(self.title.text())
        facts = self.tr("Status: {status}    Responsible: {staff}").format(
            status=status_text(record.status, record.closure_reason),
            staff=staff_name if staff_name is not None else self.tr("nobody"),
        )
        handover = view.handover
        if handover is not None and handover.handed_to_code:
            centre = handover.handed_to_code
            if handover.handed_to_name:
                centre += f" ({handover.handed_to_name})"
            facts += "    " + self.tr("Transferred to {centre} on {day}").format(
                centre=centre, day=iso_day_text(handover.changed_at)
            )
        elif record.status == CaseStatus.CLOSED and record.closure_reason is not None:
            facts += "    " + self.tr("Closed: {reason}").format(reason=record.closure_reason.label)
        self.facts.setText(facts)
        # A field edited here and at another centre keeps both values until a person decides.
        self.conflict_flag.setText(
            self.tr(
                "This file has fields that were changed both here and at another centre. "
                "Both values are kept: decide which to keep on the Transfers page."
            )
        )
        self.conflict_flag.setVisible(conflicted)

    def clear(self) -> None:
        """Show no case (the view is kept for the next one)."""
        self.title.clear()
        self.title.setAccessibleName("")
        self.facts.clear()
        self.conflict_flag.hide()
