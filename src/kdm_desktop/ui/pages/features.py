"""The features that make up the window. Later features append their `register`."""

from __future__ import annotations

from collections.abc import Callable

from kdm_desktop.ui.backup import page as backup_page
from kdm_desktop.ui.calendar import page as calendar_page
from kdm_desktop.ui.cases import page as cases_page
from kdm_desktop.ui.letters import templates_page as letter_templates_page
from kdm_desktop.ui.pages import audit, settings, start
from kdm_desktop.ui.pages.registry import PageRegistry
from kdm_desktop.ui.protection import features as protection_features
from kdm_desktop.ui.retention import page as retention_page
from kdm_desktop.ui.statistics import page as statistics_page
from kdm_desktop.ui.transfers import page as transfers_page

FEATURES: list[Callable[[PageRegistry], None]] = [
    start.register,
    audit.register,
    settings.register,
    backup_page.register,
    cases_page.register,
    calendar_page.register,
    protection_features.register_cards,
    transfers_page.register,
    letter_templates_page.register,
    statistics_page.register,
    retention_page.register,
]


def build_registry() -> PageRegistry:
    registry = PageRegistry()
    for register in FEATURES:
        register(registry)
    return registry
