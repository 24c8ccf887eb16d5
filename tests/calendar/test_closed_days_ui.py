"""The 'Closed days and working hours' dialog of the calendar page."""

from __future__ import annotations

import datetime as dt

from calendar_ui_support import make_page, shot
from PySide6.QtCore import QDate, QTime

from kdm_desktop.domain.calendar import OpeningHours
from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.ui.calendar.page import MONTH


def test_add_remove_closed_day_and_views_show_it(qtbot, cal) -> None:
    with cal.login() as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.show_date(dt.date(2026, 12, 2), MONTH)
        dialog = page.edit_closed_days()
        assert dialog is not None
        qtbot.addWidget(dialog)
        dialog.date.setDate(QDate(2026, 12, 4))
        dialog.reason.setText("")
        assert not dialog.add_closed()
        assert "açıklama" in dialog.closed_error.text()
        dialog.reason.setText("İdari izin")
        assert dialog.add_closed()
        dialog.date.setDate(QDate(2026, 12, 7))
        dialog.reason.setText("Bina bakımı")
        assert dialog.add_closed()
        assert dialog.closed_list.count() == 2
        assert dialog.closed_list.item(0).text() == "4 Aralık 2026 Cuma — İdari izin"
        shot(dialog, "calendar_closed_days_dialog")
        dialog.closed_list.setCurrentRow(1)
        assert dialog.remove_selected()
        assert dialog.closed_list.count() == 1
        dialog.accept()
        qtbot.waitUntil(lambda: dt.date(2026, 12, 4) in page.month_view.holidays)
        [holiday] = page.month_view.holidays[dt.date(2026, 12, 4)]
        assert holiday.centre and holiday.name_tr == "İdari izin"
        assert dt.date(2026, 12, 7) not in page.month_view.holidays
        assert [d.date for d in CalendarService(s).closed_days()] == [dt.date(2026, 12, 4)]


def test_working_hours_are_edited_per_weekday(qtbot, cal) -> None:
    with cal.login() as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        dialog = page.edit_closed_days()
        assert dialog is not None
        qtbot.addWidget(dialog)
        friday, saturday = dialog.days[4], dialog.days[5]
        assert friday.open.isChecked() and not saturday.open.isChecked()
        assert not saturday.start.isEnabled()
        friday.end.setTime(QTime(13, 0))
        saturday.open.setChecked(True)
        saturday.start.setTime(QTime(10, 0))
        saturday.end.setTime(QTime(9, 0))
        assert not dialog.save_hours()
        assert "açılış kapanıştan önce" in dialog.hours_status.text()
        saturday.end.setTime(QTime(14, 0))
        assert dialog.save_hours()
        hours = CalendarService(s).working_hours()
        assert hours.days[4] == OpeningHours(dt.time(8, 30), dt.time(13, 0))
        assert hours.days[5] == OpeningHours(dt.time(10, 0), dt.time(14, 0))
        assert hours.days[6] is None
        assert "Cumartesi 10:00–14:00" in dialog.hours_status.text()
        shot(dialog, "calendar_working_hours_dialog")
        dialog.accept()


def test_button_follows_the_edit_right(qtbot, cal) -> None:
    with cal.login() as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        assert page.closed_button.isVisible() is page.can_edit


def test_saved_working_hours_are_described_in_the_window_language(qtbot, cal) -> None:
    """Re-audit of issue #19: an English window said "Working hours saved: Pazartesi–Cuma
    08:30–17:30"."""
    from kdm_desktop import messages

    with cal.login() as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        dialog = page.edit_closed_days()
        assert dialog is not None
        qtbot.addWidget(dialog)
        messages.set_language("en")  # what ui.i18n.install(app, "en") sets for the core
        try:
            assert dialog.save_hours()
            shown = dialog.hours_status.text()
        finally:
            messages.set_language("tr")
        dialog.accept()
    assert "Monday–Friday 08:30–17:30" in shown and "Pazartesi" not in shown
