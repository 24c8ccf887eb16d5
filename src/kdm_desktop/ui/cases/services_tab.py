"""'Hizmetler': the services log, and a new entry (kind, date, staff, duration, note)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.cases.choices import ServiceKind
from kdm_desktop.domain.cases.records import CaseView
from kdm_desktop.domain.cases.service_log import MAX_MINUTES, ServiceEntryDraft
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import today
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.service_log import ServiceLogService
from kdm_desktop.services.session import Session
from kdm_desktop.ui.cases.events import CaseEvents
from kdm_desktop.ui.cases.formatting import day_text
from kdm_desktop.ui.cases.inputs import ChoiceCombo, date_edit, date_of
from kdm_desktop.ui.cases.table_support import fill, make_table
from kdm_desktop.ui.widgets import FieldError, with_error


class ServicesTab(QWidget):
    def __init__(
        self, session: Session, case_id: str, events: CaseEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = ServiceLogService(session)
        self._case_id = case_id
        self._events = events
        self.table = make_table(
            [
                self.tr("Date"),
                self.tr("Service"),
                self.tr("Staff"),
                self.tr("Minutes"),
                self.tr("Note"),
            ],
            self.tr("Services given"),
            "servicesTable",
        )
        self.kind = ChoiceCombo(ServiceKind, self.tr("Kind of service"), required=True)
        self.kind.setObjectName("serviceKind")
        self.date = date_edit(self.tr("Date of the service"), today(session))
        self.staff = QComboBox()
        self.staff.setObjectName("serviceStaff")
        self.staff.setAccessibleName(self.tr("Staff who gave the service"))
        staff = CaseService(session).assignable_staff()
        self._names = dict(staff)
        for username, name in staff:
            self.staff.addItem(f"{name} ({username})" if name else username, username)
        self.staff.setCurrentIndex(max(self.staff.findData(session.user.username), 0))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("serviceMinutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSpecialValueText(self.tr("not counted"))
        self.minutes.setAccessibleName(self.tr("Duration in minutes"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("serviceNote")
        self.note.setAccessibleName(self.tr("Note on the service"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.add_button = QPushButton(self.tr("&Add service"))
        self.add_button.setObjectName("addService")
        self.add_button.clicked.connect(self.add)
        self.add_button.setEnabled(session.can(Permission.EDIT_CASES))
        self.error = FieldError()
        self.error.setObjectName("serviceError")
        form = QFormLayout()
        form.addRow(self.tr("Service:"), self.kind)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Staff:"), self.staff)
        form.addRow(self.tr("Minutes:"), self.minutes)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow("", with_error(self.add_button, self.error))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)

    def show_view(self, view: CaseView) -> None:
        hidden = self.tr("(psychologists only)")
        fill(
            self.table,
            [
                (
                    e.id,
                    [
                        day_text(e.date),
                        e.kind.label,
                        self._names.get(e.staff) or e.staff,
                        "" if e.duration_minutes is None else str(e.duration_minutes),
                        hidden if e.note_hidden else e.note,
                    ],
                )
                for e in view.services
            ],
        )

    def add(self) -> None:
        self.error.clear_error()
        kind = self.kind.value()
        assert kind is not None  # the list has no "not stated" entry
        minutes = self.minutes.value() or None
        draft = ServiceEntryDraft(
            ServiceKind(kind),
            date_of(self.date),
            str(self.staff.currentData() or ""),
            minutes,
            self.note.toPlainText(),
        )
        try:
            self._service.add(self._case_id, draft)
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        self.note.clear()
        self.minutes.setValue(0)
        self._events.case_changed.emit()
