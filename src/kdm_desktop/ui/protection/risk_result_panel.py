"""Beside the risk checklist: the result so far, the judgement, Save and the history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop import messages
from kdm_desktop.domain.dates import format_shown_day
from kdm_desktop.domain.protection.risk import (
    RiskAssessmentResult,
    RiskLevel,
    RiskTrend,
    risk_trend,
)
from kdm_desktop.services.risk import StoredAssessment
from kdm_desktop.ui.protection.common import LevelBadge, fill_table
from kdm_desktop.ui.widgets import FieldError


class RiskResultPanel(QWidget):
    """Shows what the answers add up to and what was saved before, and takes the
    professional judgement and its reason; the tab does the reading and saving.

    `latest_badge` and `trend_label` (the saved history's latest level and trend)
    belong here with the history they summarise; the tab shows them in its heading.
    `changed` says the judgement or its reason moved.
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.latest_badge = LevelBadge()
        self.latest_badge.setObjectName("latestRiskBadge")
        self.trend_label = QLabel()
        self.score_label = QLabel()
        self.score_label.setObjectName("riskScore")
        self.level_badge = LevelBadge()
        self.judgement = QComboBox()
        self.judgement.setObjectName("judgementLevel")
        self.judgement.addItem(self.tr("No change"), None)
        self.judgement.addItem(self.tr("Raise to medium"), RiskLevel.MEDIUM.value)
        self.judgement.addItem(self.tr("Raise to high"), RiskLevel.HIGH.value)
        self.judgement.currentIndexChanged.connect(self.changed)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)  # Tab moves on, as in every form
        self.reason.setObjectName("judgementReason")
        self.reason.setPlaceholderText(self.tr("Required when the level is raised"))
        self.reason.setFixedHeight(64)
        self.reason.textChanged.connect(self.changed)
        self.error = FieldError()
        self.save_button = QPushButton(self.tr("&Save assessment"))
        self.save_button.setObjectName("saveRisk")

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

        side = QVBoxLayout(self)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(result)
        side.addWidget(self.error)
        side.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addWidget(QLabel(self.tr("History")))
        side.addWidget(self.history, 1)

    def judgement_level(self) -> RiskLevel | None:
        # Qt hands a StrEnum back as a plain str.
        data = self.judgement.currentData()
        return RiskLevel(data) if data else None

    def clear_judgement(self) -> None:
        self.judgement.setCurrentIndex(0)
        self.reason.clear()

    def show_preview(self, result: RiskAssessmentResult) -> None:
        """The score and the level the answers give, raised by the judgement if chosen."""
        self.score_label.setText(
            self.tr("{score} of {count} (answered: {answered})").format(
                score=result.score, count=result.item_count, answered=result.answered
            )
        )
        level = result.final_level
        chosen = self.judgement_level()
        if chosen is not None and chosen > level:
            level = chosen
        self.level_badge.set_level(level, self._level_text(level))

    def _level_text(self, level: RiskLevel) -> str:
        if level is RiskLevel.HIGH:
            return self.tr("High risk")
        if level is RiskLevel.MEDIUM:
            return self.tr("Medium risk")
        return self.tr("Standard risk")

    def show_history(self, history: list[StoredAssessment], name_of: Callable[[str], str]) -> None:
        """The saved assessments, newest first, and the latest level and trend;
        `name_of` gives each assessor's display name."""
        rows = [
            [
                format_shown_day(a.assessed_on),
                f"{a.score}/{a.item_count}",
                messages.text(a.final_level.label_key)
                + (
                    f" ({messages.text(a.computed_level.label_key)} →)"
                    if a.raised_by_judgement
                    else ""
                ),
                name_of(a.assessed_by),
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
