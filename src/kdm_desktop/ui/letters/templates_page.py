"""'Yazı şablonları': administrators reword letter templates and set the centre's logo.

Saving never overwrites: the service stores a new version and keeps the old one,
so letters already sent still name the version they were made from. The logo is
read into memory and handed to the service, which checks type and size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from kdm_desktop.domain.letters.template import AUTO_FIELDS, LetterTemplate
from kdm_desktop.errors import KdmError
from kdm_desktop.services.letters import LetterService, StoredTemplate
from kdm_desktop.services.people import People
from kdm_desktop.services.session import Session
from kdm_desktop.ui.cases.formatting import timestamp_text
from kdm_desktop.ui.fit import fit_columns
from kdm_desktop.ui.letters.logo_box import LogoBox
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.widgets import FieldError, heading, note


def allowed_fields(template: LetterTemplate) -> list[str]:
    return [*AUTO_FIELDS, *(f.key for f in template.inputs)]


def version_text(t: StoredTemplate) -> str:
    tpl = t.template
    subject = QCoreApplication.translate("LetterTemplatesPage", "Subject: {subject}")
    return f"{subject.format(subject=tpl.subject)}\n\n{tpl.addressee}\n\n{tpl.body}"


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

        self.logo_box = LogoBox(self._service)
        # Its widgets and actions, by name, for the tests.
        self.logo, self.logo_error = self.logo_box.logo, self.logo_box.logo_error
        self.remove_logo_button = self.logo_box.remove_logo_button

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.logo_box)
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
                timestamp_text(t.created_at),
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

    # ----- logo (ui/letters/logo_box.py) -----

    def has_logo(self) -> bool:
        return self.logo_box.has_logo()

    def set_logo_from(self, path: Path) -> bool:
        return self.logo_box.set_logo_from(path)

    def remove_logo(self) -> bool:
        return self.logo_box.remove_logo()
