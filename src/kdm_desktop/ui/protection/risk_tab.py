"""The "Risk" tab: the checklist beside its live result, judgement, Save and history."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kdm_desktop.changes import RISK, Changes
from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.domain.protection.risk import RiskAnswer
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.people import People
from kdm_desktop.services.risk import RiskService
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.drafts import DraftKeeper
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.protection.risk_checklist_form import RiskChecklistForm
from kdm_desktop.ui.protection.risk_result_panel import RiskResultPanel
from kdm_desktop.ui.widgets import heading


class RiskTab(QWidget):
    """One case's risk assessment: joins the checklist (`RiskChecklistForm`) and the
    result panel (`RiskResultPanel`) to the risk service: scores the answers as they
    are given, saves an assessment and shows the saved ones."""

    def __init__(self, session: Session, case_id: str, ctx: PageContext) -> None:
        super().__init__()
        self._service = RiskService(session)
        self._people = People(session)
        self._case_id = case_id
        self.checklist = RiskChecklistForm(self._service.checklist())
        self.panel = RiskResultPanel()
        # The parts' widgets, as the case view's tests and helpers reach them.
        self.groups = self.checklist.groups
        panel = self.panel
        self.judgement, self.reason, self.error = panel.judgement, panel.reason, panel.error
        self.save_button, self.history = panel.save_button, panel.history
        self.score_label, self.level_badge = panel.score_label, panel.level_badge
        self.latest_badge, self.trend_label = panel.latest_badge, panel.trend_label

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Risk assessment"), 1.3), 1)
        top.addWidget(QLabel(self.tr("Latest level:")))
        top.addWidget(self.latest_badge)
        top.addWidget(self.trend_label)
        body = QHBoxLayout()
        body.addWidget(self.checklist, 3)
        body.addWidget(self.panel, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.checklist.changed.connect(self._update_preview)
        self.panel.changed.connect(self._update_preview)
        self.save_button.clicked.connect(self.save)
        self._preset_known()
        self._update_preview()
        self.reload()
        self.draft_keeper: DraftKeeper | None = None
        if session.can(Permission.EDIT_CASES):
            self.draft_keeper = DraftKeeper(self, session, DraftKind.RISK, case_id)
            self.draft_keeper.baseline()
        ctx.events.data_changed.connect(self._data_changed)

    def answers(self) -> dict[str, RiskAnswer]:
        return self.checklist.answers()

    def preset(self, answers: dict[str, RiskAnswer]) -> None:
        """Tick answers already given elsewhere (the intake's life danger, weapon)."""
        self.checklist.preset(answers)

    def unanswered_count(self) -> int:
        return self.checklist.unanswered_count()

    def _preset_known(self) -> None:
        """A new assessment starts from what her file already says (intake, and a
        perpetrator with weapon access)."""
        try:
            known = self._service.known_answers(self._case_id)
        except KdmError:
            return
        self.preset(known)

    def _update_preview(self) -> None:
        try:
            result = self._service.preview(self.answers())
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        self.panel.show_preview(result)

    def save(self) -> None:
        """Save; an incomplete checklist first says how many questions are open."""
        missing = self.unanswered_count()
        if 0 < missing < len(self.groups):
            dialogs.confirm(
                self,
                self.tr(
                    "{missing} of {count} questions are not answered. The level is "
                    "worked out from the answers given only. Save anyway?"
                ).format(missing=missing, count=len(self.groups)),
                self.save_now,
                yes_text=self.tr("Save anyway"),
            )
            return
        self.save_now()

    def save_now(self) -> None:
        self.error.clear_error()
        try:
            self._service.add(
                self._case_id,
                self.answers(),
                self.panel.judgement_level(),
                self.reason.toPlainText(),
            )
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        self.checklist.clear()
        self.panel.clear_judgement()
        self._preset_known()
        if self.draft_keeper is not None:
            self.draft_keeper.discard()
        self.reload()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches_case(self._case_id, RISK):
            self.reload()

    def reload(self) -> None:
        try:
            history = self._service.history(self._case_id)
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        self.panel.show_history(history, self._people.name)
