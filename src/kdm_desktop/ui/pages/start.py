"""'Başlangıç': the centre, today's date, who is logged in, and feature cards."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from kdm_desktop.changes import CENTRE, USERS, Changes
from kdm_desktop.domain.dates import format_shown_date
from kdm_desktop.services.clock import now_istanbul
from kdm_desktop.services.session import Session
from kdm_desktop.ui.labels import role_label
from kdm_desktop.ui.pages.registry import PageContext, PageRegistry, PageSpec
from kdm_desktop.ui.widgets import heading

_DATE_REFRESH_MS = 60_000


def long_date(day: date) -> str:
    """'25 Kasım 2026 Çarşamba' / 'Wednesday 25 November 2026': the language's order."""
    return format_shown_date(day)


class StartPage(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self._session = session
        self.centre_label = heading("", 1.8)
        self.centre_label.setObjectName("startCentre")
        self.date_label = QLabel()
        self.date_label.setObjectName("startDate")
        self.user_label = QLabel()
        self.user_label.setObjectName("startUser")

        # Extension point: features add cards through the registry (see registry.py).
        self.cards = QWidget()
        self.cards.setObjectName("startCards")
        cards_layout = QVBoxLayout(self.cards)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        cards_layout.setSpacing(12)
        for spec in ctx.registry.cards_for(session):
            card = spec.factory(session, ctx)
            card.setObjectName(f"card_{spec.key}")
            cards_layout.addWidget(card)
        cards_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.cards)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.centre_label)
        layout.addWidget(self.date_label)
        layout.addWidget(self.user_label)
        layout.addSpacing(16)
        layout.addWidget(scroll, 1)
        self.refresh()
        ctx.events.centre_changed.connect(self.refresh)
        ctx.events.data_changed.connect(self._data_changed)
        # The app may stay open past midnight.
        self._timer = QTimer(self)
        self._timer.setInterval(_DATE_REFRESH_MS)
        self._timer.timeout.connect(self._refresh_date)
        self._timer.start()

    def _data_changed(self, changes: Changes) -> None:
        # The cards refresh themselves; the page shows the centre and the user.
        if changes.touches(CENTRE, USERS):
            self.refresh()

    def refresh(self) -> None:
        self.centre_label.setText(self._session.centre().name)
        user = self._session.user
        self.user_label.setText(
            self.tr("Logged in: {name} ({role})").format(
                name=user.display_name, role=role_label(user.role)
            )
        )
        self._refresh_date()

    def _refresh_date(self) -> None:
        self.date_label.setText(
            self.tr("Today: {date}").format(date=long_date(now_istanbul().date()))
        )


def register(registry: PageRegistry) -> None:
    registry.add_page(
        PageSpec(
            key="start",
            title=lambda: QCoreApplication.translate("Pages", "Start"),
            factory=StartPage,
            order=0,
        )
    )
