"""Every control of the calendar's toolbar, pressed as a user would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from calendar_support import at, booking
from calendar_ui_support import make_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.ui.calendar import exports
from kdm_desktop.ui.calendar.closed_days import ClosedDaysDialog
from kdm_desktop.ui.calendar.page import DAY, MONTH, WEEK


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _box_on(qtbot, page, *, confirm: bool) -> QMessageBox:
    """The visible message box this page shows: a confirmation, or a report."""

    def found() -> QMessageBox | None:
        for w in QApplication.topLevelWidgets():
            mine = isinstance(w, QMessageBox) and w.parent() is page and w.isVisible()
            if mine and (w.findChild(QPushButton, "confirmYes") is not None) == confirm:
                return w
        return None

    qtbot.waitUntil(lambda: found() is not None, timeout=20000)
    box = found()
    assert box is not None
    return box


def test_navigation_and_modes(qtbot, cal) -> None:
    with cal.login() as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.show_date(dt.date(2026, 10, 28), DAY)
        _click(qtbot, page.next_button)
        assert page.anchor == dt.date(2026, 10, 29)
        _click(qtbot, page.prev_button)
        _click(qtbot, page.prev_button)
        assert page.anchor == dt.date(2026, 10, 27)
        _click(qtbot, page.mode_group.button(MONTH))
        assert page.mode == MONTH and page.stack.currentWidget() is page.month_view
        _click(qtbot, page.next_button)
        assert page.anchor == dt.date(2026, 11, 27)
        _click(qtbot, page.mode_group.button(WEEK))
        assert page.stack.currentWidget() is page.week_view
        _click(qtbot, page.today_button)
        assert page.anchor == page.service.today()


def test_filters_reload_the_view(qtbot, cal) -> None:
    with cal.login() as s:
        CalendarService(s).add(booking(at(2026, 10, 28, 10), case_ref=cal.case_number))
        CalendarService(s).add(booking(at(2026, 10, 28, 11), staff="avukat"))
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.show_date(dt.date(2026, 10, 28), DAY)
        assert len(page.day_view.entries) == 2
        page.staff_filter.setCurrentIndex(page.staff_filter.findData("avukat"))
        assert [e.appointment.staff for e in page.day_view.entries] == ["avukat"]
        page.colour_mode.setCurrentIndex(page.colour_mode.findData(True))
        assert page.day_view.by_staff


def test_day_list_pdf_and_ics_buttons_write_files(
    qtbot, cal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf, ics = tmp_path / "gun.pdf", tmp_path / "benim.ics"
    answers = iter([(str(pdf), ""), (str(ics), "")])
    monkeypatch.setattr(exports.QFileDialog, "getSaveFileName", lambda *a, **k: next(answers))
    with cal.login() as s:
        CalendarService(s).add(booking(at(2026, 10, 28, 10), case_ref=cal.case_number))
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.show_date(dt.date(2026, 10, 28), DAY)
        _click(qtbot, page.pdf_button)
        # Done when the page says so (the progress dialog is gone and input reaches it).
        _box_on(qtbot, page, confirm=False).accept()
        assert pdf.read_bytes().startswith(b"%PDF")
        _click(qtbot, page.ics_button)
        box = _box_on(qtbot, page, confirm=True)  # the warning before the export
        _click(qtbot, box.findChild(QPushButton, "confirmYes"))
        _box_on(qtbot, page, confirm=False).accept()
        assert ics.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_closed_days_button_opens_the_editor(qtbot, cal) -> None:
    with cal.login() as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        assert page.closed_button.isVisibleTo(page)
        _click(qtbot, page.closed_button)
        dialog = page.findChild(ClosedDaysDialog)
        assert dialog is not None and dialog.isVisible()
        dialog.reject()
