"""The case view's paper forms: print the intake form or the consent form to sign,
and save any of the three forms (with the case summary) as a PDF.

Printing goes the one way every page prints (`ui/printing.py`): the service that
checks her consent and audits the print runs only after Print was pressed. Save as
PDF asks which form and where, then the service writes it atomically.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.errors import KdmError
from kdm_desktop.reports.printing import printout_filename
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_printouts import PRINTOUT_KINDS, CasePrintoutService
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.cases.extensions import CaseActionSpec, CaseExtensions
from kdm_desktop.ui.printing import print_document


def form_title(kind: str) -> str:
    return {
        "intake_form": QCoreApplication.translate("CasePrintouts", "Intake form"),
        "case_summary": QCoreApplication.translate("CasePrintouts", "Case summary"),
        "consent_form": QCoreApplication.translate("CasePrintouts", "Consent form to sign"),
    }[kind]


def print_form(kind: str, session: Session, case_id: str, ctx: object, parent: QWidget) -> None:
    service = CasePrintoutService(session)
    print_document(parent, kind, lambda: service.document(case_id, kind))


class SavePrintoutDialog(QDialog):
    """Which form to keep as a PDF; then where (a save dialog), then it is written."""

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savePrintoutDialog")
        self.setWindowTitle(self.tr("Save a form as PDF"))
        self._service = CasePrintoutService(session)
        self._case_id = case_id
        self._number = session_case_number(session, case_id)
        self.kind = QComboBox()
        self.kind.setObjectName("printoutKind")
        self.kind.setAccessibleName(self.tr("Form to save"))
        for kind in PRINTOUT_KINDS:
            self.kind.addItem(form_title(kind), kind)
        self.status = QLabel()
        self.status.setObjectName("printoutStatus")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Form:"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("savePrintoutButton")
        self.save_button.clicked.connect(self.ask_where)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The PDF holds her personal data: keep it only on the centre's "
                    "computer or an encrypted stick."
                )
            )
        )
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    def ask_where(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Save the form as PDF"))
        dialog.setObjectName("printoutSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(printout_filename(self.chosen_kind(), self._number))
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path)))
        dialog.open()
        return dialog

    def save_to(self, path: Path) -> bool:
        try:
            self._service.save_pdf(self._case_id, self.chosen_kind(), path)
        except KdmError as exc:
            dialogs.warn(self, exc.message)
            return False
        self.status.setText(
            self.tr("%1 was saved as %2.")
            .replace("%1", form_title(self.chosen_kind()))
            .replace("%2", path.name)
        )
        return True


def session_case_number(session: Session, case_id: str) -> str:
    return CaseService(session).resolve(case_id).case_number


def save_printout(session: Session, case_id: str, ctx: object, parent: QWidget) -> None:
    dialog = SavePrintoutDialog(session, case_id, parent)
    dialog.open()


def register(ext: CaseExtensions) -> None:
    ext.add_action(
        CaseActionSpec(
            key="intake_form",
            title=lambda: QCoreApplication.translate("CaseActions", "Print intake form…"),
            handler=partial(print_form, "intake_form"),
            permission=Permission.PRINT,
            order=44,
        )
    )
    ext.add_action(
        CaseActionSpec(
            key="consent_form",
            title=lambda: QCoreApplication.translate("CaseActions", "Print consent form…"),
            handler=partial(print_form, "consent_form"),
            permission=Permission.PRINT,
            order=46,
        )
    )
    ext.add_action(
        CaseActionSpec(
            key="save_printout",
            title=lambda: QCoreApplication.translate("CaseActions", "Save a form as PDF…"),
            handler=save_printout,
            permission=Permission.PRINT,
            order=47,
        )
    )
