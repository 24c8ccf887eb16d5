"""'Sevkler' tab: the letters sent from this case, their follow-up, and exact copies."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.changes import LETTERS, Changes
from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.letters.sent import LetterStatus
from kdm_desktop.errors import KdmError
from kdm_desktop.reports.printing import letter_filename
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.letters import LetterService
from kdm_desktop.services.session import Session
from kdm_desktop.ui.cases.formatting import iso_day_text
from kdm_desktop.ui.cases.table_support import fill, make_table, selected_id
from kdm_desktop.ui.fit import dialog_size
from kdm_desktop.ui.widgets import FieldError, with_error


class ReferralsTab(QWidget):
    def __init__(self, session: Session, case_id: str, ctx: object) -> None:
        super().__init__()
        self._session = session
        self._service = LetterService(session)
        self._case_id = case_id
        self._ctx = ctx
        self.table = make_table(
            [
                self.tr("Number"),
                self.tr("Date"),
                self.tr("Recipient"),
                self.tr("Addressee"),
                self.tr("Follow-up"),
                self.tr("Note"),
            ],
            self.tr("Referral letters sent"),
            "referralsTable",
        )
        self.new_button = QPushButton(self.tr("&New letter…"))
        self.new_button.setObjectName("referralNew")
        self.new_button.clicked.connect(self.new_letter)
        self.new_button.setVisible(session.can(Permission.PRINT))
        self.note = QLineEdit()
        self.note.setObjectName("referralNote")
        self.note.setPlaceholderText(self.tr("Follow-up note (optional)"))
        self.note.setAccessibleName(self.tr("Follow-up note"))
        self.answered_button = QPushButton(self.tr("Mark &answered"))
        self.answered_button.setObjectName("referralAnswered")
        self.answered_button.clicked.connect(lambda: self.set_status(LetterStatus.ANSWERED))
        self.result_button = QPushButton(self.tr("Record &result"))
        self.result_button.setObjectName("referralResult")
        self.result_button.clicked.connect(lambda: self.set_status(LetterStatus.RESULT))
        self.copy_button = QPushButton(self.tr("Save exact &copy…"))
        self.copy_button.setObjectName("referralCopy")
        self.copy_button.clicked.connect(self.save_copy)
        self.error = FieldError()
        self.error.setObjectName("referralError")

        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        for b in (self.answered_button, self.result_button, self.copy_button, self.new_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(with_error(self.table, self.error), 1)
        layout.addLayout(row)
        self.reload()
        events = getattr(ctx, "events", None)
        if events is not None:
            events.data_changed.connect(self._data_changed)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches_case(self._case_id, LETTERS):
            self.reload()

    def reload(self) -> None:
        rows = self._service.for_case(self._case_id)
        fill(
            self.table,
            [
                (
                    r.id,
                    [
                        r.number,
                        iso_day_text(r.letter_date),
                        RecipientKind(r.recipient_kind).label,
                        r.recipient_name,
                        LetterStatus.LABELS.get(r.status, r.status),
                        r.status_note,
                    ],
                )
                for r in rows
            ],
        )

    def new_letter(self) -> None:
        from kdm_desktop.ui.letters.dialog import LETTER_DIALOG_SIZE, LetterDialog

        try:
            dialog = LetterDialog(self._session, self._case_id, self)
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        dialog.letter_made.connect(lambda _id: self.reload())
        dialog.resize(dialog_size(LETTER_DIALOG_SIZE, self))
        dialog.open()

    def _selected(self) -> str | None:
        letter_id = selected_id(self.table)
        if letter_id is None:
            self.error.show_error(self.tr("Select a letter first."))
        return letter_id

    def set_status(self, status: str) -> None:
        letter_id = self._selected()
        if letter_id is None:
            return
        try:
            self._service.set_status(letter_id, status, self.note.text())
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        self.error.clear_error()
        self.note.clear()
        self.reload()

    def save_copy(self) -> None:
        letter_id = self._selected()
        if letter_id is None:
            return
        item = self.table.item(self.table.currentRow(), 0)
        number = item.text() if item is not None else ""
        dialog = QFileDialog(self, self.tr("Save exact copy as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(letter_filename(number))
        dialog.fileSelected.connect(lambda path: self.save_copy_to(letter_id, Path(path)))
        dialog.open()

    def save_copy_to(self, letter_id: str, path: Path) -> bool:
        try:
            # Written inside the service's transaction: the export is audited only
            # if the copy is really on the disk.
            self._service.reprint(letter_id, action=AuditAction.EXPORT, save_to=path)
        except KdmError as exc:
            self.error.show_error(exc.message)
            return False
        self.error.clear_error()
        return True
