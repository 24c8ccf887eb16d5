"""Booking by name: the sekreter finds a woman by surname and sees initials and birth
year only; the staff field starts with whoever books; colours do not tell her the
appointment type; a follow-up is booked from the case (issue 14)."""

from __future__ import annotations

import datetime as dt

from calendar_support import CLIENT_LAST
from calendar_ui_support import make_page, shot
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.services.cases import CaseService
from kdm_desktop.ui.calendar.case_action import follow_up_start, open_follow_up_dialog
from kdm_desktop.ui.calendar.dialogs import AppointmentDialog
from kdm_desktop.ui.calendar.page import WEEK


def _second_yilmaz(cal) -> str:
    with cal.login() as s:
        ref = CaseService(s).create(
            CaseDraft(first_name="Fadime", last_name="Yılmaz", district="Buca",
                      birth_date=dt.date(1979, 5, 2))
        )  # fmt: skip
    return ref.case_number


def test_find_clients_shows_what_each_role_may_see(cal) -> None:
    second = _second_yilmaz(cal)
    with cal.login("sekreter") as s:
        found = CalendarService(s).find_clients("yilmaz")
        labels = sorted(m.label for m in found)
        assert labels == sorted([f"A. Y. · {cal.case_number}", f"F. Y. (1979) · {second}"])
        assert all("Yılmaz" not in label for label in labels)
        assert CalendarService(s).find_clients("  ") == []
    with cal.login("derya") as s:
        found = CalendarService(s).find_clients("fadime")
        assert [m.label for m in found] == [f"Fadime Yılmaz (1979) · {second}"]
    with cal.login() as s:
        searches = [(e.username, e.detail) for e in s.audit_entries(10) if e.action == "search"]
        assert searches[0] == ("derya", "rows=1")  # newest first


def test_sekreter_books_by_surname(qtbot, cal) -> None:
    second = _second_yilmaz(cal)
    with cal.login("sekreter") as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        assert page.findChild(QWidget, "colourMode").count() == 1  # by staff only
        page.show_date(dt.date(2026, 12, 1), WEEK)
        assert page.week_view.by_staff
        dialog = page.new_appointment(dt.datetime(2026, 12, 1, 10, 0))
        assert dialog is not None
        dialog.staff.setCurrentIndex(dialog.staff.findData("derya"))
        dialog.case_number.setText(CLIENT_LAST.lower())  # "yılmaz", lower case
        dialog.find_case.click()
        assert dialog.matches.isVisibleTo(dialog) and dialog.matches.count() == 2
        assert dialog.case_status.text().startswith("2 ")  # "2 danışan bulundu: …"
        qtbot.mouseClick(
            dialog.matches.viewport(),
            qtbot_left(),
            pos=dialog.matches.visualItemRect(_row_of(dialog, second)).center(),
        )
        assert dialog.chosen is not None and dialog.chosen.case_number == second
        assert dialog.case_status.text().endswith(f": F. Y. (1979) · {second}")
        shot(dialog, "calendar_book_by_name")
        dialog.save()
        assert dialog.booked is not None
        (entry,) = CalendarService(s).list_range(dt.date(2026, 12, 1), dt.date(2026, 12, 1))
        assert entry.case_number == second


def test_no_match_says_so_and_staff_defaults_to_the_user(qtbot, cal) -> None:
    with cal.login("derya") as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        dialog = page.new_appointment(dt.datetime(2026, 12, 1, 10, 0))
        assert dialog is not None
        assert dialog.staff.currentData() == "derya"
        dialog.case_number.setText("zzz")
        dialog.find_case.click()
        assert "“zzz”" in dialog.case_status.text() and dialog.chosen is None
        dialog.reject()


def test_follow_up_from_the_case_has_the_case_and_the_user(qtbot, cal) -> None:
    with cal.login("derya") as s:
        parent = QWidget()
        qtbot.addWidget(parent)
        dialog = open_follow_up_dialog(s, cal.case_id, None, parent)
        assert isinstance(dialog, AppointmentDialog)
        assert dialog.chosen is not None and dialog.chosen.case_id == cal.case_id
        assert dialog.staff.currentData() == "derya"
        start = follow_up_start(s.now().date())
        assert dialog.date.date() == QDate(start.year, start.month, start.day)
        dialog.save()
        assert dialog.booked is not None
        dialog.close()


def test_follow_up_never_falls_on_a_weekend() -> None:
    for offset in range(14):
        day = dt.date(2026, 12, 1) + dt.timedelta(days=offset)
        start = follow_up_start(day)
        assert start.weekday() < 5 and start.hour == 10
        assert 7 <= (start.date() - day).days <= 9


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _row_of(dialog: AppointmentDialog, number: str):
    for row in range(dialog.matches.count()):
        if number in dialog.matches.item(row).text():
            return dialog.matches.item(row)
    raise AssertionError(number)
