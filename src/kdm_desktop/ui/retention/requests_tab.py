"""The "her requests" tab: data-subject requests logged, answered, exported, carried out."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from kdm_desktop.domain.dates import format_shown_day as short_date
from kdm_desktop.domain.retention.requests import REQUEST_LABELS, RequestKind
from kdm_desktop.errors import KdmError
from kdm_desktop.services.retention import RunResult
from kdm_desktop.services.subject_requests import SubjectRequestService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.retention.base import Hooks, RetentionTab
from kdm_desktop.ui.retention.tables import fill, make_table, selected_key
from kdm_desktop.ui.tasks import IsCancelled, Progress


class RequestsTab(RetentionTab):
    def __init__(self, hooks: Hooks) -> None:
        super().__init__(hooks)
        self.requests_table = make_table(
            "retentionRequests",
            self.tr("Data-subject requests"),
            [
                self.tr("Case number"),
                self.tr("Request"),
                self.tr("Received"),
                self.tr("Deadline"),
                self.tr("State"),
            ],
        )
        self.request_case = QLineEdit()
        self.request_case.setPlaceholderText(self.tr("Case number"))
        self.request_case.setAccessibleName(self.tr("Case number of the request"))
        self.request_kind = QComboBox()
        self.request_kind.setAccessibleName(self.tr("Kind of request"))
        for kind in RequestKind:
            self.request_kind.addItem(REQUEST_LABELS[kind], kind.value)
        self.request_date = QDateEdit(QDate.currentDate())
        self.request_date.setCalendarPopup(True)
        self.request_date.setDisplayFormat("dd.MM.yyyy")
        self.request_date.setAccessibleName(self.tr("Date received"))
        self.add_request_button = QPushButton(self.tr("&Log request"))
        self.add_request_button.clicked.connect(self.add_request)
        self.answer_text = QLineEdit()
        self.answer_text.setPlaceholderText(self.tr("Answer given to her"))
        self.answer_text.setAccessibleName(self.tr("Answer"))
        self.answer_button = QPushButton(self.tr("Record &answer"))
        self.answer_button.clicked.connect(self.answer_request)
        self.export_button = QPushButton(self.tr("Her data as &PDF…"))
        self.export_button.clicked.connect(lambda: self.export_subject())
        self.erase_button = QPushButton(self.tr("Review &deletion…"))
        self.erase_button.clicked.connect(self.review_deletion)
        add = QHBoxLayout()
        add.addWidget(self.request_case)
        add.addWidget(self.request_kind)
        add.addWidget(self.request_date)
        add.addWidget(self.add_request_button)
        add.addStretch(1)
        act = QHBoxLayout()
        act.addWidget(self.answer_text, 1)
        act.addWidget(self.answer_button)
        act.addWidget(self.export_button)
        act.addWidget(self.erase_button)
        v = QVBoxLayout(self)
        v.addWidget(self.requests_table, 1)
        v.addLayout(add)
        v.addLayout(act)

    def load(self) -> None:
        today = self._session.now().date()
        items = SubjectRequestService(self._session).list()
        rows = []
        for r in items:
            if r.answered_on:
                state = self.tr("answered {day}").format(day=short_date(r.answered_on))
            elif r.overdue(today):
                state = self.tr("OVERDUE by {days} days").format(days=-r.days_left(today))
            else:
                state = self.tr("{days} days left").format(days=r.days_left(today))
            rows.append(
                [r.case_number, r.label, short_date(r.received_on), short_date(r.due_on), state]
            )
        fill(
            self.requests_table,
            rows,
            keys=[r.id for r in items],
            red_rows={i for i, r in enumerate(items) if r.overdue(today)},
        )

    def add_request(self) -> None:
        qd = self.request_date.date()
        day = datetime.date(qd.year(), qd.month(), qd.day())
        try:
            SubjectRequestService(self._session).add(
                self.request_case.text(), str(self.request_kind.currentData()), day
            )
        except KdmError as exc:
            self._fail(exc)
            return
        self.request_case.clear()
        self._hooks.refresh()

    def answer_request(self) -> None:
        request_id = selected_key(self.requests_table)
        if request_id is None:
            return
        try:
            SubjectRequestService(self._session).answer(request_id, self.answer_text.text())
        except KdmError as exc:
            self._fail(exc)
            return
        self.answer_text.clear()
        self._hooks.refresh()

    def export_subject(self, path: Path | None = None) -> None:
        request_id = selected_key(self.requests_table)
        if request_id is None:
            return
        service = SubjectRequestService(self._session)
        request = service.get(request_id)
        if request.case_id is None:
            self._fail(KdmError("retention.case_gone"))
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save her data"), "kisisel-veri-dokumu.pdf", "PDF (*.pdf)"
            )
            path = Path(chosen) if chosen else None
        if path is None:
            return
        try:
            service.export(request.case_id, path)
        except KdmError as exc:
            self._fail(exc)
            return
        dialogs.inform(self, self.tr("Her data was saved:\n{path}").format(path=path))

    def review_deletion(self) -> None:
        request_id = selected_key(self.requests_table)
        if request_id is None:
            return
        service = SubjectRequestService(self._session)
        try:
            review = service.review_deletion(request_id)
        except KdmError as exc:
            self._fail(exc)
            return
        if not review.possible:
            self._hooks.failed("; ".join(review.blocked_by))
            dialogs.warn(
                self,
                self.tr("Case {case} cannot be destroyed now: {reasons}.").format(
                    case=review.request.case_number, reasons="; ".join(review.blocked_by)
                ),
            )
            return
        self.last_confirm = dialogs.confirm(
            self,
            self.tr("Case {case} will be destroyed as she asked. This cannot be undone.").format(
                case=review.request.case_number
            ),
            lambda: self._erase(request_id),
            yes_text=self.tr("Destroy"),
        )

    def _erase(self, request_id: str) -> None:
        session = self._session

        def work(progress: Progress, cancelled: IsCancelled) -> RunResult:
            return SubjectRequestService(session).carry_out_deletion(request_id)

        self._ctx.runner.start(
            self,
            work,
            label=self.tr("Destroying her case file…"),
            on_success=self._hooks.ran,
            success_message=lambda r: self.tr("Her case file was destroyed. Record: {id}").format(
                id=r.record.run.id[:8]
            ),
        )
