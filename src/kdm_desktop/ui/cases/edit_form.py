"""'Düzenle': the intake's first three steps, filled from the stored case, for changes.

Consent has its own tab and assignment its own dialog, so neither is here. Each
step is checked against the stored draft before the next opens; saving goes
through `CaseService.update`, which keeps the field versions and the audit entry.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QStackedWidget,
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
from kdm_desktop.errors import KdmError
from kdm_desktop.services.case_access import today
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.cases.intake_fields import IntakeFields, field_root
from kdm_desktop.ui.cases.step_form import (
    StepForm,
    add_scrolled_steps,
    children_editor,
    clear_errors,
    focus_first_error,
    keep_children_whole,
    restore_children,
    show_errors,
)
from kdm_desktop.ui.drafts import DraftKeeper, State, ask_before_closing
from kdm_desktop.ui.widgets import heading

EDIT_STEP_KEYS: list[list[str]] = [
    list(APPLICATION_FIELDS),
    list(CLIENT_FIELDS),
    list(VIOLENCE_FIELDS),
]


class CaseEditForm(StepForm):
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
        add_scrolled_steps(self.stack, pages)
        self.fields.load(_form_values(record.draft))

        self.title = heading(self.tr("Edit {number}").format(number=record.case_number), 1.5)
        self.title.setObjectName("editTitle")
        self.build_frame(
            "edit",
            self.title,
            (
                self.tr("&Discard changes"),
                self.tr("&Previous"),
                self.tr("&Next"),
                self.tr("&Save changes"),
            ),
        )
        self.go_to(0)
        keep_children_whole(self.fields)
        self.draft_keeper = DraftKeeper(
            self,
            session,
            DraftKind.CASE_EDIT,
            self.case_id,
            extra_state=self._draft_extra,
            restore_extra=self._restore_extra,
        )
        self.draft_keeper.baseline()

    def _draft_extra(self) -> State:
        return {"children": children_editor(self.fields).value()}

    def _restore_extra(self, content: State) -> None:
        restore_children(self.fields, content)

    def cancel(self) -> None:
        """'Discard changes' asks first when something was changed (never silently)."""
        ask_before_closing(self, [self.draft_keeper], self.cancelled.emit)

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
        clear_errors(self.fields, self.general_error)
        keys = [k for ks in EDIT_STEP_KEYS[: upto + 1] for k in ks]
        data = self.fields.values(keys)
        shown: dict[str, list[str]] = {k: [v] for k, v in self.fields.local_errors.items()}
        draft: CaseDraft | None = None
        try:
            draft = draft_from_mapping(data, self._today, base=self._record.draft)
        except ValidationErrors as exc:
            for problem in exc.errors:
                shown.setdefault(field_root(problem.field), []).append(problem.message)
        if not shown:
            return draft
        self._show_errors(shown)
        return None

    def _show_errors(self, shown: dict[str, list[str]]) -> None:
        first_step = show_errors(self.fields, self.general_error, shown, EDIT_STEP_KEYS)
        if first_step < len(EDIT_STEP_KEYS):
            if first_step != self.step:
                self.go_to(first_step)
            focus_first_error(self.fields, shown, EDIT_STEP_KEYS[first_step])

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
