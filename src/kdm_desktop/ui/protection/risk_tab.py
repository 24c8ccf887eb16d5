"""The "Risk" tab: the checklist by category, live score and level, judgement, history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop import messages
from kdm_desktop.changes import RISK, Changes
from kdm_desktop.domain.dates import format_shown_date
from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.domain.protection.risk import UNKNOWN, RiskAnswer, RiskLevel, RiskTrend, risk_trend
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.people import People
from kdm_desktop.services.risk import RiskService, StoredAssessment
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.drafts import DraftKeeper
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.protection.common import LevelBadge, fill_table
from kdm_desktop.ui.widgets import FieldError, heading

_YES, _NO, _UNKNOWN = 1, 0, 2


class RiskTab(QWidget):
    def __init__(self, session: Session, case_id: str, ctx: PageContext) -> None:
        super().__init__()
        self._service = RiskService(session)
        self._people = People(session)
        self._case_id = case_id
        self._checklist = self._service.checklist()
        self.groups: dict[str, QButtonGroup] = {}

        self.latest_badge = LevelBadge()
        self.latest_badge.setObjectName("latestRiskBadge")
        self.trend_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Risk assessment"), 1.3), 1)
        top.addWidget(QLabel(self.tr("Latest level:")))
        top.addWidget(self.latest_badge)
        top.addWidget(self.trend_label)

        form = QWidget()
        form_layout = QVBoxLayout(form)
        for category in self._checklist.categories:
            box = QGroupBox(category.label)
            grid = QGridLayout(box)
            grid.setColumnStretch(0, 1)
            row = 0
            for item in self._checklist.items:
                if item.category != category.id:
                    continue
                text = QLabel(item.text + (" *" if item.critical else ""))
                text.setWordWrap(True)
                text.setToolTip(item.help)
                yes, no = QRadioButton(self.tr("Yes")), QRadioButton(self.tr("No"))
                unknown = QRadioButton(self.tr("Don't know"))
                unknown.setToolTip(
                    self.tr("She was asked and does not know; counted on the safe side")
                )
                yes.setObjectName(f"yes_{item.id}")
                no.setObjectName(f"no_{item.id}")
                unknown.setObjectName(f"unknown_{item.id}")
                yes.setAccessibleName(item.text)
                group = QButtonGroup(self)
                group.addButton(yes, _YES)
                group.addButton(no, _NO)
                group.addButton(unknown, _UNKNOWN)
                group.idToggled.connect(self._update_preview)
                self.groups[item.id] = group
                grid.addWidget(text, row, 0)
                grid.addWidget(yes, row, 1)
                grid.addWidget(no, row, 2)
                grid.addWidget(unknown, row, 3)
                row += 1
            form_layout.addWidget(box)
        note = QLabel(
            self.tr(
                "* Critical factor: one “Yes” raises the level to at least medium, two make "
                "it high, whatever the score. “Don't know” on a critical factor counts like "
                "“Yes” for this rule but on its own raises the level to medium at most; on "
                "other factors it counts like “No”."
            )
        )
        note.setObjectName("criticalNote")
        note.setWordWrap(True)
        form_layout.addWidget(note)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)

        self.score_label = QLabel()
        self.score_label.setObjectName("riskScore")
        self.level_badge = LevelBadge()
        self.judgement = QComboBox()
        self.judgement.setObjectName("judgementLevel")
        self.judgement.addItem(self.tr("No change"), None)
        self.judgement.addItem(self.tr("Raise to medium"), RiskLevel.MEDIUM.value)
        self.judgement.addItem(self.tr("Raise to high"), RiskLevel.HIGH.value)
        self.judgement.currentIndexChanged.connect(self._update_preview)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("judgementReason")
        self.reason.setPlaceholderText(self.tr("Required when the level is raised"))
        self.reason.setFixedHeight(64)
        self.reason.textChanged.connect(self._update_preview)
        self.error = FieldError()
        self.save_button = QPushButton(self.tr("&Save assessment"))
        self.save_button.setObjectName("saveRisk")
        self.save_button.clicked.connect(self.save)

        result = QFormLayout()
        result.addRow(self.tr("Score:"), self.score_label)
        result.addRow(self.tr("Level:"), self.level_badge)
        result.addRow(self.tr("Professional judgement:"), self.judgement)
        result.addRow(self.tr("Reason:"), self.reason)

        self.history = QTableWidget(0, 5)
        self.history.setObjectName("riskHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Score"), self.tr("Level"), self.tr("By"), self.tr("Reason")]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)

        side = QVBoxLayout()
        side.addLayout(result)
        side.addWidget(self.error)
        side.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addWidget(QLabel(self.tr("History")))
        side.addWidget(self.history, 1)
        body = QHBoxLayout()
        body.addWidget(scroll, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self._preset_known()
        self._update_preview()
        self.reload()
        self.draft_keeper: DraftKeeper | None = None
        if session.can(Permission.EDIT_CASES):
            self.draft_keeper = DraftKeeper(self, session, DraftKind.RISK, case_id)
            self.draft_keeper.baseline()
        ctx.events.data_changed.connect(self._data_changed)

    def answers(self) -> dict[str, RiskAnswer]:
        out: dict[str, RiskAnswer] = {}
        for item_id, group in self.groups.items():
            checked = group.checkedId()
            if checked == _UNKNOWN:
                out[item_id] = UNKNOWN
            else:
                out[item_id] = None if checked < 0 else checked == _YES
        return out

    def preset(self, answers: dict[str, RiskAnswer]) -> None:
        """Tick answers already given elsewhere (the intake's life danger, weapon)."""
        for item_id, value in answers.items():
            group = self.groups.get(item_id)
            if group is None or value is None:
                continue
            wanted = _UNKNOWN if value == UNKNOWN else (_YES if value is True else _NO)
            button = group.button(wanted)
            if button is not None:
                button.setChecked(True)

    def _preset_known(self) -> None:
        """A new assessment starts from what her file already says (intake, and a
        perpetrator with weapon access)."""
        try:
            known = self._service.known_answers(self._case_id)
        except KdmError:
            return
        self.preset(known)

    def _judgement(self) -> RiskLevel | None:
        # Qt hands a StrEnum back as a plain str.
        data = self.judgement.currentData()
        return RiskLevel(data) if data else None

    def _update_preview(self) -> None:
        answers = self.answers()
        try:
            result = self._service.preview(answers)
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        self.score_label.setText(
            self.tr("{score} of {count} (answered: {answered})").format(
                score=result.score, count=result.item_count, answered=result.answered
            )
        )
        level = result.final_level
        chosen = self._judgement()
        if chosen is not None and chosen > level:
            level = chosen
        self.level_badge.set_level(level, self._level_text(level))

    def _level_text(self, level: RiskLevel) -> str:
        if level is RiskLevel.HIGH:
            return self.tr("High risk")
        if level is RiskLevel.MEDIUM:
            return self.tr("Medium risk")
        return self.tr("Standard risk")

    def unanswered_count(self) -> int:
        return sum(1 for group in self.groups.values() if group.checkedId() < 0)

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
                self._judgement(),
                self.reason.toPlainText(),
            )
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        for group in self.groups.values():
            # An exclusive group will not uncheck its last button by itself.
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.judgement.setCurrentIndex(0)
        self.reason.clear()
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
        self._show_history(history)

    def _show_history(self, history: list[StoredAssessment]) -> None:
        rows = [
            [
                format_shown_date(a.assessed_on),
                f"{a.score}/{a.item_count}",
                messages.text(a.final_level.label_key)
                + (
                    f" ({messages.text(a.computed_level.label_key)} →)"
                    if a.raised_by_judgement
                    else ""
                ),
                self._people.name(a.assessed_by),
                a.judgement_reason,
            ]
            for a in reversed(history)
        ]
        fill_table(self.history, rows)
        if history:
            latest = history[-1].final_level
            self.latest_badge.set_level(latest, self._level_text(latest))
            trend = risk_trend((a.assessed_on, a.final_level) for a in history)
            if trend is RiskTrend.FIRST:
                self.trend_label.setText(self.tr("First assessment"))
            else:
                self.trend_label.setText(
                    self.tr("Trend: {trend}").format(trend=messages.text(trend.label_key))
                )
        else:
            self.latest_badge.set_level(None, self.tr("Not assessed"))
            self.trend_label.clear()
