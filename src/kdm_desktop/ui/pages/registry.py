"""Pages and start-screen cards, registered by features.

The main window knows no page by name. A feature adds itself in
`kdm_desktop/ui/pages/features.py`, naming its page class by module so the
module is imported only when the page is first shown (issue #18)::

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

and appends `_cases` to `FEATURES` there. Pages are built on first visit and
destroyed when the app locks, so a factory may read from the session freely but
must keep nothing outside its widget.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStyle, QWidget

from kdm_desktop.security.roles import Permission

if TYPE_CHECKING:
    from kdm_desktop.services.session import Session
    from kdm_desktop.ui.settings import AppSettings
    from kdm_desktop.ui.tasks import TaskRunner


class PageEvents(QObject):
    """Signals between pages; nothing here reaches into the main window."""

    centre_changed = Signal()
    navigate_requested = Signal(str)
    # A committed change (`kdm_desktop.changes.Changes`), relayed by the workspace.
    # Connect a bound method of the view, so the connection ends with the view.
    data_changed = Signal(object)
    # A case to show (its id): the case page opens it once it is in front.
    open_case_requested = Signal(str)


@dataclass(frozen=True)
class PageContext:
    """What a page factory gets besides the session."""

    data_dir: Path
    settings: AppSettings
    runner: TaskRunner
    events: PageEvents
    registry: PageRegistry


PageFactory = Callable[["Session", PageContext], QWidget]


@dataclass(frozen=True)
class LazyFactory:
    """A page or card class named by module, imported when first built.

    A page's module brings its services, reportlab or the holiday calendar with
    it; importing every page at start-up cost the window about a second
    (issue #18). The import happens on the UI thread when the page is opened.
    """

    module: str
    name: str

    def resolve(self) -> PageFactory:
        factory: PageFactory = getattr(importlib.import_module(self.module), self.name)
        return factory

    def __call__(self, session: Session, ctx: PageContext) -> QWidget:
        return self.resolve()(session, ctx)


def lazy(module: str, name: str) -> LazyFactory:
    """`module.name` as a page factory that imports its module on first use."""
    return LazyFactory(module, name)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    factory: PageFactory
    permission: Permission | None = None
    order: int = 50
    icon: QStyle.StandardPixmap | None = None

    def allowed(self, session: Session) -> bool:
        return self.permission is None or session.can(self.permission)


@dataclass(frozen=True)
class CardSpec:
    """A card on the start page (reminders, backup status …), top to bottom by order."""

    key: str
    factory: PageFactory
    permission: Permission | None = None
    order: int = 50

    def allowed(self, session: Session) -> bool:
        return self.permission is None or session.can(self.permission)


class PageRegistry:
    def __init__(self) -> None:
        self._pages: dict[str, PageSpec] = {}
        self._cards: dict[str, CardSpec] = {}

    def add_page(self, spec: PageSpec) -> None:
        if spec.key in self._pages:
            raise ValueError(f"page registered twice: {spec.key}")
        self._pages[spec.key] = spec

    def add_card(self, spec: CardSpec) -> None:
        if spec.key in self._cards:
            raise ValueError(f"card registered twice: {spec.key}")
        self._cards[spec.key] = spec

    def pages_for(self, session: Session) -> list[PageSpec]:
        """The pages this user may open, in navigation order."""
        allowed = [p for p in self._pages.values() if p.allowed(session)]
        return sorted(allowed, key=lambda p: (p.order, p.key))

    def cards_for(self, session: Session) -> list[CardSpec]:
        allowed = [c for c in self._cards.values() if c.allowed(session)]
        return sorted(allowed, key=lambda c: (c.order, c.key))

    def keys(self) -> list[str]:
        return list(self._pages)
