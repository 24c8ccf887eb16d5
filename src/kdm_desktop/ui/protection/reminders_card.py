"""The start page card: reminders due across the open cases."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from kdm_desktop import messages
from kdm_desktop.changes import CASES, ORDERS, RISK, SAFETY_PLANS, Changes
from kdm_desktop.domain.dates import format_shown_date
from kdm_desktop.errors import KdmError
from kdm_desktop.services.reminders import RemindersService
from kdm_desktop.services.session import Session
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.widgets import heading

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RemindersCard(QFrame):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._ctx = ctx
        self._service = RemindersService(session)
        self.list = QListWidget()
        self.list.setObjectName("remindersList")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Reminders"))
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        self.empty = QLabel(self.tr("Nothing due in the next 14 days."))
        self.empty.setObjectName("remindersEmpty")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reminders"), 1.2))
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        self.reload()
        ctx.events.data_changed.connect(self._data_changed)

    def _data_changed(self, changes: Changes) -> None:
        # Reminders come from orders, risk and plan reviews of the open cases.
        if changes.touches(CASES, ORDERS, RISK, SAFETY_PLANS):
            self.reload()

    def reload(self) -> None:
        self.list.clear()
        try:
            due = self._service.due()
        except KdmError as exc:
            self.empty.setText(exc.message)
            self.empty.show()
            self.list.hide()
            return
        for r in due:
            kind = messages.text(r.kind.label_key)
            item = QListWidgetItem(
                f"{format_shown_date(r.due_date)} · {r.case_number} · {kind}\n{r.text}"
            )
            item.setData(CASE_ID_ROLE, r.case_id)
            self.list.addItem(item)
        self.empty.setVisible(not due)
        self.list.setVisible(bool(due))
        self.list.setMinimumHeight(min(6, max(1, len(due))) * 52)

    def _open(self, item: QListWidgetItem) -> None:
        """Open the reminder's case itself, not just the case list."""
        self._ctx.events.navigate_requested.emit("cases")
        case_id = item.data(CASE_ID_ROLE)
        if case_id:
            self._ctx.events.open_case_requested.emit(str(case_id))
