"""The case view's tabs: the built-in ones, then those other features register.

Each tab is built the first time it is shown (see lazy_tabs). The summary and
violence tabs show only what `CaseService.open` returned, so a case view kept for
the next case keeps their widgets and refills them (`show_view`); every other tab
reads its own data and is built again for the next case (`release`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QWidget

from kdm_desktop.domain.cases.choices import PerpetratorRelation
from kdm_desktop.domain.cases.records import CaseView
from kdm_desktop.domain.drafts import Draft, DraftKind
from kdm_desktop.errors import KdmError
from kdm_desktop.services.people import People
from kdm_desktop.services.perpetrators import PerpetratorService
from kdm_desktop.services.session import Session
from kdm_desktop.ui.cases.attachments_tab import AttachmentsTab
from kdm_desktop.ui.cases.consent_tab import ConsentTab
from kdm_desktop.ui.cases.detail_tabs import FieldsTab, SummaryTab, ViolenceTab
from kdm_desktop.ui.cases.events import CaseContext
from kdm_desktop.ui.cases.extensions import CaseExtensions, CaseTabSpec
from kdm_desktop.ui.cases.lazy_tabs import LazyTabs
from kdm_desktop.ui.cases.notes_tab import NotesTab
from kdm_desktop.ui.cases.services_tab import ServicesTab
from kdm_desktop.ui.drafts import DraftKeeper

# Tabs that show only what `CaseService.open` returned (refilled by `show_view`), so
# a reused case view keeps their widgets; every other tab is built again per case.
_REUSED_TABS = frozenset({"summary", "violence"})


class CaseTabs(QObject):
    """Owns the QTabWidget (`widget`) and the tabs in it, for the case `case_id()`."""

    def __init__(
        self,
        session: Session,
        case_id: Callable[[], str],
        ctx: CaseContext,
        extensions: CaseExtensions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self._ctx = ctx
        self.widget = QTabWidget()
        self.widget.setObjectName("caseTabs")
        self.lazy = LazyTabs(self.widget)
        events = ctx.case_events
        builtin: list[tuple[str, str, Callable[[], QWidget]]] = [
            ("summary", self.tr("&Summary"), self._make_summary),
            ("violence", self.tr("&Violence"), self._make_violence),
            ("consents", self.tr("C&onsent"), lambda: ConsentTab(session, case_id(), events)),
            ("services", self.tr("Se&rvices"), lambda: ServicesTab(session, case_id(), events)),
            ("notes", self.tr("&Notes"), lambda: NotesTab(session, case_id(), events)),
            (
                "attachments",
                self.tr("Attach&ments"),
                lambda: AttachmentsTab(session, case_id(), events),
            ),
        ]
        for key, title, factory in builtin:
            self.lazy.add(key, title, factory)
        # Which tab keeps which kind of draft, so restoring one builds only its tab.
        self._draft_tab: dict[DraftKind, str] = {DraftKind.NOTE: "notes"}
        for spec in extensions.tabs_for(session):
            self.lazy.add(spec.key, spec.title(), partial(self._make_extension, spec))
            self._draft_tab.update(dict.fromkeys(spec.draft_kinds, spec.key))

    # ----- building -----
    def _make_summary(self) -> QWidget:
        summary = SummaryTab()
        summary.name_of = People(self._session).name
        return summary

    def _make_violence(self) -> ViolenceTab:
        tab = ViolenceTab()
        perpetrators = PerpetratorService(self._session)

        def primary(case_id: str) -> PerpetratorRelation | None:
            try:
                return perpetrators.primary_relation(case_id)
            except KdmError:
                return None  # a role without the section sees the intake answer

        tab.primary_relation = primary
        return tab

    def _make_extension(self, spec: CaseTabSpec) -> QWidget:
        try:
            tab = spec.factory(self._session, self._case_id(), self._ctx)
        except KdmError as exc:
            tab = QLabel(exc.message)
            tab.setWordWrap(True)
        tab.setObjectName(f"caseTab_{spec.key}")
        return tab

    def build_all(self) -> None:
        for key in self.lazy.tab_keys():
            self.lazy.widget(key)

    def build_for_drafts(self, kinds: set[DraftKind]) -> None:
        """Build the tabs whose editors keep these kinds of draft (all, if one is unknown)."""
        if any(kind not in self._draft_tab for kind in kinds):
            self.build_all()
            return
        for kind in kinds:
            self.lazy.widget(self._draft_tab[kind])

    # ----- one case after another -----
    def show_view(self, view: CaseView) -> None:
        """Refill every built tab that shows the case's record."""
        for tab in self.lazy.built():
            show_view = getattr(tab, "show_view", None)
            if callable(show_view):
                show_view(view)

    def release(self) -> None:
        """Delete the tabs that read the case's data; empty the ones that are kept."""
        for key in self.lazy.tab_keys():
            if key in _REUSED_TABS:
                tab = self.lazy.widget(key) if self.lazy.is_built(key) else None
                if isinstance(tab, FieldsTab):
                    tab.clear()
            else:
                self.lazy.reset(key)

    # ----- the built-in tabs -----
    def tab(self, key: str) -> QWidget:
        return self.lazy.widget(key)

    @property
    def summary(self) -> SummaryTab:
        return cast(SummaryTab, self.lazy.widget("summary"))

    @property
    def violence(self) -> ViolenceTab:
        return cast(ViolenceTab, self.lazy.widget("violence"))

    # ----- drafts -----
    def open_draft(self, draft: Draft) -> QWidget | None:
        """Bring up the tab (or a tab's order dialog) the draft was typed in, restored.

        Only that tab is built: a tab built on the way would offer its own draft
        at once, a question about a form she cannot see.
        """
        known = self._draft_tab.get(draft.kind)
        keys = [known] if known is not None else self.lazy.tab_keys()
        for key in keys:
            # Built on the way if need be: the draft's editor is in one of them.
            tab = self.lazy.widget(key)
            index = self.widget.indexOf(tab)
            make_order = getattr(tab, "make_order_dialog", None)
            if draft.kind is DraftKind.ORDER and callable(make_order):
                self.widget.setCurrentIndex(index)
                order = make_order()
                assert isinstance(order, QDialog)
                orders: Any = tab
                if hasattr(orders, "reload"):
                    order.accepted.connect(orders.reload)
                keeper = getattr(order, "draft_keeper", None)
                if isinstance(keeper, DraftKeeper):
                    keeper.restore(draft.content)
                order.open()
                return order
            keeper = getattr(tab, "draft_keeper", None)
            if isinstance(keeper, DraftKeeper) and keeper.kind is draft.kind:
                self.widget.setCurrentIndex(index)
                keeper.restore(draft.content)
                return tab
        return None
