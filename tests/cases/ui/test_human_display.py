"""Staff read people's names, Turkish dates and phones as written in Turkey (issue 14)."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from ui_cases_support import STAFF_PASSWORD, cases_page, click, draft, table_texts

from kdm_desktop.domain.cases.choices import CaseStatus
from kdm_desktop.services.cases import CaseService
from kdm_desktop.ui.models.audit_model import AuditModel

RAW = re.compile(r"\w=\w|\b(case|letter|appointment|offset|rows)_?\w*\b|[0-9a-f]{8}-[0-9a-f]{4}")


def test_summary_and_tables_read_as_people_write(qtbot, make_app, staffed) -> None:
    with staffed.login("sosyal", STAFF_PASSWORD) as s:
        ref = CaseService(s).create(draft(phone="+905321112233", other_phones=("02324445566",)))
        CaseService(s).set_status(ref.id, CaseStatus.FOLLOW_UP)
    app = make_app(staffed.data_dir)
    page = cases_page(qtbot, app, "sosyal")
    page.open_case(ref.id)
    view = page.case_view
    assert view is not None
    summary = view.summary
    assert summary.values["phone"].text() == "0532 111 22 33"
    assert summary.values["other_phones"].text() == "0232 444 55 66"
    assert summary.values["birth_date"].text() == "12 Nisan 1988"
    # The status history names the person, not the user name "sosyal".
    assert "Derya Kaya" in summary.extra.text() and "(sosyal)" not in summary.extra.text()
    tab = view.consents
    view.tabs.setCurrentWidget(tab)
    click(qtbot, tab.record_button)
    row = table_texts(tab.table)[0]
    assert row[3] == "Derya Kaya"
    assert re.fullmatch(r"\d{1,2} [A-ZÇĞİÖŞÜ][a-zçğıöşü]+ \d{4}", row[1]), row[1]


def test_audit_page_says_what_happened_in_turkish(qtbot, make_app, staffed) -> None:
    with staffed.login("sosyal", STAFF_PASSWORD) as s:
        service = CaseService(s)
        ref = service.create(draft())
        service.page()
        service.open(ref.id)
        service.set_status(ref.id, CaseStatus.FOLLOW_UP)
    with staffed.login() as admin:
        model = AuditModel(admin)
        shown = [
            [
                str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole))
                for c in range(model.columnCount(QModelIndex()))
            ]
            for r in range(model.rowCount())
        ]
    # User, action, object, detail; the object id column is checked for cases below.
    texts = [" | ".join([*row[2:5], row[6]]) for row in shown]
    assert any("Vaka listesi" in t and "kayıt" in t for t in texts), texts
    assert any("durum: Takipte" in t for t in texts), texts
    assert any("Derya Kaya" in t for t in texts)
    for text in texts:
        assert not RAW.search(text), text
    case_rows = [row for row in shown if row[4] == "Vaka dosyası"]
    assert case_rows and all(row[5] == ref.case_number for row in case_rows)
