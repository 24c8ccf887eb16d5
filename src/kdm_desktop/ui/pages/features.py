"""The features that make up the window. Later features append their `register`."""

from __future__ import annotations

from collections.abc import Callable

from kdm_desktop.ui.backup import page as backup_page
from kdm_desktop.ui.pages import audit, settings, start
from kdm_desktop.ui.pages.registry import PageRegistry

FEATURES: list[Callable[[PageRegistry], None]] = [
    start.register,
    audit.register,
    settings.register,
    backup_page.register,
]


def build_registry() -> PageRegistry:
    registry = PageRegistry()
    for register in FEATURES:
        register(registry)
    return registry
