"""'Yazı şablonları': administrators reword letter templates and set the centre's logo.

Saving never overwrites: the service stores a new version and keeps the old one,
so letters already sent still name the version they were made from. The logo is
read into memory and handed to the service, which checks type and size.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.dates import format_turkish_datetime
from kdm_desktop.domain.letters.letter import AUTO_FIELDS, LetterTemplate
from kdm_desktop.errors import KdmError
from kdm_desktop.services.casefile import Session
from kdm_desktop.services.letters import MAX_LOGO_BYTES, LetterService, StoredTemplate
from kdm_desktop.services.people import People
from kdm_desktop.ui.fit import fit_columns
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.widgets import NOTE_STYLE, FieldError, heading, note

LOGO_BOX = 160


def allowed_fields(template: LetterTemplate) -> list[str]:
    return [*AUTO_FIELDS, *(f.key for f in template.inputs)]


def moment_text(iso: str) -> str:
    try:
        return format_turkish_datetime(datetime.datetime.fromisoformat(iso))
    except ValueError:
        return iso


def version_text(t: StoredTemplate) -> str:
    tpl = t.template
    return f"Konu: {tpl.subject}\n\n{tpl.addressee}\n\n{tpl.body}"


class LetterTemplatesPage(QWidget):
    def __init__(self, session: Session, ctx: PageContext | None = None) -> None:
        super().__init__()
        self._service = LetterService(session)
        self._people = People(session)
        self._history: list[StoredTemplate] = []

        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Letter templates"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._template_chosen)

        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.addressee = QPlainTextEdit()
        self.addressee.setAccessibleName(self.tr("Addressee"))
        self.addressee.setFixedHeight(64)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Letter text"))
        self.fields = note("")
        self.fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = FieldError()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as new &version"))
        self.save_button.clicked.connect(self.save)

        editor = QGroupBox(self.tr("Wording"))
        form = QFormLayout(editor)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Addressee:"), self.addressee)
        form.addRow(self.tr("&Text:"), self.body)
        form.addRow("", self.fields)
        form.addRow("", self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        self.revert_button = QPushButton(self.tr("&Discard changes"))
        self.revert_button.clicked.connect(self.revert)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        for label, buddy in ((0, self.subject), (1, self.addressee), (2, self.body)):
            item = form.itemAt(label, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item else None
            if isinstance(widget, QLabel):
                widget.setBuddy(buddy)

        self.history = QTableWidget(0, 3)
        self.history.setObjectName("templateHistory")
        self.history.setAccessibleName(self.tr("Versions of the template"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Saved on"), self.tr("Saved by")]
        )
        self.history.verticalHeader().hide()
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.history.currentCellChanged.connect(lambda row, *_: self._version_chosen(row))
        self.version_view = QPlainTextEdit()
        self.version_view.setReadOnly(True)
        self.version_view.setAccessibleName(self.tr("Text of the chosen version"))
        history_box = QGroupBox(self.tr("Versions"))
        hl = QHBoxLayout(history_box)
        hl.addWidget(self.history, 2)
        hl.addWidget(self.version_view, 3)

        self.logo = QLabel()
        self.logo.setObjectName("logoPreview")
        self.logo.setFixedSize(LOGO_BOX, LOGO_BOX)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px solid #bbbbbb;" + NOTE_STYLE)
        self.logo.setWordWrap(True)
        self.logo_error = FieldError()
        choose = QPushButton(self.tr("Choose &logo…"))
        choose.clicked.connect(self._choose_logo)
        self.remove_logo_button = QPushButton(self.tr("&Remove logo"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_box = QGroupBox(self.tr("Centre's logo"))
        ll = QVBoxLayout(logo_box)
        ll.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignHCenter)
        ll.addWidget(
            note(
                self.tr("PNG or JPEG, at most %1 KB; printed at the top of every letter.").replace(
                    "%1", str(MAX_LOGO_BYTES // 1024)
                )
            )
        )
        ll.addWidget(choose)
        ll.addWidget(self.remove_logo_button)
        ll.addWidget(self.logo_error)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(logo_box)
        right = QVBoxLayout()
        right.addWidget(editor, 3)
        right.addWidget(history_box, 2)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Letter templates")))
        layout.addWidget(
            note(
                self.tr(
                    "Saving keeps the old wording as a version: letters already sent "
                    "are reprinted exactly as they were."
                )
            )
        )
        layout.addLayout(columns, 1)

        self._fill_list()
        self._show_logo()

    # ----- templates -----

    def _fill_list(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        row, kind = -1, None
        for t in self._service.templates():
            tpl = t.template
            if tpl.recipient_kind != kind:
                kind = tpl.recipient_kind
                # A heading per recipient kind; not selectable, so never "the template".
                header = QListWidgetItem(kind.label)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                # Disabled items are drawn grey; a heading should read as one.
                header.setForeground(self.palette().windowText())
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.list.addItem(header)
            item = QListWidgetItem(f"    {tpl.title} (v{tpl.version})")
            item.setData(Qt.ItemDataRole.UserRole, tpl.name)
            item.setToolTip(tpl.name)
            self.list.addItem(item)
            if row < 0 or tpl.name == select:
                row = self.list.count() - 1
        self.list.blockSignals(False)
        self.list.setCurrentRow(row)
        self._template_chosen(row)

    def current_name(self) -> str:
        item = self.list.currentItem()
        name = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return name if isinstance(name, str) else ""

    def select_template(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == name:
                if i == self.list.currentRow():
                    self.revert()
                self.list.setCurrentRow(i)
                return
        raise KeyError(name)

    def revert(self) -> None:
        """Throw away unsaved edits: show the current version again."""
        self._template_chosen(self.list.currentRow())
        self.status.clear()

    def _template_chosen(self, row: int) -> None:
        name = self.current_name()
        if row < 0 or not name:
            return
        current = self._service.template(name)
        self.subject.setText(current.template.subject)
        self.addressee.setPlainText(current.template.addressee)
        self.body.setPlainText(current.template.body)
        fields = ", ".join("{" + f + "}" for f in allowed_fields(current.template))
        self.fields.setText(self.tr("Fields you can use: %1").replace("%1", fields))
        self.error.clear_error()
        self._fill_history(name)

    def _fill_history(self, name: str) -> None:
        self._history = list(reversed(self._service.template_history(name)))
        self.history.setRowCount(len(self._history))
        for row, t in enumerate(self._history):
            cells = (
                str(t.template.version),
                moment_text(t.created_at),
                self._people.name(t.created_by),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(row, col, item)
        fit_columns(self.history)
        self.history.setCurrentCell(0, 0)
        self._version_chosen(0)

    def _version_chosen(self, row: int) -> None:
        if 0 <= row < len(self._history):
            self.version_view.setPlainText(version_text(self._history[row]))

    def save(self) -> bool:
        name = self.current_name()
        changes = {
            "subject": self.subject.text(),
            "addressee": self.addressee.toPlainText(),
            "body": self.body.toPlainText(),
        }
        self.error.clear_error()
        try:
            saved = self._service.update_template(name, changes)
        except KdmError as exc:
            self.error.show_error(exc.message)
            self.status.clear()
            return False
        self._fill_list(select=name)
        self.status.setText(
            self.tr("Saved as version %1.").replace("%1", str(saved.template.version))
        )
        return True

    # ----- logo -----

    def _show_logo(self) -> None:
        data = self._service.logo()
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.logo.setPixmap(
                pixmap.scaled(
                    LOGO_BOX - 8,
                    LOGO_BOX - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo.clear()
            self.logo.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(bool(data))

    def has_logo(self) -> bool:
        pixmap = self.logo.pixmap()
        return pixmap is not None and not pixmap.isNull()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the centre's logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo_from(Path(path))

    def set_logo_from(self, path: Path) -> bool:
        self.logo_error.clear_error()
        try:
            with path.open("rb") as fh:
                # One byte over the limit is enough for the service to say it is too large.
                data = fh.read(MAX_LOGO_BYTES + 1)
        except OSError:
            self.logo_error.show_error(self.tr("The file could not be opened."))
            return False
        return self._apply_logo(data)

    def remove_logo(self) -> bool:
        self.logo_error.clear_error()
        return self._apply_logo(None)

    def _apply_logo(self, data: bytes | None) -> bool:
        try:
            self._service.set_logo(data)
        except KdmError as exc:
            self.logo_error.show_error(exc.message)
            return False
        self._show_logo()
        return True
