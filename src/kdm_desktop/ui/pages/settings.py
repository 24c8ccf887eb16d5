"""'Ayarlar': a tab per concern; administrators see the centre and user tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.ui.pages.registry import PageContext, PageRegistry, PageSpec
from kdm_desktop.ui.pages.settings_about import AboutTab
from kdm_desktop.ui.pages.settings_centre import CentreTab
from kdm_desktop.ui.pages.settings_general import GeneralTab
from kdm_desktop.ui.pages.settings_password import PasswordTab
from kdm_desktop.ui.pages.users import UsersTab
from kdm_desktop.ui.widgets import heading

if TYPE_CHECKING:
    from kdm_desktop.ui.pages.settings_letters import LettersTab


class SettingsPage(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.general = GeneralTab(session, ctx)
        self.password = PasswordTab(session, ctx)
        self.tabs.addTab(self.general, self.tr("&General"))
        self.tabs.addTab(self.password, self.tr("&My password"))
        self.centre: CentreTab | None = None
        self.users: UsersTab | None = None
        self.letters: LettersTab | None = None
        if session.can(Permission.MANAGE_CENTRE):
            self.centre = CentreTab(session, ctx)
            self.tabs.addTab(self.centre, self.tr("Centre &details"))
            # Imported here: the tab reaches the safety plan's PDF code (reportlab,
            # holidays), which the window must not load at start (test_lazy_pages).
            from kdm_desktop.ui.pages.settings_letters import LettersTab

            self.letters = LettersTab(session, ctx)
            self.tabs.addTab(self.letters, self.tr("Lette&rs and safety plan"))
        if session.can(Permission.MANAGE_USERS):
            self.users = UsersTab(session, ctx)
            self.tabs.addTab(self.users, self.tr("&Users"))
        self.about = AboutTab(session, ctx)
        self.tabs.addTab(self.about, self.tr("&About"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Settings"), 1.5))
        layout.addWidget(self.tabs, 1)

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)


def register(registry: PageRegistry) -> None:
    registry.add_page(
        PageSpec(
            key="settings",
            title=lambda: QCoreApplication.translate("Pages", "Settings"),
            factory=SettingsPage,
            order=100,
        )
    )
