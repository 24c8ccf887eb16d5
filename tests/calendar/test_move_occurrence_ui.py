"""Moving one appointment (one occurrence of a weekly series) from the calendar window.

The service could move an occurrence (`CalendarService.change`), but the window
offered only done / no-show / planned / cancel: a client who asked for Thursday
instead of Tuesday had to be cancelled and booked again, losing the series link.
"""

from __future__ import annotations

import datetime as dt

from calendar_support import at, booking
from calendar_ui_support import make_page
from PySide6.QtCore import QDate, Qt, QTime

from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.ui.calendar.dialogs import EntryDialog
from kdm_desktop.ui.calendar.page import DAY, WEEK
from qt_fixtures import qm_path, turkish_ui

__all__ = ["qm_path", "turkish_ui"]


def _open_first(qtbot, page, day: dt.date) -> EntryDialog:
    page.show_date(day, DAY)
    rect, _ref = page.day_view.hit_rects()[0]
    qtbot.mouseClick(page.day_view, Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.findChild(EntryDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_one_occurrence_of_a_weekly_series_is_moved_from_the_window(qtbot, cal, turkish_ui) -> None:
    with cal.login() as s:
        booked = CalendarService(s).add_weekly(booking(at(2026, 12, 1, 10)), 3)
        page = make_page(qtbot, s, cal.casefile.data_dir)
        dialog = _open_first(qtbot, page, dt.date(2026, 12, 8))
        # It says only this one moves, and starts at the appointment's own time.
        assert dialog.move_hint.text().startswith("Yalnızca bu randevu taşınır")
        assert dialog.move_button.text() == "&Taşı"
        assert dialog.move_date.date() == QDate(2026, 12, 8)
        assert dialog.move_time.time() == QTime(10, 0)
        dialog.move_date.setDate(QDate(2026, 12, 10))
        dialog.move_time.setTime(QTime(14, 30))
        dialog.move_button.click()
        qtbot.waitUntil(lambda: not dialog.isVisible())

        starts = sorted(
            e.appointment.start
            for e in CalendarService(s).list_range(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
        )
        assert starts == [at(2026, 12, 1, 10), at(2026, 12, 10, 14, 30), at(2026, 12, 15, 10)]
        moved = [
            e for e in CalendarService(s).list_range(dt.date(2026, 12, 10), dt.date(2026, 12, 10))
        ]
        assert moved[0].appointment.series_id == booked.series_id
        # The page shows it where it now is, without reopening.
        page.show_date(dt.date(2026, 12, 7), WEEK)
        assert {e.appointment.start for e in page.week_view.entries} == {at(2026, 12, 10, 14, 30)}


def test_a_move_onto_a_busy_slot_is_refused_in_turkish_and_nothing_changes(qtbot, cal) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        svc.add(booking(at(2026, 12, 1, 10)))
        svc.add(booking(at(2026, 12, 2, 10)))
        page = make_page(qtbot, s, cal.casefile.data_dir)
        dialog = _open_first(qtbot, page, dt.date(2026, 12, 1))
        dialog.move_date.setDate(QDate(2026, 12, 2))
        dialog.move_button.click()
        assert dialog.isVisible()
        assert "başka bir randevuda" in dialog.error.text()
        starts = {
            e.appointment.start for e in svc.list_range(dt.date(2026, 12, 1), dt.date(2026, 12, 2))
        }
        assert starts == {at(2026, 12, 1, 10), at(2026, 12, 2, 10)}
        dialog.reject()


def test_the_secretary_without_calendar_rights_cannot_move(qtbot, cal) -> None:
    with cal.login() as s:
        CalendarService(s).add(booking(at(2026, 12, 1, 10)))
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.can_edit = False
        dialog = _open_first(qtbot, page, dt.date(2026, 12, 1))
        assert not dialog.move_button.isEnabled()
        dialog.reject()
