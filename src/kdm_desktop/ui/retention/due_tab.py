"""The "due for destruction" tab: the review list, what a hold keeps, and the run."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from kdm_desktop.domain.dates import format_shown_day as short_date
from kdm_desktop.domain.retention.due import DueList
from kdm_desktop.services.retention import RetentionService, RunResult
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.retention.base import Hooks, RetentionTab
from kdm_desktop.ui.retention.tables import fill, make_table
from kdm_desktop.ui.tasks import IsCancelled, Progress
from kdm_desktop.ui.widgets import note


class DueTab(RetentionTab):
    """The run goes through the task runner after a confirmation naming the count."""

    def __init__(self, hooks: Hooks) -> None:
        super().__init__(hooks)
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
        self.refresh_button.clicked.connect(self._hooks.refresh)
        self.run_button = QPushButton(self.tr("Review and &destroy…"))
        self.run_button.setObjectName("retentionRun")
        self.run_button.clicked.connect(self.ask_run)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        v = QVBoxLayout(self)
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

    def load(self) -> None:
        self.show_due(RetentionService(self._session).due())

    def show_due(self, due: DueList) -> None:
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

    def ask_run(self) -> None:
        due = RetentionService(self._session).due()
        self.show_due(due)
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
            on_success=self._hooks.ran,
            success_message=lambda r: self.tr(
                "{total} records were destroyed. Record: {id}"
            ).format(total=sum(i.count for i in r.destroyed.items), id=r.record.run.id[:8]),
        )
