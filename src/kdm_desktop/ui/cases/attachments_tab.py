"""'Ekler': files kept inside the encrypted case file; images previewed from memory.

An image is decoded from the bytes the service streams, never through a temporary
file; a PDF shows its facts and can be exported (the service checks consent).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.cases.attachments import MEDIA_LABELS, AttachmentInfo, MediaType
from kdm_desktop.domain.cases.choices import AttachmentKind
from kdm_desktop.domain.cases.records import CaseView
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.attachments import AttachmentService
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.cases.events import CaseEvents
from kdm_desktop.ui.cases.formatting import timestamp_text
from kdm_desktop.ui.cases.inputs import ChoiceCombo
from kdm_desktop.ui.cases.table_support import fill, make_table, selected_id
from kdm_desktop.ui.widgets import FieldError

PREVIEW_SIZE = 360


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, size // 1024)} KB"


class AttachmentsTab(QWidget):
    def __init__(
        self, session: Session, case_id: str, events: CaseEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = AttachmentService(session)
        self._case_id = case_id
        self._events = events
        self._items: dict[str, AttachmentInfo] = {}
        self.table = make_table(
            [self.tr("File"), self.tr("Kind"), self.tr("Type"), self.tr("Size"),
             self.tr("Added"), self.tr("Description")],
            self.tr("Attachments"),
            "attachmentsTable",
        )  # fmt: skip
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.preview = QLabel()
        self.preview.setObjectName("attachmentPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_SIZE, 240)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Preview of the selected attachment"))
        self.kind = ChoiceCombo(AttachmentKind, self.tr("Kind of attachment"), required=True)
        self.kind.setObjectName("attachmentKind")
        self.description = QLineEdit()
        self.description.setObjectName("attachmentDescription")
        self.description.setAccessibleName(self.tr("Description of the attachment"))
        self.description.setMaxLength(500)
        self.add_button = QPushButton(self.tr("&Add file…"))
        self.add_button.setObjectName("addAttachment")
        self.add_button.clicked.connect(self.choose_file)
        self.add_button.setEnabled(session.can(Permission.EDIT_CASES))
        self.export_button = QPushButton(self.tr("E&xport selected…"))
        self.export_button.setObjectName("exportAttachment")
        self.export_button.clicked.connect(self.choose_export_target)
        self.export_button.setEnabled(False)
        self._can_export = session.can(Permission.EXPORT)
        self.error = FieldError()
        self.error.setObjectName("attachmentError")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Description:"), self.description)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        left_layout.addLayout(form)
        left_layout.addWidget(self.error)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def show_view(self, view: CaseView) -> None:
        self._items = {a.id: a for a in view.attachments}
        fill(
            self.table,
            [
                (
                    a.id,
                    [
                        a.filename,
                        a.kind.label,
                        MEDIA_LABELS[a.media_type],
                        size_text(a.size),
                        timestamp_text(a.added_at),
                        a.description,
                    ],
                )
                for a in view.attachments
            ],
        )
        self.preview.clear()
        self.export_button.setEnabled(False)

    # ----- adding -----
    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Add an attachment"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(
            self.tr("Documents and pictures (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)")
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.add_file(Path(name)))
        dialog.open()

    def add_file(self, path: Path) -> bool:
        self.error.clear_error()
        kind = self.kind.value()
        assert kind is not None
        try:
            info = self._service.add_file(
                self._case_id, path, AttachmentKind(kind), self.description.text()
            )
        except KdmError as exc:
            self.error.show_error(exc.message)
            return False
        self.description.clear()
        self._events.case_changed.emit()
        self.select(info.id)
        return True

    def select(self, attachment_id: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == attachment_id:
                self.table.selectRow(row)
                return

    # ----- showing -----
    def show_selected(self) -> None:
        self.error.clear_error()
        attachment_id = selected_id(self.table)
        info = self._items.get(attachment_id or "")
        self.export_button.setEnabled(info is not None and self._can_export)
        self.preview.clear()
        if info is None:
            return
        if info.media_type == MediaType.PDF:
            self.preview.setText(
                self.tr("{name}\nPDF document, {size}\nExport it to read it.").format(
                    name=info.filename, size=size_text(info.size)
                )
            )
            return
        try:
            data = b"".join(self._service.read(info.id))
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        picture = QPixmap()
        if not picture.loadFromData(data):
            self.preview.setText(self.tr("This picture cannot be shown."))
            return
        self.preview.setPixmap(
            picture.scaled(
                self.preview.size().expandedTo(self.preview.minimumSize()),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    # ----- exporting -----
    def choose_export_target(self) -> None:
        info = self._items.get(selected_id(self.table) or "")
        if info is None:
            return
        dialog = QFileDialog(self, self.tr("Export the attachment"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(info.filename)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.export_to(info.id, Path(name)))
        dialog.open()

    def export_to(self, attachment_id: str, target: Path) -> bool:
        self.error.clear_error()
        try:
            # The save dialog already asked about replacing an existing file.
            self._service.export(attachment_id, target, overwrite=True)
        except KdmError as exc:
            self.error.show_error(exc.message)
            return False
        dialogs.inform(self, self.tr("The attachment was exported."))
        return True
