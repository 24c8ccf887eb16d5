"""Small dialogs of the case header: change the status (a reason when closing), assign."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.cases.status import allowed_next
from kdm_desktop.errors import KdmError
from kdm_desktop.ui.cases.inputs import ChoiceCombo
from kdm_desktop.ui.widgets import FieldError


class _Dialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = QFormLayout()
        self.error = FieldError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self._apply)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        self.accept()

    def _apply(self) -> None:
        raise NotImplementedError


class StatusDialog(_Dialog):
    def __init__(
        self,
        current: CaseStatus,
        apply: Callable[[CaseStatus, ClosureReason | None, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Change the status"), parent)
        self.setObjectName("statusDialog")
        self._apply_fn = apply
        targets = sorted(allowed_next(current), key=lambda s: list(CaseStatus).index(s))
        self.status = ChoiceCombo(
            CaseStatus, self.tr("New status"), required=True, members=list(targets)
        )
        self.status.setObjectName("newStatus")
        self.reason = ChoiceCombo(ClosureReason, self.tr("Reason for closing"), required=True)
        self.reason.setObjectName("closureReason")
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note on the change"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.form.addRow(self.tr("New status:"), self.status)
        self.form.addRow(self.tr("Reason for closing:"), self.reason)
        self.form.addRow(self.tr("Note:"), self.note)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def _closing(self) -> bool:
        return self.status.value() == CaseStatus.CLOSED.value

    def _status_changed(self) -> None:
        self.reason.setEnabled(self._closing())

    def _apply(self) -> None:
        value = self.status.value()
        assert value is not None
        reason = ClosureReason(r) if self._closing() and (r := self.reason.value()) else None
        self.run(lambda: self._apply_fn(CaseStatus(value), reason, self.note.toPlainText()))


class AssignDialog(_Dialog):
    def __init__(
        self,
        staff: list[tuple[str, str]],
        current: str | None,
        apply: Callable[[str | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Assign the case"), parent)
        self.setObjectName("assignDialog")
        self._apply_fn = apply
        self.staff = QComboBox()
        self.staff.setObjectName("assignStaff")
        self.staff.setAccessibleName(self.tr("Colleague responsible for the case"))
        self.staff.addItem(self.tr("Nobody"), None)
        for username, name in staff:
            self.staff.addItem(f"{name} ({username})" if name else username, username)
        self.staff.setCurrentIndex(max(self.staff.findData(current), 0))
        self.form.addRow(self.tr("Responsible:"), self.staff)

    def _apply(self) -> None:
        username = self.staff.currentData()
        self.run(lambda: self._apply_fn(username if isinstance(username, str) else None))
