"""The day and week lists are internal printouts: the status column speaks the
screen's language, like the rest of the list (it used to be Turkish in English mode)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from calendar_support import at, booking
from pypdf import PdfReader

from kdm_desktop import messages
from kdm_desktop.services.calendar import CalendarService

DAY = dt.date(2026, 10, 28)


def test_day_list_status_follows_the_language(cal, tmp_path: Path) -> None:
    with cal.login() as s:
        svc = CalendarService(s)
        svc.add(booking(at(2026, 10, 28, 10), case_ref=cal.case_number))
        turkish = svc.day_list_document(DAY).html
        try:
            messages.set_language("en")
            english = svc.day_list_document(DAY).html
            pdf = tmp_path / "day.pdf"
            svc.day_list_pdf(DAY, pdf)
        finally:
            messages.set_language("tr")
    assert "Planlandı" in turkish and "Planned" not in turkish
    assert "Planned" in english and "Planlandı" not in english
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Planned" in text and "Planlandı" not in text


def test_dialogs_show_type_and_status_in_the_language(qtbot, cal) -> None:
    from PySide6.QtWidgets import QLabel

    from kdm_desktop.ui.calendar.dialogs import AppointmentDialog, EntryDialog

    with cal.login() as s:
        svc = CalendarService(s)
        booked = svc.add(booking(at(2026, 10, 28, 10), case_ref=cal.case_number))
        entry = svc.get(booked.ref)
        try:
            messages.set_language("en")
            new = AppointmentDialog(svc, at(2026, 10, 29, 10), session=s)
            qtbot.addWidget(new)
            types = [new.type.itemText(i) for i in range(new.type.count())]
            shown = EntryDialog(svc, entry)
            qtbot.addWidget(shown)
            info = shown.findChild(QLabel, "entryInfo").text()
        finally:
            messages.set_language("tr")
    assert "Follow-up" in types and "Takip" not in types
    assert "Planned" in info and "Planlandı" not in info
