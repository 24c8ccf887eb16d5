"""The calendar views draw a public holiday's name in the screen's language
("Republic Day", "½ Eid al-Fitr"); a centre's own closing reason shows as written."""

from __future__ import annotations

import datetime as dt

from kdm_desktop.domain.calendar.holidays_tr import ClosedDay, holidays_on
from kdm_desktop.ui.calendar.paint import holiday_text


def _texts(day: dt.date) -> list[str]:
    return [holiday_text(h) for h in holidays_on(day)]


def test_holiday_names_are_turkish_on_a_turkish_screen() -> None:
    assert _texts(dt.date(2026, 10, 29)) == ["Cumhuriyet Bayramı"]
    assert _texts(dt.date(2026, 10, 28)) == ["½ Cumhuriyet Bayramı"]


def test_holiday_names_are_english_on_an_english_screen(english) -> None:
    assert _texts(dt.date(2026, 10, 29)) == ["Republic Day"]
    assert _texts(dt.date(2026, 10, 28)) == ["½ Republic Day"]
    assert _texts(dt.date(2026, 3, 19)) == ["½ Eid al-Fitr"]


def test_a_centres_own_reason_shows_as_written(english) -> None:
    closed = ClosedDay(dt.date(2026, 11, 6), "İdari izin").as_holiday()
    assert holiday_text(closed) == "İdari izin"


def test_calendar_entry_labels_name_the_type_in_the_screens_language(english) -> None:
    from kdm_desktop.domain.calendar.appointments import AppointmentType
    from kdm_desktop.domain.calendar.privacy import display_label

    for kind in (AppointmentType.WORKSHOP, AppointmentType.GROUP_WORK):
        appt = _appointment(kind)
        assert display_label(appt, None, None, True) == kind.label
        assert kind.label != kind.label_tr
    appt = _appointment(next(t for t in AppointmentType if not t.is_group))
    label = display_label(appt, "KSK-2026-0001", "Ayşe Yılmaz", True)
    assert label.startswith(appt.type.label + " · ")


def _appointment(kind):  # type: ignore[no-untyped-def]
    import uuid

    from kdm_desktop.domain.calendar.appointments import Appointment

    case_id = None if kind.is_group else str(uuid.uuid4())
    start = dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    return Appointment(str(uuid.uuid4()), start, 60, "elif", kind, case_id=case_id)
