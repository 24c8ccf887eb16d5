"""'Onam': her KVKK consents per purpose; record a new one, record a withdrawal."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.cases.choices import ConsentPurpose, RecipientKind
from kdm_desktop.domain.cases.consent import purpose_label
from kdm_desktop.domain.cases.records import CaseView
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import today
from kdm_desktop.services.consents import ConsentService
from kdm_desktop.services.people import People
from kdm_desktop.services.session import Session
from kdm_desktop.ui.cases.events import CaseEvents
from kdm_desktop.ui.cases.formatting import day_text
from kdm_desktop.ui.cases.inputs import date_edit, date_of
from kdm_desktop.ui.cases.table_support import fill, make_table, selected_id
from kdm_desktop.ui.widgets import FieldError, with_error


class ConsentTab(QWidget):
    def __init__(
        self, session: Session, case_id: str, events: CaseEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = ConsentService(session)
        self._people = People(session)
        self._case_id = case_id
        self._events = events
        day = today(session)
        self.table = make_table(
            [
                self.tr("Purpose"),
                self.tr("Given on"),
                self.tr("Withdrawn on"),
                self.tr("Recorded by"),
            ],
            self.tr("Consents"),
            "consentTable",
        )
        self.purpose = QComboBox()
        self.purpose.setObjectName("consentPurpose")
        self.purpose.setAccessibleName(self.tr("Purpose of the consent"))
        options: list[tuple[ConsentPurpose, RecipientKind | None]] = [
            (ConsentPurpose.PROCESSING, None),
            (ConsentPurpose.SHARE_WITH_CENTRES, None),
            *((ConsentPurpose.SHARE_WITH_INSTITUTION, k) for k in RecipientKind),
        ]
        for purpose, kind in options:
            self.purpose.addItem(purpose_label(purpose, kind), (purpose.value, kind and kind.value))
        self.granted_on = date_edit(self.tr("Date she gave the consent"), day)
        self.record_button = QPushButton(self.tr("&Record consent"))
        self.record_button.setObjectName("recordConsent")
        self.record_button.clicked.connect(self.record)
        self.withdrawn_on = date_edit(self.tr("Date she withdrew the consent"), day)
        self.withdraw_button = QPushButton(self.tr("&Withdraw selected consent"))
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.error = FieldError()
        self.error.setObjectName("consentError")

        form = QFormLayout()
        form.addRow(self.tr("Purpose:"), self.purpose)
        form.addRow(self.tr("Given on:"), self.granted_on)
        form.addRow("", self.record_button)
        withdraw = QHBoxLayout()
        withdraw.addWidget(self.withdrawn_on)
        withdraw.addWidget(self.withdraw_button)
        withdraw.addStretch(1)
        form.addRow(self.tr("Withdrawn on:"), withdraw)
        layout = QVBoxLayout(self)
        layout.addWidget(with_error(self.table, self.error), 1)
        layout.addLayout(form)
        editable = session.can(Permission.EDIT_CASES)
        for w in (self.record_button, self.withdraw_button):
            w.setEnabled(editable)

    def show_view(self, view: CaseView) -> None:
        rows = [
            (
                r.id,
                [
                    r.label,
                    day_text(r.granted_on),
                    day_text(r.withdrawn_on) or self.tr("in force"),
                    self._people.name(r.recorded_by),
                ],
            )
            for r in view.consents
        ]
        fill(self.table, rows)

    def record(self) -> None:
        self.error.clear_error()
        purpose_value, kind_value = self.purpose.currentData()
        try:
            self._service.record(
                self._case_id,
                ConsentPurpose(purpose_value),
                date_of(self.granted_on),
                RecipientKind(kind_value) if kind_value else None,
            )
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        self._events.case_changed.emit()

    def withdraw(self) -> None:
        self.error.clear_error()
        consent_id = selected_id(self.table)
        if consent_id is None:
            self.error.show_error(self.tr("Select the consent she withdraws in the list."))
            return
        try:
            self._service.withdraw(consent_id, date_of(self.withdrawn_on))
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        self._events.case_changed.emit()
