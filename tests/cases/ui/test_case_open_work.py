"""The work one case open does in the window, counted (issue 18: case open ≤ 30 ms).

Timings are for bench/bench_scale.py; here the work is counted, which does not
depend on the machine: objects constructed, paints, statements. The bench found
three costs that did not belong to opening a case: the labels' text documents
deleted on the way back and built again for the next case; the view painted twice
(once as shown, once more after Qt's own deferred updates of every shown widget);
and the list's last search read again on the way back, on the worker, where the
next open waited for it (which is why opening grew with the size of the file).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from ui_cases_support import cases_page, draft

from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.cases.query import CaseQuery
from kdm_desktop.services.cases import CaseService


def _cases(casefile) -> list[str]:
    with casefile.login() as s:
        svc = CaseService(s)
        people = [
            ("Nergis", "Aydın", "Bornova"),
            ("Sevgül", "Korkmaz", "Buca"),
            ("Dilek", "Ay", "Konak"),
        ]
        return [
            svc.create(
                draft(first_name=first, last_name=last, district=district, tc_kimlik_no="")
            ).id
            for first, last, district in people
        ]


def _objects(root: QObject) -> set[int]:
    """The widgets and text documents under `root` (a document's frames are redone
    with each text it is given)."""
    found = [*root.findChildren(QWidget), *root.findChildren(QTextDocument)]
    return {shiboken6.getCppPointer(o)[0] for o in found}


class _Paints(QObject):
    """Counts paint events delivered to widgets inside `root`."""

    def __init__(self, root: QWidget) -> None:
        super().__init__()
        self.root = root
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self.root or self.root.isAncestorOf(watched))
        ):
            self.count += 1
        return False


def _settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.list.model.loading)
    QApplication.processEvents()


def test_a_refilled_open_constructs_no_object(qtbot, make_app, casefile) -> None:
    first, second, _third = _cases(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.open_case(first)
    view = page.case_view
    page.show_list()
    _settle(qtbot, page)
    before = _objects(view)
    page.open_case(second)
    QApplication.processEvents()
    # Not a widget, not a label's text document: the view is refilled, not rebuilt.
    assert _objects(view) - before == set()
    shown = " ".join(label.text() for label in view.summary.values.values())
    assert "Buca" in shown


def test_the_kept_labels_keep_no_text_of_the_case_left(qtbot, make_app, casefile) -> None:
    first, _second, _third = _cases(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.open_case(first)
    view = page.case_view
    view.repaint()  # her texts are laid out in the labels' documents
    page.show_list()
    held = " ".join(doc.toPlainText() for doc in view.findChildren(QTextDocument))
    assert "Bornova" not in held and "Nergis" not in held


def test_an_open_is_painted_once(qtbot, make_app, casefile) -> None:
    first, second, _third = _cases(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.open_case(first)
    view = page.case_view
    page.show_list()
    _settle(qtbot, page)
    paints = _Paints(view)
    QApplication.instance().installEventFilter(paints)
    try:
        page.open_case(second)
        view.repaint()  # the first frame, as the window draws it
        first_frame = paints.count
        QApplication.processEvents()
        again = paints.count - first_frame
    finally:
        QApplication.instance().removeEventFilter(paints)
    assert first_frame > 0
    assert again == 0  # nothing of the view is drawn a second time


def _list_reads(app, page, action) -> list[str]:
    seen: list[str] = []
    conn = app.session.db.conn
    conn.set_trace_callback(seen.append)
    try:
        action()
        _settle_now(page)
    finally:
        conn.set_trace_callback(None)
    return [s for s in seen if "case_search" in s or "FROM cases" in s]


def _settle_now(page) -> None:
    page.list.model.settle()
    QApplication.processEvents()


def test_back_to_an_unchanged_list_reads_nothing(qtbot, make_app, casefile) -> None:
    first, second, _third = _cases(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.list.model.set_query(CaseQuery(text="ay"))
    _settle_now(page)
    shown = [page.list.model.row(i).id for i in range(page.list.model.rowCount())]
    page.open_case(first)
    assert _list_reads(app, page, page.show_list) == []
    # The same rows, still the search she typed.
    assert [page.list.model.row(i).id for i in range(page.list.model.rowCount())] == shown
    assert page.list.model.shown_query == CaseQuery(text="ay")
    # A change while she was in the case: the list is read again on the way back.
    page.open_case(second)
    CaseService(app.session).set_status(
        second, CaseStatus.CLOSED, reason=ClosureReason.GOALS_MET, note=""
    )
    assert _list_reads(app, page, page.show_list) != []


def test_back_to_the_list_still_audits_the_search_that_leads_to_the_next_case(
    qtbot, make_app, casefile
) -> None:
    first, second, _third = _cases(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.list.model.set_query(CaseQuery(text="ay"))
    _settle_now(page)
    for case_id in (first, second):
        page.open_case(case_id)
        page.show_list()
        _settle_now(page)
    entries = app.session.audit_entries(limit=app.session.db.count("audit_log"))
    trail = [(e.action, e.object_type) for e in reversed(entries)]
    opened = [i for i, step in enumerate(trail) if step == ("view", "case")]
    # Each case opened from the list comes right after the entry of the search shown.
    assert len(opened) == 2
    for i in opened:
        assert trail[i - 1] == ("search", "case_list")


def test_back_to_a_list_whose_last_read_failed_reads_it_again(
    qtbot, make_app, casefile, monkeypatch
) -> None:
    from kdm_desktop.errors import KdmError
    from kdm_desktop.services.case_search import CaseSearchSession

    first, _second, _third = _cases(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    _settle_now(page)
    real = CaseSearchSession.screen

    def failing(self, query, offset, limit, cancelled):
        raise KdmError("io.disk_full", path="-")

    monkeypatch.setattr(CaseSearchSession, "screen", failing)
    failures: list[str] = []
    page.list.model.failed.connect(failures.append)
    page.list.model.set_query(CaseQuery(text="ay"))
    qtbot.waitUntil(lambda: bool(failures))
    monkeypatch.setattr(CaseSearchSession, "screen", real)
    page.open_case(first)
    assert _list_reads(app, page, page.show_list) != []
    assert page.list.model.shown_query == CaseQuery(text="ay")
