"""The "legal holds" tab: cases kept past their period, placed and released here."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from kdm_desktop.errors import KdmError
from kdm_desktop.services.retention import RetentionService
from kdm_desktop.ui.cases.formatting import iso_day_text
from kdm_desktop.ui.retention.base import Hooks, RetentionTab
from kdm_desktop.ui.retention.tables import fill, make_table, selected_key
from kdm_desktop.ui.widgets import note


class HoldsTab(RetentionTab):
    def __init__(self, hooks: Hooks) -> None:
        super().__init__(hooks)
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
        v = QVBoxLayout(self)
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

    def load(self) -> None:
        holds = RetentionService(self._session).holds()
        fill(
            self.holds_table,
            [[h.case_number, h.reason, iso_day_text(h.placed_at), h.placed_by] for h in holds],
            keys=[h.case_id for h in holds],
        )

    def place_hold(self) -> None:
        try:
            RetentionService(self._session).hold(self.hold_case.text(), self.hold_reason.text())
        except KdmError as exc:
            self._fail(exc)
            return
        self.hold_case.clear()
        self.hold_reason.clear()
        self._hooks.refresh()

    def release_hold(self) -> None:
        case_id = selected_key(self.holds_table)
        if case_id is None:
            return
        try:
            RetentionService(self._session).release(case_id)
        except KdmError as exc:
            self._fail(exc)
        self._hooks.refresh()
