"""'Saklama ve imha': the policy, the due list with its review and confirmation, the
signed records with their minutes, legal holds and her requests (admin only).

Every action calls the retention services; the run and the deletion of her file
go through the task runner (off the UI thread, with progress) after a confirmation
that names how many records will be destroyed.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.retention.due import DueList, short_date
from kdm_desktop.domain.retention.requests import REQUEST_LABELS, RequestKind
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.casefile import Session
from kdm_desktop.services.retention import RetentionService, RunResult
from kdm_desktop.services.subject_requests import SubjectRequestService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.retention.tables import fill, make_table, selected_key
from kdm_desktop.ui.tasks import IsCancelled, Progress
from kdm_desktop.ui.widgets import heading, note


def reminder_text(session: Session) -> tuple[str, bool]:
    """The start screen's and the page's sentence about periodic destruction."""
    r = RetentionService(session).reminder()
    last = (
        short_date(r.last_run) if r.last_run else QCoreApplication.translate("Retention", "never")
    )
    if r.run_due:
        text = QCoreApplication.translate(
            "Retention",
            "A periodic destruction run is due (last run: {last}); {count} records have "
            "reached the end of their retention period.",
        ).format(last=last, count=r.due_count)
    else:
        text = QCoreApplication.translate(
            "Retention", "Last destruction run: {last}. The next one is due by {next}."
        ).format(last=last, next=short_date(r.next_due))
    return text, r.run_due


def requests_text(session: Session) -> tuple[str, bool]:
    s = SubjectRequestService(session).summary()
    if not s.open:
        return QCoreApplication.translate("Retention", "No open data-subject requests."), False
    text = QCoreApplication.translate(
        "Retention",
        "Open data-subject requests: {open} (overdue: {overdue}); nearest deadline {day}.",
    ).format(open=s.open, overdue=s.overdue, day=short_date(s.next_due) if s.next_due else "—")
    return text, s.overdue > 0


def _style(label: QLabel, alarm: bool) -> None:
    label.setStyleSheet("color: #b00020; font-weight: bold;" if alarm else "")


class RetentionPage(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self._session = session
        self._ctx = ctx
        self.last_result: RunResult | None = None
        self.last_error = ""

        self.status = QLabel()
        self.status.setObjectName("retentionStatus")
        self.status.setWordWrap(True)
        self.requests_status = QLabel()
        self.requests_status.setObjectName("retentionRequestsStatus")
        self.requests_status.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_due(), self.tr("Due for destruction"))
        self.tabs.addTab(self._build_policy(), self.tr("Policy"))
        self.tabs.addTab(self._build_records(), self.tr("Destruction records"))
        self.tabs.addTab(self._build_holds(), self.tr("Legal holds"))
        self.tabs.addTab(self._build_requests(), self.tr("Her requests"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Retention and destruction"), 1.5))
        layout.addWidget(self.status)
        layout.addWidget(self.requests_status)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # ----- building -----

    def _build_due(self) -> QWidget:
        self.due_table = make_table(
            "retentionDue",
            self.tr("Records due for destruction"),
            [self.tr("Case number"), self.tr("Record kind"), self.tr("Count"), self.tr("Why")],
        )
        self.kept_table = make_table(
            "retentionKept",
            self.tr("Cases kept by a legal hold"),
            [self.tr("Case number"), self.tr("Due since"), self.tr("Kept because")],
        )
        self.refresh_button = QPushButton(self.tr("&Refresh list"))
        self.refresh_button.clicked.connect(self.refresh)
        self.run_button = QPushButton(self.tr("Review and &destroy…"))
        self.run_button.setObjectName("retentionRun")
        self.run_button.clicked.connect(self.ask_run)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        box = QWidget()
        v = QVBoxLayout(box)
        v.addWidget(
            note(
                self.tr(
                    "Only closed cases lose anything. Statistical fields are kept anonymised; "
                    "the run is signed and recorded for 3 years."
                )
            )
        )
        v.addWidget(self.due_table, 3)
        v.addWidget(QLabel(self.tr("Kept despite their period (legal hold):")))
        v.addWidget(self.kept_table, 1)
        v.addLayout(buttons)
        return box

    def _build_policy(self) -> QWidget:
        self.policy_table = make_table(
            "retentionPolicy",
            self.tr("Retention periods"),
            [
                self.tr("Record kind"),
                self.tr("Years"),
                self.tr("Allowed"),
                self.tr("Counted from"),
                self.tr("Reason"),
            ],
        )
        self.policy_info = QLabel()
        self.policy_info.setWordWrap(True)
        self.save_policy_button = QPushButton(self.tr("&Save periods"))
        self.save_policy_button.setObjectName("retentionSavePolicy")
        self.save_policy_button.clicked.connect(self.save_policy)
        box = QWidget()
        v = QVBoxLayout(box)
        v.addWidget(self.policy_info)
        v.addWidget(self.policy_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.save_policy_button)
        row.addStretch(1)
        v.addLayout(row)
        return box

    def _build_records(self) -> QWidget:
        self.records_table = make_table(
            "retentionRecords",
            self.tr("Destruction records"),
            [
                self.tr("Date"),
                self.tr("By"),
                self.tr("Reason"),
                self.tr("Records"),
                self.tr("Signature"),
                self.tr("Kept until"),
            ],
        )
        self.minutes_button = QPushButton(self.tr("Save &minutes as PDF…"))
        self.minutes_button.setObjectName("retentionMinutes")
        self.minutes_button.clicked.connect(lambda: self.save_minutes())
        box = QWidget()
        v = QVBoxLayout(box)
        v.addWidget(self.records_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.minutes_button)
        row.addStretch(1)
        v.addLayout(row)
        return box

    def _build_holds(self) -> QWidget:
        self.holds_table = make_table(
            "retentionHolds",
            self.tr("Cases under a legal hold"),
            [self.tr("Case number"), self.tr("Reason"), self.tr("Since"), self.tr("By")],
        )
        self.hold_case = QLineEdit()
        self.hold_case.setPlaceholderText(self.tr("Case number"))
        self.hold_case.setAccessibleName(self.tr("Case number to hold"))
        self.hold_reason = QLineEdit()
        self.hold_reason.setPlaceholderText(self.tr("Reason (e.g. court and file number)"))
        self.hold_reason.setAccessibleName(self.tr("Reason of the hold"))
        self.hold_button = QPushButton(self.tr("&Hold"))
        self.hold_button.clicked.connect(self.place_hold)
        self.release_button = QPushButton(self.tr("Re&lease selected"))
        self.release_button.clicked.connect(self.release_hold)
        form = QHBoxLayout()
        form.addWidget(self.hold_case)
        form.addWidget(self.hold_reason, 1)
        form.addWidget(self.hold_button)
        box = QWidget()
        v = QVBoxLayout(box)
        v.addWidget(
            note(
                self.tr(
                    "A case with an order in force is kept automatically; a pending court "
                    "file or any other reason needs a hold placed here."
                )
            )
        )
        v.addWidget(self.holds_table, 1)
        v.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.release_button)
        row.addStretch(1)
        v.addLayout(row)
        return box

    def _build_requests(self) -> QWidget:
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
        box = QWidget()
        v = QVBoxLayout(box)
        v.addWidget(self.requests_table, 1)
        v.addLayout(add)
        v.addLayout(act)
        return box

    # ----- showing -----

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if self._ctx.runner.busy:
            return  # the session belongs to the running task
        text, alarm = reminder_text(self._session)
        self.status.setText(text)
        _style(self.status, alarm)
        rtext, ralarm = requests_text(self._session)
        self.requests_status.setText(rtext)
        _style(self.requests_status, ralarm)
        self._show_due(RetentionService(self._session).due())
        self._show_policy()
        self._show_records()
        self._show_holds()
        self._show_requests()

    def _show_due(self, due: DueList) -> None:
        self.due = due
        fill(
            self.due_table,
            [[i.case_number or "—", i.label, str(i.count), i.reason] for i in due.items],
        )
        fill(
            self.kept_table,
            [[k.case_number, short_date(k.due_on), "; ".join(k.reasons)] for k in due.kept],
        )
        self.run_button.setEnabled(True)

    def _show_policy(self) -> None:
        policy = RetentionService(self._session).policy()
        self.policy_info.setText(
            self.tr(
                "{title}, version {version}. Periodic destruction at least every {months} "
                "months; records kept {years} years; requests answered within {days} days."
            ).format(
                title=policy.title,
                version=policy.version,
                months=policy.periodic_interval_months,
                years=policy.record_keep_years,
                days=policy.request_answer_days,
            )
        )
        table = self.policy_table
        table.setRowCount(len(policy.kinds))
        self.year_spins: dict[str, QSpinBox] = {}
        for r, k in enumerate(policy.kinds):
            table.setItem(r, 0, QTableWidgetItem(k.label))
            spin = QSpinBox()
            spin.setRange(k.min_years, k.max_years)
            spin.setValue(k.years)
            spin.setAccessibleName(k.label)
            table.setCellWidget(r, 1, spin)
            self.year_spins[k.kind.value] = spin
            table.setItem(r, 2, QTableWidgetItem(f"{k.min_years}–{k.max_years}"))
            counted = QTableWidgetItem(k.events_text())
            counted.setToolTip(k.events_text())
            table.setItem(r, 3, counted)
            reason = QTableWidgetItem(k.reason)
            reason.setToolTip(k.reason)
            table.setItem(r, 4, reason)
        # "Counted from" wraps in a column of its own width instead of growing to
        # its longest line: sized to contents, the table scrolled sideways at 1366×768.
        header = table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(3, 220)
        table.resizeRowsToContents()

    def _show_records(self) -> None:
        records = RetentionService(self._session).records()
        self.records = records
        fill(
            self.records_table,
            [
                [
                    r.run.run_at[:16].replace("T", " "),
                    r.run.run_by,
                    self.tr("her request")
                    if r.run.trigger == "subject_request"
                    else self.tr("periodic"),
                    str(r.total),
                    self.tr("valid") if r.signature_ok else self.tr("NOT VALID"),
                    r.run.keep_until,
                ]
                for r in records
            ],
            keys=[r.run.id for r in records],
            red_rows={i for i, r in enumerate(records) if not r.signature_ok},
        )
        if records and self.records_table.currentRow() < 0:
            self.records_table.selectRow(0)

    def _show_holds(self) -> None:
        holds = RetentionService(self._session).holds()
        fill(
            self.holds_table,
            [[h.case_number, h.reason, h.placed_at[:10], h.placed_by] for h in holds],
            keys=[h.case_id for h in holds],
        )

    def _show_requests(self) -> None:
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

    # ----- actions -----

    def _fail(self, exc: KdmError) -> None:
        self.last_error = exc.message
        dialogs.warn(self, exc.message)

    def save_policy(self) -> None:
        service = RetentionService(self._session)
        current = {k.kind.value: k.years for k in service.policy().kinds}
        try:
            for kind, spin in self.year_spins.items():
                if spin.value() != current[kind]:
                    service.set_years(kind, spin.value())
        except KdmError as exc:
            self._fail(exc)
        self.refresh()

    def ask_run(self) -> None:
        due = RetentionService(self._session).due()
        self._show_due(due)
        total = sum(i.count for i in due.items)
        cases = len({i.case_id for i in due.items if i.case_id})
        text = self.tr(
            "{total} records ({cases} case files) will be destroyed and cannot be brought back."
        ).format(total=total, cases=cases)
        self.last_confirm = dialogs.confirm(
            self,
            text,
            lambda: self.run(due),
            yes_text=self.tr("Destroy"),
            informative=self.tr(
                "Statistical fields are kept anonymised. A signed record is kept for 3 years."
            ),
        )

    def run(self, reviewed: DueList | None = None) -> None:
        """Destroy what was reviewed (and is still due), off the UI thread."""
        session = self._session

        def work(progress: Progress, cancelled: IsCancelled) -> RunResult:
            return RetentionService(session).run(
                reviewed=reviewed, progress=progress, cancelled=cancelled
            )

        self._ctx.runner.start(
            self,
            work,
            label=self.tr("Destroying the records and compacting the case file…"),
            cancellable=True,
            on_success=self._after_run,
            success_message=lambda r: self.tr(
                "{total} records were destroyed. Record: {id}"
            ).format(total=sum(i.count for i in r.destroyed.items), id=r.record.run.id[:8]),
        )

    def _after_run(self, result: RunResult) -> None:
        self.last_result = result
        self.refresh()
        self.tabs.setCurrentIndex(2)

    def save_minutes(self, path: Path | None = None) -> None:
        run_id = selected_key(self.records_table)
        if run_id is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save minutes"), f"imha-tutanagi-{run_id[:8]}.pdf", "PDF (*.pdf)"
            )
            path = Path(chosen) if chosen else None
        if path is None:
            return
        try:
            RetentionService(self._session).export_minutes(run_id, path)
        except KdmError as exc:
            self._fail(exc)
            return
        dialogs.inform(self, self.tr("The minutes were saved:\n{path}").format(path=path))

    def place_hold(self) -> None:
        try:
            RetentionService(self._session).hold(self.hold_case.text(), self.hold_reason.text())
        except KdmError as exc:
            self._fail(exc)
            return
        self.hold_case.clear()
        self.hold_reason.clear()
        self.refresh()

    def release_hold(self) -> None:
        case_id = selected_key(self.holds_table)
        if case_id is None:
            return
        try:
            RetentionService(self._session).release(case_id)
        except KdmError as exc:
            self._fail(exc)
        self.refresh()

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
        self.refresh()

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
        self.refresh()

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
            self.last_error = "; ".join(review.blocked_by)
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
            on_success=self._after_run,
            success_message=lambda r: self.tr("Her case file was destroyed. Record: {id}").format(
                id=r.record.run.id[:8]
            ),
        )


class RetentionCard(QWidget):
    """The start screen reminds of the periodic run (admin) and her requests' deadlines."""

    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self._session = session
        self._ctx = ctx
        self.label = QLabel()
        self.label.setObjectName("retentionCardText")
        self.label.setWordWrap(True)
        self.requests_label = QLabel()
        self.requests_label.setObjectName("retentionCardRequests")
        self.requests_label.setWordWrap(True)
        texts = QVBoxLayout()
        texts.addWidget(self.label)
        texts.addWidget(self.requests_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(texts, 1)
        self.go = QPushButton(self.tr("Go to retention"))
        self.go.clicked.connect(lambda: ctx.events.navigate_requested.emit("retention"))
        self.go.setVisible(session.can(Permission.MANAGE_RETENTION))
        layout.addWidget(self.go)
        self.refresh()

    def refresh(self) -> None:
        if self._ctx.runner.busy:
            return
        admin = self._session.can(Permission.MANAGE_RETENTION)
        self.label.setVisible(admin)
        if admin:
            text, alarm = reminder_text(self._session)
            self.label.setText(text)
            _style(self.label, alarm)
        rtext, ralarm = requests_text(self._session)
        self.requests_label.setText(rtext)
        _style(self.requests_label, ralarm)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
