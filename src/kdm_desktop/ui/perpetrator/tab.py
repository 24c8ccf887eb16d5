"""The "Şiddet uygulayan" tab: the men she names, one form to record each.

A list on the left (the primary first, people.py), the selected record's form
on the right (form.py); the tab joins them and calls the service. A first
record starts from her intake answers (relation, weapon access) and says so.
Fits 1366×768: the list is narrow, the form's fields keep a readable width
instead of stretching, and the note box is short.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.changes import PERPETRATORS, Changes
from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.domain.perpetrator import (
    Perpetrator,
    PerpetratorRow,
)
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.perpetrators import PerpetratorSection, PerpetratorService
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.drafts import DraftKeeper, State, confirm_discard
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.perpetrator.form import PerpetratorForm
from kdm_desktop.ui.perpetrator.people import PeopleList, row_title
from kdm_desktop.ui.widgets import FieldError, heading


class PerpetratorTab(QWidget):
    def __init__(self, session: Session, case_id: str, ctx: PageContext) -> None:
        super().__init__()
        self._service = PerpetratorService(session)
        self._case_id = case_id
        self._editable = session.can(Permission.EDIT_CASES)
        self._rows: dict[str, PerpetratorRow] = {}
        self._editing: str | None = None  # None: a new record
        self._section: PerpetratorSection | None = None

        self.people = PeopleList()
        # The list's widgets, by name, for the tab's own use and its tests.
        self.list, self.new_button = self.people.list, self.people.new_button
        self.primary_button, self.remove_button = (
            self.people.primary_button,
            self.people.remove_button,
        )
        self.people.picked.connect(self._picked)
        self.new_button.clicked.connect(lambda: self._unless_unsaved(self.start_new))
        self.primary_button.clicked.connect(self.make_primary)
        self.remove_button.clicked.connect(self.ask_remove)

        self.form_box = PerpetratorForm()
        # The fields, by name, for the tab's own use and its tests.
        form = self.form_box
        self.relation, self.name, self.age_band = form.relation, form.name, form.age_band
        self.weapon, self.prior_orders = form.weapon, form.prior_orders
        self.shared_children, self.note = form.shared_children, form.note
        self.prefill_label = QLabel()
        self.prefill_label.setObjectName("perpPrefill")
        self.prefill_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("perpSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.error = FieldError()
        right = QVBoxLayout()
        right.addWidget(self.form_box)
        right.addWidget(self.prefill_label)
        right.addWidget(self.error)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        right.addLayout(bar)
        right.addStretch(1)

        hint = QLabel(
            self.tr(
                "Record each person she names. His address, phone and identity number are "
                "not kept here; letters name him only when you tick it."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("perpHint")
        body = QHBoxLayout()
        body.addWidget(self.people, 0)
        body.addSpacing(12)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Perpetrator"), 1.3))
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        for widget in (self.form_box, self.save_button, self.new_button):
            widget.setEnabled(self._editable)
        self.draft_keeper: DraftKeeper | None = None
        if self._editable:
            self.draft_keeper = DraftKeeper(
                self,
                session,
                DraftKind.PERPETRATOR,
                case_id,
                extra_state=lambda: {"editing": self._editing},
                restore_extra=self._restore_extra,
            )
        ctx.events.data_changed.connect(self._data_changed)
        self.reload()

    # ----- loading -----

    def reload(self, select: str | None = None) -> None:
        try:
            section = self._service.section(self._case_id)
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        self._section = section
        self._rows = {r.id: r for r in section.rows}
        self.people.show_rows(section.rows)
        target = select if select in self._rows else (section.rows[0].id if section.rows else None)
        if target is None:
            self.start_new()
        else:
            self.people.select(target)
            self._begin_edit(target)

    def _data_changed(self, changes: Changes) -> None:
        # Another window or an import changed him; an unsaved form is left alone.
        unsaved = self.draft_keeper is not None and self.draft_keeper.dirty()
        if changes.touches_case(self._case_id, PERPETRATORS) and not unsaved:
            self.reload(self._editing)

    # ----- the form -----

    def record(self) -> Perpetrator:
        """What the form holds (unchecked; the service checks it)."""
        return self.form_box.record()

    def start_new(self) -> None:
        self._editing = None
        self.error.clear_error()
        self.people.select(None)
        first = not self._rows
        prefill = self._section.prefill if (self._section and first) else Perpetrator()
        self.form_box.show_record(prefill)
        self.form_box.setTitle(
            self.tr("New person (will be the primary)") if first else self.tr("New person")
        )
        self.prefill_label.setText(
            self.tr("Relation and weapon access are filled in from her application form.")
            if not prefill.is_empty
            else ""
        )
        self.prefill_label.setVisible(not prefill.is_empty)
        self.save_button.setText(self.tr("&Add"))
        self._update_buttons()
        if self.draft_keeper is not None:
            self.draft_keeper.baseline()

    def _begin_edit(self, perpetrator_id: str) -> None:
        self._editing = perpetrator_id
        self.error.clear_error()
        row = self._rows[perpetrator_id]
        self.form_box.show_record(row.record)
        self.form_box.setTitle(row_title(row))
        self.prefill_label.hide()
        self.save_button.setText(self.tr("&Save changes"))
        self._update_buttons()
        if self.draft_keeper is not None:
            self.draft_keeper.baseline()

    def _update_buttons(self) -> None:
        self.people.set_row_actions(self._rows.get(self._editing or ""), self._editable)

    def _picked(self, target: str) -> None:
        if target == self._editing:
            return

        def go() -> None:
            self.people.select(target)
            self._begin_edit(target)

        # Back to the row she was on until she says the typing may go.
        self.people.select(self._editing)
        self._unless_unsaved(go)

    def _unless_unsaved(self, then: Any) -> None:
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
        if isinstance(editing, str) and editing in self._rows:
            self.people.select(editing)
            self._begin_edit(editing)
        else:
            self.start_new()

    # ----- actions -----

    def save(self) -> None:
        self.error.clear_error()
        try:
            if self._editing is None:
                row = self._service.add(self._case_id, self.record())
            else:
                row = self._service.update(self._case_id, self._editing, self.record())
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        if self.draft_keeper is not None:
            self.draft_keeper.discard()
        self.reload(row.id)

    def make_primary(self) -> None:
        if self._editing is None:
            return
        try:
            self._service.make_primary(self._case_id, self._editing)
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        self.reload(self._editing)

    def ask_remove(self) -> None:
        if self._editing is None:
            return
        row = self._rows[self._editing]
        dialogs.confirm(
            self,
            self.tr("Remove this person from her file? {title}").format(title=row_title(row)),
            self.remove,
            yes_text=self.tr("Remove"),
        )

    def remove(self) -> None:
        if self._editing is None:
            return
        try:
            self._service.remove(self._case_id, self._editing)
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        if self.draft_keeper is not None:
            self.draft_keeper.discard()
        self.reload()
