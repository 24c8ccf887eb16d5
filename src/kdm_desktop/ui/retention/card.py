"""The start screen's retention card: the periodic run (admin) and her requests' deadlines."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.retention.texts import reminder_text, requests_text, style_alarm


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
            style_alarm(self.label, alarm)
        rtext, ralarm = requests_text(self._session)
        self.requests_label.setText(rtext)
        style_alarm(self.requests_label, ralarm)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
