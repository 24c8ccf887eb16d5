"""The "Güvenlik planı" tab: suggested steps to tick, her notes, review date, PDF, print."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.domain.protection.safety_plan import EMERGENCY_SECTION, SafetyPlan
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.clock import now_istanbul
from kdm_desktop.services.safety_plans import SafetyPlanService
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.drafts import DraftKeeper
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.printing import print_document
from kdm_desktop.ui.protection.common import date_edit, from_qdate, to_qdate
from kdm_desktop.ui.tasks import IsCancelled, Progress
from kdm_desktop.ui.widgets import FieldError, heading

_DEFAULT_REVIEW_DAYS = 30


class SafetyPlanTab(QWidget):
    def __init__(self, session: Session, case_id: str, ctx: PageContext) -> None:
        super().__init__()
        self._service = SafetyPlanService(session)
        self._case_id = case_id
        self._runner = ctx.runner
        template = self._service.template()
        # The centre's own list (Settings), printed first on the plan as well.
        self.emergency_numbers = self._service.emergency_numbers()
        self.boxes: dict[str, dict[str, QCheckBox]] = {}
        self.notes: dict[str, QPlainTextEdit] = {}

        form = QWidget()
        form_layout = QVBoxLayout(form)
        for section in template.sections:
            box = QGroupBox(section.title)
            inner = QVBoxLayout(box)
            numbers = self.emergency_numbers if section.id == EMERGENCY_SECTION else section.numbers
            for number in numbers:
                label = QLabel(number.line())
                label.setObjectName("planEmergencyNumber")
                label.setWordWrap(True)
                inner.addWidget(label)
            self.boxes[section.id] = {}
            for item in section.items:
                check = QCheckBox(item.text)
                check.setObjectName(f"plan_{section.id}_{item.id}")
                # Long suggestions wrap in a label; the box stays the click target.
                check.setStyleSheet("QCheckBox { padding: 2px; }")
                self.boxes[section.id][item.id] = check
                inner.addWidget(check)
            inner.addWidget(QLabel(section.notes_label))
            notes = QPlainTextEdit()
            notes.setTabChangesFocus(True)  # Tab moves on, as in every form
            notes.setObjectName(f"notes_{section.id}")
            notes.setFixedHeight(56)
            notes.setAccessibleName(section.notes_label)
            self.notes[section.id] = notes
            inner.addWidget(notes)
            form_layout.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)

        self.version_label = QLabel()
        self.version_label.setObjectName("planVersion")
        self.has_review = QCheckBox(self.tr("Review on"))
        self.has_review.setObjectName("planHasReview")
        today = now_istanbul().date()
        self.review_date = date_edit(today + datetime.timedelta(days=_DEFAULT_REVIEW_DAYS))
        self.review_date.setObjectName("planReviewDate")
        self.has_review.toggled.connect(self.review_date.setEnabled)
        self.hide_logo = QCheckBox(self.tr("Print without the centre's name and logo"))
        self.hide_logo.setObjectName("planHideLogo")
        self.error = FieldError()
        self.save_button = QPushButton(self.tr("&Save as new version"))
        self.save_button.setObjectName("savePlan")
        self.save_button.clicked.connect(self.save)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setObjectName("planPdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("planPrint")
        self.print_button.clicked.connect(self.print_plan)

        bar = QHBoxLayout()
        bar.addWidget(self.has_review)
        bar.addWidget(self.review_date)
        bar.addSpacing(16)
        bar.addWidget(self.hide_logo)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.print_button)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Safety plan"), 1.3), 1)
        top.addWidget(self.version_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        self.draft_keeper: DraftKeeper | None = None
        if session.can(Permission.EDIT_CASES):
            self.draft_keeper = DraftKeeper(self, session, DraftKind.SAFETY_PLAN, case_id)
        self.reload()

    def reload(self) -> None:
        try:
            plan = self._service.latest(self._case_id)
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        self._show(plan)

    def _show(self, plan: SafetyPlan | None) -> None:
        checked = plan.checked if plan else {}
        notes = plan.notes if plan else {}
        for sid, items in self.boxes.items():
            for item_id, box in items.items():
                box.setChecked(item_id in checked.get(sid, frozenset()))
        for sid, edit in self.notes.items():
            edit.setPlainText(notes.get(sid, ""))
        review = plan.review_date if plan else None
        self.has_review.setChecked(review is not None)
        self.review_date.setEnabled(review is not None)
        if review is not None:
            self.review_date.setDate(to_qdate(review))
        self.hide_logo.setChecked(bool(plan and plan.hide_logo))
        self.pdf_button.setEnabled(plan is not None)
        self.print_button.setEnabled(plan is not None)
        self.version_label.setText(
            self.tr("Version {n}").format(n=plan.version) if plan else self.tr("No plan saved yet")
        )
        if self.draft_keeper is not None:
            self.draft_keeper.baseline()

    def save(self) -> None:
        self.error.clear_error()
        try:
            plan = self._service.save(
                self._case_id,
                checked={
                    sid: [i for i, box in items.items() if box.isChecked()]
                    for sid, items in self.boxes.items()
                },
                notes={sid: edit.toPlainText() for sid, edit in self.notes.items()},
                review_date=from_qdate(self.review_date.date())
                if self.has_review.isChecked()
                else None,
                hide_logo=self.hide_logo.isChecked(),
            )
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        if self.draft_keeper is not None:
            self.draft_keeper.discard()
        self._show(plan)

    def print_plan(self) -> QPrintDialog:
        """The latest saved plan, through the native print dialog."""
        service, case_id = self._service, self._case_id
        return print_document(self, "safety_plan", lambda: service.print_document(case_id))

    def ask_pdf_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save safety plan as PDF"), "guvenlik-plani.pdf", self.tr("PDF (*.pdf)")
        )
        return path

    def save_pdf(self) -> None:
        chosen = self.ask_pdf_path()
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        service, case_id = self._service, self._case_id

        def work(progress: Progress, cancelled: IsCancelled) -> int:
            return service.print_pdf(case_id, path)

        self._runner.start(
            self,
            work,
            label=self.tr("Saving the safety plan…"),
            on_success=lambda version: dialogs.inform(
                self, self.tr("The safety plan was saved: {path}").format(path=str(path))
            ),
        )
