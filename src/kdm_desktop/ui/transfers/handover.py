"""The case view's "Send to another centre…": the day-one task 6 of issue 14.

One dialog: the receiving centre (only verified ones), whether the file is handed
over (then it is marked "Devredildi" here, with the centre and the date), and the
transfer file's place. Writing runs on the task runner with progress and cancel;
`TransferService.export` checks her consent to sharing with other centres first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.cases.choices import ConsentPurpose
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.casefile import Session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.consents import ConsentService
from kdm_desktop.services.transfers import ExportResult, TransferService
from kdm_desktop.services.trust import TrustService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.backup.drives import removable_drives
from kdm_desktop.ui.cases.extensions import CaseActionSpec, CaseExtensions
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.tasks import IsCancelled, Progress, TaskRunner


class HandOverDialog(QDialog):
    def __init__(
        self, session: Session, case_id: str, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handOverDialog")
        self.setWindowTitle(self.tr("Send to another centre"))
        self._runner = runner
        self._transfers = TransferService(session)
        self._case_id = case_id
        self.result_: ExportResult | None = None
        ref = CaseService(session).resolve(case_id)
        self._number = ref.case_number
        self.centre = QComboBox()
        self.centre.setObjectName("handOverCentre")
        self.centre.setAccessibleName(self.tr("Receiving centre"))
        for c in TrustService(session).centres():
            if c.state == "verified":
                self.centre.addItem(f"{c.code} — {c.name}", c.code)
        self.hand_over = QCheckBox(
            self.tr("Hand the file over: it is closed here as “Handed over”")
        )
        self.hand_over.setObjectName("handOverClose")
        self.hand_over.setChecked(True)
        self.hand_over.setToolTip(
            self.tr("Untick to send a copy for cooperation only: the file then stays open here.")
        )
        self.problem = QLabel()
        self.problem.setObjectName("handOverProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setObjectName("handOverStatus")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Case:"), QLabel(self._number))
        form.addRow(self.tr("To centre:"), self.centre)
        form.addRow(self.hand_over)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(
            self.tr("&Write the transfer file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("handOverSend")
        self.send_button.setDefault(True)
        buttons.accepted.connect(self.ask_where)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The file is encrypted for that centre alone and signed by this one. "
                    "A confidential address is never included."
                )
            )
        )
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._check(session)

    def _check(self, session: Session) -> None:
        """Say at once why it cannot be sent, rather than after the file dialog."""
        problem = ""
        if self.centre.count() == 0:
            problem = self.tr(
                "No verified centre yet. An administrator imports the other centre's card "
                "and checks its fingerprint on the Transfers page."
            )
        else:
            gap = ConsentService(session).missing(self._case_id, ConsentPurpose.SHARE_WITH_CENTRES)
            if gap is not None:
                problem = self.tr(
                    "She has not consented to sharing with other centres (or withdrew it). "
                    "Record her consent on the Consent tab first."
                )
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.send_button.setEnabled(not problem)

    def ask_where(self) -> QFileDialog:
        code = str(self.centre.currentData())
        drives = removable_drives()
        name = f"aktarim-{code}.kdmb"
        dialog = QFileDialog(self, self.tr("Save the transfer file"))
        dialog.setObjectName("handOverSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Transfer files (*.kdmb)"))
        dialog.setDefaultSuffix("kdmb")
        if drives:
            dialog.setDirectory(str(drives[0].root))
        dialog.selectFile(name)
        dialog.fileSelected.connect(lambda path: self.send(Path(path)))
        dialog.open()
        return dialog

    def send(self, path: Path) -> None:
        code = str(self.centre.currentData())
        hand_over = self.hand_over.isChecked()
        service = self._transfers
        case_id = self._case_id

        def work(progress: Progress, cancelled: IsCancelled) -> ExportResult:
            return service.export(
                code,
                [case_id],
                path,
                progress=progress,
                cancelled=cancelled,
                overwrite=True,
                hand_over=hand_over,
            )

        self._runner.start(
            self,
            work,
            label=self.tr("Encrypting, signing and writing the transfer file…"),
            cancellable=True,
            on_success=self._sent,
        )

    def _sent(self, result: ExportResult) -> None:
        self.result_ = result
        if result.handed_over:
            text = self.tr("%1 was written for %2 and is marked “Handed over” here:\n%3")
        else:
            text = self.tr("%1 was written for %2; the file stays open here:\n%3")
        self.status.setText(
            text.replace("%1", self._number)
            .replace("%2", result.recipient_code)
            .replace("%3", str(result.path))
        )
        self.send_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))  # nothing is left to cancel


def open_hand_over(session: Session, case_id: str, ctx: PageContext, parent: QWidget) -> None:
    try:
        dialog = HandOverDialog(session, case_id, ctx.runner, parent)
    except KdmError as exc:
        dialogs.warn(parent, exc.message)
        return
    dialog.open()


def register(ext: CaseExtensions) -> None:
    ext.add_action(
        CaseActionSpec(
            key="hand_over",
            title=lambda: QCoreApplication.translate("CaseActions", "Send to another centre…"),
            handler=open_hand_over,
            permission=Permission.EXPORT,
            order=70,
        )
    )
