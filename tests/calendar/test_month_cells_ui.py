"""The page's month reads only what its cells show (`day_cells`) and draws exactly the
month it drew from every entry of the range: same entries, colours, "+N more",
holidays and closed days, for staff and for the sekreter; a cell that grows reads
again; and a day, "+N more" included, still opens on all its appointments."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from calendar_support import at, booking
from calendar_ui_support import make_page
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from kdm_desktop.domain.calendar import AppointmentType, month_grid
from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.ui.calendar.month_view import MonthView
from kdm_desktop.ui.calendar.page import DAY, MONTH, CalendarPage

BUSY = dt.date(2026, 10, 14)


def _book_busy_month(cal: Any) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        refs = []
        kinds = (
            ("derya", AppointmentType.PSYCHOLOGICAL_SUPPORT),
            ("avukat", AppointmentType.LEGAL_COUNSELLING),
        )
        for hour in range(9, 18):
            case = cal.case_number if hour % 2 else None
            for who, kind in kinds:
                inp = booking(at(2026, 10, 14, hour), staff=who, type=kind, room=None)
                refs.append(svc.add(dataclasses.replace(inp, case_ref=case)).ref)
        svc.cancel(refs[0])
        svc.cancel(refs[5])
        weekly = svc.add_weekly(
            booking(at(2026, 10, 7, 8), staff="avukat", room=None, case_ref=cal.case_number), 4
        )
        series_id = weekly.series_id
        svc.cancel(f"{series_id}/2026-10-21")
        svc.change(f"{series_id}/2026-10-28", start=at(2026, 10, 14, 19))
        svc.add(booking(at(2026, 10, 29, 11), room=None))  # on the Republic Day holiday
        svc.add_closed_day(dt.date(2026, 10, 16), "Personel eğitimi")


def _drawn_from_every_entry(page: CalendarPage) -> MonthView:
    """The month as the page drew it before: from every entry of the range."""
    grid = month_grid(page.anchor.year, page.anchor.month)
    first, last = grid[0][0], grid[-1][-1]
    view = MonthView()
    view.resize(page.month_view.size())
    view.set_month(page.anchor.year, page.anchor.month)
    view.set_data(
        page.service.list_range(first, last, page.staff_filter.currentData()),
        page.service.holidays(first, last),
        by_staff=page.month_view.by_staff,
        today=page.month_view.today,
    )
    return view


def _pixels(view: MonthView) -> QImage:
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _assert_same_month(qtbot: Any, page: CalendarPage) -> None:
    reference = _drawn_from_every_entry(page)
    qtbot.addWidget(reference)
    assert page.month_view.hit_rects() == reference.hit_rects()
    assert _pixels(page.month_view) == _pixels(reference)


def test_the_month_from_the_cells_is_the_month_from_every_entry(qtbot, cal) -> None:
    _book_busy_month(cal)
    with cal.login() as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.show_date(BUSY, MONTH)
        busy = [ref for _, ref in page.month_view.hit_rects()]
        assert len(busy) >= 5  # a few per day, the busy day cut short
        _assert_same_month(qtbot, page)
        page.colour_mode.setCurrentIndex(1)  # colours by staff
        _assert_same_month(qtbot, page)
        page.staff_filter.setCurrentIndex(page.staff_filter.findData("avukat"))
        _assert_same_month(qtbot, page)
    with cal.login("sekreter") as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.show_date(BUSY, MONTH)
        _assert_same_month(qtbot, page)


def test_a_month_that_grows_reads_the_rows_its_cells_now_show(qtbot, cal) -> None:
    _book_busy_month(cal)
    with cal.login() as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.show_date(BUSY, MONTH)
        before = len(page.month_view.hit_rects())
        reads: list[int] = []
        real = page.service.day_cells

        def counted(*args: Any, **kw: Any) -> Any:
            reads.append(kw["per_day"])
            return real(*args, **kw)

        page.service.day_cells = counted  # type: ignore[method-assign]
        page.resize(1280, 1700)
        qtbot.waitUntil(lambda: page.month_view.height() > 1300)
        assert reads and reads[-1] >= page.month_view.rows_fit() > page.month_view.READ_AT_LEAST
        assert len(page.month_view.hit_rects()) > before
        _assert_same_month(qtbot, page)
        reads.clear()
        page.resize(1280, 800)  # smaller: what was read is enough
        qtbot.waitUntil(lambda: page.month_view.height() < 700)
        assert reads == []
        _assert_same_month(qtbot, page)


def test_more_opens_the_day_with_all_its_appointments(qtbot, cal) -> None:
    _book_busy_month(cal)
    with cal.login() as s:
        page = make_page(qtbot, s, cal.casefile.data_dir)
        page.show_date(BUSY, MONTH)
        every = page.service.list_range(BUSY, BUSY)
        on_busy = [e for e in every if e.appointment.start.date() == BUSY]
        assert len(on_busy) == 20
        refs = {e.ref for e in on_busy}
        drawn = [rect for rect, ref in page.month_view.hit_rects() if ref in refs]
        assert 0 < len(drawn) < len(on_busy)  # the rest is "+N more"
        more = QPoint(drawn[-1].x() + 12, drawn[-1].bottom() + 8)  # the "+N more" line
        qtbot.mouseClick(page.month_view, Qt.MouseButton.LeftButton, pos=more)
        assert page.mode == DAY and page.anchor == BUSY
        assert [e.ref for e in page.day_view.entries] == [e.ref for e in every]
