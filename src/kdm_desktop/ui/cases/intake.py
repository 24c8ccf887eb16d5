"""'Yeni başvuru': the intake form in four steps, inside the page (quick-hide covers it).

Every step is checked with `CaseService.parse_intake` before the next one opens,
and each problem is shown beside its field. On save, possible duplicates are
shown first; the person at the desk decides whether to open one or go on.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.cases.draft import APPLICATION_FIELDS, CLIENT_FIELDS, VIOLENCE_FIELDS
from kdm_desktop.domain.cases.duplicates import DUPLICATE_REASON_LABELS, PossibleDuplicate
from kdm_desktop.domain.cases.intake import Intake
from kdm_desktop.domain.drafts import NEW, DraftKind
from kdm_desktop.domain.protection.risk import (
    RiskAnswer,
    answers_from_intake,
    intake_needs_risk_assessment,
)
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import KdmError
from kdm_desktop.services.case_access import today
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.cases.intake_fields import IntakeFields, field_root
from kdm_desktop.ui.cases.no_consent import NoConsentDialog
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
from kdm_desktop.ui.drafts import DraftKeeper, State
from kdm_desktop.ui.widgets import heading, note

CONSENT_KEYS = [
    "consent.processing",
    "consent.share_with_centres",
    "consent.share_with",
    "consent.date",
]
STEP_KEYS: list[list[str]] = [
    [*APPLICATION_FIELDS, "assigned_to"],
    list(CLIENT_FIELDS),
    list(VIOLENCE_FIELDS),
    CONSENT_KEYS,
]


class DuplicatePanel(QWidget):
    """'This person may already have a file': the matches and what to do next."""

    open_requested = Signal(str)
    continue_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatePanel")
        self.title = heading(self.tr("This person may already have a file"), 1.3)
        self.title.setObjectName("duplicateTitle")
        self.title.setStyleSheet("color: #8a4b00;")
        self.list = QListWidget()
        self.list.setObjectName("duplicateList")
        self.list.setAccessibleName(self.tr("Possible existing files"))
        self.list.itemActivated.connect(lambda _item: self._open())
        self.open_button = QPushButton(self.tr("&Open the selected file"))
        self.open_button.setObjectName("openDuplicate")
        self.open_button.clicked.connect(self._open)
        self.continue_button = QPushButton(self.tr("&Save as a new file"))
        self.continue_button.setObjectName("continueDespiteDuplicate")
        self.continue_button.clicked.connect(self.continue_requested)
        self.back_button = QPushButton(self.tr("&Back to the form"))
        self.back_button.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(
            note(
                self.tr(
                    "Check the files below with her before saving. Opening one leaves "
                    "this form unsaved."
                )
            )
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def show_matches(self, found: list[PossibleDuplicate]) -> None:
        self.list.clear()
        for match in found:
            reasons = ", ".join(DUPLICATE_REASON_LABELS[r] for r in match.reasons)
            item = QListWidgetItem(f"{match.case_number} — {match.display_name}: {reasons}")
            item.setData(Qt.ItemDataRole.UserRole, match.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))


class IntakeForm(StepForm):
    created = Signal(str)  # case id
    open_existing = Signal(str)
    cancelled = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeForm")
        self._service = CaseService(session)
        self.fields = IntakeFields(
            self, today(session), self._service.assignable_staff(), session.user.username
        )
        self.step_titles = [
            self.tr("Application"),
            self.tr("Client"),
            self.tr("Violence"),
            self.tr("Consent"),
        ]
        builders = (
            self.fields.application_step,
            self.fields.client_step,
            self.fields.violence_step,
            self.fields.consent_step,
        )
        self.stack = QStackedWidget()
        self.stack.setObjectName("intakeSteps")
        add_scrolled_steps(self.stack, [build() for build in builders])
        self.duplicates = DuplicatePanel()
        self.duplicates.open_requested.connect(self.open_existing)
        self.duplicates.continue_requested.connect(self._store)
        self.duplicates.back_requested.connect(lambda: self.go_to(len(STEP_KEYS) - 1))
        self.stack.addWidget(self.duplicates)
        self._pending: Intake | None = None

        self.title = heading(self.tr("New application"), 1.5)
        self.build_frame(
            "intake",
            self.title,
            (
                self.tr("Cancel"),
                self.tr("&Previous"),
                self.tr("&Next"),
                self.tr("&Save"),
            ),
        )
        self.go_to(0)
        keep_children_whole(self.fields)
        self.draft_keeper = DraftKeeper(
            self,
            session,
            DraftKind.INTAKE,
            NEW,
            extra_state=self._draft_extra,
            restore_extra=self._restore_extra,
        )
        self.draft_keeper.baseline()

    def _draft_extra(self) -> State:
        children = children_editor(self.fields).value()
        return {"step": min(self.step, len(STEP_KEYS) - 1), "children": children}

    def _restore_extra(self, content: State) -> None:
        restore_children(self.fields, content)
        step = content.get("step")
        self.go_to(step if isinstance(step, int) else 0)

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(STEP_KEYS) - 1))
        self.stack.setCurrentIndex(index)
        last = index == len(STEP_KEYS) - 1
        self.step_label.setText(
            self.tr("Step {n} of {total}: {title}").format(
                n=index + 1, total=len(STEP_KEYS), title=self.step_titles[index]
            )
        )
        for button in (self.back_button, self.next_button, self.save_button):
            button.show()
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not last)
        self.save_button.setVisible(last)
        (self.save_button if last else self.next_button).setDefault(True)
        first = self.fields.widgets[STEP_KEYS[index][0]]
        first.setFocus()

    # ----- checking -----
    def _keys_up_to(self, index: int) -> list[str]:
        return [k for keys in STEP_KEYS[: index + 1] for k in keys]

    def _check(self, upto: int) -> tuple[bool, Intake | None]:
        """Parse the steps up to `upto` and show their errors. (False, None) if any;
        the intake itself only once every step is in (later steps' fields missing
        make the early steps' parse fail on them, which is not shown)."""
        clear_errors(self.fields, self.general_error)
        keys = self._keys_up_to(upto)
        data = self.fields.values(keys)
        shown: dict[str, list[str]] = {k: [v] for k, v in self.fields.local_errors.items()}
        intake: Intake | None = None
        try:
            intake = self._service.parse_intake(data)
        except ValidationErrors as exc:
            for problem in exc.errors:
                root = field_root(problem.field)
                # A later step's problems wait for that step; a refusal on its own shows.
                if root in keys or root == "consent." or not exc.summed:
                    shown.setdefault(root, []).append(problem.message)
        if not shown:
            return True, intake
        first_step = show_errors(self.fields, self.general_error, shown, STEP_KEYS)
        if first_step < len(STEP_KEYS) and first_step != self.step:
            self.go_to(first_step)
        focus_first_error(self.fields, shown, STEP_KEYS[min(first_step, len(STEP_KEYS) - 1)])
        return False, None

    def next_step(self) -> None:
        ok, _intake = self._check(self.step)
        if ok:
            self.go_to(self.step + 1)

    # ----- saving -----
    def save(self) -> None:
        _ok, intake = self._check(len(STEP_KEYS) - 1)
        if intake is None:
            return
        if not intake.consent.processing:
            self._ask_why_no_consent(intake)
            return
        self._save_checked(intake)

    def _ask_why_no_consent(self, intake: Intake) -> None:
        """No consent ticked: ask why before anything is stored (issue 14)."""
        dialog = NoConsentDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._save_checked(
                dataclasses.replace(intake, no_consent_reason=dialog.reason())
            )
        )
        self.no_consent_dialog = dialog
        dialog.open()

    def risk_preset(self) -> dict[str, RiskAnswer]:
        """Risk answers she already gave at intake (life danger, weapon access)."""
        values = self.fields.values(["life_danger", "weapon_access"])
        flags = {k: v if isinstance(v, bool) else None for k, v in values.items()}
        return answers_from_intake(flags) if intake_needs_risk_assessment(flags) else {}

    def _save_checked(self, intake: Intake) -> None:
        found = self._service.find_possible_duplicates(intake.draft)
        self._pending = intake
        if found:
            self.duplicates.show_matches(found)
            self.stack.setCurrentWidget(self.duplicates)
            self.step_label.setText(self.tr("Possible existing file"))
            for button in (self.back_button, self.next_button, self.save_button):
                button.hide()
            self.duplicates.list.setFocus()
            return
        self._store()

    def _store(self) -> None:
        intake, self._pending = self._pending, None
        if intake is None:
            return
        try:
            ref = self._service.create_intake(intake)
        except ValidationErrors:
            # Something changed since the check (a colleague removed, say): show it.
            self._check(len(STEP_KEYS) - 1)
            return
        except KdmError as exc:
            dialogs.warn(self, exc.message)
            return
        self.draft_keeper.discard()
        self.created.emit(ref.id)

    def cancel(self) -> None:
        def discard() -> None:
            self.draft_keeper.discard()
            self.cancelled.emit()

        if not self.draft_keeper.dirty():
            discard()
            return
        dialogs.confirm(
            self,
            self.tr("Discard this application? Nothing of it has been saved."),
            discard,
            yes_text=self.tr("Discard"),
        )
