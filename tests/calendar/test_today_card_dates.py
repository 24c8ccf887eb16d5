"""The start page's dates read in the language's own order.

Qt's locale pattern "d MMMM dddd" gave "Today — 5 December Saturday" and the start
page's "d MMMM yyyy dddd" gave "Today: 5 December 2026 Saturday" on an English
screen (08-baslangic.png, --lang en); English puts the weekday first."""

from __future__ import annotations

import datetime as dt

from calendar_ui_support import page_context

from kdm_desktop.domain.dates import format_shown_date
from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.ui.calendar.card import TodayCard
from kdm_desktop.ui.pages.start import long_date


def test_the_days_of_the_card_read_weekday_first_in_english(
    qtbot, session, casefile, english
) -> None:
    today = CalendarService(session).today()
    card = TodayCard(session, page_context(casefile.data_dir))
    qtbot.addWidget(card)
    text = card.body.text()
    for day in (today, today + dt.timedelta(days=1)):
        shown = format_shown_date(day)
        assert shown.split()[0].isalpha(), shown  # "Saturday 5 December 2026"
        assert shown in text, text


def test_the_days_of_the_card_in_turkish(qtbot, session, casefile) -> None:
    today = CalendarService(session).today()
    card = TodayCard(session, page_context(casefile.data_dir))
    qtbot.addWidget(card)
    assert format_shown_date(today) in card.body.text()  # "5 Aralık 2026 Cumartesi"


def test_the_start_page_date_in_english(english) -> None:
    assert long_date(dt.date(2026, 11, 25)) == "Wednesday 25 November 2026"
