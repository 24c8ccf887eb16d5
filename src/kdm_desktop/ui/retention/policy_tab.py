"""The "policy" tab: the retention period of each record kind, within its bounds."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
)

from kdm_desktop.errors import KdmError
from kdm_desktop.services.retention import RetentionService
from kdm_desktop.ui.retention.base import Hooks, RetentionTab
from kdm_desktop.ui.retention.tables import make_table


class PolicyTab(RetentionTab):
    def __init__(self, hooks: Hooks) -> None:
        super().__init__(hooks)
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
        v = QVBoxLayout(self)
        v.addWidget(self.policy_info)
        v.addWidget(self.policy_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.save_policy_button)
        row.addStretch(1)
        v.addLayout(row)

    def load(self) -> None:
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

    def save_policy(self) -> None:
        service = RetentionService(self._session)
        current = {k.kind.value: k.years for k in service.policy().kinds}
        try:
            for kind, spin in self.year_spins.items():
                if spin.value() != current[kind]:
                    service.set_years(kind, spin.value())
        except KdmError as exc:
            self._fail(exc)
        self._hooks.refresh()
