"""An appointment she clicks says its day the way the rest of the window does
("8 Aralık 2026 Salı, 10:00–10:50"), not "08.12.2026 10:00"; in English mode
"Tuesday 8 December 2026, 10:00–10:50"."""

from __future__ import annotations

import datetime as dt

from calendar_support import at, booking
from calendar_ui_support import make_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kdm_desktop import messages
from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.ui.calendar.dialogs import EntryDialog
from kdm_desktop.ui.calendar.page import DAY

TUESDAY = dt.date(2026, 12, 8)


def _clicked_entry_info(qtbot, cal) -> str:
    with cal.login() as s:
        CalendarService(s).add(booking(at(2026, 12, 8, 10)))
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.show_date(TUESDAY, DAY)
        rect, _ref = page.day_view.hit_rects()[0]
        qtbot.mouseClick(page.day_view, Qt.MouseButton.LeftButton, pos=rect.center())
        dialog = page.findChild(EntryDialog)
        assert dialog is not None
        text = dialog.findChild(QLabel, "entryInfo").text()
        dialog.reject()
        return text


def test_the_clicked_appointment_shows_its_day_in_long_turkish(qtbot, cal) -> None:
    info = _clicked_entry_info(qtbot, cal)
    assert "8 Aralık 2026 Salı, 10:00–10:50" in info
    assert "08.12.2026" not in info


def test_the_clicked_appointment_shows_its_day_in_long_english(qtbot, cal) -> None:
    messages.set_language("en")
    try:
        info = _clicked_entry_info(qtbot, cal)
    finally:
        messages.set_language("tr")
    assert "Tuesday 8 December 2026, 10:00–10:50" in info
    assert "08.12.2026" not in info


def test_the_new_appointment_dialog_spells_out_the_day_it_books(qtbot, cal) -> None:
    """The date is typed the Turkish form way ("8.12.2026"); beside it the dialog
    says which day that is, as the rest of the window would write it."""
    from kdm_desktop.ui.calendar.dialogs import AppointmentDialog

    with cal.login() as s:
        svc = CalendarService(s)
        dialog = AppointmentDialog(svc, at(2026, 12, 8, 10), session=s)
        qtbot.addWidget(dialog)
        day = dialog.findChild(QLabel, "appointmentDay")
        assert day is not None
        assert day.text() == "8 Aralık 2026 Salı"
        dialog.date.setDate(dialog.date.date().addDays(1))
        assert day.text() == "9 Aralık 2026 Çarşamba"
        messages.set_language("en")
        try:
            english = AppointmentDialog(svc, at(2026, 12, 8, 10), session=s)
            qtbot.addWidget(english)
            shown = english.findChild(QLabel, "appointmentDay").text()
        finally:
            messages.set_language("tr")
    assert shown == "Tuesday 8 December 2026"


def test_a_clashing_weekly_series_names_the_session_by_its_long_day(qtbot, cal) -> None:
    """The booking dialog's refusal names the clashing session the same way."""
    from kdm_desktop.ui.calendar.dialogs import AppointmentDialog

    with cal.login() as s:
        svc = CalendarService(s)
        svc.add(booking(at(2027, 1, 12, 11, 30), room="Oda 3"))
        dialog = AppointmentDialog(svc, at(2026, 12, 8, 11), staff="derya", session=s)
        qtbot.addWidget(dialog)
        dialog.repeat.setChecked(True)
        dialog.repeat_count.setValue(8)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        error = dialog.error.text()
    assert "12 Ocak 2027 Salı, 11:00 tarihli seans çakışıyor" in error
    assert "12.01.2027" not in error


def test_the_day_view_title_is_the_long_day_in_either_language(qtbot, cal) -> None:
    """The page's title for one day reads as every other long day does:
    "8 Aralık 2026 Salı" / "Tuesday 8 December 2026" (not "8 December 2026 Tuesday")."""
    from kdm_desktop.ui import i18n

    with cal.login() as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.show_date(TUESDAY, DAY)
        turkish = page.title.text()
        messages.set_language("en")
        i18n.install(QApplication.instance(), "en")
        try:
            english = make_page(qtbot, s, cal.casefile.data_dir)
            english.show_date(TUESDAY, DAY)
            shown = english.title.text()
        finally:
            i18n.install(QApplication.instance(), "tr")
            messages.set_language("tr")
    assert turkish == "8 Aralık 2026 Salı"
    assert shown == "Tuesday 8 December 2026"
