"""The features that make up the window. Later features append their registration.

Each feature names its page and cards by module (`lazy`), so opening the window
imports none of them: a page's module loads when the page is first shown
(issue #18). The start, audit and settings pages are small and register
themselves from their own modules.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kdm_desktop.security.roles import Permission
from kdm_desktop.ui.pages import audit, settings, start
from kdm_desktop.ui.pages.registry import CardSpec, PageRegistry, PageSpec, lazy


def _backup(registry: PageRegistry) -> None:
    registry.add_page(
        PageSpec(
            key="backup",
            title=lambda: QCoreApplication.translate("Pages", "Backup"),
            factory=lazy("kdm_desktop.ui.backup.page", "BackupPage"),
            permission=Permission.BACKUP,
            order=80,
        )
    )
    registry.add_card(
        CardSpec(
            key="backup",
            factory=lazy("kdm_desktop.ui.backup.page", "BackupCard"),
            permission=Permission.BACKUP,
            order=90,
        )
    )


def _cases(registry: PageRegistry) -> None:
    registry.add_page(
        PageSpec(
            key="cases",
            title=lambda: QCoreApplication.translate("Pages", "Cases"),
            factory=lazy("kdm_desktop.ui.cases.page", "CasesPage"),
            permission=Permission.VIEW_CASES,
            order=20,
        )
    )


def _calendar(registry: PageRegistry) -> None:
    registry.add_page(
        PageSpec(
            key="calendar",
            title=lambda: QCoreApplication.translate("Pages", "Calendar"),
            factory=lazy("kdm_desktop.ui.calendar.page", "CalendarPage"),
            permission=Permission.VIEW_CALENDAR,
            order=30,
        )
    )
    registry.add_card(
        CardSpec(
            key="today",
            factory=lazy("kdm_desktop.ui.calendar.card", "TodayCard"),
            permission=Permission.VIEW_CALENDAR,
            order=20,
        )
    )


def _protection(registry: PageRegistry) -> None:
    registry.add_card(
        CardSpec(
            key="reminders",
            factory=lazy("kdm_desktop.ui.protection.reminders_card", "RemindersCard"),
            permission=Permission.VIEW_CASES,
            order=10,
        )
    )


def _transfers(registry: PageRegistry) -> None:
    registry.add_page(
        PageSpec(
            key="transfers",
            title=lambda: QCoreApplication.translate("Pages", "Transfers"),
            factory=lazy("kdm_desktop.ui.transfers.page", "TransfersPage"),
            permission=Permission.EXPORT,
            order=75,
        )
    )


def _letter_templates(registry: PageRegistry) -> None:
    registry.add_page(
        PageSpec(
            key="letter_templates",
            title=lambda: QCoreApplication.translate("Pages", "Letter templates"),
            factory=lazy("kdm_desktop.ui.letters.templates_page", "LetterTemplatesPage"),
            permission=Permission.MANAGE_CENTRE,
            order=85,
        )
    )


def _statistics(registry: PageRegistry) -> None:
    registry.add_page(
        PageSpec(
            key="statistics",
            title=lambda: QCoreApplication.translate("Pages", "Statistics"),
            factory=lazy("kdm_desktop.ui.statistics.page", "StatisticsPage"),
            permission=None,
            order=88,
        )
    )


def _retention(registry: PageRegistry) -> None:
    registry.add_page(
        PageSpec(
            key="retention",
            title=lambda: QCoreApplication.translate("Pages", "Retention"),
            factory=lazy("kdm_desktop.ui.retention.page", "RetentionPage"),
            permission=Permission.MANAGE_RETENTION,
            order=85,
        )
    )
    registry.add_card(
        CardSpec(
            key="retention",
            factory=lazy("kdm_desktop.ui.retention.card", "RetentionCard"),
            permission=Permission.VIEW_CASES,
            order=45,
        )
    )


FEATURES: list[Callable[[PageRegistry], None]] = [
    start.register,
    audit.register,
    settings.register,
    _backup,
    _cases,
    _calendar,
    _protection,
    _transfers,
    _letter_templates,
    _statistics,
    _retention,
]


def build_registry() -> PageRegistry:
    registry = PageRegistry()
    for register in FEATURES:
        register(registry)
    return registry
