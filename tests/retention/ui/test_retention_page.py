"""The 'Saklama ve imha' page, driven as the administrator would; every button pressed."""

from __future__ import annotations

import datetime
import re
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from retention_support import at, make_case

from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.retention import RetentionService
from kdm_testing import ADMIN, ADMIN_PASSWORD


def _unlock(qtbot: Any, app: Any) -> None:
    panel = app.lock_screen.unlock
    panel.username.setText(ADMIN)
    panel.password.setText(ADMIN_PASSWORD)
    qtbot.mouseClick(panel.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not app.runner.busy)


def _boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def _close_boxes() -> list[str]:
    texts = []
    for box in _boxes():
        texts.append(box.text())
        box.close()
    return texts


def _press_yes(qtbot: Any) -> None:
    boxes = _boxes()
    assert boxes, "a confirmation was expected"
    yes = boxes[-1].findChild(QPushButton, "confirmYes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)


def _rows(table: Any) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _page(qtbot: Any, make_app: Any, casefile: Any) -> tuple[Any, Any]:
    app = make_app(casefile.data_dir)
    _unlock(qtbot, app)
    assert app.workspace.select("retention")
    return app, app.workspace.page("retention")


def _save_as(monkeypatch: Any, path: Any) -> None:
    monkeypatch.setattr(
        "kdm_desktop.ui.retention.records_tab.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(path), "PDF (*.pdf)"),
    )


def test_review_confirm_destroy_and_minutes(
    qtbot, make_app, casefile, tmp_path, monkeypatch
) -> None:
    gone = make_case(casefile.data_dir, "Gülseren", "Tandoğanörnek", at(2012, 5, 2), at(2013, 1, 5))
    kept = make_case(casefile.data_dir, "Müzeyyen", "Akçayörnek", at(2012, 6, 2), at(2013, 2, 5))
    number = CaseNumber.of(casefile, kept)
    app, page = _page(qtbot, make_app, casefile)
    assert page.due_tab.due_table.rowCount() == 2
    assert "imha" in page.status.text().lower()

    # A hold from the holds tab keeps one of them.
    page.holds_tab.hold_case.setText(number)
    page.holds_tab.hold_reason.setText("Derdest dava 2013/45")
    qtbot.mouseClick(page.holds_tab.hold_button, Qt.MouseButton.LeftButton)
    assert _rows(page.holds_tab.holds_table)[0][:2] == [number, "Derdest dava 2013/45"]
    # Since when: a day as every table shows it ("5 Aralık 2026"), not ISO.
    since = _rows(page.holds_tab.holds_table)[0][2]
    assert re.match(r"^\d{1,2} \S+ \d{4}$", since), since
    assert [r[0] for r in _rows(page.due_tab.kept_table)] == [number]
    assert page.due_tab.due_table.rowCount() == 1

    # Cancel first: nothing happens.
    qtbot.mouseClick(page.due_tab.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.due_tab.run_button, Qt.MouseButton.LeftButton)
    no = _boxes()[-1].findChild(QPushButton, "confirmNo")
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert page.due_tab.due_table.rowCount() == 1

    qtbot.mouseClick(page.due_tab.run_button, Qt.MouseButton.LeftButton)
    assert "1" in _boxes()[-1].text()
    _press_yes(qtbot)
    qtbot.waitUntil(lambda: not app.runner.busy)
    _close_boxes()
    assert page.last_result is not None
    assert page.due_tab.due_table.rowCount() == 0
    assert page.records_tab.records_table.rowCount() == 1
    assert _rows(page.records_tab.records_table)[0][3] == "1"
    # Dates as every table shows them ("5 Aralık 2026 13:47", "5 Aralık 2029"), not ISO.
    record = _rows(page.records_tab.records_table)[0]
    assert re.match(r"^\d{1,2} \S+ \d{4} \d{2}:\d{2}$", record[0]), record
    assert re.match(r"^\d{1,2} \S+ \d{4}$", record[5]), record

    out = tmp_path / "tutanak.pdf"
    _save_as(monkeypatch, out)
    qtbot.mouseClick(page.records_tab.minutes_button, Qt.MouseButton.LeftButton)
    _close_boxes()
    text = "\n".join(p.extract_text() or "" for p in PdfReader(out).pages)
    assert "İmha Tutanağı" in text and "Gülseren" not in text

    page.holds_tab.holds_table.selectRow(0)
    qtbot.mouseClick(page.holds_tab.release_button, Qt.MouseButton.LeftButton)
    assert page.holds_tab.holds_table.rowCount() == 0
    assert page.due_tab.due_table.rowCount() == 1
    app.shutdown()
    with open_session(casefile.data_dir, ADMIN, ADMIN_PASSWORD) as s:
        assert [r.id for r in CaseService(s).page()] == [kept]
    assert gone


class CaseNumber:
    @staticmethod
    def of(casefile: Any, case_id: str) -> str:
        with open_session(casefile.data_dir, ADMIN, ADMIN_PASSWORD) as s:
            return CaseService(s).get(case_id).case_number


def test_policy_edit_within_bounds(qtbot, make_app, casefile) -> None:
    app, page = _page(qtbot, make_app, casefile)
    spin = page.policy_tab.year_spins["session_notes"]
    assert (spin.minimum(), spin.maximum(), spin.value()) == (2, 20, 5)
    spin.setValue(3)
    qtbot.mouseClick(page.policy_tab.save_policy_button, Qt.MouseButton.LeftButton)
    assert page.policy_tab.year_spins["session_notes"].value() == 3
    app.shutdown()

    with open_session(casefile.data_dir, ADMIN, ADMIN_PASSWORD) as s:
        assert (
            RetentionService(s)
            .policy()
            .kind(
                __import__(
                    "kdm_desktop.domain.retention.policy", fromlist=["RecordKind"]
                ).RecordKind("session_notes")
            )
            .years
            == 3
        )


def test_requests_log_answer_export_and_deletion(
    qtbot, make_app, casefile, tmp_path, monkeypatch
) -> None:
    case = make_case(casefile.data_dir, "Saadet", "Özdemirörnek", at(2024, 5, 2), at(2025, 1, 5))
    number = CaseNumber.of(casefile, case)
    app, page = _page(qtbot, make_app, casefile)
    page.tabs.setCurrentIndex(4)

    # An access request 40 days ago: overdue, in red, on the start card too.
    page.requests_tab.request_case.setText(number)
    page.requests_tab.request_kind.setCurrentIndex(
        page.requests_tab.request_kind.findData("access")
    )
    old = datetime.date.today() - datetime.timedelta(days=40)
    page.requests_tab.request_date.setDate(QDate(old.year, old.month, old.day))
    qtbot.mouseClick(page.requests_tab.add_request_button, Qt.MouseButton.LeftButton)
    rows = _rows(page.requests_tab.requests_table)
    assert rows[0][0] == number and "40" not in rows[0][4] and "10" in rows[0][4]
    assert page.requests_tab.requests_table.item(0, 4).foreground().color().name() == "#b00020"

    page.requests_tab.requests_table.selectRow(0)
    out = tmp_path / "dokum.pdf"
    _save_as(monkeypatch, out)
    qtbot.mouseClick(page.requests_tab.export_button, Qt.MouseButton.LeftButton)
    _close_boxes()
    assert "Saadet" in "\n".join(p.extract_text() or "" for p in PdfReader(out).pages)

    page.requests_tab.answer_text.setText("Döküm elden verildi.")
    qtbot.mouseClick(page.requests_tab.answer_button, Qt.MouseButton.LeftButton)
    assert page.requests_tab.requests_table.item(0, 4).foreground().color().name() != "#b00020"

    # A deletion request: reviewed, confirmed, her file destroyed.
    page.requests_tab.request_case.setText(number)
    page.requests_tab.request_kind.setCurrentIndex(
        page.requests_tab.request_kind.findData("deletion")
    )
    page.requests_tab.request_date.setDate(QDate.currentDate())
    qtbot.mouseClick(page.requests_tab.add_request_button, Qt.MouseButton.LeftButton)
    deletion_row = [r[1] for r in _rows(page.requests_tab.requests_table)].index("Silme talebi")
    page.requests_tab.requests_table.selectRow(deletion_row)
    qtbot.mouseClick(page.requests_tab.erase_button, Qt.MouseButton.LeftButton)
    _press_yes(qtbot)
    qtbot.waitUntil(lambda: not app.runner.busy)
    _close_boxes()
    assert page.records_tab.records_table.rowCount() == 1

    # Bad input gets a Turkish message, nothing stored.
    page.requests_tab.request_case.setText("NRL-2099-9999")
    qtbot.mouseClick(page.requests_tab.add_request_button, Qt.MouseButton.LeftButton)
    assert any("bulunamadı" in t or "yok" in t for t in _close_boxes()), page.last_error

    # The start screen card.
    app.workspace.select("start")
    start = app.workspace.page("start")
    card = start.findChild(type(page.status), "retentionCardRequests")
    assert card is not None and card.text()
    go = [b for b in start.findChildren(QPushButton) if b.text() == "Saklama ve imhaya git"]
    qtbot.mouseClick(go[0], Qt.MouseButton.LeftButton)
    assert app.workspace.current_key == "retention"


def test_review_deletion_explains_why_not(qtbot, make_app, casefile) -> None:
    case = make_case(casefile.data_dir, "Saadet", "Özdemirörnek", at(2024, 5, 2), None)
    number = CaseNumber.of(casefile, case)
    _, page = _page(qtbot, make_app, casefile)
    page.requests_tab.request_case.setText(number)
    page.requests_tab.request_kind.setCurrentIndex(
        page.requests_tab.request_kind.findData("deletion")
    )
    qtbot.mouseClick(page.requests_tab.add_request_button, Qt.MouseButton.LeftButton)
    page.requests_tab.requests_table.selectRow(0)
    qtbot.mouseClick(page.requests_tab.erase_button, Qt.MouseButton.LeftButton)
    texts = _close_boxes()
    assert any("açık" in t for t in texts), texts
