"""One case: the header (case_header: buttons, number, name, status, staff) over the
tabs (case_tabs: the built-in ones, then those other features register in
`build_case_extensions()`); this widget connects them and runs the header's actions.

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

from functools import partial
from typing import cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kdm_desktop.changes import CASE_CONTENT, Changes
from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.cases.records import CaseView
from kdm_desktop.domain.drafts import Draft, DraftKind
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.drafts import DraftService
from kdm_desktop.services.session import Session
from kdm_desktop.services.transfers import TransferService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.cases.attachments_tab import AttachmentsTab
from kdm_desktop.ui.cases.case_header import CaseHeader
from kdm_desktop.ui.cases.case_tabs import CaseTabs
from kdm_desktop.ui.cases.consent_tab import ConsentTab
from kdm_desktop.ui.cases.detail_tabs import SummaryTab, ViolenceTab
from kdm_desktop.ui.cases.events import CaseContext, CaseEvents
from kdm_desktop.ui.cases.extension_features import build_case_extensions
from kdm_desktop.ui.cases.extensions import CaseActionSpec
from kdm_desktop.ui.cases.notes_tab import NotesTab
from kdm_desktop.ui.cases.services_tab import ServicesTab
from kdm_desktop.ui.cases.status_dialogs import AssignDialog, StatusDialog
from kdm_desktop.ui.drafts import DraftKeeper, ask_before_closing, keepers_in
from kdm_desktop.ui.pages.registry import PageContext

# Drafts kept by editors inside the case view's tabs (not by dialogs over it).
_TAB_DRAFT_KINDS = frozenset(
    {
        DraftKind.NOTE,
        DraftKind.RISK,
        DraftKind.SAFETY_PLAN,
        DraftKind.ORDER,
    }
)


class CaseViewWidget(QWidget):
    back_requested = Signal()
    edit_requested = Signal(str)  # case id

    def __init__(
        self, session: Session, case_id: str, ctx: PageContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self._session = session
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

        extensions = build_case_extensions()
        self._ext_ctx = CaseContext(
            ctx.data_dir, ctx.settings, ctx.runner, ctx.events, ctx.registry, self.events
        )
        actions = [
            (a.title(), partial(self._run_action, a, self._ext_ctx))
            for a in extensions.actions_for(session)
        ]
        self.header = CaseHeader(session.can(Permission.EDIT_CASES), actions)
        self.back_button = self.header.back_button
        self.edit_button = self.header.edit_button
        self.status_button = self.header.status_button
        self.assign_button = self.header.assign_button
        self.actions_button = self.header.actions_button
        self.title = self.header.title
        self.facts = self.header.facts
        self.conflict_flag = self.header.conflict_flag
        self.back_button.clicked.connect(self.request_back)
        self.edit_button.clicked.connect(self.request_edit)
        self.status_button.clicked.connect(self.change_status)
        self.assign_button.clicked.connect(self.assign)
        # Esc goes back to the list, but never over unsaved typing: then it asks.
        # (Esc twice within a moment is quick-hide, wherever the focus is.)
        for keys, slot in ((QKeySequence(Qt.Key.Key_Escape), self.request_back),
                           (QKeySequence("Ctrl+E"), self.request_edit)):  # fmt: skip
            QShortcut(keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        # Each tab is built (and reads its data) the first time it is shown.
        self.case_tabs = CaseTabs(session, lambda: self.case_id, self._ext_ctx, extensions, self)
        self.tabs = self.case_tabs.widget
        self.lazy_tabs = self.case_tabs.lazy
        self.lazy_tabs.built_tab.connect(self._tab_built)
        self._build_drafted_tabs()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.header)
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
        self.case_tabs.release()
        self.header.clear()

    @property
    def is_live(self) -> bool:
        """False while released (kept by the page for the next case)."""
        return self._live

    def _build_drafted_tabs(self) -> None:
        # A tab's editor offers her kept draft when it is built: the tabs holding
        # one for this case are built now, so the offer comes as she opens it. Only
        # those: every other tab would read (and audit) data she did not ask for.
        try:
            drafts = DraftService(self._session).mine()
        except KdmError:
            return
        kinds = {d.kind for d in drafts if d.object_id == self.case_id}
        self.case_tabs.build_for_drafts(kinds & _TAB_DRAFT_KINDS)

    # ----- tabs (built when first shown, see lazy_tabs) -----
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
        return self.case_tabs.summary

    @property
    def violence(self) -> ViolenceTab:
        return self.case_tabs.violence

    @property
    def consents(self) -> ConsentTab:
        return cast(ConsentTab, self.case_tabs.tab("consents"))

    @property
    def services(self) -> ServicesTab:
        return cast(ServicesTab, self.case_tabs.tab("services"))

    @property
    def notes(self) -> NotesTab:
        return cast(NotesTab, self.case_tabs.tab("notes"))

    @property
    def attachments(self) -> AttachmentsTab:
        return cast(AttachmentsTab, self.case_tabs.tab("attachments"))

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
        return self.case_tabs.open_draft(draft)

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
        assigned = view.record.assigned_to
        staff = self._staff.get(assigned, assigned) if assigned else None
        conflicted = self.case_id in TransferService(self._session).open_conflict_case_ids()
        self.header.show_case(view, staff, conflicted)
        self.case_tabs.show_view(view)

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
