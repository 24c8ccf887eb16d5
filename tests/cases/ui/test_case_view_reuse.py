"""The cases page keeps one case view and refills it for the next case (issue 18).

Building and styling the view's widgets was most of the cost of opening a case, so
the second open builds none; what must hold all the same: each open is audited,
nothing of the case left stays in the kept view, and a kept draft is still offered.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from ui_cases_support import all_texts, cases_page, draft

from kdm_desktop.changes import CASE_CONTENT, Changes
from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.drafts import DraftService
from kdm_desktop.ui.cases.notes_tab import NotesTab


def _two_cases(casefile) -> tuple[str, str]:
    with casefile.login() as s:
        svc = CaseService(s)
        first = svc.create(draft(first_name="Nergis", last_name="Aydın", district="Bornova"))
        second = svc.create(
            draft(
                first_name="Sevgül",
                last_name="Korkmaz",
                tc_kimlik_no="",
                phone="0532 765 43 21",
                district="Buca",
            )
        )
        return first.id, second.id


def _widgets(root: QWidget) -> set[int]:
    return {shiboken6.getCppPointer(w)[0] for w in root.findChildren(QWidget)}


def _views_of(app, case_id: str) -> int:
    entries = app.session.audit_entries(limit=app.session.db.count("audit_log"))
    return sum(1 for e in entries if e.action == "view" and e.object_id == case_id)


def test_the_second_open_builds_no_widget(qtbot, make_app, casefile) -> None:
    first, second = _two_cases(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.open_case(first)
    view = page.case_view
    summary = view.summary
    page.show_list()
    QApplication.processEvents()
    assert page.case_view is None
    before = _widgets(view)
    page.open_case(second)
    assert page.case_view is view and view.summary is summary
    assert _widgets(view) - before == set()  # not one widget constructed for this open
    assert view.case_id == second and "Sevgül Korkmaz" in view.title.text()
    shown = " ".join(v.text() for v in view.summary.values.values())
    assert "Buca" in shown and "Bornova" not in shown


def test_every_open_of_the_kept_view_is_audited(qtbot, make_app, casefile) -> None:
    first, second = _two_cases(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    for case_id in (first, second, first):
        page.open_case(case_id)
        page.show_list()
    assert _views_of(app, first) == 2 and _views_of(app, second) == 1


def test_the_kept_view_holds_nothing_of_the_case_left(qtbot, make_app, casefile) -> None:
    first, _second = _two_cases(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.open_case(first)
    view = page.case_view
    view.tabs.setCurrentWidget(view.notes)
    view.notes.editor.setPlainText("Görüşme notu")
    number = view.view.record.case_number
    page.show_list()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the deleted tabs go
    texts = " ".join(all_texts(view))
    assert "Nergis" not in texts and "Aydın" not in texts and number not in texts
    assert "Bornova" not in texts and "Görüşme notu" not in texts
    assert not view.findChildren(NotesTab)
    with pytest.raises(RuntimeError):
        _ = view.view  # nor is her record held
    # The typed note was kept as her draft, as when the view was deleted.
    (kept,) = DraftService(app.session).mine()
    assert kept.kind is DraftKind.NOTE and kept.object_id == first


def test_a_kept_draft_is_offered_when_the_view_is_refilled(qtbot, make_app, casefile) -> None:
    first, second = _two_cases(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.open_case(second)
    view = page.case_view
    view.tabs.setCurrentWidget(view.notes)
    view.notes.editor.setPlainText("Yarım kalan not")
    page.open_case(first)  # from one case straight to another (a reminder)
    page.show_list()
    page.open_case(second)
    reused = page.case_view
    # With a draft waiting, its tab is built at open so the editor can offer it;
    # the tabs without one stay unbuilt (nothing read or audited for them).
    assert reused.lazy_tabs.is_built("notes")
    assert not reused.lazy_tabs.is_built("orders")
    assert reused.notes.draft_keeper is not None


def test_a_change_to_the_case_left_does_not_reopen_it(qtbot, make_app, casefile) -> None:
    first, _second = _two_cases(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.open_case(first)
    view = page.case_view
    page.show_list()
    views = _views_of(app, first)
    app.events.data_changed.emit(Changes(frozenset(CASE_CONTENT), frozenset({first})))
    assert _views_of(app, first) == views and view.title.text() == ""


def test_a_refused_open_leaves_the_list_and_the_kept_view_empty(
    qtbot, make_app, casefile, monkeypatch
) -> None:
    first, _second = _two_cases(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.open_case(first)
    view = page.case_view
    page.show_list()
    warned: list[str] = []
    monkeypatch.setattr("kdm_desktop.ui.dialogs.warn", lambda _parent, text: warned.append(text))
    page.open_case("00000000-0000-4000-8000-000000000000")
    assert warned and page.case_view is None and page.stack.currentWidget() is page.list
    assert view.title.text() == "" and not view.is_live
    page.open_case(first)
    assert page.case_view is view and "Nergis" in view.title.text()
