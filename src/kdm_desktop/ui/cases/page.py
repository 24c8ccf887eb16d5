"""'Vakalar': the page that hosts list ↔ intake ↔ case view in one stack.

The intake form is built when needed and deleted when left. The case view is built
for the first case and then kept: when she leaves a case it is released (emptied of
that case, see case_view) and refilled for the next one, which makes opening a case
about twice as fast. So at most one case's data is held at a time, and all of it goes
with the page when the app locks.

Back from a case, the list keeps its rows; it is read again only if something it
shows changed meanwhile (or its last read failed). Reading it every time made the
next case open wait for the worker's search, longer the larger the file (issue 18).
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kdm_desktop.changes import CASES, CONSENTS, ORDERS, RISK, Changes
from kdm_desktop.domain.drafts import Draft, DraftKind
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.cases.case_view import CaseViewWidget
from kdm_desktop.ui.cases.edit_form import CaseEditForm
from kdm_desktop.ui.cases.intake import IntakeForm
from kdm_desktop.ui.cases.list_view import CaseListView
from kdm_desktop.ui.drafts import keepers_in
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.paint import settle_shown


class CasesPage(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        session.require(Permission.VIEW_CASES)
        self._session = session
        self._ctx = ctx
        self.stack = QStackedWidget()
        self.stack.setObjectName("casesStack")
        self.list = CaseListView(session, lambda: ctx.runner.busy)
        self.list.open_requested.connect(self.open_case)
        self.list.new_requested.connect(self.new_intake)
        self.list.new_button.setEnabled(session.can(Permission.EDIT_CASES))
        self.stack.addWidget(self.list)
        self.intake: IntakeForm | None = None
        self.case_view: CaseViewWidget | None = None
        # The released case view, kept to be refilled by the next `open_case`.
        self._spare_view: CaseViewWidget | None = None
        self.edit_form: CaseEditForm | None = None
        # Something the list shows changed while it was hidden (or its last read
        # failed): read it again on the way back.
        self._list_stale = False
        self.list.model.failed.connect(self._list_failed)
        # The tab to come back to after editing.
        self._tab_index = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        ctx.events.data_changed.connect(self._data_changed)
        ctx.events.open_case_requested.connect(self.open_requested_case)

    def _data_changed(self, changes: Changes) -> None:
        # The list shows status, staff and extension columns (risk level, order end);
        # while it is hidden behind a case, `show_list` refreshes it on the way back.
        if not changes.touches(CASES, RISK, ORDERS, CONSENTS):
            return
        if self.stack.currentWidget() is self.list:
            self.list.refresh()
        else:
            self._list_stale = True

    def _list_failed(self, _message: str) -> None:
        self._list_stale = True

    def open_requested_case(self, case_id: str) -> None:
        """Another page (a reminder) asks for a case: open it unless a form is open."""
        if self.intake is not None or self.edit_form is not None:
            # Never throw away what she is typing; the form stays in front.
            dialogs.inform(
                self,
                self.tr("Save or cancel the form that is open first, then open the case."),
            )
            return
        self.open_case(case_id)

    def _drop(self) -> None:
        for widget in (self.intake, self.case_view, self.edit_form):
            if widget is not None:
                # Whatever is still unsaved stays as her draft, offered when she comes back.
                for keeper in keepers_in(widget):
                    keeper.save_now()
                if widget is self.case_view and self._spare_view is None:
                    self.case_view.release()
                    self._spare_view = self.case_view
                    continue
                self.stack.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self.intake = None
        self.case_view = None
        self.edit_form = None

    def show_list(self) -> None:
        self._drop()
        self.stack.setCurrentWidget(self.list)
        model = self.list.model
        if self._list_stale or not model.answered:
            self._list_stale = False
            self.list.refresh()
        else:
            # Nothing it shows changed while she was away: the same rows stay, and
            # reading them again (at 200,000 cases, a search on the worker that the
            # next case open had to wait for) would only repeat them. They are
            # shown again all the same, so the search that leads to the next case
            # is audited before it, as when they were read again.
            model.shown_again()
        self.list.table.setFocus()

    def open_draft(self, draft: Draft) -> QWidget | None:
        """Reopen the editor of a draft (after unlocking), every field as she left it."""
        if draft.kind is DraftKind.INTAKE:
            self.new_intake()
            if self.intake is not None:
                self.intake.draft_keeper.restore(draft.content)
            return self.intake
        if draft.kind is DraftKind.CASE_EDIT:
            self.edit_case(draft.object_id)
            if self.edit_form is not None:
                self.edit_form.draft_keeper.restore(draft.content)
            return self.edit_form
        self.open_case(draft.object_id)
        if self.case_view is None:
            return None
        return self.case_view.open_draft(draft)

    def new_intake(self) -> None:
        if not self._session.can(Permission.EDIT_CASES):
            return
        self._drop()
        self.intake = IntakeForm(self._session)
        self.intake.created.connect(self._intake_saved)
        self.intake.open_existing.connect(self.open_case)
        self.intake.cancelled.connect(self.show_list)
        self.stack.addWidget(self.intake)
        self.stack.setCurrentWidget(self.intake)
        self.intake.go_to(0)

    def edit_case(self, case_id: str) -> None:
        if not self._session.can(Permission.EDIT_CASES):
            return
        try:
            form = CaseEditForm(self._session, case_id)
        except KdmError as exc:
            dialogs.warn(self, exc.message)
            return
        if self.case_view is not None:
            self._tab_index = self.case_view.tabs.currentIndex()
        self._drop()
        self.edit_form = form
        form.saved.connect(self._back_to_case)
        form.cancelled.connect(lambda: self._back_to_case(form.case_id))
        self.stack.addWidget(form)
        self.stack.setCurrentWidget(form)
        form.go_to(0)

    def _back_to_case(self, case_id: str) -> None:
        tab, self._tab_index = self._tab_index, 0
        self.open_case(case_id)
        if self.case_view is not None:
            self.case_view.tabs.setCurrentIndex(tab)

    def _intake_saved(self, case_id: str) -> None:
        """Open the new case; life danger or a weapon at intake opens its risk tab
        with those answers already given (issue 14)."""
        preset = self.intake.risk_preset() if self.intake is not None else {}
        self.open_case(case_id)
        view = self.case_view
        if not preset or view is None:
            return
        tab = view.show_tab("risk")
        if tab is None:
            return
        preset_answers = getattr(tab, "preset", None)
        if callable(preset_answers):
            preset_answers(preset)

    def open_case(self, case_id: str) -> None:
        # The search that led here is audited first, then the view of the case.
        self.list.model.end_search_session()
        spare = self._spare_view
        try:
            if spare is not None:
                spare.load(case_id)
                view = spare
            else:
                view = CaseViewWidget(self._session, case_id, self._ctx)
        except KdmError as exc:
            dialogs.warn(self, exc.message)
            return
        self._spare_view = None
        self._drop()
        self.case_view = view
        if view is not spare:
            view.back_requested.connect(self.show_list)
            view.edit_requested.connect(self.edit_case)
            self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.tabs.setFocus()
        settle_shown(view)
