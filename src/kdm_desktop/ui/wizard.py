"""First run: set up the centre, the administrator and the recovery key.

The wizard is embedded in the main window, so quick-hide covers it like any
other screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from kdm_desktop.errors import KdmError
from kdm_desktop.reports.pdfout import write_bytes_atomically
from kdm_desktop.services.casefile import CreatedCaseFile, create_case_file
from kdm_desktop.services.clock import now_istanbul
from kdm_desktop.ui.tasks import IsCancelled, Progress, TaskRunner
from kdm_desktop.ui.wizard_pages import AdminPage, CentrePage, KeyPage

AskSavePath = Callable[[QWidget, str], str]


def ask_save_path(parent: QWidget, suggested_name: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SetupWizard", "Save the recovery sheet"),
        str(Path(folder) / suggested_name),
        QCoreApplication.translate("SetupWizard", "PDF files (*.pdf)"),
    )
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


class SetupWizard(QWizard):
    CENTRE, ADMIN, KEY = range(3)
    completed = Signal(object)
    cancelled = Signal()

    def __init__(self, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self._data_dir = data_dir
        self._runner = runner
        self.created: CreatedCaseFile | None = None
        self.ask_save_path: AskSavePath = ask_save_path
        self.centre_page = CentrePage()
        self.admin_page = AdminPage(self)
        self.key_page = KeyPage(self)
        self.setPage(self.CENTRE, self.centre_page)
        self.setPage(self.ADMIN, self.admin_page)
        self.setPage(self.KEY, self.key_page)
        self.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, page_id: int) -> None:
        # Once the key is on screen there is no way out but acknowledging it.
        self.setOption(QWizard.WizardOption.NoCancelButton, page_id == self.KEY)

    def create_case_file(self, username: str, display_name: str, password: str) -> None:
        data_dir, centre = self._data_dir, self.centre_page.centre()

        def work(progress: Progress, cancelled: IsCancelled) -> CreatedCaseFile:
            return create_case_file(
                data_dir,
                centre=centre,
                admin_username=username,
                admin_password=password,
                admin_display_name=display_name,
            )

        self._runner.start(
            self,
            work,
            label=self.tr("Creating the encrypted case file…"),
            on_success=self._created,
            on_failure=self.admin_page.show_failure,
        )

    def _created(self, created: CreatedCaseFile) -> None:
        self.created = created
        self.admin_page.forget_passwords()
        self.next()

    def save_sheet(self) -> None:
        # reportlab loads when the sheet is saved, not with the window (issue #18).
        from kdm_desktop.reports.recovery_sheet import (
            recovery_sheet_filename,
            render_recovery_sheet,
        )

        created = self.created
        if created is None:
            return
        centre = created.session.centre()
        path = self.ask_save_path(self, recovery_sheet_filename(centre.code, date.today()))
        if not path:
            return
        key = created.recovery_key

        def work(progress: Progress, cancelled: IsCancelled) -> str:
            data = render_recovery_sheet(
                centre_name=centre.name,
                centre_code=centre.code,
                recovery_key=key,
                created=now_istanbul(),
            )
            try:
                write_bytes_atomically(Path(path), data)
            except OSError as exc:
                raise KdmError("casefile.io", detail=exc.strerror or type(exc).__name__) from exc
            return path

        self._runner.start(
            self,
            work,
            label=self.tr("Saving the recovery sheet…"),
            success_message=self.tr(
                "The recovery sheet was saved. Print it, keep the paper locked away, "
                "then delete the file: the key must not stay on any computer or USB stick."
            ),
        )

    def accept(self) -> None:
        created = self.created
        self.key_page.clear_key()
        self.created = None
        super().accept()
        if created is not None:
            self.completed.emit(created.session)

    def reject(self) -> None:
        if self.created is not None:
            return
        super().reject()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc is half of the quick-hide gesture; it must not cancel the set-up.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
