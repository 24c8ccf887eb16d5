"""Case view tabs are built the first time they are shown."""

from __future__ import annotations

from ui_cases_support import cases_page, draft

from kdm_desktop.services.cases import CaseService
from kdm_desktop.ui.cases.notes_tab import NotesTab
from kdm_desktop.ui.protection.plan_tab import SafetyPlanTab
from kdm_desktop.ui.protection.risk_tab import RiskTab


def _case(casefile) -> str:
    with casefile.login() as s:
        return CaseService(s).create(draft(first_name="Nergis", last_name="Aydın")).id


def test_only_the_first_tab_is_built_when_a_case_opens(qtbot, make_app, casefile) -> None:
    case_id = _case(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.open_case(case_id)
    view = page.case_view
    built = [view.lazy_tabs.is_built(k) for k in view.lazy_tabs.tab_keys()]
    assert built[0] and not any(built[1:])
    assert not view.findChildren(NotesTab)
    assert not view.findChildren(RiskTab) and not view.findChildren(SafetyPlanTab)
    # Every tab is there under its title all the same.
    assert view.tabs.count() == len(built) and view.tabs.tabText(4) == "&Notlar"


def test_a_tab_is_built_when_shown_and_keeps_its_place(qtbot, make_app, casefile) -> None:
    case_id = _case(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.open_case(case_id)
    view = page.case_view
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    changes: list[int] = []
    view.tabs.currentChanged.connect(changes.append)
    view.tabs.setCurrentIndex(4)
    notes = view.tabs.currentWidget()
    assert isinstance(notes, NotesTab) and notes is view.notes
    assert changes == [4]  # the swap of the placeholder is not another change
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == titles
    risk = view.show_tab("risk")
    assert isinstance(risk, RiskTab) and view.tabs.currentWidget() is risk
    assert risk.objectName() == "caseTab_risk"
    assert view.show_tab("no_such_tab") is None


def test_opening_a_case_reads_only_what_the_first_tab_shows(qtbot, make_app, casefile) -> None:
    case_id = _case(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    before = app.session.db.count("audit_log")
    page.open_case(case_id)
    entries = app.session.audit_entries(limit=app.session.db.count("audit_log") - before)
    # The case itself (and the search that led to it, if any); no tab's own reads.
    assert [e.object_type for e in entries if e.action == "view"] == ["case"]


def test_the_shown_tab_follows_a_change(qtbot, make_app, casefile) -> None:
    case_id = _case(casefile)
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.open_case(case_id)
    CaseService(app.session).update_from_mapping(case_id, {"district": "Karşıyaka"})
    view = page.case_view
    view.tabs.setCurrentIndex(0)
    assert "Karşıyaka" in " ".join(v.text() for v in view.summary.values.values())
