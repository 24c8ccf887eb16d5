"""'Notlar': the notes this reader may see, a new note, an edit, the history of one.

The service decides what a role may read: psychologists' session notes never
reach another role's screen, and only their count is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.cases.choices import NoteKind
from kdm_desktop.domain.cases.notes import Note, NoteVersion, is_psych_note
from kdm_desktop.domain.cases.records import CaseView
from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_notes import NoteService
from kdm_desktop.services.people import People
from kdm_desktop.services.session import Session
from kdm_desktop.ui.cases.events import CaseEvents
from kdm_desktop.ui.cases.formatting import timestamp_text
from kdm_desktop.ui.cases.inputs import ChoiceCombo
from kdm_desktop.ui.cases.table_support import fill, make_table, selected_id
from kdm_desktop.ui.drafts import DraftKeeper, State, confirm_discard
from kdm_desktop.ui.widgets import FieldError, note


class NoteHistoryDialog(QDialog):
    """Every wording of one note, oldest first, with who wrote it and when."""

    def __init__(
        self,
        versions: list[NoteVersion],
        parent: QWidget | None = None,
        name_of: Callable[[str], str] = str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note history"))
        self.setObjectName("noteHistory")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Earlier versions of the note"))
        parts = [
            self.tr("Version {n} — {when}, {who}").format(
                n=v.version, when=timestamp_text(v.written_at), who=name_of(v.written_by)
            )
            + "\n"
            + v.text
            for v in versions
        ]
        self.text.setPlainText("\n\n".join(parts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 420)


class NotesTab(QWidget):
    def __init__(
        self, session: Session, case_id: str, events: CaseEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = NoteService(session)
        self._people = People(session)
        self._case_id = case_id
        self._events = events
        self._notes: dict[str, Note] = {}
        self._editing: str | None = None
        self.table = make_table(
            [self.tr("Kind"), self.tr("Written"), self.tr("By"), self.tr("Note")],
            self.tr("Notes"),
            "notesTable",
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.hidden_label = note("")
        self.hidden_label.setObjectName("hiddenNotes")
        kinds = [
            k for k in NoteKind if session.can(Permission.VIEW_PSYCH_NOTES) or not is_psych_note(k)
        ]
        self.kind = ChoiceCombo(NoteKind, self.tr("Kind of note"), required=True, members=kinds)
        self.kind.setObjectName("noteKind")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName(self.tr("Text of the note"))
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(110)
        self.save_button = QPushButton(self.tr("&Add note"))
        self.save_button.setObjectName("saveNote")
        self.save_button.clicked.connect(self.save)
        self.edit_button = QPushButton(self.tr("&Edit selected"))
        self.edit_button.setObjectName("editNote")
        self.edit_button.clicked.connect(lambda: self._unless_unsaved(self.start_edit))
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setObjectName("noteHistoryButton")
        self.history_button.clicked.connect(self.show_history)
        self.new_button = QPushButton(self.tr("New note"))
        self.new_button.clicked.connect(lambda: self._unless_unsaved(self.start_new))
        self.error = FieldError()
        self.error.setObjectName("noteError")
        editable = session.can(Permission.EDIT_CASES)
        for b in (self.save_button, self.edit_button):
            b.setEnabled(editable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.kind)
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hidden_label)
        self.mode_label = QLabel()
        layout.addWidget(self.mode_label)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.draft_keeper: DraftKeeper | None = None
        if editable:
            self.draft_keeper = DraftKeeper(
                self,
                session,
                DraftKind.NOTE,
                case_id,
                extra_state=lambda: {"editing": self._editing},
                restore_extra=self._restore_extra,
            )
        self.start_new()

    def _unless_unsaved(self, then: Callable[[], None]) -> None:
        """Starting another note would replace the typed text: only after a 'yes'."""
        keeper = self.draft_keeper
        if keeper is None or not keeper.dirty():
            then()
            return

        def discard_then() -> None:
            keeper.discard()
            then()

        confirm_discard(self, discard_then)

    def _restore_extra(self, content: State) -> None:
        editing = content.get("editing")
        if isinstance(editing, str) and editing in self._notes:
            self._begin_edit(editing)
        else:
            self.start_new()

    def show_view(self, view: CaseView) -> None:
        self._notes = {n.id: n for n in view.notes}
        edited = self.tr(" (edited)")
        fill(
            self.table,
            [
                (
                    n.id,
                    [
                        n.kind.label,
                        timestamp_text(n.current.written_at),
                        self._people.name(n.current.written_by),
                        n.text.splitlines()[0] + (edited if n.edited else "") if n.text else "",
                    ],
                )
                for n in view.notes
            ],
        )
        self.hidden_label.setText(
            self.tr("{n} psychological session note(s) are only shown to psychologists.").format(
                n=view.hidden_note_count
            )
            if view.hidden_note_count
            else ""
        )
        self.hidden_label.setVisible(bool(view.hidden_note_count))

    def _selection_changed(self) -> None:
        has = selected_id(self.table) is not None
        self.history_button.setEnabled(has)

    def start_new(self) -> None:
        self._editing = None
        self.editor.clear()
        self.kind.setEnabled(True)
        self.mode_label.setText(self.tr("New note:"))
        self.save_button.setText(self.tr("&Add note"))
        self.history_button.setEnabled(selected_id(self.table) is not None)
        if self.draft_keeper is not None:
            self.draft_keeper.baseline()

    def start_edit(self) -> None:
        note_id = selected_id(self.table)
        if note_id is None or note_id not in self._notes:
            self.error.show_error(self.tr("Select the note to edit in the list."))
            return
        self._begin_edit(note_id)
        if self.draft_keeper is not None:
            self.draft_keeper.baseline()

    def _begin_edit(self, note_id: str) -> None:
        self._editing = note_id
        self.editor.setPlainText(self._notes[note_id].text)
        self.kind.set_value(self._notes[note_id].kind.value)
        self.kind.setEnabled(False)
        self.mode_label.setText(self.tr("Editing the selected note (earlier wording is kept):"))
        self.save_button.setText(self.tr("&Save changes"))
        self.editor.setFocus()

    def save(self) -> None:
        self.error.clear_error()
        try:
            if self._editing is None:
                kind = self.kind.value()
                assert kind is not None
                self._service.add(self._case_id, NoteKind(kind), self.editor.toPlainText())
            else:
                self._service.edit(self._editing, self.editor.toPlainText())
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        if self.draft_keeper is not None:
            self.draft_keeper.discard()
        self.start_new()
        self._events.case_changed.emit()

    def show_history(self) -> None:
        note_id = selected_id(self.table)
        if note_id is None:
            return
        try:
            versions = self._service.history(note_id)
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        dialog = NoteHistoryDialog(versions, self, self._people.name)
        dialog.open()
