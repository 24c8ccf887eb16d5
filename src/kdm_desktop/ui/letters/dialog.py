"""The referral-letter dialog: template, fields, tick boxes, live preview, print or save.

The preview is the service's composed letter shown as the same HTML the printer
gets (`reports.printing.letter_html`), so what is on screen is what is printed,
with the number the letter will get (marked provisional: another letter may be
recorded first). A required field left empty is a gap in the preview, not an
error: the error appears when she tries to print or save, next to the field.
Switching template keeps what she typed in the fields both templates share;
the addressee's fields start from the centre's defaults for each recipient kind.
Printing goes through `ui.printing.print_document`, which lays that HTML out on
the printer in memory: no temporary file with her name is ever written.
Saving writes the stored PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.domain.letters.template import LetterTemplate
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import KdmError
from kdm_desktop.reports.fonts import register_fonts_in_background
from kdm_desktop.reports.printing import (
    PrintDocument,
    letter_document,
    letter_filename,
    letter_html,
)
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.letter_settings import LetterSettingsService
from kdm_desktop.services.letters import IssuedLetter, LetterService
from kdm_desktop.services.session import Session
from kdm_desktop.ui.drafts import DraftKeeper, guarded_reject
from kdm_desktop.ui.fit import dialog_size
from kdm_desktop.ui.letters.fields import LetterFields
from kdm_desktop.ui.letters.template_choice import template_choice
from kdm_desktop.ui.printing import print_document
from kdm_desktop.ui.widgets import FieldError, note

_PREVIEW_DELAY_MS = 350


# Form and preview side by side; shrunk by `dialog_size` to what the screen has.
LETTER_DIALOG_SIZE = QSize(1100, 720)


class LetterDialog(QDialog):
    letter_made = Signal(str)

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self.setWindowTitle(self.tr("Referral letter"))
        # The PDF fonts are parsed while she fills in the form, not when she prints.
        register_fonts_in_background()
        self._service = LetterService(session)
        self._case_id = case_id
        self._issued: IssuedLetter | None = None
        # Required fields are checked only once she has tried to print or save.
        self.attempted = False

        self.template = template_choice(self._service, case_id)
        self.template.currentIndexChanged.connect(self._template_changed)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.form = LetterFields(
            self._service.facts(case_id), self._timer.start, self.refresh_preview
        )
        # The "*" after a label is explained on screen, as on the risk form.
        self.required_legend = QLabel(
            self.tr("* Required: the letter cannot be printed without it.")
        )
        self.required_legend.setObjectName("letterRequiredLegend")
        self.required_legend.setWordWrap(True)
        self.error = FieldError()
        self.error.setObjectName("letterError")
        self.status = QLabel()
        self.status.setObjectName("letterStatus")
        self.status.setWordWrap(True)
        settings = LetterSettingsService(session).get()
        self.signatory_note = note(
            self.tr("Signed by %1, %2; you are named as the one who prepared it.")
            .replace("%1", settings.signatory_name)
            .replace("%2", settings.signatory_title)
            if settings.has_signatory
            else self.tr(
                "You sign this letter: no authorised signatory is set for the centre "
                "(an administrator sets one under Settings › Letters and safety plan)."
            )
        )
        self.signatory_note.setObjectName("letterSignatoryNote")
        self.preview = QTextBrowser()
        self.preview.setObjectName("letterPreview")
        self.preview.setAccessibleName(self.tr("What will be printed"))
        self.preview.setOpenLinks(False)

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("letterPrint")
        self.print_button.clicked.connect(self.print_letter)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("letterSave")
        self.save_button.clicked.connect(self.save_letter)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Template:")))
        left.addWidget(self.template)
        left.addWidget(self.form.box)
        left.addWidget(self.required_legend)
        left.addWidget(self.error)
        left.addWidget(self.signatory_note)
        left.addWidget(self.status)
        left.addStretch(1)
        left_inner = QWidget()
        left_inner.setLayout(left)
        # On a 768-pixel-high screen the fields scroll, never the dialog.
        left_widget = QScrollArea()
        left_widget.setObjectName("letterFieldsScroll")
        left_widget.setWidgetResizable(True)
        left_widget.setFrameShape(QScrollArea.Shape.NoFrame)
        left_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_widget.setWidget(left_inner)
        left_widget.setMinimumWidth(320)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Preview (exactly what will be printed):")))
        right.addWidget(self.preview, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)
        split = QSplitter()
        split.addWidget(left_widget)
        split.addWidget(right_widget)
        split.setStretchFactor(1, 1)
        split.setSizes([380, 620])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.print_button, self.save_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self.draft_keeper: DraftKeeper | None = None
        self._template_changed()
        self.draft_keeper = DraftKeeper(self, session, DraftKind.LETTER, case_id)
        self.draft_keeper.baseline()

    def reject(self) -> None:
        guarded_reject(self, self.draft_keeper)

    # ----- the form -----

    def _current(self) -> LetterTemplate:
        return self._service.template(str(self.template.currentData())).template

    def _template_changed(self) -> None:
        template = self._current()
        # The box may be narrower than the title: the whole title on hover.
        self.template.setToolTip(self.template.currentText())
        self.form.show_template(template, self._service.field_defaults(template.name))
        self.required_legend.setVisible(any(f.required for f in template.inputs))
        if self.draft_keeper is not None:
            self.draft_keeper.watch()  # the new template's fields
        self.refresh_preview()

    def values(self) -> dict[str, str]:
        return self.form.values()

    def ticked(self) -> list[str]:
        return self.form.ticked()

    def set_field(self, key: str, text: str) -> None:
        self.form.set_field(key, text)

    # ----- preview -----

    def refresh_preview(self) -> None:
        self._timer.stop()
        name = str(self.template.currentData())
        try:
            content = self._service.preview(self._case_id, name, self.values(), self.ticked())
        except KdmError as exc:
            self.error.show_error(exc.message)
            self.preview.setHtml("")
            self._set_enabled(False)
            return
        self.preview.setHtml(letter_html(content))
        self._set_enabled(True)
        if self.attempted:
            # She tried to print or save: say at once whether it is now complete.
            self.ready()
        else:
            self.error.clear_error()

    def ready(self, *, focus: bool = False) -> bool:
        """Would the letter be made as it is? Shows why not (after an attempt)."""
        try:
            self._service.check(
                self._case_id, str(self.template.currentData()), self.values(), self.ticked()
            )
        except KdmError as exc:
            self.error.show_error(exc.message)
            editor = self.form.inputs.get(exc.field) if isinstance(exc, ValidationErrors) else None
            if focus and editor is not None:
                editor.setFocus()
            return False
        self.error.clear_error()
        return True

    def _attempt(self) -> bool:
        self.attempted = True
        return self.ready(focus=True)

    def _set_enabled(self, ok: bool) -> None:
        self.print_button.setEnabled(ok)
        self.save_button.setEnabled(ok)

    # ----- print / save -----

    def _make(self, action: AuditAction, save_to: Path | None = None) -> IssuedLetter | None:
        try:
            issued = self._service.make(
                self._case_id,
                str(self.template.currentData()),
                self.values(),
                self.ticked(),
                action=action,
                save_to=save_to,
            )
        except KdmError as exc:
            self.error.show_error(exc.message)
            return None
        self._issued = issued
        if self.draft_keeper is not None:
            # The letter is made: what was typed is in it now.
            self.draft_keeper.discard()
        self.letter_made.emit(issued.id)
        return issued

    def print_letter(self) -> QPrintDialog | None:
        """The native print dialog; the letter is numbered and recorded only on "Print".

        An incomplete letter says what is missing instead of opening the dialog."""
        if not self._attempt():
            return None
        return print_document(self, "letter", self._make_for_print, self._printed)

    def _make_for_print(self) -> PrintDocument | None:
        issued = self._make(AuditAction.PRINT)
        # None: refused, and `_make` already shows why next to the fields.
        return None if issued is None else letter_document(issued.content)

    def _printed(self, _document: PrintDocument) -> None:
        if self._issued is not None:
            self.status.setText(
                self.tr("Letter %1 was recorded and sent to the printer.").replace(
                    "%1", self._issued.number
                )
            )

    def save_letter(self) -> QFileDialog | None:
        if not self._attempt():
            return None
        dialog = QFileDialog(self, self.tr("Save letter as PDF"))
        dialog.setObjectName("letterSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile("sevk-yazisi.pdf")
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path)))
        dialog.open()
        return dialog

    def save_to(self, path: Path) -> IssuedLetter | None:
        # The service writes the file inside the transaction that numbers the
        # letter: a full or pulled stick uses no number and records nothing.
        self.attempted = True
        issued = self._make(AuditAction.EXPORT, save_to=path)
        if issued is None:
            return None
        self.status.setText(
            self.tr("Letter %1 was recorded and saved as %2.")
            .replace("%1", issued.number)
            .replace("%2", path.name or letter_filename(issued.number))
        )
        return issued


def open_letter_dialog(session: Session, case_id: str, ctx: object, parent: QWidget) -> None:
    letter_dialog_for(session, case_id, ctx, parent)


def letter_dialog_for(
    session: Session, case_id: str, ctx: object, parent: QWidget
) -> LetterDialog | None:
    """Open the letter dialog; the dialog, or None when it could not open (said why)."""
    try:
        dialog = LetterDialog(session, case_id, parent)
    except KdmError as exc:
        from kdm_desktop.ui.dialogs import warn

        warn(parent, exc.message)
        return None
    dialog.resize(dialog_size(LETTER_DIALOG_SIZE, parent))
    # The referrals tab refreshes itself from the change bus when a letter is made.
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
