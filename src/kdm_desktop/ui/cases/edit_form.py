"""'Düzenle': the intake's first three steps, filled from the stored case, for changes.

Consent has its own tab and assignment its own dialog, so neither is here. Each
step is checked against the stored draft before the next opens; saving goes
through `CaseService.update`, which keeps the field versions and the audit entry.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.cases.draft import (
    APPLICATION_FIELDS,
    CLIENT_FIELDS,
    VIOLENCE_FIELDS,
    CaseDraft,
    draft_as_dict,
    draft_from_mapping,
)
from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import KdmError, ValidationError
from kdm_desktop.services.case_access import today
from kdm_desktop.services.casefile import Session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.cases.intake_fields import ChildrenEditor, IntakeFields, field_root
from kdm_desktop.ui.drafts import NO_DRAFT, DraftKeeper, State, ask_before_closing
from kdm_desktop.ui.widgets import FieldError, heading

EDIT_STEP_KEYS: list[list[str]] = [
    list(APPLICATION_FIELDS),
    list(CLIENT_FIELDS),
    list(VIOLENCE_FIELDS),
]


class CaseEditForm(QWidget):
    saved = Signal(str)  # case id
    cancelled = Signal()

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseEditForm")
        self._service = CaseService(session)
        self._today = today(session)
        record = self._service.get(case_id)
        self.case_id = record.id
        self._record = record
        self.fields = IntakeFields(self, self._today, [], session.user.username)
        self.step_titles = [self.tr("Application"), self.tr("Client"), self.tr("Violence")]
        self.stack = QStackedWidget()
        self.stack.setObjectName("editSteps")
        pages = (
            self.fields.application_step(with_assignee=False),
            self.fields.client_step(),
            self.fields.violence_step(),
        )
        for built in pages:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(built)
            self.stack.addWidget(scroll)
        self.fields.load(_form_values(record.draft))

        self.title = heading(self.tr("Edit {number}").format(number=record.case_number), 1.5)
        self.title.setObjectName("editTitle")
        self.step_label = QLabel()
        self.step_label.setObjectName("editStep")
        self.general_error = FieldError()
        self.general_error.setObjectName("editGeneralError")
        self.cancel_button = QPushButton(self.tr("&Discard changes"))
        self.cancel_button.setObjectName("editCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.back_button = QPushButton(self.tr("&Previous"))
        self.back_button.setObjectName("editBack")
        self.back_button.clicked.connect(lambda: self.go_to(self.step - 1))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setObjectName("editNext")
        self.next_button.clicked.connect(self.next_step)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setObjectName("editSave")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.step_label)
        layout.addWidget(self.general_error)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.go_to(0)
        self._children().setProperty(NO_DRAFT, True)  # kept whole in the extra state
        self.draft_keeper = DraftKeeper(
            self,
            session,
            DraftKind.CASE_EDIT,
            self.case_id,
            extra_state=self._draft_extra,
            restore_extra=self._restore_extra,
        )
        self.draft_keeper.baseline()

    def _children(self) -> ChildrenEditor:
        widget = self.fields.widgets["children"]
        assert isinstance(widget, ChildrenEditor)
        return widget

    def _draft_extra(self) -> State:
        return {"children": self._children().value()}

    def _restore_extra(self, content: State) -> None:
        children = content.get("children")
        if isinstance(children, list):
            self._children().set_children([c for c in children if isinstance(c, dict)])

    def cancel(self) -> None:
        """'Discard changes' asks first when something was changed (never silently)."""
        ask_before_closing(self, [self.draft_keeper], self.cancelled.emit)

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(EDIT_STEP_KEYS) - 1))
        self.stack.setCurrentIndex(index)
        self.step_label.setText(
            self.tr("Step {n} of {total}: {title}").format(
                n=index + 1, total=len(EDIT_STEP_KEYS), title=self.step_titles[index]
            )
        )
        self.back_button.setEnabled(index > 0)
        # Saving is possible from any step: the other steps hold the stored values.
        self.next_button.setEnabled(index < len(EDIT_STEP_KEYS) - 1)
        self.save_button.setDefault(True)
        self.fields.widgets[EDIT_STEP_KEYS[index][0]].setFocus()

    def _check(self, upto: int) -> CaseDraft | None:
        """The changed draft if the steps up to `upto` are fine; else show why, beside
        each field, on the first step with a problem, and return None."""
        for error in self.fields.errors.values():
            error.clear_error()
        self.general_error.clear_error()
        keys = [k for ks in EDIT_STEP_KEYS[: upto + 1] for k in ks]
        data = self.fields.values(keys)
        shown: dict[str, list[str]] = {k: [v] for k, v in self.fields.local_errors.items()}
        draft: CaseDraft | None = None
        try:
            draft = draft_from_mapping(data, self._today, base=self._record.draft)
        except ValidationErrors as exc:
            for problem in exc.errors:
                shown.setdefault(field_root(problem.field), []).append(problem.message)
        except ValidationError as exc:
            shown.setdefault(field_root(exc.field), []).append(exc.message)
        if not shown:
            return draft
        self._show_errors(shown)
        return None

    def _show_errors(self, shown: dict[str, list[str]]) -> None:
        first_step = len(EDIT_STEP_KEYS)
        for key, texts in shown.items():
            target = self.fields.errors.get(key)
            if target is None:
                self.general_error.show_error("\n".join(texts))
                continue
            target.show_error("\n".join(texts))
            first_step = min(
                first_step, next(i for i, ks in enumerate(EDIT_STEP_KEYS) if key in ks)
            )
        if first_step < len(EDIT_STEP_KEYS):
            if first_step != self.step:
                self.go_to(first_step)
            for key in EDIT_STEP_KEYS[first_step]:
                if key in shown:
                    self.fields.widgets[key].setFocus()
                    break

    def next_step(self) -> None:
        if self._check(self.step) is not None:
            self.go_to(self.step + 1)

    def save(self) -> None:
        draft = self._check(len(EDIT_STEP_KEYS) - 1)
        if draft is None:
            return
        try:
            self._service.update(self.case_id, draft)
        except ValidationErrors as exc:
            self._show_errors({field_root(p.field): [p.message] for p in exc.errors})
            return
        except KdmError as exc:
            dialogs.warn(self, exc.message)
            return
        self.draft_keeper.discard()
        self.saved.emit(self.case_id)


def _form_values(draft: CaseDraft) -> dict[str, object]:
    values = draft_as_dict(draft)
    # A known birth date gives the age; showing the stored one would make it
    # disagree the moment the birth date is corrected.
    if draft.birth_date is not None:
        values["age"] = None
    return values
