"""The start page and the page registry that later features extend."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel
from ui_support import CENTRE_NAME, activate, unlock

from kdm_desktop.domain.dates import format_turkish_date
from kdm_desktop.security.roles import Permission, Role
from kdm_desktop.services.clock import now_istanbul
from kdm_desktop.ui.pages import audit, settings, start
from kdm_desktop.ui.pages.registry import CardSpec, PageRegistry, PageSpec
from kdm_desktop.ui.pages.start import long_date


def test_long_date_is_turkish() -> None:
    day = datetime.date(2026, 11, 25)
    assert long_date(day) == "25 Kasım 2026 Çarşamba" == format_turkish_date(day)


def base_registry() -> PageRegistry:
    """Only the shell's own pages, so features added later don't change these tests."""
    registry = PageRegistry()
    for register in (start.register, audit.register, settings.register):
        register(registry)
    return registry


def test_start_page_shows_centre_date_and_user(qtbot, make_app, casefile) -> None:
    app = make_app(casefile.data_dir, registry=base_registry())
    unlock(qtbot, app)
    page = app.workspace.page("start")
    assert page.centre_label.text() == CENTRE_NAME
    assert format_turkish_date(now_istanbul().date()) in page.date_label.text()
    assert "yonetici (Yönetici)" in page.user_label.text()
    # No feature has registered a card yet, so none is shown.
    assert page.cards.findChildren(QLabel) == []
    titles = [app.workspace.nav.item(r).text() for r in range(app.workspace.nav.count())]
    assert titles == ["Başlangıç", "Denetim kaydı", "Ayarlar"]


def test_a_feature_adds_a_page_and_a_card(qtbot, make_app, casefile) -> None:
    registry = base_registry()

    def cases_page(session, ctx):
        return QLabel("vaka listesi")

    def reminder_card(session, ctx):
        return QLabel("Bugünkü hatırlatmalar")

    registry.add_page(
        PageSpec(
            key="cases",
            title=lambda: QCoreApplication.translate("Pages", "Cases"),
            factory=cases_page,
            permission=Permission.VIEW_CASES,
            order=20,
        )
    )
    registry.add_page(
        PageSpec(
            key="psych",
            title=lambda: "Psikolojik notlar",
            factory=cases_page,
            permission=Permission.VIEW_PSYCH_NOTES,
        )
    )
    registry.add_card(CardSpec(key="reminders", factory=reminder_card))
    with pytest.raises(ValueError):
        registry.add_card(CardSpec(key="reminders", factory=reminder_card))

    app = make_app(casefile.data_dir, registry=registry)
    unlock(qtbot, app)
    assert app.workspace.keys == ["start", "cases", "audit", "settings"]
    card = app.workspace.page("start").cards.findChild(QLabel, "card_reminders")
    assert card is not None and card.text() == "Bugünkü hatırlatmalar"
    # Ctrl+2 opens the second page.
    activate(qtbot, app.window)
    qtbot.keyClick(app.workspace.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert app.workspace.current_key == "cases"


def test_registry_filters_by_permission(session) -> None:
    registry = PageRegistry()
    registry.add_page(PageSpec(key="b", title=str, factory=lambda s, c: None, order=2))
    registry.add_page(
        PageSpec(
            key="a",
            title=str,
            factory=lambda s, c: None,
            order=1,
            permission=Permission.VIEW_PSYCH_NOTES,
        )
    )
    assert [p.key for p in registry.pages_for(session)] == ["b"]
    # Not even the administrator may read psychologists' notes.
    assert session.user.role == Role.ADMIN
