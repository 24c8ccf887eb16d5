"""The case list queries on a worker thread; the newest keystroke wins."""

from __future__ import annotations

import threading

from ui_cases_support import cases_page, draft

from kdm_desktop.services.cases import CaseService
from kdm_desktop.ui.cases.list_loader import Loaded


def _names(view) -> list[str]:
    return [view.model.data(view.model.index(r, 1)) for r in range(view.model.rowCount())]


def _fill(casefile) -> None:
    with casefile.login() as s:
        service = CaseService(s)
        for first, last in (("Ayşe", "Kaya"), ("Ayla", "Demir"), ("Fatma", "Kara")):
            service.create(draft(first_name=first, last_name=last, tc_kimlik_no="", phone=""))


def test_search_runs_on_a_worker_thread(qtbot, make_app, casefile) -> None:
    _fill(casefile)
    app = make_app(casefile.data_dir)
    view = cases_page(qtbot, app).list
    seen: list[Loaded] = []
    view.model.loader.loaded.connect(seen.append)
    qtbot.keyClicks(view.search, "fatma")
    qtbot.waitUntil(lambda: _names(view) == ["Fatma Kara"])
    assert seen and all(r.thread != threading.get_ident() for r in seen)


def test_an_older_slow_result_never_replaces_a_newer_one(qtbot, make_app, casefile) -> None:
    _fill(casefile)
    app = make_app(casefile.data_dir)
    view = cases_page(qtbot, app).list
    model = view.model
    search = model.loader.search
    real = search.screen
    release = threading.Event()
    entered = threading.Event()

    def screen(query, offset, limit, cancelled):
        if query.text == "ay":
            entered.set()
            release.wait(10)  # the database is slow for this one
        return real(query, offset, limit, cancelled)

    search.screen = screen
    shown: list[str] = []
    model.modelReset.connect(lambda: shown.append(model.shown_query.text))
    view.search.setText("ay")
    view.apply_filters()
    assert entered.wait(5)
    # She types on while "ay" is still running: the window does not wait for it.
    view.search.setText("fatma")
    view.apply_filters()
    release.set()
    qtbot.waitUntil(lambda: _names(view) == ["Fatma Kara"])
    model.loader._pool.waitForDone()
    qtbot.wait(50)  # any late answer for "ay" has been delivered by now
    assert _names(view) == ["Fatma Kara"] and model.shown_query.text == "fatma"
    assert shown == ["fatma"]  # the answer for "ay" came too late and was never shown


def test_a_running_query_is_stopped_when_a_newer_one_comes(qtbot, make_app, casefile) -> None:
    _fill(casefile)
    app = make_app(casefile.data_dir)
    view = cases_page(qtbot, app).list
    search = view.model.loader.search
    real = search.screen
    outcomes: list[str] = []
    entered = threading.Event()

    def screen(query, offset, limit, cancelled):
        if query.text == "ay":
            entered.set()
            # A long read that only the cancellation ends.
            while not cancelled():
                threading.Event().wait(0.01)
            outcomes.append("stopped")
        return real(query, offset, limit, cancelled)

    search.screen = screen
    view.search.setText("ay")
    view.apply_filters()
    assert entered.wait(5)
    view.search.setText("kara")
    view.apply_filters()
    qtbot.waitUntil(lambda: _names(view) == ["Fatma Kara"])
    assert outcomes == ["stopped"]


def test_enter_waits_for_the_newest_results(qtbot, make_app, casefile) -> None:
    _fill(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.list.search.setText("ayla")
    page.list.open_first()
    assert page.case_view is not None
    assert page.case_view.title.text().endswith("Ayla Demir")


def test_no_files_is_not_claimed_before_the_first_answer(
    qtbot, make_app, casefile, monkeypatch
) -> None:
    from kdm_desktop.services.case_search import CaseSearchSession

    _fill(casefile)
    release = threading.Event()
    real = CaseSearchSession.screen

    def slow(self, query, offset, limit, cancelled):
        release.wait(10)
        return real(self, query, offset, limit, cancelled)

    monkeypatch.setattr(CaseSearchSession, "screen", slow)
    app = make_app(casefile.data_dir)
    view = cases_page(qtbot, app).list
    assert view.model.rowCount() == 0
    assert not view.empty_label.isVisibleTo(view) and view.count_label.text() == ""
    release.set()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert view.count_label.text() == "3 dosyadan 3 tanesi gösteriliyor"
