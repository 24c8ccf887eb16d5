"""The case list: lazy pages, search as you type, filters, who gets the page."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from ui_cases_support import ADMIN, cases_page, draft, unlock

from kdm_desktop.domain.cases.choices import CaseStatus
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.demo_cases import fill_demo_cases
from kdm_desktop.ui.cases.page import CasesPage
from kdm_desktop.ui.models.case_list_model import CaseListModel


def test_model_loads_a_page_at_a_time(session) -> None:
    fill_demo_cases(session, 230, 7)
    model = CaseListModel(session)
    assert model.total == 230
    assert model.rowCount() == 100
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 230
    assert not model.canFetchMore(QModelIndex())
    assert model.columnCount() == 5


def test_model_waits_while_a_task_uses_the_session(session) -> None:
    fill_demo_cases(session, 120, 7)
    busy = [True]
    model = CaseListModel(session, busy=lambda: busy[0])
    assert model.rowCount() == 0
    busy[0] = False
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 100


def test_search_as_you_type_folds_turkish_letters(qtbot, make_app, casefile) -> None:
    with casefile.login() as s:
        service = CaseService(s)
        service.create(draft(first_name="Işık", last_name="Demir", tc_kimlik_no=""))
        service.create(draft(first_name="Fatma", last_name="Kara", tc_kimlik_no="", phone=""))
        ref = service.create(draft(anonymous=True, first_name="", last_name="", tc_kimlik_no=""))
        service.set_status(ref.case_number, CaseStatus.FOLLOW_UP)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    view = page.list
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)  # read on the list's worker
    names = [view.model.data(view.model.index(r, 1)) for r in range(3)]
    assert "Anonim" in names
    qtbot.keyClicks(view.search, "isik")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.data(view.model.index(0, 1)) == "Işık Demir"
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)

    view.status.set_value(CaseStatus.FOLLOW_UP.value)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.data(view.model.index(0, 2)) == "Takipte"
    view.status.set_value(None)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)

    # Enter on a row opens the case; Esc goes back with the filters kept.
    qtbot.keyClicks(view.search, "fatma")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert page.case_view is not None
    assert page.case_view.title.text().endswith("Fatma Kara")
    qtbot.keyClick(page.case_view.tabs, Qt.Key.Key_Escape)
    assert page.case_view is None
    assert view.search.text() == "fatma" and view.model.rowCount() == 1


def test_secretary_does_not_get_the_page(qtbot, make_app, staffed) -> None:
    app = make_app(staffed.data_dir)
    unlock(qtbot, app, "sekreter")
    assert "cases" not in app.workspace.keys
    assert app.workspace.page("cases") is None


def test_page_is_registered_for_case_staff(qtbot, make_app, staffed) -> None:
    app = make_app(staffed.data_dir)
    page = cases_page(qtbot, app, "sosyal")
    assert isinstance(page, CasesPage)
    assert app.workspace.keys.index("cases") < app.workspace.keys.index("settings")
    assert ADMIN != "sosyal"


def test_no_match_says_so_with_a_true_counter(qtbot, make_app, casefile) -> None:
    with casefile.login() as s:
        service = CaseService(s)
        service.create(draft(first_name="Şükran", last_name="Öztürk", tc_kimlik_no=""))
        service.create(draft(first_name="Fatma", last_name="Kara", tc_kimlik_no="", phone=""))
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    view = page.list
    qtbot.waitUntil(lambda: view.count_label.text() == "2 dosyadan 2 tanesi gösteriliyor")
    qtbot.keyClicks(view.search, "zeliha")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    qtbot.waitUntil(lambda: view.empty_label.isVisibleTo(view))
    # The counter is the new search's, not the previous one's ("2 dosyadan 0").
    assert view.count_label.text() == "0 dosyadan 0 tanesi gösteriliyor"
    assert "zeliha" in view.empty_label.text() and not view.table.isVisibleTo(view)
    # Enter and Down with nothing found do nothing and keep the typing.
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert page.case_view is None and view.search.text() == "zeliha"
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert view.table.isVisibleTo(view) and not view.empty_label.isVisibleTo(view)


def test_enter_in_the_search_box_opens_the_first_match(qtbot, make_app, casefile) -> None:
    with casefile.login() as s:
        service = CaseService(s)
        service.create(draft(first_name="Şükran", last_name="Öztürk", tc_kimlik_no=""))
        service.create(draft(first_name="Fatma", last_name="Kara", tc_kimlik_no="", phone=""))
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    view = page.list
    # Typed without Turkish letters, then Enter straight away (no waiting for the timer).
    qtbot.keyClicks(view.search, "sukran")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert page.case_view is not None
    assert page.case_view.title.text().endswith("Şükran Öztürk")
    qtbot.keyClick(page.case_view.tabs, Qt.Key.Key_Escape)
    # Down moves into the results with the first row chosen; Enter there opens it.
    view.search.clear()
    qtbot.keyClicks(view.search, "kara")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus() or view.table.currentIndex().row() == 0
    assert view.table.selectionModel().selectedRows()[0].row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert page.case_view is not None
    assert page.case_view.title.text().endswith("Fatma Kara")


def test_a_bounded_count_says_more_than_and_scrolling_reaches_every_row(
    qtbot, session, monkeypatch
) -> None:
    """A first letter matching tens of thousands of files is counted only to a bound
    (issue #18); the counter says "more than", and scrolling still loads every row,
    after which the counter is exact."""
    from kdm_desktop.domain.cases.query import CaseQuery
    from kdm_desktop.storage import case_list_sql

    fill_demo_cases(session, 230, 7)
    monkeypatch.setattr(case_list_sql, "COUNT_BOUND", 150)
    model = CaseListModel(session, background=False)
    query = CaseQuery(text="05")  # most demo files' mobile phone (filters alone are exact)
    matches = CaseService(session).count(query)
    assert matches > 150
    model.set_query(query)
    assert (model.total, model.total_bounded) == (150, True)
    assert model.rowCount() == 100
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == matches
    assert (model.total, model.total_bounded) == (matches, False)


def test_the_counter_says_more_than_for_a_bounded_count(
    qtbot, make_app, casefile, monkeypatch
) -> None:
    from kdm_desktop.storage import case_list_sql

    with casefile.login() as s:
        fill_demo_cases(s, 230, 7)
    monkeypatch.setattr(case_list_sql, "COUNT_BOUND", 20)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    view = page.list
    qtbot.waitUntil(lambda: view.model.answered)
    shown = view.model.rowCount()
    assert view.count_label.text() == f"230 dosyadan {shown} tanesi gösteriliyor"  # plain list
    qtbot.keyClicks(view.search, "05")  # every demo file's mobile phone
    qtbot.waitUntil(lambda: view.model.total_bounded, timeout=10_000)
    shown = view.model.rowCount()
    assert shown >= 100
    assert view.count_label.text() == f"{max(20, shown)} üzeri dosyadan {shown} tanesi gösteriliyor"


def test_the_counter_groups_large_numbers(qtbot, make_app, casefile, monkeypatch) -> None:
    """ "1.000 üzeri dosyadan 100 tanesi", not "1000 üzeri"; English writes "1,000"."""
    from kdm_desktop import messages

    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    view = page.list
    qtbot.waitUntil(lambda: view.model.answered)
    monkeypatch.setattr(CaseListModel, "total", property(lambda self: 41476))
    monkeypatch.setattr(CaseListModel, "total_bounded", property(lambda self: False))
    monkeypatch.setattr(CaseListModel, "rowCount", lambda self, parent=None: 1100)
    view.model.modelReset.emit()
    assert view.count_label.text() == "41.476 dosyadan 1.100 tanesi gösteriliyor"
    monkeypatch.setattr(CaseListModel, "total", property(lambda self: 1000))
    monkeypatch.setattr(CaseListModel, "total_bounded", property(lambda self: True))
    monkeypatch.setattr(CaseListModel, "rowCount", lambda self, parent=None: 100)
    view.model.modelReset.emit()
    assert view.count_label.text() == "1.000 üzeri dosyadan 100 tanesi gösteriliyor"
    messages.set_language("en")
    try:
        view.model.modelReset.emit()
        # No translator swap here: the number follows the core's language.
        assert "1,000" in view.count_label.text() and "1.000" not in view.count_label.text()
    finally:
        messages.set_language("tr")


def test_a_filter_only_list_shows_the_exact_total(qtbot, session, monkeypatch) -> None:
    """Filters alone are counted exactly from the tally (issue #18), so the counter
    says "230 dosyadan", never "more than", however many files match."""
    from kdm_desktop.domain.cases.query import CaseQuery
    from kdm_desktop.storage import case_list_sql

    fill_demo_cases(session, 230, 7)
    monkeypatch.setattr(case_list_sql, "COUNT_BOUND", 150)
    model = CaseListModel(session, background=False)
    model.set_query(CaseQuery(statuses=frozenset(CaseStatus)))
    assert (model.total, model.total_bounded) == (230, False)
    assert model.rowCount() == 100
