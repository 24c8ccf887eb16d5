"""Days on the printed calendar lists read as the window writes them (docs/messages.md,
"Dates"): the week list names each day once, as a day heading, never "08.12"."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from kdm_desktop import messages
from kdm_desktop.reports.calendar_pdf import PrintRow, render_staff_week
from kdm_desktop.reports.printing import week_list_html

MONDAY = dt.date(2026, 12, 7)


def _row(day: int, hour: int) -> PrintRow:
    start = dt.datetime(2026, 12, day, hour, 0)
    return PrintRow(start, start + dt.timedelta(minutes=50), "Derya Kaya", "Oda 2", "A.Y.", "-")


ROWS = [_row(8, 10), _row(8, 14), _row(10, 9)]


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_week_list_heads_each_day_with_its_weekday() -> None:
    text = _text(render_staff_week("Derya Kaya", MONDAY, ROWS, "Işıklı KDM"))
    html = week_list_html("Derya Kaya", MONDAY, ROWS, "Işıklı KDM")
    for out in (text, html):
        assert not re.search(r"\b\d\d\.\d\d\b", out), out
        assert out.count("8 Aralık 2026 Salı") == 1
        assert out.count("10 Aralık 2026 Perşembe") == 1


def test_the_week_list_days_follow_the_users_language() -> None:
    messages.set_language("en")
    try:
        text = _text(render_staff_week("Derya Kaya", MONDAY, ROWS, "Işıklı KDM"))
        html = week_list_html(None, MONDAY, ROWS, "Işıklı KDM")
    finally:
        messages.set_language("tr")
    for out in (text, html):
        assert "Tuesday 8 December 2026" in out and "Thursday 10 December 2026" in out
        assert "Aralık" not in out
