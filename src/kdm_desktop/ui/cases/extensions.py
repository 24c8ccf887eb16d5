"""Tabs and actions that other features add to the case view.

The case view knows no feature by name. A feature (risk, orders, letters,
transfers, calendar …) adds itself like this::

    # kdm_desktop/ui/risk/case_tab.py
    def register(ext: CaseExtensions) -> None:
        ext.add_tab(CaseTabSpec(
            key="risk",
            title=lambda: QCoreApplication.translate("CaseTabs", "Risk"),
            factory=RiskTab,          # (session, case_id, ctx) -> QWidget
            permission=Permission.VIEW_CASES,
            order=40,
        ))
        ext.add_action(CaseActionSpec(
            key="letter",
            title=lambda: QCoreApplication.translate("CaseActions", "Referral letter…"),
            handler=open_letter_dialog,   # (session, case_id, ctx, parent) -> None
            permission=Permission.PRINT,
        ))

and appends `register` to `CASE_FEATURES` in `ui/cases/extension_features.py`.
Tabs are built when the case opens and destroyed with the case view (on lock too),
so a factory may read from the session but must keep nothing outside its widget.
A tab that shows data refreshes itself from `ctx.events.data_changed` (see
`ui/changes.py`): every committed change is announced there, so a tab need not
tell the others. `ctx.case_events.case_changed` still asks the case view to
reload for anything else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.security.roles import Permission

if TYPE_CHECKING:
    from kdm_desktop.services.session import Session
    from kdm_desktop.ui.pages.registry import PageContext

CaseTabFactory = Callable[["Session", str, "PageContext"], QWidget]
# A handler may return what it opened (a dialog); the caller ignores it.
CaseActionHandler = Callable[["Session", str, "PageContext", QWidget], object]


@dataclass(frozen=True)
class CaseTabSpec:
    key: str
    title: Callable[[], str]
    factory: CaseTabFactory
    permission: Permission | None = None
    order: int = 50
    # The drafts its editors keep: restoring one builds this tab only, not every
    # tab on the way (each would ask about its own draft while out of sight).
    draft_kinds: frozenset[DraftKind] = frozenset()

    def allowed(self, session: Session) -> bool:
        return self.permission is None or session.can(self.permission)


@dataclass(frozen=True)
class CaseActionSpec:
    key: str
    title: Callable[[], str]
    handler: CaseActionHandler
    permission: Permission | None = None
    order: int = 50

    def allowed(self, session: Session) -> bool:
        return self.permission is None or session.can(self.permission)


class CaseExtensions:
    def __init__(self) -> None:
        self._tabs: dict[str, CaseTabSpec] = {}
        self._actions: dict[str, CaseActionSpec] = {}

    def add_tab(self, spec: CaseTabSpec) -> None:
        if spec.key in self._tabs:
            raise ValueError(f"case tab registered twice: {spec.key}")
        self._tabs[spec.key] = spec

    def add_action(self, spec: CaseActionSpec) -> None:
        if spec.key in self._actions:
            raise ValueError(f"case action registered twice: {spec.key}")
        self._actions[spec.key] = spec

    def tabs_for(self, session: Session) -> list[CaseTabSpec]:
        allowed = [t for t in self._tabs.values() if t.allowed(session)]
        return sorted(allowed, key=lambda t: (t.order, t.key))

    def actions_for(self, session: Session) -> list[CaseActionSpec]:
        allowed = [a for a in self._actions.values() if a.allowed(session)]
        return sorted(allowed, key=lambda a: (a.order, a.key))
