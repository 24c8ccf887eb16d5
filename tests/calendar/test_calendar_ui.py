"""The 'Takvim' page: views with holidays, booking via the dialog, the today card."""

from __future__ import annotations

import datetime as dt

from calendar_support import CLIENT_FIRST, CLIENT_LAST, at, booking
from calendar_ui_support import make_page, page_context, shot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kdm_desktop.domain.calendar import AppointmentStatus, AppointmentType
from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.ui.calendar.card import TodayCard
from kdm_desktop.ui.calendar.dialogs import AppointmentDialog, EntryDialog
from kdm_desktop.ui.calendar.page import DAY, MONTH, WEEK
from kdm_desktop.ui.pages.features import build_registry


def test_page_and_card_are_registered() -> None:
    registry = build_registry()
    assert "calendar" in registry.keys()  # noqa: SIM118 - keys() is the registry API


def test_month_week_day_render_with_holidays(qtbot, cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        svc.add(booking(at(2026, 10, 28, 10), case_ref=cal.case_number))
        svc.add(
            booking(
                at(2026, 10, 28, 10),
                staff="avukat",
                room="Oda 2",
                type=AppointmentType.LEGAL_COUNSELLING,
            )
        )
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.show_date(dt.date(2026, 10, 28), MONTH)
        month = page.month_view
        assert month.holidays[dt.date(2026, 10, 28)][0].half_day
        assert "Cumhuriyet" in month.holidays[dt.date(2026, 10, 29)][0].name_tr
        shot(page, "calendar_month")
        assert len(month.hit_rects()) == 2
        assert page.title.text() == "Ekim 2026" or page.title.text() == "October 2026"
        page.show_date(dt.date(2026, 10, 28), WEEK)
        shot(page, "calendar_week")
        assert [d.day for d in page.week_view.days] == [26, 27, 28, 29, 30, 31, 1]
        rects = [r for r, _ in page.week_view.hit_rects()]
        assert len(rects) == 2 and not rects[0].intersects(rects[1])
        page.show_date(dt.date(2026, 10, 28), DAY)
        shot(page, "calendar_day")
        assert len(page.day_view.hit_rects()) == 2
        labels = [e.label for e in page.day_view.entries]
        assert f"Psikolojik destek · {CLIENT_FIRST} {CLIENT_LAST} · {cal.case_number}" in labels
        page.step(1)
        assert page.anchor == dt.date(2026, 10, 29)


def test_create_via_dialog_and_conflict_is_shown(qtbot, cal) -> None:
    with cal.login() as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.show_date(dt.date(2026, 12, 1), WEEK)
        qtbot.mouseClick(
            page.week_view,
            Qt.MouseButton.LeftButton,
            pos=page.week_view.point_for(dt.date(2026, 12, 1), 10),
        )
        dialog = page.findChild(AppointmentDialog)
        assert dialog is not None and dialog.isVisible()
        assert dialog.time.time().hour() == 10 and dialog.date.date().day() == 1
        dialog.staff.setCurrentIndex(dialog.staff.findData("derya"))
        dialog.room.setText("Oda 1")
        dialog.case_number.setText(cal.case_number.lower())
        dialog.find_case.click()
        assert dialog.case_number.text() == cal.case_number
        dialog.repeat.setChecked(True)
        dialog.repeat_count.setValue(3)
        shot(dialog, "calendar_dialog")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert len(page.week_view.entries) == 1
        page.step(1)
        assert len(page.week_view.entries) == 1

        page.step(-1)
        qtbot.mouseClick(
            page.week_view,
            Qt.MouseButton.LeftButton,
            pos=page.week_view.point_for(dt.date(2026, 12, 2), 10),
        )
        second = next(d for d in page.findChildren(AppointmentDialog) if d.isVisible())
        second.date.setDate(second.date.date().addDays(-1))
        second.time.setTime(second.time.time().addSecs(15 * 60))
        second.staff.setCurrentIndex(second.staff.findData("derya"))
        second.buttons.button(second.buttons.StandardButton.Save).click()
        assert second.isVisible()
        assert "Derya Kaya 10:00–10:50 arasında başka bir randevuda" in second.error.text()
        second.time.setTime(second.time.time().addSecs(8 * 3600))
        assert "çalışma saatleri dışında" in second.warnings.text()
        second.reject()


def test_click_appointment_to_cancel(qtbot, cal) -> None:
    with cal.login() as s:
        CalendarService(s).add(booking(at(2026, 12, 1, 10)))
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.show_date(dt.date(2026, 12, 1), DAY)
        rect, ref = page.day_view.hit_rects()[0]
        qtbot.mouseClick(page.day_view, Qt.MouseButton.LeftButton, pos=rect.center())
        dialog = page.findChild(EntryDialog)
        assert dialog is not None and dialog.entry.ref == ref
        dialog.cancel_button.click()
        assert page.day_view.entries[0].appointment.status is AppointmentStatus.CANCELLED


def test_secretary_sees_initials_and_case_numbers_only(qtbot, cal) -> None:
    with cal.login() as s:
        CalendarService(s).add(booking(at(2026, 12, 1, 10), case_ref=cal.case_number, note="özel"))
    with cal.login("sekreter") as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.show_date(dt.date(2026, 12, 1), DAY)
        [entry] = page.day_view.entries
        assert entry.label == f"A. Y. · {cal.case_number}"
        rect, _ = page.day_view.hit_rects()[0]
        qtbot.mouseClick(page.day_view, Qt.MouseButton.LeftButton, pos=rect.center())
        dialog = page.findChild(EntryDialog)
        assert dialog is not None
        assert CLIENT_FIRST not in dialog.findChild(type(page.title), "entryInfo").text()
        assert "özel" not in dialog.findChild(type(page.title), "entryInfo").text()
        assert not dialog.add_service.isVisible()
        dialog.reject()


def test_today_card_lists_today_and_tomorrow_per_staff(qtbot, cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        today = svc.today()
        tomorrow = today + dt.timedelta(days=1)
        svc.add(booking(at(today.year, today.month, today.day, 9), case_ref=cal.case_number))
        svc.add(booking(at(tomorrow.year, tomorrow.month, tomorrow.day, 15), staff="avukat"))
    with cal.login("sekreter") as s:
        card = TodayCard(s, page_context(cal.casefile.data_dir))
        qtbot.addWidget(card)
        text = card.body.text()
    assert "Derya Kaya" in text and "Elif Demir" in text
    assert f"09:00 A. Y. · {cal.case_number}" in text
    assert CLIENT_FIRST not in text
    assert QApplication.instance() is not None
