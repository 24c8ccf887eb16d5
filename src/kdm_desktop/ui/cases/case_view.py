"""One case: header (number, name, status, staff), the built-in tabs, then the tabs and
actions other features register in `build_case_extensions()`.

Everything shown comes from one `CaseService.open` (audited as a view) and is
refreshed from the service after every change.

The cases page keeps one case view and refills it for the next case (`load`), because
building and styling its widgets (the header, the summary's sixty labels) cost more
than all the rest of opening a case. On the way back to the list `release` empties
it: the tabs that belong to one case are deleted (each is built again when shown for
the next case) and the summary and violence tabs are cleared, so nothing of her file
stays on screen or in a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.changes import CASE_CONTENT, Changes
from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason, PerpetratorRelation
from kdm_desktop.domain.cases.records import CaseView
from kdm_desktop.domain.cases.status import status_text
from kdm_desktop.domain.drafts import Draft, DraftKind
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.casefile import Session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.drafts import DraftService
from kdm_desktop.services.people import People
from kdm_desktop.services.perpetrators import PerpetratorService
from kdm_desktop.services.transfers import TransferService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.cases.attachments_tab import AttachmentsTab
from kdm_desktop.ui.cases.consent_tab import ConsentTab
from kdm_desktop.ui.cases.detail_tabs import FieldsTab, SummaryTab, ViolenceTab
from kdm_desktop.ui.cases.events import CaseContext, CaseEvents
from kdm_desktop.ui.cases.extension_features import build_case_extensions
from kdm_desktop.ui.cases.extensions import CaseActionSpec, CaseTabSpec
from kdm_desktop.ui.cases.formatting import iso_day_text
from kdm_desktop.ui.cases.lazy_tabs import LazyTabs
from kdm_desktop.ui.cases.notes_tab import NotesTab
from kdm_desktop.ui.cases.services_tab import ServicesTab
from kdm_desktop.ui.cases.status_dialogs import AssignDialog, StatusDialog
from kdm_desktop.ui.drafts import DraftKeeper, ask_before_closing, keepers_in
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.widgets import heading

# Drafts kept by editors inside the case view's tabs (not by dialogs over it).
_TAB_DRAFT_KINDS = frozenset(
    {DraftKind.NOTE, DraftKind.RISK, DraftKind.SAFETY_PLAN, DraftKind.ORDER}
)

# Tabs that show only what `CaseService.open` returned (refilled by `show_view`), so
# a reused case view keeps their widgets; every other tab is built again per case.
_REUSED_TABS = frozenset({"summary", "violence"})


class CaseViewWidget(QWidget):
    back_requested = Signal()
    edit_requested = Signal(str)  # case id

    def __init__(
        self, session: Session, case_id: str, ctx: PageContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self._session = session
        self.conflict_flag = QLabel()
        self.conflict_flag.setObjectName("caseConflictFlag")
        self.conflict_flag.setWordWrap(True)
        self.conflict_flag.setStyleSheet(
            "background: #fff4ce; color: #5c3b00; padding: 6px; border: 1px solid #e0b000;"
        )
        self.conflict_flag.hide()
        self._service = CaseService(session)
        self._staff = dict(self._service.assignable_staff())
        self.events = CaseEvents(self)
        # A tab may still ask for a refresh; committed changes arrive on the bus below.
        self.events.case_changed.connect(self._refresh_requested)
        self._fresh = False
        # Opened before any widget is built: a refusal leaves nothing half-made.
        view = self._service.open(case_id)
        self.case_id = view.record.id
        self._view: CaseView | None = view
        self._live = True
        self._ready = False

        self.back_button = QPushButton(self.tr("← &Back to the list"))
        self.back_button.setObjectName("caseBack")
        self.back_button.setToolTip(self.tr("Back to the case list (Esc)"))
        self.back_button.clicked.connect(self.request_back)
        # Esc goes back to the list, but never over unsaved typing: then it asks.
        # (Esc twice within a moment is quick-hide, wherever the focus is.)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.request_back,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.title = heading("", 1.5)
        self.title.setObjectName("caseTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel()
        self.facts.setObjectName("caseFacts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        editable = session.can(Permission.EDIT_CASES)
        self.status_button = QPushButton(self.tr("Change &status…"))
        self.status_button.setObjectName("changeStatus")
        self.status_button.clicked.connect(self.change_status)
        self.assign_button = QPushButton(self.tr("&Assign…"))
        self.assign_button.setObjectName("assignCase")
        self.assign_button.clicked.connect(self.assign)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editCase")
        self.edit_button.setToolTip(
            self.tr("Change the application, client and violence details (Ctrl+E)")
        )
        self.edit_button.clicked.connect(self.request_edit)
        QShortcut(
            QKeySequence("Ctrl+E"),
            self,
            self.request_edit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        for b in (self.edit_button, self.status_button, self.assign_button):
            b.setEnabled(editable)
        self.actions_button = QToolButton()
        self.actions_button.setObjectName("caseActions")
        self.actions_button.setText(self.tr("A&ctions"))
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.actions_button)
        extensions = build_case_extensions()
        ext_ctx = CaseContext(
            ctx.data_dir, ctx.settings, ctx.runner, ctx.events, ctx.registry, self.events
        )
        self._ext_ctx = ext_ctx
        for action in extensions.actions_for(session):
            menu.addAction(action.title(), partial(self._run_action, action, ext_ctx))
        self.actions_button.setMenu(menu)
        self.actions_button.setVisible(not menu.isEmpty())

        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        # Each tab is built (and reads its data) the first time it is shown.
        self.lazy_tabs = LazyTabs(self.tabs)
        self.lazy_tabs.built_tab.connect(self._tab_built)
        builtin: list[tuple[str, str, Callable[[], QWidget]]] = [
            ("summary", self.tr("&Summary"), self._make_summary),
            ("violence", self.tr("&Violence"), self._make_violence),
            (
                "consents",
                self.tr("C&onsent"),
                lambda: ConsentTab(session, self.case_id, self.events),
            ),
            (
                "services",
                self.tr("Se&rvices"),
                lambda: ServicesTab(session, self.case_id, self.events),
            ),
            ("notes", self.tr("&Notes"), lambda: NotesTab(session, self.case_id, self.events)),
            (
                "attachments",
                self.tr("Attach&ments"),
                lambda: AttachmentsTab(session, self.case_id, self.events),
            ),
        ]
        for key, title, factory in builtin:
            self.lazy_tabs.add(key, title, factory)
        for spec in extensions.tabs_for(session):
            self.lazy_tabs.add(spec.key, spec.title(), partial(self._make_extension, spec))
        self._build_drafted_tabs()

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addStretch(1)
        header.addWidget(self.edit_button)
        header.addWidget(self.status_button)
        header.addWidget(self.assign_button)
        header.addWidget(self.actions_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.conflict_flag)
        layout.addWidget(self.tabs, 1)
        self._show(view)
        self._ready = True
        ctx.events.data_changed.connect(self._data_changed)

    # ----- one case view for case after case -----
    def load(self, case_id: str) -> None:
        """Show another case in this (released) view: audited like a fresh open.

        On a refusal (KdmError) the view stays released and shows nothing."""
        view = self._service.open(case_id)  # before anything changes
        self._staff = dict(self._service.assignable_staff())
        self.case_id = view.record.id
        self._view = view
        self._live = True
        self._fresh = False
        self._ready = False
        self.tabs.setCurrentIndex(0)  # a new case opens on its summary, as a new view did
        self._build_drafted_tabs()
        self._show(view)
        self._ready = True

    def release(self) -> None:
        """Forget the case: delete the tabs that belong to it, clear the rest.

        Unsaved typing must be kept (as her draft) before: the page saves every
        keeper of this view first."""
        self._live = False
        self._fresh = False
        self._ready = False
        self._view = None  # her record goes with the widgets that showed it
        for key in self.lazy_tabs.tab_keys():
            if key in _REUSED_TABS:
                tab = self.lazy_tabs.widget(key) if self.lazy_tabs.is_built(key) else None
                if isinstance(tab, FieldsTab):
                    tab.clear()
            else:
                self.lazy_tabs.reset(key)
        self.title.clear()
        self.title.setAccessibleName("")
        self.facts.clear()
        self.conflict_flag.hide()

    @property
    def is_live(self) -> bool:
        """False while released (kept by the page for the next case)."""
        return self._live

    def _build_drafted_tabs(self) -> None:
        if self._has_tab_drafts():
            # A tab's editor offers her kept draft when it is built: with one waiting
            # for this case, every tab is built now, so the offer comes as she opens it.
            for key in self.lazy_tabs.tab_keys():
                self.lazy_tabs.widget(key)

    # ----- tabs (built when first shown, see lazy_tabs) -----
    def _has_tab_drafts(self) -> bool:
        try:
            drafts = DraftService(self._session).mine()
        except KdmError:
            return False
        return any(d.object_id == self.case_id and d.kind in _TAB_DRAFT_KINDS for d in drafts)

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
            tab = spec.factory(self._session, self.case_id, self._ext_ctx)
        except KdmError as exc:
            tab = QLabel(exc.message)
            tab.setWordWrap(True)
        tab.setObjectName(f"caseTab_{spec.key}")
        return tab

    def _tab_built(self, key: str, widget: QWidget) -> None:
        if not self._ready:
            return  # the first tab: `_show` fills it once the header is built
        show_view = getattr(widget, "show_view", None)
        if callable(show_view):
            show_view(self.view)

    def show_tab(self, key: str) -> QWidget | None:
        """Bring a tab to the front (building it); None if the case view has no such tab."""
        return self.lazy_tabs.show(key)

    @property
    def summary(self) -> SummaryTab:
        return cast(SummaryTab, self.lazy_tabs.widget("summary"))

    @property
    def violence(self) -> ViolenceTab:
        return cast(ViolenceTab, self.lazy_tabs.widget("violence"))

    @property
    def consents(self) -> ConsentTab:
        return cast(ConsentTab, self.lazy_tabs.widget("consents"))

    @property
    def services(self) -> ServicesTab:
        return cast(ServicesTab, self.lazy_tabs.widget("services"))

    @property
    def notes(self) -> NotesTab:
        return cast(NotesTab, self.lazy_tabs.widget("notes"))

    @property
    def attachments(self) -> AttachmentsTab:
        return cast(AttachmentsTab, self.lazy_tabs.widget("attachments"))

    def draft_keepers(self) -> list[DraftKeeper]:
        """The keepers of the editors inside this view (not of dialogs over it)."""
        return [k for k in keepers_in(self) if k.editor.window() is self.window()]

    def request_back(self) -> None:
        ask_before_closing(self, self.draft_keepers(), self.back_requested.emit)

    def open_draft(self, draft: Draft) -> QWidget | None:
        """Reopen the editor a draft belongs to, every field as she left it."""
        if draft.kind is DraftKind.LETTER:
            from kdm_desktop.ui.letters.dialog import letter_dialog_for

            dialog = letter_dialog_for(self._session, self.case_id, self._ext_ctx, self)
            if dialog is not None and dialog.draft_keeper is not None:
                dialog.draft_keeper.restore(draft.content)
            return dialog
        for key in self.lazy_tabs.tab_keys():
            # Built on the way if need be: the draft's editor is in one of them.
            tab = self.lazy_tabs.widget(key)
            index = self.tabs.indexOf(tab)
            make_order = getattr(tab, "make_order_dialog", None)
            if draft.kind is DraftKind.ORDER and callable(make_order):
                self.tabs.setCurrentIndex(index)
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
                self.tabs.setCurrentIndex(index)
                keeper.restore(draft.content)
                return tab
        return None

    @property
    def view(self) -> CaseView:
        if self._view is None:
            raise RuntimeError("the case view is released: it shows no case")
        return self._view

    def reload(self) -> None:
        try:
            self._show(self._service.open(self.case_id))
        except KdmError as exc:
            dialogs.warn(self, exc.message)

    def _data_changed(self, changes: Changes) -> None:
        if self._live and changes.touches_case(self.case_id, *CASE_CONTENT):
            self.reload()
            # A tab's own `case_changed` right after its save finds the view fresh:
            # one reload (and one audited view) per change, not two.
            self._fresh = True
            QTimer.singleShot(0, self._stale)

    def _stale(self) -> None:
        self._fresh = False

    def _refresh_requested(self) -> None:
        if self._live and not self._fresh:
            self.reload()

    def _show(self, view: CaseView) -> None:
        self._view = view
        record = view.record
        self.title.setText(f"{record.case_number} — {record.display_name}")
        self.title.setAccessibleName(self.title.text())
        staff = (
            self._staff.get(record.assigned_to, record.assigned_to)
            if record.assigned_to
            else self.tr("nobody")
        )
        handover = view.handover
        facts = self.tr("Status: {status}    Responsible: {staff}").format(
            status=status_text(record.status, record.closure_reason), staff=staff
        )
        if handover is not None and handover.handed_to_code:
            centre = handover.handed_to_code
            if handover.handed_to_name:
                centre += f" ({handover.handed_to_name})"
            facts += "    " + self.tr("Transferred to {centre} on {day}").format(
                centre=centre, day=iso_day_text(handover.changed_at)
            )
        elif record.status == CaseStatus.CLOSED and record.closure_reason is not None:
            facts += "    " + self.tr("Closed: {reason}").format(reason=record.closure_reason.label)
        self.facts.setText(facts)
        # A field edited here and at another centre keeps both values until a person decides.
        conflicted = self.case_id in TransferService(self._session).open_conflict_case_ids()
        self.conflict_flag.setText(
            self.tr(
                "This file has fields that were changed both here and at another centre. "
                "Both values are kept: decide which to keep on the Transfers page."
            )
        )
        self.conflict_flag.setVisible(conflicted)
        for tab in self.lazy_tabs.built():
            show_view = getattr(tab, "show_view", None)
            if callable(show_view):
                show_view(view)

    # ----- header actions -----
    def request_edit(self) -> None:
        if self._session.can(Permission.EDIT_CASES):
            self.edit_requested.emit(self.case_id)

    def change_status(self) -> None:
        def apply(status: CaseStatus, reason: ClosureReason | None, note: str) -> None:
            # The view refreshes from the change this announces.
            self._service.set_status(self.case_id, status, reason=reason, note=note)

        StatusDialog(self.view.record.status, apply, self).open()

    def assign(self) -> None:
        def apply(username: str | None) -> None:
            self._service.assign(self.case_id, username)

        AssignDialog(list(self._staff.items()), self.view.record.assigned_to, apply, self).open()

    def _run_action(self, action: CaseActionSpec, ctx: CaseContext) -> None:
        try:
            action.handler(self._session, self.case_id, ctx, self)
        except KdmError as exc:
            dialogs.warn(self, exc.message)
