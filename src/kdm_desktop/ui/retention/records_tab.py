"""The "destruction records" tab: the signed records and their minutes as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout

from kdm_desktop.errors import KdmError
from kdm_desktop.services.retention import RetentionService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.cases.formatting import iso_day_text, timestamp_text
from kdm_desktop.ui.retention.base import Hooks, RetentionTab
from kdm_desktop.ui.retention.tables import fill, make_table, selected_key


class RecordsTab(RetentionTab):
    def __init__(self, hooks: Hooks) -> None:
        super().__init__(hooks)
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
        v = QVBoxLayout(self)
        v.addWidget(self.records_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.minutes_button)
        row.addStretch(1)
        v.addLayout(row)

    def load(self) -> None:
        records = RetentionService(self._session).records()
        self.records = records
        fill(
            self.records_table,
            [
                [
                    timestamp_text(r.run.run_at),
                    r.run.run_by,
                    self.tr("her request")
                    if r.run.trigger == "subject_request"
                    else self.tr("periodic"),
                    str(r.total),
                    self.tr("valid") if r.signature_ok else self.tr("NOT VALID"),
                    iso_day_text(r.run.keep_until),
                ]
                for r in records
            ],
            keys=[r.run.id for r in records],
            red_rows={i for i, r in enumerate(records) if not r.signature_ok},
        )
        if records and self.records_table.currentRow() < 0:
            self.records_table.selectRow(0)

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
