"""'Saklama ve imha': the policy, the due list with its review and confirmation, the
signed records with their minutes, legal holds and her requests (admin only).

Every action calls the retention services; the run and the deletion of her file
go through the task runner (off the UI thread, with progress) after a confirmation
that names how many records will be destroyed. Each tab is a module of its own
(due_tab, policy_tab, records_tab, holds_tab, requests_tab); this page holds the
status lines and shows every tab again after a change.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kdm_desktop.services.retention import RunResult
from kdm_desktop.services.session import Session
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.retention.base import Hooks
from kdm_desktop.ui.retention.due_tab import DueTab
from kdm_desktop.ui.retention.holds_tab import HoldsTab
from kdm_desktop.ui.retention.policy_tab import PolicyTab
from kdm_desktop.ui.retention.records_tab import RecordsTab
from kdm_desktop.ui.retention.requests_tab import RequestsTab
from kdm_desktop.ui.retention.texts import reminder_text, requests_text, style_alarm
from kdm_desktop.ui.widgets import heading

_RECORDS_TAB = 2


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

        hooks = Hooks(session, ctx, self.refresh, self._after_run, self._failed)
        self.due_tab = DueTab(hooks)
        self.policy_tab = PolicyTab(hooks)
        self.records_tab = RecordsTab(hooks)
        self.holds_tab = HoldsTab(hooks)
        self.requests_tab = RequestsTab(hooks)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.due_tab, self.tr("Due for destruction"))
        self.tabs.addTab(self.policy_tab, self.tr("Policy"))
        self.tabs.addTab(self.records_tab, self.tr("Destruction records"))
        self.tabs.addTab(self.holds_tab, self.tr("Legal holds"))
        self.tabs.addTab(self.requests_tab, self.tr("Her requests"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Retention and destruction"), 1.5))
        layout.addWidget(self.status)
        layout.addWidget(self.requests_status)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if self._ctx.runner.busy:
            return  # the session belongs to the running task
        text, alarm = reminder_text(self._session)
        self.status.setText(text)
        style_alarm(self.status, alarm)
        rtext, ralarm = requests_text(self._session)
        self.requests_status.setText(rtext)
        style_alarm(self.requests_status, ralarm)
        for tab in (
            self.due_tab,
            self.policy_tab,
            self.records_tab,
            self.holds_tab,
            self.requests_tab,
        ):
            tab.load()

    def _failed(self, message: str) -> None:
        self.last_error = message

    def _after_run(self, result: RunResult) -> None:
        self.last_result = result
        self.refresh()
        self.tabs.setCurrentIndex(_RECORDS_TAB)
